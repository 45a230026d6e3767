import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '#shared/domain';
import { formatDecimal, formatMoney } from '#shared/money';
import { marginPct } from './catalog-list';
import { useVirtualRows } from '../../components/useVirtualRows';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { useUiLanguage } from '../../components/useUiLanguage';

const columns = [
  'sku',
  'name',
  'kind',
  'unit',
  'listPrice',
  'purchasePrice',
  'margin',
  'vat',
  'billing',
] as const;
const numeric = new Set<string>(['listPrice', 'purchasePrice', 'margin', 'vat']);
const fullTemplate = '0.9fr 2.4fr 1.1fr 0.9fr 1fr 1fr 0.7fr 0.5fr 0.9fr';
// The customer mode drops the purchase price and the margin.
const internalColumns = new Set<string>(['purchasePrice', 'margin']);
const customerColumns = columns.filter((column) => !internalColumns.has(column));
const customerTemplate = '0.9fr 2.4fr 1.1fr 0.9fr 1fr 0.5fr 0.9fr';
const rowHeight = 40;

type Props = { rows: CatalogItem[]; onOpen: (item: CatalogItem) => void };

/** Virtualized, keyboard-navigable item table (thousands of items render like twenty). */
export function ItemTable({ rows, onOpen }: Props) {
  const { t } = useTranslation();
  const locale = useUiLanguage();
  const customerMode = useCustomerMode();
  const shown = customerMode ? customerColumns : columns;
  const template = customerMode ? customerTemplate : fullTemplate;
  const { scrollRef, virtualizer, rowProps } = useVirtualRows({
    count: rows.length,
    rowHeight,
    template,
    onOpen: (index) => onOpen(rows[index]!),
  });

  const cell = (item: CatalogItem, column: (typeof columns)[number]) => {
    switch (column) {
      case 'sku':
        return item.sku;
      case 'name':
        return item.name;
      case 'kind':
        return t(`catalog.kinds.${item.kind}`);
      case 'unit':
        return t(`catalog.units.${item.unit}`);
      case 'listPrice':
        return formatMoney(item.listPrice, item.currency, locale);
      case 'purchasePrice':
        return item.purchasePrice === ''
          ? ''
          : formatMoney(item.purchasePrice, item.currency, locale);
      case 'margin': {
        const margin = marginPct(item);
        return margin === null ? '' : `${formatDecimal(margin, locale, 1)} %`;
      }
      case 'vat':
        return `${item.vatPct} %`;
      case 'billing':
        return t(`catalog.billing.${item.billing}`);
    }
  };

  return (
    <div
      role="grid"
      aria-rowcount={rows.length}
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <div
        role="row"
        className="q-grid-row q-grid-head"
        style={{ gridTemplateColumns: template, height: 36 }}
      >
        {shown.map((column) => (
          <div
            role="columnheader"
            key={column}
            className="q-cell"
            style={{ textAlign: numeric.has(column) ? 'right' : undefined }}
          >
            {t(`catalog.columns.${column}`)}
          </div>
        ))}
      </div>
      <div ref={scrollRef} style={{ flex: 1, overflow: 'auto' }} data-testid="item-rows">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const item = rows[virtual.index]!;
            return (
              <div
                key={item.id}
                data-testid="item-row"
                {...rowProps(virtual.index, virtual.start, { opacity: item.active ? 1 : 0.6 })}
              >
                {shown.map((column) => (
                  <div
                    role="gridcell"
                    key={column}
                    className="q-cell"
                    data-column={column}
                    style={{
                      textAlign: numeric.has(column) ? 'right' : undefined,
                      fontWeight: column === 'name' ? 500 : undefined,
                    }}
                  >
                    {cell(item, column)}
                    {column === 'name' && !item.active && (
                      <Badge size="xs" variant="outline" color="gray" ml={6}>
                        {t('catalog.items.inactive')}
                      </Badge>
                    )}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
