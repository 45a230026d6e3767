import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkSlaResponseTable, defaultSlaResponseTable, SLA_PERIODS } from '#shared/contracts';
import type { ContractLanguage, ServiceHours, SlaPeriod } from '#shared/contracts';
import type { Contract, ContractRevision, SlaRow } from '#shared/domain/contracts';
import { useRepos, ValidationError } from '#data';
import { translateIssue } from '../../i18n';
import { useUiLanguage } from '../../components/useUiLanguage';
import { availabilityFor, slaTable, splitMinutes } from './contract-view';
import type { RunEdit } from './useContractEdit';

type Props = {
  contract: Contract;
  revision: ContractRevision;
  readOnly: boolean;
  run: RunEdit;
};

/** The SLA: availability ↔ allowed downtime per period, and the response/resolution table. */
export function SlaTab(props: Props) {
  return (
    <Stack gap="md">
      <SlaCalculator {...props} />
      <ResponseTable {...props} />
    </Stack>
  );
}

const number = (value: number, language: string) =>
  value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 3 });

function SlaCalculator({ contract, revision, readOnly, run }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const stored = revision.variables['sla.availability'] ?? '';
  // Shown as the UI writes decimals (99,5 in German); both separators are read.
  const decimal = (value: string) => (language === 'de' ? value.replace('.', ',') : value);
  const [availability, setAvailability] = useState(decimal(stored || '99.5'));
  const [mode, setMode] = useState<'24x7' | 'hours'>('24x7');
  const [hoursPerDay, setHoursPerDay] = useState<string | number>(10);
  const [daysPerWeek, setDaysPerWeek] = useState<string | number>(5);
  const [monthDays, setMonthDays] = useState<string | number>(30);
  const [period, setPeriod] = useState<SlaPeriod>('month');
  const [downtime, setDowntime] = useState('');
  const serviceHours: ServiceHours | undefined =
    mode === 'hours'
      ? { hoursPerDay: String(hoursPerDay), daysPerWeek: String(daysPerWeek) }
      : undefined;
  const result = slaTable(availability, serviceHours, String(monthDays));
  const reverse =
    downtime.trim() === ''
      ? undefined
      : availabilityFor(downtime, period, serviceHours, String(monthDays));
  const periodName = (value: SlaPeriod) => t(`contracts.sla.periods.${value}`);
  const duration = (minutes: number) => {
    const split = splitMinutes(minutes);
    return split.hours > 0
      ? t('contracts.sla.hoursMinutes', {
          hours: split.hours,
          minutes: number(split.minutes, language),
        })
      : t('contracts.sla.minutes', { value: number(split.minutes, language) });
  };
  const apply = async (value: string) => {
    const saved = await run(() =>
      repos.contracts.setVariable(contract.id, 'sla.availability', value),
    );
    if (saved)
      notifications.show({
        color: 'green',
        message: t('contracts.sla.applied', { value: decimal(value) }),
      });
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="sla-calculator">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('contracts.sla.calculatorTitle')}</Title>
        <Text size="sm" c="dimmed" data-testid="sla-in-contract">
          {stored ? t('contracts.sla.inContract', { value: decimal(stored) }) : ''}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('contracts.sla.availability')}
              value={availability}
              onChange={(event) => setAvailability(event.currentTarget.value)}
              error={
                !result.ok && result.field === 'availability'
                  ? t('contracts.sla.invalid')
                  : undefined
              }
              w={170}
              data-testid="sla-availability"
            />
            {!readOnly && (
              <Button
                variant="light"
                disabled={!result.ok || availability.trim().replace(',', '.') === stored}
                onClick={() => void apply(availability.trim().replace(',', '.'))}
                data-testid="sla-apply"
              >
                {t('contracts.sla.apply')}
              </Button>
            )}
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('contracts.sla.serviceHours')}
            </Text>
            <SegmentedControl
              value={mode}
              onChange={(value) => setMode(value as '24x7' | 'hours')}
              data={[
                { value: '24x7', label: t('contracts.sla.allDay') },
                { value: 'hours', label: t('contracts.sla.businessHours') },
              ]}
              data-testid="sla-service-hours"
            />
          </Stack>
          <Group gap="sm" grow>
            {mode === 'hours' && (
              <NumberInput
                label={t('contracts.sla.hoursPerDay')}
                value={hoursPerDay}
                onChange={setHoursPerDay}
                min={0.5}
                max={24}
                step={0.5}
                decimalSeparator={language === 'de' ? ',' : '.'}
                error={
                  !result.ok && result.field === 'serviceHours'
                    ? t('contracts.sla.invalidHours')
                    : undefined
                }
                data-testid="sla-hours-per-day"
              />
            )}
            {mode === 'hours' && (
              <NumberInput
                label={t('contracts.sla.daysPerWeek')}
                value={daysPerWeek}
                onChange={setDaysPerWeek}
                min={1}
                max={7}
                allowDecimal={false}
                data-testid="sla-days-per-week"
              />
            )}
            <NumberInput
              label={t('contracts.sla.monthDays')}
              value={monthDays}
              onChange={setMonthDays}
              min={28}
              max={31}
              allowDecimal={false}
              data-testid="sla-month-days"
            />
          </Group>
        </Stack>
        <Table data-testid="sla-downtime-table" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contracts.sla.period')}</Table.Th>
              <Table.Th ta="right">{t('contracts.sla.downtimeHeader')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SLA_PERIODS.map((value) => {
              const row = result.ok ? result.rows.find((one) => one.period === value) : undefined;
              return (
                <Table.Tr key={value} data-testid={`sla-downtime-${value}`}>
                  <Table.Td>{t(`contracts.sla.periodNames.${value}`)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {row ? duration(row.minutes) : '–'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <Group align="flex-end" gap="sm" mt="md">
        <Select
          label={t('contracts.sla.fromDowntime')}
          data={SLA_PERIODS.map((value) => ({
            value,
            label: t(`contracts.sla.periodNames.${value}`),
          }))}
          value={period}
          onChange={(value) => value && setPeriod(value as SlaPeriod)}
          allowDeselect={false}
          w={230}
          data-testid="sla-reverse-period"
        />
        <TextInput
          label={t('contracts.sla.downtimeMinutes', { period: periodName(period) })}
          value={downtime}
          onChange={(event) => setDowntime(event.currentTarget.value)}
          error={reverse === null ? t('contracts.sla.invalidDowntime') : undefined}
          w={200}
          data-testid="sla-reverse-minutes"
        />
        {reverse !== undefined && reverse !== null && (
          <Group gap="xs" pb={4}>
            <Text fw={600} data-testid="sla-reverse-result">
              = {number(reverse, language)} %
            </Text>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setAvailability(decimal(String(reverse)))}
              data-testid="sla-reverse-use"
            >
              ↑ {t('contracts.sla.availability')}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

type RowDraft = {
  priority: string;
  label: string;
  description: string;
  responseHours: string;
  resolutionHours: string;
};

const toDraft = (row: SlaRow): RowDraft => ({ ...row });
const FIELDS = ['priority', 'label', 'responseHours', 'resolutionHours'] as const;

function ResponseTable({ contract, revision, readOnly, run }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [rows, setRows] = useState<RowDraft[] | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const shown = rows ?? revision.slaTable.map(toDraft);
  const issues = useMemo(
    () =>
      checkSlaResponseTable(
        shown.map((row) => ({
          ...row,
          resolutionHours: row.resolutionHours.trim() === '' ? null : row.resolutionHours.trim(),
        })),
      ),
    [shown],
  );
  const issueAt = (index: number, field: string) => {
    const issue = issues.find((one) => one.row === index && one.field === field);
    return issue
      ? t(`contracts.sla.issues.${issue.code}`)
      : serverErrors[`${index}.${field}`] || undefined;
  };
  const change = (index: number, field: keyof RowDraft, value: string) => {
    setRows(shown.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
    setServerErrors({});
  };
  const save = async () => {
    const payload: SlaRow[] = shown.map((row) => ({
      priority: row.priority.trim(),
      label: row.label.trim(),
      description: row.description.trim(),
      responseHours: row.responseHours.trim().replace(',', '.'),
      resolutionHours: row.resolutionHours.trim().replace(',', '.'),
    }));
    try {
      const saved = await run(() => repos.contracts.setSlaTable(contract.id, payload), {
        notifyValidation: false,
      });
      if (saved) {
        setRows(null);
        notifications.show({ color: 'green', message: t('contracts.sla.saved') });
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const found: Record<string, string> = {};
      for (const issue of error.issues) {
        const [, index, field] = issue.path.map(String);
        if (index !== undefined && field !== undefined)
          found[`${index}.${field}`] ??= translateIssue(t, issue.message);
      }
      setServerErrors(found);
    }
  };
  const language = contract.language as ContractLanguage;
  return (
    <Paper withBorder p="md" radius="md" data-testid="sla-table">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('contracts.sla.tableTitle')}</Title>
        {!readOnly && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                setRows(
                  defaultSlaResponseTable(language).map((row) => ({
                    priority: row.priority,
                    label: row.label,
                    description: row.description,
                    responseHours: String(row.responseHours),
                    resolutionHours:
                      row.resolutionHours === null ? '' : String(row.resolutionHours),
                  })),
                )
              }
              data-testid="sla-table-defaults"
            >
              {t('contracts.sla.defaults')}
            </Button>
            <Button
              size="xs"
              variant="light"
              disabled={shown.length >= 10}
              onClick={() =>
                setRows([
                  ...shown,
                  {
                    priority: '',
                    label: '',
                    description: '',
                    responseHours: '',
                    resolutionHours: '',
                  },
                ])
              }
              data-testid="sla-table-add"
            >
              {t('contracts.sla.addRow')}
            </Button>
            <Button
              size="xs"
              disabled={rows === null || issues.length > 0}
              onClick={() => void save()}
              data-testid="sla-table-save"
            >
              {t('contracts.sla.save')}
            </Button>
          </Group>
        )}
      </Group>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('contracts.sla.priority')}</Table.Th>
            <Table.Th w={150}>{t('contracts.sla.label')}</Table.Th>
            <Table.Th>{t('contracts.sla.description')}</Table.Th>
            <Table.Th w={130}>{t('contracts.sla.responseHours')}</Table.Th>
            <Table.Th w={150}>{t('contracts.sla.resolutionHours')}</Table.Th>
            {!readOnly && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row, index) => (
            <Table.Tr key={index} data-testid={`sla-row-${index}`}>
              {(
                ['priority', 'label', 'description', 'responseHours', 'resolutionHours'] as const
              ).map((field) => (
                <Table.Td key={field} style={{ verticalAlign: 'top' }}>
                  <TextInput
                    size="xs"
                    aria-label={`${t(`contracts.sla.${field}`)} ${index + 1}`}
                    value={row[field]}
                    placeholder={
                      field === 'resolutionHours' ? t('contracts.sla.bestEffort') : undefined
                    }
                    onChange={(event) => change(index, field, event.currentTarget.value)}
                    error={
                      (FIELDS as readonly string[]).includes(field)
                        ? issueAt(index, field)
                        : undefined
                    }
                    readOnly={readOnly}
                    data-testid={`sla-${field}-${index}`}
                  />
                </Table.Td>
              ))}
              {!readOnly && (
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => setRows(shown.filter((_, i) => i !== index))}
                    aria-label={t('contracts.sla.removeRow', {
                      priority: row.priority || index + 1,
                    })}
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
