import { Alert, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency, Offer } from '../../../shared/domain';
import { formatDecimal, formatMoney } from '../../../shared/money';
import { useEditorStore } from './editor.store';

export type TotalsBarProps = { offer: Offer; internal: boolean };

/** The key figures in one line, pinned to the bottom of the editor on narrower windows. */
export function TotalsBar({ offer, internal }: TotalsBarProps) {
  const { t, i18n } = useTranslation();
  const totals = useEditorStore((state) => state.live.totals);
  const language = i18n.language === 'en' ? 'en' : 'de';
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
  const { t, i18n } = useTranslation();
  const { totals, error, warnings } = useEditorStore((state) => state.live);
  const minMarginPct = useEditorStore((state) => state.minMarginPct);
  const offerBelowMargin = warnings?.offer ?? false;
  const language = i18n.language === 'en' ? 'en' : 'de';
  const currency: Currency = offer.currency;
  const money = (value: string) => formatMoney(value, currency, language);

  if (error || !totals) {
    return (
      <Alert color="red" title={t('common.errorTitle')}>
        {error}
      </Alert>
    );
  }
  const groupsOf = (billing: 'one-time' | 'monthly' | 'yearly') =>
    totals.groups.filter((group) => group.billing === billing);
  const block = (
    billing: 'one-time' | 'monthly' | 'yearly',
    key: 'oneTime' | 'monthly' | 'yearly',
  ) => {
    const part = totals[key];
    if (billing !== 'one-time' && part.net === '0.00' && groupsOf(billing).length === 0)
      return null;
    return (
      <Stack gap={2} key={billing}>
        <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
          {t(`offers.totals.${key}`)}
        </Text>
        <Row label={t('offers.totals.net')} value={money(part.net)} testId={`total-${key}-net`} />
        {groupsOf(billing).map((group) => (
          <Row
            key={group.vatPct}
            label={t('offers.totals.vat', { rate: group.vatPct })}
            value={money(group.vat)}
          />
        ))}
        <Row
          label={t('offers.totals.gross')}
          value={money(part.gross)}
          strong
          testId={`total-${key}-gross`}
        />
      </Stack>
    );
  };

  return (
    <Paper withBorder radius="md" p="md" className="q-totals" data-testid="totals-panel">
      <Stack gap="sm">
        <Title order={4}>{t('offers.totals.title')}</Title>
        {block('one-time', 'oneTime')}
        {block('monthly', 'monthly')}
        {block('yearly', 'yearly')}
        <Divider />
        <Row
          label={t('offers.totals.contractValue', { months: offer.termMonths })}
          value={money(totals.contractValue)}
          strong
          testId="total-contract-value"
        />
        {totals.reverseCharge && (
          <Text size="xs" c="dimmed">
            {t('offers.totals.reverseChargeNote')}
          </Text>
        )}
        {offer.cashDiscountPct !== '' && (
          <Text size="xs" c="dimmed">
            {t('offers.totals.cashDiscount', {
              pct: formatDecimal(offer.cashDiscountPct, language),
              days: offer.cashDiscountDays,
            })}
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
