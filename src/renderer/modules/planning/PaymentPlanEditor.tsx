import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import type { PaymentInstalment, ProjectPlan } from '#shared/domain/planning';
import { newId } from '#shared/ids';
import { Decimal, formatDecimal, formatMoney } from '#shared/money';
import { offerTotals } from '#shared/offers/totals';
import { paymentSchedule } from '#shared/planning';
import type { PlanAnalysis } from '#shared/planning/types';
import { useOfferLines, useRepos } from '#data';
import { DateField } from '../../components/DateField';
import { formatDateInput } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';
import { checkDrafts, draftsFrom, type InstalmentDraft } from './payment-draft';
import { fieldIssues, issueText, type FieldIssue } from './plan-issues';

type Props = {
  offer: Offer;
  plan: ProjectPlan;
  analysis: PlanAnalysis;
  instalments: PaymentInstalment[];
  editable: boolean;
  onError: (error: unknown) => void;
};

/**
 * The payment plan: instalments in percent of the offer's one-time net, due at a milestone
 * (its date + the payment terms) or on a date, with the amounts and due dates computed as
 * typed. Saved together, and only when they add up to 100 %: otherwise the sum is refused at
 * the field and what was typed stays.
 */
export function PaymentPlanEditor({
  offer,
  plan,
  analysis,
  instalments,
  editable,
  onError,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const lines = useOfferLines(offer.id);
  const [drafts, setDrafts] = useState<InstalmentDraft[]>(() => draftsFrom(instalments, language));
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  useEffect(() => {
    if (!dirty) setDrafts(draftsFrom(instalments, language));
  }, [instalments, language, dirty]);

  const oneTimeNet = useMemo(
    () => (lines ? offerTotals({ offer, lines }).oneTime.net : '0.00'),
    [offer, lines],
  );
  const check = checkDrafts(drafts, language);
  const schedule = useMemo(
    () =>
      paymentSchedule({
        instalments: check.rows.map((row, index) => ({
          id: row.id ?? `draft-${index}`,
          label: row.label,
          percent: check.unreadable.includes(index) ? '0' : row.percent,
          dueKind: row.dueKind,
          milestoneId: row.milestoneId,
          dueDate: row.dueDate,
        })),
        milestones: analysis.milestones,
        oneTimeNet,
        currency: offer.currency,
        paymentTermsDays: offer.paymentTermsDays,
      }),
    // check.rows is rebuilt each render; drafts is what it follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drafts, language, analysis.milestones, oneTimeNet, offer.currency, offer.paymentTermsDays],
  );
  const milestoneOptions = [
    { value: '', label: '–' },
    ...analysis.milestones.map((milestone) => ({ value: milestone.id, label: milestone.name })),
  ];

  const edit = (index: number, patch: Partial<InstalmentDraft>) => {
    setDirty(true);
    // What was refused is said until the next change; the save checks again.
    setIssues({});
    setDrafts((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };
  const issueAt = (path: string) => {
    const issue = issues[path];
    return issue ? issueText(t, issue) : undefined;
  };
  const save = () => {
    const found: Record<string, FieldIssue> = {};
    for (const index of check.unreadable) {
      found[`${index}.percent`] = {
        key: 'validation.notANumber',
        params: { value: drafts[index]?.percent ?? '' },
      };
    }
    if (check.unreadable.length === 0 && !check.complete) {
      found.percent = {
        key: 'planning.validation.paymentSum',
        params: { sum: formatDecimal(new Decimal(check.sum).toString(), language) },
      };
    }
    setIssues(found);
    if (Object.keys(found).length > 0) return;
    repos.paymentInstalments.save(plan.id, check.rows).then(
      () => {
        setDirty(false);
        notifications.show({ message: t('planning.payments.saved') });
      },
      (error: unknown) => {
        const refused = fieldIssues(error);
        if (refused) setIssues(refused);
        else onError(error);
      },
    );
  };
  const sumError = issueAt('percent');

  return (
    <Stack
      gap="xs"
      data-testid="plan-payments"
      className={editable ? undefined : 'q-readonly-form'}
    >
      <Group justify="space-between">
        <Title order={4}>{t('planning.payments.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('planning.payments.basis', {
            net: formatMoney(oneTimeNet, offer.currency, language),
            days: offer.paymentTermsDays,
          })}
        </Text>
      </Group>
      {drafts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('planning.payments.empty')}
        </Text>
      )}
      {drafts.length > 0 && (
        <Table withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planning.payments.label')}</Table.Th>
              <Table.Th w={100}>{t('planning.payments.percent')}</Table.Th>
              <Table.Th w={170}>{t('planning.payments.dueKind')}</Table.Th>
              <Table.Th w={200}>{t('planning.payments.due')}</Table.Th>
              <Table.Th w={130} ta="right">
                {t('planning.payments.amount')}
              </Table.Th>
              <Table.Th w={110}>{t('planning.payments.dueDate')}</Table.Th>
              {editable && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drafts.map((draft, index) => {
              const computed = schedule.rows[index];
              return (
                <Table.Tr key={draft.key} data-testid="plan-instalment">
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`${t('planning.payments.label')} ${index + 1}`}
                      value={draft.label}
                      disabled={!editable}
                      error={issueAt(`${index}.label`)}
                      onChange={(event) => edit(index, { label: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`${t('planning.payments.percent')} ${index + 1}`}
                      value={draft.percent}
                      disabled={!editable}
                      inputMode="decimal"
                      classNames={{ input: 'q-num' }}
                      // Off 100 %: every share is marked, the sentence stands under the sum.
                      error={issueAt(`${index}.percent`) ?? sumError !== undefined}
                      data-testid="plan-instalment-percent"
                      aria-describedby={sumError ? 'plan-payments-error' : undefined}
                      onChange={(event) => edit(index, { percent: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={`${t('planning.payments.dueKind')} ${index + 1}`}
                      data={[
                        { value: 'milestone', label: t('planning.payments.dueKinds.milestone') },
                        { value: 'date', label: t('planning.payments.dueKinds.date') },
                      ]}
                      value={draft.dueKind}
                      disabled={!editable}
                      onChange={(event) =>
                        edit(index, {
                          dueKind: event.currentTarget.value as InstalmentDraft['dueKind'],
                        })
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    {draft.dueKind === 'milestone' ? (
                      <NativeSelect
                        size="xs"
                        aria-label={`${t('planning.payments.due')} ${index + 1}`}
                        data={milestoneOptions}
                        value={draft.milestoneId}
                        disabled={!editable}
                        error={issueAt(`${index}.milestoneId`)}
                        onChange={(event) =>
                          edit(index, { milestoneId: event.currentTarget.value })
                        }
                      />
                    ) : (
                      <DateField
                        size="xs"
                        aria-label={`${t('planning.payments.due')} ${index + 1}`}
                        value={draft.dueDate}
                        disabled={!editable}
                        error={issueAt(`${index}.dueDate`)}
                        onChange={(dueDate) => edit(index, { dueDate })}
                      />
                    )}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="plan-instalment-amount">
                    {computed ? formatMoney(computed.amount, offer.currency, language) : '–'}
                  </Table.Td>
                  <Table.Td data-testid="plan-instalment-due">
                    {computed?.dueDate ? formatDateInput(computed.dueDate, language) : '–'}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('planning.payments.remove')} ${index + 1}`}
                        onClick={() => {
                          setDirty(true);
                          setDrafts((rows) => rows.filter((_, at) => at !== index));
                        }}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('planning.payments.sum')}</Table.Th>
              <Table.Th
                ta="right"
                data-testid="plan-payments-sum"
                c={check.complete ? undefined : 'red'}
              >
                {formatDecimal(check.sum, language, 2)} %
              </Table.Th>
              <Table.Th colSpan={2} />
              <Table.Th ta="right">
                {formatMoney(schedule.total, offer.currency, language)}
              </Table.Th>
              <Table.Th colSpan={editable ? 2 : 1} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {sumError && (
        <Text
          size="sm"
          c="red"
          role="alert"
          id="plan-payments-error"
          data-testid="plan-payments-error"
        >
          {sumError}
        </Text>
      )}
      {editable && (
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            data-testid="plan-add-instalment"
            onClick={() => {
              setDirty(true);
              setDrafts((rows) => [
                ...rows,
                {
                  key: newId(),
                  label: t('planning.payments.newLabel', { n: rows.length + 1 }),
                  percent: '',
                  dueKind: analysis.milestones.length > 0 ? 'milestone' : 'date',
                  milestoneId: analysis.milestones[0]?.id ?? '',
                  dueDate: '',
                },
              ]);
            }}
          >
            {t('planning.payments.add')}
          </Button>
          <Button size="xs" data-testid="plan-save-payments" disabled={!dirty} onClick={save}>
            {t('planning.payments.save')}
          </Button>
          {dirty && (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                setDirty(false);
                setIssues({});
                setDrafts(draftsFrom(instalments, language));
              }}
            >
              {t('planning.payments.reset')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
