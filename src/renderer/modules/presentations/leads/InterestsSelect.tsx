import { MultiSelect } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '#shared/domain';

type Props = {
  items: readonly CatalogItem[];
  /** The category names on offer (the catalog's kinds in the deck's language). */
  categories: readonly string[];
  itemIds: string[];
  categoryNames: string[];
  onChange: (next: { itemIds: string[]; categories: string[] }) => void;
  error?: ReactNode;
};

const ITEM = 'item:';
const CATEGORY = 'category:';

/** Interests: catalog items and categories in one searchable multi-select. */
export function InterestsSelect({
  items,
  categories,
  itemIds,
  categoryNames,
  onChange,
  error,
}: Props) {
  const { t } = useTranslation();
  const data = useMemo(() => {
    const known = new Set(items.map((item) => item.id));
    // A chosen item that is no longer active stays visible, so nothing is dropped silently.
    const extraItems = itemIds.filter((id) => !known.has(id));
    const extraCategories = categoryNames.filter((name) => !categories.includes(name));
    return [
      {
        group: t('leads.capture.groups.items'),
        items: [
          ...items.map((item) => ({ value: `${ITEM}${item.id}`, label: item.name })),
          ...extraItems.map((id) => ({ value: `${ITEM}${id}`, label: id })),
        ],
      },
      {
        group: t('leads.capture.groups.categories'),
        items: [...categories, ...extraCategories].map((name) => ({
          value: `${CATEGORY}${name}`,
          label: name,
        })),
      },
    ];
  }, [items, categories, itemIds, categoryNames, t]);
  const value = [
    ...itemIds.map((id) => `${ITEM}${id}`),
    ...categoryNames.map((name) => `${CATEGORY}${name}`),
  ];
  return (
    <MultiSelect
      label={t('leads.capture.fields.interests')}
      placeholder={value.length === 0 ? t('leads.capture.fields.interestsPlaceholder') : undefined}
      nothingFoundMessage={t('leads.capture.fields.interestsNothing')}
      data={data}
      value={value}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={220}
      comboboxProps={{ withinPortal: true, zIndex: 1000 }}
      onChange={(next) =>
        onChange({
          itemIds: next.filter((v) => v.startsWith(ITEM)).map((v) => v.slice(ITEM.length)),
          categories: next
            .filter((v) => v.startsWith(CATEGORY))
            .map((v) => v.slice(CATEGORY.length)),
        })
      }
      error={error}
      data-testid="lead-interests"
    />
  );
}
