import { Button, Group, Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bundle, CatalogItem, Offer } from '#shared/domain';
import { formatMoney } from '#shared/money';
import { lineFromCatalogItem, linesFromBundle, serviceLineFromRole } from '#shared/offers/pricing';
import { useRepos, useBundles, useCatalogItems, useOfferSettings, useRoles } from '#data';
import { insertLines } from './insert-lines';
import type { NewLine } from './insert-lines';
import { useUiLanguage } from '../../components/useUiLanguage';
import { notifyError } from '../../components/notify-error';

// Mantine's Combobox keeps a closed dropdown mounted (hidden) by default; three per section made
// floating-ui position 15 hidden dropdowns (a forced layout each) while a 500-line offer opened.
const dropdownOnlyWhenOpen = { keepMounted: false };
// The catalog picker's options carry prices: wider than its input.
const catalogDropdown = { ...dropdownOnlyWhenOpen, width: 460, position: 'bottom-start' as const };

/** Focuses an element once the live query has rendered it (a few frames after the write). */
export function focusWhenRendered(selector: string, attempts = 60): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) {
    element.focus();
    if (element instanceof HTMLInputElement) element.select();
  } else if (attempts > 0) {
    requestAnimationFrame(() => focusWhenRendered(selector, attempts - 1));
  }
}

/** A free line in the offer's currency and the defaults of a plain one-time item. */
export function freeLine(name: string): NewLine {
  return {
    catalogItemId: '',
    roleId: '',
    name,
    description: '',
    quantity: '1',
    unit: 'piece',
    unitPrice: '0.00',
    discountPct: '',
    vatPct: '19',
    billing: 'one-time',
    unitCost: '',
    kind: 'normal',
    replacesOriginId: '',
    estimate: null,
  };
}

/** Adds lines to a section: from the catalog, a bundle, a role of the rate card, or free. */
export function AddLineControls({
  offer,
  sectionId,
  sectionEmpty = false,
}: {
  offer: Offer;
  sectionId: string;
  /** An empty section takes a bundle itself (renamed after it) instead of a new one below. */
  sectionEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const items = useCatalogItems();
  const bundles = useBundles();
  const roles = useRoles();
  const rates = useOfferSettings()?.exchangeRates;
  // The option lists are built when a select is first used: 3 selects in each of many sections.
  const [used, setUsed] = useState(false);
  const use = () => setUsed(true);
  const activeItems = useMemo(
    () => (used ? (items ?? []) : []).filter((item) => item.active),
    [items, used],
  );
  const itemsById = useMemo(() => new Map((items ?? []).map((item) => [item.id, item])), [items]);
  const rolesById = useMemo(() => new Map((roles ?? []).map((role) => [role.id, role])), [roles]);

  // Building a line can fail (a price in a currency without a rate): report it, add nothing.
  // A bundle comes as a titled group (a package when the bundle is priced as one).
  const add = async (build: () => NewLine[], column = 'quantity', bundle?: Bundle) => {
    try {
      const created = await insertLines({
        repos,
        offerId: offer.id,
        sectionId,
        sectionEmpty,
        lines: build(),
        ...(bundle
          ? { group: { title: bundle.name, package: bundle.pricedAsPackage === true } }
          : {}),
      });
      const first = created[0];
      if (first) focusWhenRendered(`[data-line-id="${first.id}"] [data-col="${column}"]`);
    } catch (error) {
      notifyError(error, t);
    }
  };
  const roleById = (id: string) => rolesById.get(id);

  return (
    <Group gap="xs" mt="xs" data-testid="add-line-controls">
      <Select
        size="xs"
        w={240}
        placeholder={t('offers.editor.addFromCatalog')}
        aria-label={t('offers.editor.addFromCatalog')}
        data={activeItems.map((item) => ({
          value: item.id,
          label: item.sku ? `${item.sku} · ${item.name}` : item.name,
        }))}
        value={null}
        onFocus={use}
        onMouseDown={use}
        searchable
        // Enter takes the first match of what was typed.
        selectFirstOptionOnChange
        comboboxProps={catalogDropdown}
        renderOption={({ option }) => (
          <CatalogOption item={itemsById.get(option.value)} label={option.label} />
        )}
        limit={50}
        nothingFoundMessage="–"
        onChange={(id) => {
          const item = id ? itemsById.get(id) : undefined;
          if (item)
            void add(() => [
              lineFromCatalogItem({ item, offer, role: roleById(item.roleId), rates }),
            ]);
        }}
      />
      <Select
        size="xs"
        w={180}
        placeholder={t('offers.editor.addBundle')}
        aria-label={t('offers.editor.addBundle')}
        data={(used ? (bundles ?? []) : [])
          .filter((bundle) => bundle.active)
          .map((bundle) => ({ value: bundle.id, label: bundle.name }))}
        value={null}
        onFocus={use}
        onMouseDown={use}
        searchable
        selectFirstOptionOnChange
        comboboxProps={dropdownOnlyWhenOpen}
        onChange={(id) => {
          const bundle = bundles?.find((candidate) => candidate.id === id);
          if (!bundle) return;
          void add(
            () => linesFromBundle({ bundle, items: itemsById, offer, roles: rolesById, rates }),
            'quantity',
            bundle,
          );
        }}
      />
      <Select
        size="xs"
        w={180}
        placeholder={t('offers.editor.addService')}
        aria-label={t('offers.editor.addService')}
        data={(used ? (roles ?? []) : [])
          .filter((role) => role.active)
          .map((role) => ({ value: role.id, label: role.name }))}
        value={null}
        onFocus={use}
        onMouseDown={use}
        searchable
        selectFirstOptionOnChange
        comboboxProps={dropdownOnlyWhenOpen}
        onChange={(id) => {
          const role = id ? roleById(id) : undefined;
          if (role) void add(() => [serviceLineFromRole({ role, offer, rates })]);
        }}
      />
      <Button
        size="xs"
        variant="light"
        onClick={() => void add(() => [freeLine(t('offers.editor.newLine'))], 'name')}
      >
        {t('offers.editor.addFree')}
      </Button>
    </Group>
  );
}

/** A catalog option: name on the left, list price (and billing) on the right. */
function CatalogOption({ item, label }: { item: CatalogItem | undefined; label: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" w="100%">
      {/* The dropdown's scroll area grows with its content: the name needs a fixed maximum. */}
      <Text size="xs" truncate maw={300}>
        {label}
      </Text>
      {item && (
        <Text
          size="xs"
          // Inherits the option's colour: readable on the highlighted option too.
          style={{ whiteSpace: 'nowrap', flexShrink: 0, opacity: 0.8 }}
          data-testid="catalog-option-price"
        >
          {formatMoney(item.listPrice, item.currency, language)}
          {item.billing === 'one-time' ? '' : ` · ${t(`catalog.billing.${item.billing}`)}`}
        </Text>
      )}
    </Group>
  );
}
