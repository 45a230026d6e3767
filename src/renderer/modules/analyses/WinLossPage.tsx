import { Badge, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { winLossReport } from '#shared/analyses';
import type { WinLossReport } from '#shared/analyses';
import { winLossChartConfig } from '#shared/analyses/charts';
import { formatDecimal, formatMoney } from '#shared/money';
import { useCompany } from '#data';
import { useAllCompetitors, useAllOpportunities } from '#data/analyses/hooks';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { useUiLanguage } from '../../components/useUiLanguage';
import { ChartView } from './ChartView';
import { CompetitionTabs } from './CompetitionTabs';
import { choices, winLossRows } from './win-loss-view';

type Filter = { from: string; to: string; industry: string; owner: string };

/**
 * Win/loss per competitor, computed from the opportunities: encounters, won, lost, win rate,
 * won and lost value, lost to them, open, top loss reasons, average price gap; the lost ones
 * whose form was skipped; filters by period, industry and owner; a chart.
 */
/** Amounts and percentages stay on one line ("150.000,00 €"). */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function WinLossPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const opportunities = useAllOpportunities();
  const competitors = useAllCompetitors();
  const company = useCompany();
  const [filter, setFilter] = useState<Filter>({ from: '', to: '', industry: '', owner: '' });
  const rows = useMemo(() => winLossRows(opportunities ?? []), [opportunities]);
  // A period whose end is before its start is not applied (the field says so).
  const badPeriod = filter.from !== '' && filter.to !== '' && filter.to < filter.from;
  const report = useMemo<WinLossReport>(
    () => winLossReport(rows, badPeriod ? { ...filter, to: '' } : filter),
    [rows, filter, badPeriod],
  );
  const names = useMemo(
    () => Object.fromEntries((competitors ?? []).map((c) => [c.id, c.name])),
    [competitors],
  );
  const deleted = new Set((competitors ?? []).filter((c) => c.deleted).map((c) => c.id));
  const chart = useMemo(
    () =>
      report.competitors.length === 0
        ? null
        : winLossChartConfig(report, {
            names,
            language,
            companyName: company?.name ?? '',
            screen: true,
          }),
    [report, names, language, company],
  );
  if (opportunities === undefined || competitors === undefined) {
    return (
      <Stack gap="sm">
        <CompetitionTabs />
      </Stack>
    );
  }

  const money = (value: string) => formatMoney(value, 'EUR', language);
  const pct = (value: string) => (value === '' ? '–' : `${formatDecimal(value, language, 2)} %`);
  const set = (patch: Partial<Filter>) => setFilter((current) => ({ ...current, ...patch }));
  const industries = choices(rows.map((row) => row.industry));
  const owners = choices(rows.map((row) => row.owner));

  return (
    <Stack gap="sm">
      <CompetitionTabs />
      <Group gap="sm" align="flex-end">
        <DateField
          label={t('analyses.winLoss.from')}
          value={filter.from}
          onChange={(from) => set({ from })}
          clearable
          w={150}
        />
        <DateField
          label={t('analyses.winLoss.to')}
          value={filter.to}
          onChange={(to) => set({ to })}
          clearable
          w={150}
          error={badPeriod ? t('validation.invalid') : undefined}
        />
        <Select
          label={t('analyses.winLoss.industry')}
          placeholder={t('analyses.winLoss.allIndustries')}
          data={industries}
          value={filter.industry || null}
          onChange={(industry) => set({ industry: industry ?? '' })}
          clearable
          w={200}
          data-testid="winloss-industry"
        />
        <Select
          label={t('analyses.winLoss.owner')}
          placeholder={t('analyses.winLoss.allOwners')}
          data={owners}
          value={filter.owner || null}
          onChange={(owner) => set({ owner: owner ?? '' })}
          clearable
          w={200}
          data-testid="winloss-owner"
        />
        {report.skippedLossForms > 0 && (
          <Badge color="orange" variant="light" size="lg" data-testid="winloss-skipped">
            {t('analyses.winLoss.skipped', { count: report.skippedLossForms })}
          </Badge>
        )}
      </Group>
      {report.competitors.length === 0 ? (
        <EmptyState
          title={t('analyses.winLoss.emptyTitle')}
          text={t('analyses.winLoss.emptyText')}
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={960}>
            <Table
              striped
              fz="sm"
              horizontalSpacing={8}
              data-testid="winloss-table"
              style={{ whiteSpace: 'nowrap' }}
            >
              <Table.Thead
                style={{ whiteSpace: 'normal', verticalAlign: 'bottom', hyphens: 'auto' }}
              >
                <Table.Tr>
                  <Table.Th>{t('analyses.winLoss.columns.competitor')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.encounters')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.won')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.lost')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.winRate')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.wonValue')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.lostValue')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.lostToThem')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.open')}</Table.Th>
                  <Table.Th>{t('analyses.winLoss.columns.topLossReasons')}</Table.Th>
                  <Table.Th ta="right">{t('analyses.winLoss.columns.averagePriceGap')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                {report.competitors.map((row) => (
                  <Table.Tr
                    key={row.competitorId}
                    data-testid="winloss-row"
                    data-competitor={row.competitorId}
                  >
                    <Table.Td fw={500} style={{ whiteSpace: 'normal', minWidth: 140 }}>
                      <Link to={`/competitors/${row.competitorId}`}>
                        {names[row.competitorId] ?? '–'}
                      </Link>
                      {deleted.has(row.competitorId) && (
                        <Badge size="xs" color="gray" variant="outline" ml={6}>
                          {t('analyses.deleted')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{row.encounters}</Table.Td>
                    <Table.Td ta="right">{row.won}</Table.Td>
                    <Table.Td ta="right">{row.lost}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>
                      {pct(row.winRatePct)}
                    </Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>
                      {money(row.wonValue)}
                    </Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>
                      {money(row.lostValue)}
                    </Table.Td>
                    <Table.Td ta="right">{row.lostToThem}</Table.Td>
                    <Table.Td ta="right">{row.open}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'normal', minWidth: 150 }}>
                      {row.topLossReasons
                        .slice(0, 3)
                        .map(
                          ({ reason, count }) =>
                            `${t(`analyses.lossReasons.${reason}`)} (${count})`,
                        )
                        .join(', ')}
                    </Table.Td>
                    <Table.Td ta="right">{pct(row.averagePriceGapPct)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="winloss-total">
                  <Table.Th>{t('analyses.winLoss.total')}</Table.Th>
                  <Table.Th ta="right">{report.totals.opportunities}</Table.Th>
                  <Table.Th ta="right">{report.totals.won}</Table.Th>
                  <Table.Th ta="right">{report.totals.lost}</Table.Th>
                  <Table.Th ta="right">{pct(report.totals.winRatePct)}</Table.Th>
                  <Table.Th ta="right">{money(report.totals.wonValue)}</Table.Th>
                  <Table.Th ta="right">{money(report.totals.lostValue)}</Table.Th>
                  <Table.Th />
                  <Table.Th ta="right">{report.totals.open}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'normal' }}>
                    {report.totals.topLossReasons
                      .slice(0, 3)
                      .map(
                        ({ reason, count }) => `${t(`analyses.lossReasons.${reason}`)} (${count})`,
                      )
                      .join(', ')}
                  </Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          {chart && (
            <Paper withBorder p="md" radius="md">
              <Text size="sm" fw={500} mb="xs">
                {t('analyses.winLoss.chart')}
              </Text>
              <ChartView config={chart} height={300} testId="winloss-chart" />
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
