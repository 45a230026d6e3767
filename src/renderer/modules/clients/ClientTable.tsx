import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '#shared/domain';
import type { ClientSort, ClientSortKey } from './client-list';
import { useVirtualRows } from '../../components/useVirtualRows';

const columns: { key: ClientSortKey | 'tags'; label: string; sortable: boolean }[] = [
  { key: 'name', label: 'clients.columns.name', sortable: true },
  { key: 'city', label: 'clients.columns.city', sortable: true },
  { key: 'industry', label: 'clients.columns.industry', sortable: true },
  { key: 'tags', label: 'clients.columns.tags', sortable: false },
  { key: 'updatedAt', label: 'clients.columns.updatedAt', sortable: true },
];
const template = '2.2fr 1.1fr 1.3fr 2fr 0.9fr';
const rowHeight = 44;

type Props = {
  rows: Client[];
  sort: ClientSort;
  onSort: (sort: ClientSort) => void;
  onOpen: (id: string) => void;
};

/** Virtualized, keyboard-navigable client table (10,000 rows render like 20). */
export function ClientTable({ rows, sort, onSort, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const { scrollRef, virtualizer, rowProps } = useVirtualRows({
    count: rows.length,
    rowHeight,
    template,
    onOpen: (index) => onOpen(rows[index]!.id),
  });
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

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
        {columns.map((column) => (
          <div
            role="columnheader"
            key={column.key}
            className="q-cell"
            aria-sort={
              sort.key === column.key
                ? sort.direction === 'asc'
                  ? 'ascending'
                  : 'descending'
                : undefined
            }
          >
            {column.sortable ? (
              <button
                type="button"
                onClick={() =>
                  onSort({
                    key: column.key as ClientSortKey,
                    direction: sort.key === column.key && sort.direction === 'asc' ? 'desc' : 'asc',
                  })
                }
              >
                {t(column.label)}
                {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            ) : (
              t(column.label)
            )}
          </div>
        ))}
      </div>
      <div ref={scrollRef} style={{ flex: 1, overflow: 'auto' }} data-testid="client-rows">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const client = rows[item.index]!;
            return (
              <div key={client.id} {...rowProps(item.index, item.start)}>
                <div role="gridcell" className="q-cell" style={{ fontWeight: 500 }}>
                  {client.name}
                </div>
                <div role="gridcell" className="q-cell">
                  {client.city}
                </div>
                <div role="gridcell" className="q-cell">
                  {client.industry}
                </div>
                <div role="gridcell" className="q-cell">
                  <Group gap={4} wrap="nowrap">
                    {client.tags.slice(0, 2).map((tag) => (
                      <Badge key={tag} size="sm" variant="light" style={{ flexShrink: 0 }}>
                        {tag}
                      </Badge>
                    ))}
                    {client.tags.length > 2 && (
                      <Badge
                        size="sm"
                        variant="outline"
                        color="gray"
                        title={client.tags.slice(2).join(', ')}
                      >
                        +{client.tags.length - 2}
                      </Badge>
                    )}
                  </Group>
                </div>
                <div role="gridcell" className="q-cell">
                  {dateFormat.format(new Date(client.updatedAt))}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
