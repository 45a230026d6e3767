import { formResolver } from '../../components/form-resolver';
import { Checkbox, Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveAndClose } from '../../components/useSaveAndClose';
import type { z } from 'zod';
import { contactInputSchema, type Contact, type ContactInput } from '#shared/domain';
import { fieldError } from '../../components/form-errors';
import { FormActions } from '../../components/FormActions';
import { useRepos } from '#data';

type FormValues = z.input<typeof contactInputSchema>;
type Props = {
  clientId: string;
  contact?: Contact;
  opened: boolean;
  isFirst: boolean;
  onClose: () => void;
};

/** Add or edit a contact person of a client. */
export function ContactFormModal({ clientId, contact, opened, isFirst, onClose }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const defaults = (): FormValues =>
    contact
      ? {
          clientId,
          salutation: contact.salutation ?? '',
          title: contact.title ?? '',
          firstName: contact.firstName,
          lastName: contact.lastName,
          role: contact.role,
          email: contact.email,
          phone: contact.phone,
          primary: contact.primary,
        }
      : {
          clientId,
          salutation: '',
          title: '',
          firstName: '',
          lastName: '',
          role: '',
          email: '',
          phone: '',
          primary: isFirst,
        };
  const { register, control, handleSubmit, reset, formState } = useForm<
    FormValues,
    unknown,
    ContactInput
  >({
    resolver: formResolver(contactInputSchema),
    defaultValues: defaults(),
    mode: 'onTouched',
  });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);

  useEffect(() => {
    if (opened) reset(defaults());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the dialog opens
  }, [opened, contact]);

  const submit = handleSubmit(useSaveAndClose(repos.contacts, contact, onClose));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contact ? t('contacts.editTitle') : t('contacts.new')}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="contact-form">
        <SimpleGrid cols={2} spacing="sm">
          <Controller
            control={control}
            name="salutation"
            render={({ field }) => (
              <Select
                label={t('contacts.fields.salutation')}
                data={(['', 'f', 'm'] as const).map((value) => ({
                  value,
                  label: t(`contacts.salutations.${value || 'none'}`),
                }))}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                allowDeselect={false}
                error={err('salutation')}
              />
            )}
          />
          <TextInput
            label={t('contacts.fields.title')}
            placeholder={t('contacts.titlePlaceholder')}
            {...register('title')}
            error={err('title')}
          />
          <TextInput
            label={t('contacts.fields.firstName')}
            data-autofocus
            {...register('firstName')}
            error={err('firstName')}
          />
          <TextInput
            label={t('contacts.fields.lastName')}
            withAsterisk
            {...register('lastName')}
            error={err('lastName')}
          />
          <TextInput label={t('contacts.fields.role')} {...register('role')} error={err('role')} />
          <TextInput
            label={t('contacts.fields.email')}
            type="email"
            {...register('email')}
            error={err('email')}
          />
          <TextInput
            label={t('contacts.fields.phone')}
            type="tel"
            {...register('phone')}
            error={err('phone')}
          />
          <Checkbox label={t('contacts.fields.primary')} mt="xl" {...register('primary')} />
        </SimpleGrid>
        <FormActions onCancel={onClose} submitting={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
