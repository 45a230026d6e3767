import { formResolver } from '../../components/form-resolver';
import {
  Divider,
  Group,
  Modal,
  Select,
  SimpleGrid,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import {
  clientInputSchema,
  companySizes,
  currencies,
  emptyClientInput,
  legalForms,
  type Client,
  type ClientInput,
} from '#shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fieldError } from '../../components/form-errors';
import { countryOptions } from '../../components/options';
import { FormActions } from '../../components/FormActions';
import { useRepos } from '#data';
import { Internal } from '../../components/Internal';
import { notifyError } from '../../components/notify-error';

type FormValues = z.input<typeof clientInputSchema>;
type Props = { opened: boolean; onClose: () => void; client?: Client };

const toFormValues = (client?: Client): FormValues => {
  const base = emptyClientInput();
  if (!client) return base;
  // Only the editable fields: row metadata is the repository's business.
  return Object.fromEntries(
    Object.keys(base).map((key) => [key, client[key as keyof ClientInput]]),
  ) as FormValues;
};

/** Create or edit a client; errors appear next to each field in the UI language. */
export function ClientFormModal({ opened, onClose, client }: Props) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const form = useForm<FormValues, unknown, ClientInput>({
    resolver: formResolver(clientInputSchema),
    defaultValues: toFormValues(client),
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, reset, formState } = form;
  const errors = formState.errors;
  const err = (name: keyof FormValues & string) => fieldError(t, errors, name);

  useEffect(() => {
    if (opened) reset(toFormValues(client));
  }, [opened, client, reset]);

  // Read during render: react-hook-form only tracks formState fields that render subscribes to.
  const isDirty = formState.isDirty;
  const close = () => {
    if (isDirty) setConfirmDiscard(true);
    else onClose();
  };

  const submit = handleSubmit(async (input) => {
    try {
      if (client) {
        await repos.clients.update(client.id, input);
        notifications.show({ message: t('common.saved'), color: 'green' });
        onClose();
      } else {
        const created = await repos.clients.create(input);
        onClose();
        void navigate(`/clients/${created.id}`);
      }
    } catch (error) {
      notifyError(error, t);
    }
  });

  const select = (values: readonly string[], label: (v: string) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={client ? t('clients.editTitle') : t('clients.newTitle')}
      size="xl"
      closeOnClickOutside={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="client-form">
        <Divider label={t('clients.sections.master')} labelPosition="left" mb="xs" />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('clients.fields.name')}
            withAsterisk
            data-autofocus
            {...register('name')}
            error={err('name')}
          />
          <Controller
            control={control}
            name="legalForm"
            render={({ field }) => (
              <Select
                label={t('clients.fields.legalForm')}
                data={select(legalForms, (v) => v)}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                clearable
                error={err('legalForm')}
              />
            )}
          />
          <TextInput
            label={t('clients.fields.industry')}
            {...register('industry')}
            error={err('industry')}
          />
          <Controller
            control={control}
            name="size"
            render={({ field }) => (
              <Select
                label={t('clients.fields.size')}
                data={select(companySizes, (v) => v)}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                clearable
              />
            )}
          />
          <TextInput
            label={t('clients.fields.website')}
            {...register('website')}
            error={err('website')}
          />
          <Controller
            control={control}
            name="tags"
            render={({ field }) => (
              <TagsInput
                label={t('clients.fields.tags')}
                value={field.value}
                onChange={field.onChange}
                clearable
              />
            )}
          />
        </SimpleGrid>
        <Divider label={t('clients.sections.address')} labelPosition="left" my="xs" />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('clients.fields.street')}
            {...register('street')}
            error={err('street')}
          />
          <Group grow gap="sm" align="flex-start">
            <TextInput
              label={t('clients.fields.postalCode')}
              {...register('postalCode')}
              error={err('postalCode')}
            />
            <TextInput label={t('clients.fields.city')} {...register('city')} error={err('city')} />
          </Group>
          <Controller
            control={control}
            name="country"
            render={({ field }) => (
              <Select
                label={t('clients.fields.country')}
                data={countryOptions(i18n.language)}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'DE')}
                searchable
                error={err('country')}
              />
            )}
          />
        </SimpleGrid>
        <Divider label={t('clients.sections.commercial')} labelPosition="left" my="xs" />
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            label={t('clients.fields.vatId')}
            {...register('vatId')}
            error={err('vatId')}
          />
          <Controller
            control={control}
            name="language"
            render={({ field }) => (
              <Select
                label={t('clients.fields.language')}
                data={[
                  { value: 'de', label: 'Deutsch' },
                  { value: 'en', label: 'English' },
                ]}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'de')}
              />
            )}
          />
          <Controller
            control={control}
            name="currency"
            render={({ field }) => (
              <Select
                label={t('clients.fields.currency')}
                data={select(currencies, (v) => v)}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'EUR')}
              />
            )}
          />
        </SimpleGrid>
        {/* Internal: hidden in the customer mode, the form keeps and saves the notes. */}
        <Internal>
          <Textarea
            label={t('clients.fields.notes')}
            autosize
            minRows={2}
            mt="sm"
            {...register('notes')}
            error={err('notes')}
          />
        </Internal>
        <FormActions onCancel={close} submitting={formState.isSubmitting} />
      </form>
      <ConfirmDialog
        opened={confirmDiscard}
        title={t('common.discard')}
        text={t('common.unsavedChanges')}
        confirmLabel={t('common.discard')}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          onClose();
        }}
      />
    </Modal>
  );
}
