import { Button, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { billingKinds, currencies, vatRates } from '#shared/domain';
import type { CatalogItemInput } from '#shared/domain';
import { formatDecimal, formatMoney } from '#shared/money';
import { displayDecimal } from '../../components/decimal-input';
import { fieldError } from '../../components/form-errors';
import { marginPct } from './catalog-list';
import { DeriveListPriceModal } from './DeriveListPriceModal';
import { readPrice } from './item-form';
import type { ItemFormValues } from './item-form';
import { Internal } from '../../components/Internal';
import { useUiLanguage } from '../../components/useUiLanguage';

type Props = { form: UseFormReturn<ItemFormValues, unknown, CatalogItemInput> };

/** Prices, currency, VAT and billing of an item, with the trade calculation for the list price. */
export function ItemPriceFields({ form }: Props) {
  const { t, i18n } = useTranslation();
  const locale = useUiLanguage();
  const { register, control, formState, watch, setValue } = form;
  const [deriving, setDeriving] = useState(false);
  const err = (name: keyof ItemFormValues & string) => fieldError(t, formState.errors, name);
  const purchase = readPrice(watch('purchasePrice'));
  const list = readPrice(watch('listPrice'));
  const currency = watch('currency');
  const margin =
    purchase !== null && list !== null
      ? marginPct({ purchasePrice: purchase, listPrice: list })
      : null;
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <>
      <SimpleGrid cols={2} spacing="sm">
        {/* Unmounted in the customer mode, the form still keeps and saves the purchase price. */}
        <Internal>
          <TextInput
            label={t('catalog.fields.purchasePrice')}
            inputMode="decimal"
            rightSection={currency === 'EUR' ? '€' : currency}
            rightSectionWidth={40}
            {...register('purchasePrice')}
            error={err('purchasePrice')}
          />
        </Internal>
        <TextInput
          label={t('catalog.fields.listPrice')}
          inputMode="decimal"
          withAsterisk
          rightSection={currency === 'EUR' ? '€' : currency}
          rightSectionWidth={40}
          {...register('listPrice')}
          error={err('listPrice')}
        />
      </SimpleGrid>
      <Internal>
        <Group justify="space-between" mt={6}>
          <Text size="sm" c="dimmed" data-testid="item-margin">
            {margin === null
              ? ''
              : t('catalog.margin', { value: formatDecimal(margin, locale, 2) })}
          </Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              if (purchase === null || purchase === '') {
                notifications.show({
                  message: t('catalog.derive.purchasePriceMissing'),
                  color: 'orange',
                });
                return;
              }
              setDeriving(true);
            }}
          >
            {t('catalog.derive.button')}
          </Button>
        </Group>
      </Internal>
      <SimpleGrid cols={3} spacing="sm" mt="xs">
        <Controller
          control={control}
          name="currency"
          render={({ field }) => (
            <Select
              label={t('catalog.fields.currency')}
              data={[...currencies]}
              value={field.value}
              allowDeselect={false}
              onChange={(value) => field.onChange(value ?? 'EUR')}
            />
          )}
        />
        <Controller
          control={control}
          name="vatPct"
          render={({ field }) => (
            <Select
              label={t('catalog.fields.vatPct')}
              data={options(vatRates, 'catalog.vat')}
              value={field.value}
              allowDeselect={false}
              onChange={(value) => field.onChange(value ?? '19')}
              error={err('vatPct')}
            />
          )}
        />
        <Controller
          control={control}
          name="billing"
          render={({ field }) => (
            <Select
              label={t('catalog.fields.billing')}
              data={options(billingKinds, 'catalog.billing')}
              value={field.value}
              allowDeselect={false}
              onChange={(value) => field.onChange(value ?? 'one-time')}
            />
          )}
        />
      </SimpleGrid>
      <DeriveListPriceModal
        opened={deriving}
        purchasePrice={purchase ?? '0'}
        currency={currency}
        onClose={() => setDeriving(false)}
        onApply={(price) => {
          setValue('listPrice', displayDecimal(price, i18n.language), {
            shouldDirty: true,
            shouldValidate: true,
          });
          setDeriving(false);
          notifications.show({
            message: t('catalog.derive.applied', { price: formatMoney(price, currency, locale) }),
            color: 'green',
          });
        }}
      />
    </>
  );
}
