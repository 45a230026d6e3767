import { formResolver } from '../../components/form-resolver';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveAndClose } from '../../components/useSaveAndClose';
import { z } from 'zod';
import { bundleInputSchema, msg, nonNegativeDecimalSchema } from '#shared/domain';
import type { Bundle, BundleInput, CatalogItem } from '#shared/domain';
import { displayDecimal } from '../../components/decimal-input';
import { fieldError } from '../../components/form-errors';
import { translateIssue } from '../../i18n';
import { useRepos } from '#data';
import { bundleTotal } from './catalog-list';
import { BundleTotalText } from './BundleTotalText';
import { FormActions } from '../../components/FormActions';
import { localizedDecimal, readPrice } from './item-form';

const formSchema = bundleInputSchema.extend({
  items: z
    .array(
      z.object({
        catalogItemId: z.string().min(1, msg.required).max(64),
        quantity: localizedDecimal(nonNegativeDecimalSchema),
      }),
    )
    .min(1, msg.required)
    .max(200),
});
type FormValues = z.input<typeof formSchema>;
type Props = {
  opened: boolean;
  onClose: () => void;
  bundle?: Bundle;
  items: CatalogItem[];
};

const toFormValues = (bundle: Bundle | undefined, language: string): FormValues => ({
  name: bundle?.name ?? '',
  description: bundle?.description ?? '',
  active: bundle?.active ?? true,
  pricedAsPackage: bundle?.pricedAsPackage ?? false,
  items: (bundle?.items ?? []).map((line) => ({
    catalogItemId: line.catalogItemId,
    quantity: displayDecimal(line.quantity, language),
  })),
});

/** Create or edit a bundle: catalog items with quantities and the list-price total. */
export function BundleFormModal({ opened, onClose, bundle, items }: Props) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { register, control, handleSubmit, reset, formState, watch } = useForm<
    FormValues,
    unknown,
    BundleInput
  >({
    resolver: formResolver(formSchema),
    defaultValues: toFormValues(bundle, i18n.language),
    mode: 'onTouched',
  });
  const lines = useFieldArray({ control, name: 'items' });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);
  const lineError = (index: number, field: 'catalogItemId' | 'quantity') => {
    const message = formState.errors.items?.[index]?.[field]?.message;
    return message === undefined ? undefined : translateIssue(t, message);
  };
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const watched = watch('items');
  const total = bundleTotal(
    {
      items: watched
        .filter((line) => line.catalogItemId !== '')
        .map((line) => ({ ...line, quantity: readPrice(line.quantity) ?? '0' })),
    },
    itemsById,
  );
  const choices = items
    .filter((item) => item.active || watched.some((line) => line.catalogItemId === item.id))
    .map((item) => ({
      value: item.id,
      label: item.sku ? `${item.sku} – ${item.name}` : item.name,
    }));

  useEffect(() => {
    if (opened) reset(toFormValues(bundle, i18n.language));
  }, [opened, bundle, reset, i18n.language]);

  const submit = handleSubmit(useSaveAndClose(repos.bundles, bundle, onClose));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={bundle ? t('catalog.bundles.editTitle') : t('catalog.bundles.newTitle')}
      size="xl"
      closeOnClickOutside={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="bundle-form">
        <TextInput
          label={t('catalog.bundles.fields.name')}
          withAsterisk
          data-autofocus
          {...register('name')}
          error={err('name')}
        />
        <Textarea
          label={t('catalog.bundles.fields.description')}
          autosize
          minRows={2}
          mt="sm"
          {...register('description')}
          error={err('description')}
        />
        <Text fw={500} size="sm" mt="md" mb={4}>
          {t('catalog.bundles.items')}
        </Text>
        <Stack gap="xs">
          {lines.fields.map((line, index) => (
            <Group key={line.id} align="flex-start" wrap="nowrap" data-testid="bundle-line">
              <Controller
                control={control}
                name={`items.${index}.catalogItemId`}
                render={({ field }) => (
                  <Select
                    aria-label={t('catalog.bundles.fields.item')}
                    placeholder={t('catalog.bundles.fields.item')}
                    data={choices}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    searchable
                    style={{ flex: 1 }}
                    error={lineError(index, 'catalogItemId')}
                  />
                )}
              />
              <TextInput
                aria-label={t('catalog.bundles.fields.quantity')}
                inputMode="decimal"
                w={110}
                {...register(`items.${index}.quantity`)}
                error={lineError(index, 'quantity')}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('catalog.bundles.removeItem')}
                onClick={() => lines.remove(index)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        {formState.errors.items?.message && (
          <Text c="red" size="sm" mt={4}>
            {translateIssue(t, formState.errors.items.message)}
          </Text>
        )}
        <Group justify="space-between" mt="xs">
          <Button
            size="xs"
            variant="light"
            onClick={() => lines.append({ catalogItemId: '', quantity: '1' })}
          >
            {t('catalog.bundles.addItem')}
          </Button>
          <BundleTotalText total={total} />
        </Group>
        <Controller
          control={control}
          name="pricedAsPackage"
          render={({ field }) => (
            <Checkbox
              mt="md"
              label={t('catalog.bundles.fields.pricedAsPackage')}
              description={t('catalog.bundles.fields.pricedAsPackageHint')}
              checked={field.value ?? false}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch
              mt="md"
              label={t('catalog.bundles.fields.active')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <FormActions onCancel={onClose} submitting={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
