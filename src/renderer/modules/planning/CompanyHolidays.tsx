import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyHoliday } from '#shared/domain/planning';
import { DateField } from '../../components/DateField';
import { issueText, type FieldIssue } from './plan-issues';

/** The company holidays (closed days on top of the public ones): from, to, occasion. */
export function CompanyHolidays({
  holidays,
  start,
  editable,
  issues,
  onSave,
}: {
  holidays: CompanyHoliday[];
  /** The plan's start: a new row begins there (or after the last row). */
  start: string;
  editable: boolean;
  issues: Record<string, FieldIssue>;
  onSave: (holidays: CompanyHoliday[]) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(holidays);
  const [refused, setRefused] = useState<number | null>(null);
  useEffect(() => {
    setRows(holidays);
    setRefused(null);
  }, [holidays]);
  const change = (index: number, patch: Partial<CompanyHoliday>) => {
    const next = rows.map((row, at) => (at === index ? { ...row, ...patch } : row));
    setRows(next);
    const row = next[index];
    // An end before the start is refused at the field and not saved; the input stays.
    if (row && row.to < row.from) {
      setRefused(index);
      return;
    }
    setRefused(null);
    onSave(next);
  };
  if (!editable && rows.length === 0) return null;
  return (
    <Stack gap={4} data-testid="plan-holidays">
      <Text size="sm" fw={500}>
        {t('planning.fields.companyHolidays')}
      </Text>
      {rows.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('planning.settings.noHolidays')}
        </Text>
      )}
      {rows.map((row, index) => {
        const issue = issues[`companyHolidays.${index}.to`];
        const toError =
          refused === index
            ? t('planning.validation.holidayRange')
            : issue
              ? issueText(t, issue)
              : undefined;
        return (
          <Group
            key={`${index}|${row.label}`}
            gap="xs"
            align="flex-start"
            data-testid="plan-holiday"
          >
            <DateField
              aria-label={t('planning.settings.holidayFrom')}
              placeholder={t('planning.settings.holidayFrom')}
              value={row.from}
              onChange={() => undefined}
              onCommit={(from) => from && from !== row.from && change(index, { from })}
              disabled={!editable}
              w={140}
              size="xs"
            />
            <DateField
              aria-label={t('planning.settings.holidayTo')}
              placeholder={t('planning.settings.holidayTo')}
              value={row.to}
              onChange={() => undefined}
              onCommit={(to) => to && to !== row.to && change(index, { to })}
              disabled={!editable}
              error={toError}
              w={140}
              size="xs"
            />
            <TextInput
              aria-label={t('planning.settings.holidayLabel')}
              placeholder={t('planning.settings.holidayLabel')}
              defaultValue={row.label}
              disabled={!editable}
              size="xs"
              w={220}
              onBlur={(event) => {
                const label = event.currentTarget.value.trim();
                if (label !== row.label) change(index, { label });
              }}
            />
            {editable && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('planning.settings.removeHoliday')}
                onClick={() => onSave(rows.filter((_, at) => at !== index))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {editable && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            data-testid="plan-add-holiday"
            onClick={() => {
              const last = rows[rows.length - 1];
              const day = last?.to ?? start;
              onSave([...rows, { from: day, to: day, label: '' }]);
            }}
          >
            {t('planning.settings.addHoliday')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
