import { formResolver } from '../../components/form-resolver';
import { Group, Modal, Select, SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { catalogKinds, units } from '#shared/domain';
import type { CatalogItem, CatalogItemInput } from '#shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fieldError } from '../../components/form-errors';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { ValidationError, useRepos, useRoles } from '#data';
import { DatasheetField } from './DatasheetField';
import { itemFormSchema, toItemFormValues } from './item-form';
import type { ItemFormValues } from './item-form';
import { FormActions } from '../../components/FormActions';
import { ItemPriceFields } from './ItemPriceFields';
import { notifyError } from '../../components/notify-error';

type Props = { opened: boolean; onClose: () => void; item?: CatalogItem };

/** Create or edit a catalog item; prices accept a decimal comma, errors sit at their fields. */
export function ItemFormModal({ opened, onClose, item }: Props) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const roles = useRoles();
  const deleteWithUndo = useDeleteWithUndo();
  const [confirm, setConfirm] = useState<'discard' | 'delete' | null>(null);
  const form = useForm<ItemFormValues, unknown, CatalogItemInput>({
    resolver: formResolver(itemFormSchema),
    defaultValues: toItemFormValues(item, i18n.language),
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, reset, formState, watch, setValue, setError } = form;
  const err = (name: keyof ItemFormValues & string) => fieldError(t, formState.errors, name);
  const kind = watch('kind');
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  useEffect(() => {
    if (opened) reset(toItemFormValues(item, i18n.language));
  }, [opened, item, reset, i18n.language]);

  const isDirty = formState.isDirty;
  const close = () => (isDirty ? setConfirm('discard') : onClose());

  const submit = handleSubmit(async (input) => {
    try {
      if (item) await repos.catalog.update(item.id, input);
      else await repos.catalog.create(input);
      notifications.show({ message: t('common.saved'), color: 'green' });
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const issue of error.issues) {
          setError(String(issue.path[0]) as keyof ItemFormValues, { message: issue.message });
        }
        return;
      }
      notifyError(error, t);
    }
  });

  const remove = async () => {
    setConfirm(null);
    if (!item) return;
    onClose();
    await deleteWithUndo({
      label: item.name,
      remove: () => repos.catalog.remove(item.id),
      restore: () => repos.catalog.restore(item.id),
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={item ? t('catalog.items.editTitle') : t('catalog.items.newTitle')}
      size="xl"
      closeOnClickOutside={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="item-form">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('catalog.fields.name')}
            withAsterisk
            data-autofocus
            {...register('name')}
            error={err('name')}
          />
          <TextInput label={t('catalog.fields.sku')} {...register('sku')} error={err('sku')} />
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('catalog.fields.kind')}
                data={options(catalogKinds, 'catalog.kinds')}
                value={field.value}
                allowDeselect={false}
                onChange={(value) => field.onChange(value ?? 'hardware')}
              />
            )}
          />
          <Controller
            control={control}
            name="unit"
            render={({ field }) => (
              <Select
                label={t('catalog.fields.unit')}
                data={options(units, 'catalog.units')}
                value={field.value}
                allowDeselect={false}
                onChange={(value) => field.onChange(value ?? 'piece')}
              />
            )}
          />
          {kind === 'service' && (
            <Controller
              control={control}
              name="roleId"
              render={({ field }) => (
                <Select
                  label={t('catalog.fields.role')}
                  data={(roles ?? [])
                    .filter((role) => role.active || role.id === field.value)
                    .map((role) => ({ value: role.id, label: role.name }))}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  clearable
                  searchable
                />
              )}
            />
          )}
        </SimpleGrid>
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <ItemPriceFields form={form} />
        </div>
        <Textarea
          label={t('catalog.fields.description')}
          autosize
          minRows={2}
          mt="sm"
          {...register('description')}
          error={err('description')}
        />
        <Group justify="space-between" align="flex-end" mt="sm">
          <DatasheetField
            name={watch('datasheetName')}
            sha256={watch('datasheetSha256')}
            onChange={({ name, sha256 }) => {
              setValue('datasheetName', name, { shouldDirty: true });
              setValue('datasheetSha256', sha256, { shouldDirty: true });
            }}
          />
          <Controller
            control={control}
            name="active"
            render={({ field }) => (
              <Switch
                label={t('catalog.fields.active')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
        </Group>
        <FormActions
          onCancel={close}
          submitting={formState.isSubmitting}
          onDelete={item ? () => setConfirm('delete') : undefined}
        />
      </form>
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm === 'delete' ? t('catalog.items.deleteTitle') : t('common.discard')}
        text={
          confirm === 'delete'
            ? t('catalog.items.deleteText', { name: item?.name ?? '' })
            : t('common.unsavedChanges')
        }
        confirmLabel={confirm === 'delete' ? t('common.delete') : t('common.discard')}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm === 'delete') void remove();
          else {
            setConfirm(null);
            onClose();
          }
        }}
      />
    </Modal>
  );
}
