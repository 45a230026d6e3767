import { Alert, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency, Offer } from '#shared/domain';
import { formatDecimal, formatMoney } from '#shared/money';
import { totalsChain, type TotalsRow } from '#shared/documents/totals';
import { useEditorStore } from './editor.store';
import { useUiLanguage } from '../../components/useUiLanguage';
import { errorMessage } from '../../components/notify-error';

export type TotalsBarProps = { offer: Offer; internal: boolean };

/** The key figures in one line, pinned to the bottom of the editor on narrower windows. */
export function TotalsBar({ offer, internal }: TotalsBarProps) {
  const { t } = useTranslation();
  const totals = useEditorStore((state) => state.live.totals);
  const belowMargin = useEditorStore((state) => state.live.warnings?.offer ?? false);
  const minMarginPct = useEditorStore((state) => state.minMarginPct);
  const language = useUiLanguage();
  if (!totals) return null;
  const money = (value: string) => formatMoney(value, offer.currency, language);
  const figures: [string, string, string][] = [
    [
      `${t('offers.totals.oneTime')} ${t('offers.totals.net')}`,
      money(totals.oneTime.net),
      'bar-one-time-net',
    ],
    [
      `${t('offers.totals.oneTime')} ${t('offers.totals.gross')}`,
      money(totals.oneTime.gross),
      'bar-one-time-gross',
    ],
  ];
  if (totals.monthly.net !== '0.00')
    figures.push([t('offers.totals.monthly'), money(totals.monthly.net), 'bar-monthly']);
  if (totals.yearly.net !== '0.00')
    figures.push([t('offers.totals.yearly'), money(totals.yearly.net), 'bar-yearly']);
  figures.push([t('offers.diff.keys.contractValue'), money(totals.contractValue), 'bar-contract']);
  if (internal && totals.margin.contract.marginPct !== null) {
    figures.push([
      t('offers.totals.margin'),
      `${formatDecimal(totals.margin.contract.marginPct, language)} %`,
      'bar-margin',
    ]);
  }
  return (
    <Paper withBorder shadow="sm" radius="md" px="md" py="xs" className="q-totals-bar">
      <Group gap="xl" justify="flex-end" wrap="wrap">
        {/* The bar covers the bottom of the page: the margin warning is in it, never under it. */}
        {internal && belowMargin && (
          <Text c="red.7" fw={600} size="sm" mr="auto" data-testid="bar-margin-warning">
            {t('offers.editor.lowMarginOffer', { min: minMarginPct })}
          </Text>
        )}
        {figures.map(([label, value, testId]) => (
          <div key={testId}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} data-testid={testId}>
              {value}
            </Text>
          </div>
        ))}
      </Group>
    </Paper>
  );
}

type Props = { offer: Offer; internal: boolean };

const BILLING_KEYS = { 'one-time': 'oneTime', monthly: 'monthly', yearly: 'yearly' } as const;

/** Test ids of the chain's rows: total-oneTime-net, total-monthly-gross, total-contract-value. */
function chainTestId(row: TotalsRow): string {
  if (row.billing === null) return 'total-contract-value';
  return `total-${BILLING_KEYS[row.billing]}-${row.key}`;
}

function Row({
  label,
  value,
  strong,
  testId,
}: {
  label: ReactNode;
  value: string;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm" fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : undefined} data-testid={testId} ta="right">
        {value}
      </Text>
    </Group>
  );
}

/** Live totals per the offer rules: one-time with VAT per rate, recurring, contract value, margin. */
export function TotalsPanel({ offer, internal }: Props) {
  const { t } = useTranslation();
  const { totals, error, warnings } = useEditorStore((state) => state.live);
  const lines = useEditorStore((state) => state.lines);
  const minMarginPct = useEditorStore((state) => state.minMarginPct);
  const offerBelowMargin = warnings?.offer ?? false;
  const language = useUiLanguage();
  const currency: Currency = offer.currency;
  const money = (value: string) => formatMoney(value, currency, language);

  if (error !== undefined || !totals) {
    return (
      <Alert color="red" title={t('common.errorTitle')}>
        {error === undefined ? null : errorMessage(error, t, language)}
      </Alert>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" className="q-totals" data-testid="totals-panel">
      <Stack gap="sm">
        <Title order={4}>{t('offers.totals.title')}</Title>
        {/* The one totals chain of every document (documents/totals), in the UI language. */}
        <Stack gap={2} data-testid="totals-chain">
          {totalsChain({ language, currency, offer, totals, lines }).map((row, index) =>
            row.amount === null ? (
              <Text key={index} size="xs" tt="uppercase" c="dimmed" fw={600} mt={index ? 6 : 0}>
                {row.label}
              </Text>
            ) : (
              <Row
                key={index}
                label={row.label}
                value={money(row.amount)}
                strong={row.strong}
                testId={chainTestId(row)}
              />
            ),
          )}
        </Stack>
        {totals.reverseCharge && (
          <Text size="xs" c="dimmed">
            {t('offers.totals.reverseChargeNote')}
          </Text>
        )}
        {internal && (
          <>
            <Divider />
            <Row label={t('offers.totals.cost')} value={money(totals.margin.contract.cost)} />
            <Row
              label={t('offers.totals.margin')}
              value={`${money(totals.margin.contract.margin)} · ${
                totals.margin.contract.marginPct === null
                  ? '–'
                  : `${formatDecimal(totals.margin.contract.marginPct, language)} %`
              }`}
              testId="total-margin"
            />
            {!totals.margin.contract.complete && (
              <Text size="xs" c="orange" data-testid="margin-incomplete">
                {t('offers.totals.incomplete', {
                  amount: money(totals.margin.contract.uncostedNet),
                })}
              </Text>
            )}
            {offerBelowMargin && (
              <Alert color="red" p="xs" data-testid="offer-margin-warning">
                {t('offers.editor.lowMarginOffer', { min: minMarginPct })}
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
