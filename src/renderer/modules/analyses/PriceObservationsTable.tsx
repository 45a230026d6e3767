import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competitor, PriceObservation } from '#shared/domain/analyses';
import type { CatalogItem } from '#shared/domain';
import { formatMoney } from '#shared/money';
import { formatDateInput } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';

/** Observations as a table; a row opens it (when `onOpen` is given). */
export function PriceObservationsTable({
  observations,
  competitors,
  items,
  onOpen,
  showCompetitor = true,
}: {
  observations: readonly PriceObservation[];
  competitors: readonly Competitor[];
  items: readonly CatalogItem[];
  onOpen?: (observation: PriceObservation) => void;
  showCompetitor?: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const names = new Map(competitors.map((competitor) => [competitor.id, competitor.name]));
  const itemNames = new Map(items.map((item) => [item.id, item.name]));
  return (
    <Table highlightOnHover={onOpen !== undefined} data-testid="price-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('analyses.prices.fields.observedOn')}</Table.Th>
          {showCompetitor && <Table.Th>{t('analyses.prices.fields.competitorId')}</Table.Th>}
          <Table.Th>{t('analyses.prices.target')}</Table.Th>
          <Table.Th ta="right">{t('analyses.prices.fields.price')}</Table.Th>
          <Table.Th>{t('analyses.prices.fields.source')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {observations.map((observation) => (
          <Table.Tr
            key={observation.id}
            tabIndex={onOpen ? 0 : undefined}
            style={onOpen ? { cursor: 'pointer' } : undefined}
            onClick={() => onOpen?.(observation)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onOpen?.(observation);
            }}
            data-testid="price-row"
          >
            <Table.Td>{formatDateInput(observation.observedOn, language)}</Table.Td>
            {showCompetitor && <Table.Td>{names.get(observation.competitorId) ?? '–'}</Table.Td>}
            <Table.Td>
              {observation.catalogItemId !== ''
                ? (itemNames.get(observation.catalogItemId) ?? '–')
                : t(`analyses.categories.${observation.category}`)}
            </Table.Td>
            <Table.Td
              ta="right"
              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
            >
              {formatMoney(observation.price, observation.currency, language)}
            </Table.Td>
            <Table.Td>
              <Badge
                size="sm"
                variant="light"
                color={observation.source === 'loss' ? 'red' : 'gray'}
              >
                {t(`analyses.prices.sources.${observation.source}`)}
              </Badge>{' '}
              {observation.sourceNote}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
