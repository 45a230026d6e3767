import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogKinds } from '#shared/domain';
import { useCatalogItems } from '#data';
import { categoryTarget, itemTarget } from './price-form';
import type { PriceTarget } from './price-form';

/** What a competitor's price is for: one of the catalog's categories or one catalog item. */
export function PriceTargetSelect({
  value,
  onChange,
  label,
  error,
  testId,
}: {
  value: PriceTarget;
  onChange: (target: PriceTarget) => void;
  label: string;
  error?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const items = useCatalogItems();
  const data = useMemo(
    () => [
      {
        group: t('analyses.prices.targetCategory'),
        items: catalogKinds.map((kind) => ({
          value: categoryTarget(kind),
          label: t(`analyses.categories.${kind}`),
        })),
      },
      {
        group: t('analyses.prices.targetItem'),
        items: (items ?? [])
          .filter((item) => !item.deleted)
          .map((item) => ({ value: itemTarget(item.id), label: item.name })),
      },
    ],
    [items, t],
  );
  return (
    <Select
      label={label}
      data={data}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable
      error={error}
      data-testid={testId}
    />
  );
}
