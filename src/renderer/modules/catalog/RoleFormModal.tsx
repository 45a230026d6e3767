import { formResolver } from '../../components/form-resolver';
import { Modal, NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveAndClose } from '../../components/useSaveAndClose';
import type { z } from 'zod';
import { currencies, roleInputSchema } from '#shared/domain';
import type { Role, RoleInput } from '#shared/domain';
import { displayDecimal } from '../../components/decimal-input';
import { fieldError } from '../../components/form-errors';
import { useConfirmedDelete } from '../../components/useConfirmedDelete';
import { useRepos } from '#data';
import { FormActions } from '../../components/FormActions';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { localizedDecimal } from './item-form';

const formSchema = roleInputSchema.extend({
  dayRate: localizedDecimal(roleInputSchema.shape.dayRate),
  costPerDay: localizedDecimal(roleInputSchema.shape.costPerDay),
  // Optional on stored rows (older ones have none); the form always has a number.
  capacity: roleInputSchema.shape.capacity.unwrap(),
});
type FormValues = z.input<typeof formSchema>;
type Props = { opened: boolean; onClose: () => void; role?: Role };

const toFormValues = (role: Role | undefined, language: string): FormValues => ({
  name: role?.name ?? '',
  dayRate: displayDecimal(role?.dayRate ?? '', language),
  costPerDay: displayDecimal(role?.costPerDay ?? '', language),
  currency: role?.currency ?? 'EUR',
  active: role?.active ?? true,
  // Older roles have no capacity: one person.
  capacity: role?.capacity ?? 1,
});

/**
 * Create or edit a rate-card role: day rate (sales), internal cost per day and how many people
 * of it are available to projects (the plan's resource view weighs the load against them).
 */
export function RoleFormModal({ opened, onClose, role }: Props) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  // A saved role's cost is internal; a new role needs one, so its (empty) field stays.
  const hideCost = useCustomerMode() && role !== undefined;
  const removal = useConfirmedDelete(
    role
      ? {
          title: t('catalog.roles.deleteTitle'),
          text: t('catalog.roles.deleteText', { name: role.name }),
          label: role.name,
          remove: () => repos.roles.remove(role.id),
          restore: () => repos.roles.restore(role.id),
        }
      : null,
    onClose,
  );
  const { register, control, handleSubmit, reset, formState } = useForm<
    FormValues,
    unknown,
    RoleInput
  >({
    resolver: formResolver(formSchema),
    defaultValues: toFormValues(role, i18n.language),
    mode: 'onTouched',
  });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);

  useEffect(() => {
    if (opened) reset(toFormValues(role, i18n.language));
  }, [opened, role, reset, i18n.language]);

  const submit = handleSubmit(useSaveAndClose(repos.roles, role, onClose));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={role ? t('catalog.roles.editTitle') : t('catalog.roles.newTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="role-form">
        <TextInput
          label={t('catalog.roles.fields.name')}
          withAsterisk
          data-autofocus
          {...register('name')}
          error={err('name')}
        />
        <SimpleGrid cols={3} spacing="sm" mt="sm">
          <TextInput
            label={t('catalog.roles.fields.dayRate')}
            inputMode="decimal"
            withAsterisk
            {...register('dayRate')}
            error={err('dayRate')}
          />
          {!hideCost && (
            <TextInput
              label={t('catalog.roles.fields.costPerDay')}
              inputMode="decimal"
              withAsterisk
              {...register('costPerDay')}
              error={err('costPerDay')}
            />
          )}
          <Controller
            control={control}
            name="currency"
            render={({ field }) => (
              <Select
                label={t('catalog.roles.fields.currency')}
                data={[...currencies]}
                value={field.value}
                allowDeselect={false}
                onChange={(value) => field.onChange(value ?? 'EUR')}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="capacity"
          render={({ field }) => (
            <NumberInput
              mt="sm"
              w={220}
              label={t('catalog.roles.fields.capacity')}
              description={t('catalog.roles.capacityHint')}
              min={0}
              max={999}
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              onBlur={field.onBlur}
              error={err('capacity')}
              data-testid="role-capacity"
            />
          )}
        />
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch
              mt="md"
              label={t('catalog.roles.fields.active')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <FormActions
          onCancel={onClose}
          submitting={formState.isSubmitting}
          onDelete={removal.ask}
        />
      </form>
      {removal.dialog}
    </Modal>
  );
}
