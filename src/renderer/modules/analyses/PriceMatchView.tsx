import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceMatch } from '#shared/analyses';
import type { PriceObservation } from '#shared/domain/analyses';
import { formatDecimal, formatMoney } from '#shared/money';
import { formatDateInput } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';

/** The observed prices matching one line: basis, range, our gap, the newest few. */
export function PriceMatchView({
  match,
  names,
  limit = 5,
}: {
  match: PriceMatch<PriceObservation>;
  names: ReadonlyMap<string, string>;
  limit?: number;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const euro = (value: string) => formatMoney(value, 'EUR', language);
  const gap = match.gapPct === '' ? null : Number(match.gapPct);
  const gapText =
    gap === null
      ? ''
      : gap === 0
        ? t('analyses.intel.gapEqual')
        : t(gap > 0 ? 'analyses.intel.gap' : 'analyses.intel.gapBelow', {
            gap: formatDecimal(match.gapPct.replace('-', ''), language, 2),
          });
  return (
    <Stack gap={4} data-testid="price-match">
      <Group gap={6}>
        <Badge size="xs" variant="light" color={match.basis === 'item' ? 'blue' : 'gray'}>
          {t(match.basis === 'item' ? 'analyses.intel.sameItem' : 'analyses.intel.sameCategory')}
        </Badge>
        <Text size="xs" c="dimmed" data-testid="price-match-range">
          {t('analyses.intel.range', {
            min: euro(match.min),
            median: euro(match.median),
            max: euro(match.max),
          })}
        </Text>
      </Group>
      {gapText && (
        <Text
          size="xs"
          fw={500}
          c={gap !== null && gap > 0 ? 'orange.8' : 'teal.8'}
          data-testid="price-match-gap"
        >
          {gapText}
        </Text>
      )}
      <Table fz="xs" verticalSpacing={2}>
        <Table.Tbody>
          {match.observations.slice(0, limit).map((observation) => (
            <Table.Tr key={observation.id}>
              <Table.Td>{names.get(observation.competitorId) ?? '–'}</Table.Td>
              <Table.Td
                ta="right"
                style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
              >
                {formatMoney(observation.price, observation.currency, language)}
              </Table.Td>
              <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDateInput(observation.observedOn, language)}
              </Table.Td>
              <Table.Td c="dimmed">{t(`analyses.prices.sources.${observation.source}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
