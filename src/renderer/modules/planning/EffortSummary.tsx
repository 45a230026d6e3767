import { Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import type { ProjectPlan } from '#shared/domain/planning';
import { formatDecimal, formatMoney } from '#shared/money';
import type { PlanAnalysis } from '#shared/planning/types';
import { useOfferLines } from '#data';
import { formatDateInput } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';
import { planLinesPrice } from './plan-price';

type Props = { offer: Offer; plan: ProjectPlan; analysis: PlanAnalysis; internal: boolean };

function Figure({ label, value, testId }: { label: string; value: ReactNode; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * The plan in figures: expected effort ± σ, the effort at the chosen confidence and the
 * reserve (a line of its own or spread), the price of the plan's lines (cost and margin only
 * in the internal view), the duration, the expected finish, the 80 %/90 % dates and the
 * probability of making the target date.
 */
export function EffortSummary({ offer, plan, analysis, internal }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const lines = useOfferLines(offer.id);
  const price = useMemo(() => planLinesPrice(offer, lines ?? []), [offer, lines]);
  const days = (value: string) =>
    t('planning.summary.personDays', { value: formatDecimal(value, language, 2) });
  const date = (iso: string) => (iso ? formatDateInput(iso, language) : '–');
  const { effort, duration } = analysis;
  const reserveText =
    effort.confidencePct === '50' || Number(effort.contingency) === 0
      ? t('planning.summary.reserveNone')
      : `${days(effort.contingency)} ${t(
          plan.contingency === 'line'
            ? 'planning.summary.reserveLine'
            : 'planning.summary.reserveSpread',
        )}`;

  return (
    <Paper withBorder p="sm" data-testid="plan-summary">
      <Group gap="xl" align="flex-start" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
        <Figure
          label={t('planning.summary.expected')}
          value={`${days(effort.expected)} ± ${formatDecimal(effort.standardDeviation, language, 2)}`}
          testId="plan-effort-expected"
        />
        <Figure
          label={t('planning.summary.atConfidence', { pct: effort.confidencePct })}
          value={days(effort.atConfidence)}
          testId="plan-effort-confidence"
        />
        <Figure label={t('planning.summary.reserve')} value={reserveText} testId="plan-reserve" />
        <Figure
          label={t('planning.summary.price')}
          value={formatMoney(price.net, offer.currency, language)}
          testId="plan-price"
        />
        {internal && (
          <Figure
            label={`${t('planning.summary.cost')} / ${t('planning.summary.margin')}`}
            value={`${formatMoney(price.cost, offer.currency, language)} / ${formatMoney(price.margin, offer.currency, language)}`}
            testId="plan-cost"
          />
        )}
        {duration ? (
          <>
            <Figure
              label={t('planning.summary.duration')}
              value={t('planning.summary.workingDays', {
                value: `${duration.expected} ± ${formatDecimal(duration.standardDeviation, language, 1)}`,
              })}
              testId="plan-duration"
            />
            <Figure
              label={t('planning.summary.finish')}
              value={date(duration.finish)}
              testId="plan-finish"
            />
            <Figure
              label={t('planning.summary.p80')}
              value={date(duration.p80)}
              testId="plan-p80"
            />
            <Figure
              label={t('planning.summary.p90')}
              value={date(duration.p90)}
              testId="plan-p90"
            />
            {plan.deadline && duration.deadlineProbability && (
              <Figure
                label={t('planning.summary.deadline', { date: date(plan.deadline) })}
                value={`${formatDecimal(Number(duration.deadlineProbability) * 100, language, 1)} %`}
                testId="plan-deadline-probability"
              />
            )}
          </>
        ) : (
          <Text size="sm" c="red" data-testid="plan-no-schedule">
            {t('planning.summary.noSchedule')}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
