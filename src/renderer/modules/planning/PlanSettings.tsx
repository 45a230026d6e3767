import { Accordion, Group, Input, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  confidenceLevels,
  planCountries,
  type ConfidenceLevel,
  type ContingencyMode,
  type PlanCountry,
  type ProjectPlan,
  type ProjectPlanInput,
} from '#shared/domain/planning';
import { calendarRegions } from '#shared/planning';
import type { PlanNote } from '#shared/planning/types';
import { useRepos } from '#data';
import { DateField } from '../../components/DateField';
import { formatDateInput } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';
import { CompanyHolidays } from './CompanyHolidays';
import { noteText } from './note-text';
import { fieldIssues, issueText, type FieldIssue } from './plan-issues';

type Props = {
  plan: ProjectPlan;
  /** Open at first (a plan without packages yet): afterwards the grid needs the room. */
  initiallyOpen: boolean;
  editable: boolean;
  /** The notes of the last write (a start moved to the next working day). */
  notes: PlanNote[];
  onNotes: (notes: PlanNote[]) => void;
  onError: (error: unknown) => void;
};

/**
 * The plan's settings, each saved when changed: start, holiday calendar (country, region,
 * company holidays), confidence and where the reserve goes, the target date. A start on a
 * weekend or holiday is moved by the data layer, which says so; the note stays at the field.
 */
export function PlanSettings({ plan, initiallyOpen, editable, notes, onNotes, onError }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [opened, setOpened] = useState(initiallyOpen);
  // The dates as typed; the stored ones replace them after each save (a start may be moved).
  const [startDate, setStartDate] = useState(plan.startDate);
  const [deadline, setDeadline] = useState(plan.deadline);
  useEffect(() => setStartDate(plan.startDate), [plan.startDate]);
  useEffect(() => setDeadline(plan.deadline), [plan.deadline]);
  const save = (patch: Partial<ProjectPlanInput>) =>
    repos.plans.update(plan.id, patch).then(
      (result) => {
        setIssues({});
        setStartDate(result.plan.startDate);
        setDeadline(result.plan.deadline);
        onNotes(result.notes);
      },
      (error: unknown) => {
        const found = fieldIssues(error);
        if (found) setIssues(found);
        else onError(error);
      },
    );
  const error = (field: string) => {
    const issue = issues[field];
    return issue ? issueText(t, issue) : undefined;
  };
  const regions = useMemo(
    () => [
      { value: '', label: t('planning.settings.nationwide') },
      ...calendarRegions(plan.country).map((region) => ({
        value: region.code,
        label: `${region.name} (${region.code})`,
      })),
    ],
    [plan.country, t],
  );
  const startNote = notes.find((note) => note.kind === 'start-moved');

  const regionName = regions.find((region) => region.value === plan.region)?.label ?? '';
  const summary = [
    `${t('planning.fields.startDate')} ${formatDateInput(plan.startDate, language)}`,
    `${t(`planning.settings.countries.${plan.country}`)}${plan.region ? `, ${regionName}` : ''}`,
    `${plan.confidencePct} %`,
    `${t('planning.fields.contingency')}: ${t(
      plan.contingency === 'line'
        ? 'planning.settings.contingencyLine'
        : 'planning.settings.contingencySpread',
    )}`,
  ].join(' · ');

  return (
    <Stack gap={4}>
      <Accordion
        variant="contained"
        value={opened ? 'settings' : null}
        onChange={(value) => setOpened(value === 'settings')}
        className={editable ? undefined : 'q-readonly-form'}
      >
        <Accordion.Item value="settings">
          <Accordion.Control data-testid="plan-settings-toggle">
            <Text size="sm" fw={600} span>
              {t('planning.settings.title')}
            </Text>{' '}
            <Text size="sm" c="dimmed" span>
              {summary}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs" data-testid="plan-settings">
              <Group gap="md" align="flex-start" wrap="wrap">
                <DateField
                  label={t('planning.fields.startDate')}
                  value={startDate}
                  onChange={setStartDate}
                  onCommit={(value) => {
                    if (value !== '' && value !== plan.startDate) void save({ startDate: value });
                  }}
                  disabled={!editable}
                  error={error('startDate')}
                  w={150}
                  data-testid="plan-start-date"
                />
                <Select
                  label={t('planning.fields.country')}
                  data={planCountries.map((country) => ({
                    value: country,
                    label: t(`planning.settings.countries.${country}`),
                  }))}
                  value={plan.country}
                  allowDeselect={false}
                  disabled={!editable}
                  onChange={(value) => {
                    if (value && value !== plan.country) {
                      void save({ country: value as PlanCountry, region: '' });
                    }
                  }}
                  w={150}
                />
                <Select
                  label={t('planning.fields.region')}
                  data={regions}
                  value={plan.region}
                  allowDeselect={false}
                  searchable
                  disabled={!editable}
                  onChange={(value) => {
                    if (value !== null && value !== plan.region) void save({ region: value });
                  }}
                  error={error('region')}
                  w={240}
                  data-testid="plan-region"
                />
                <Input.Wrapper label={t('planning.fields.confidencePct')}>
                  <SegmentedControl
                    display="flex"
                    data-testid="plan-confidence"
                    data={confidenceLevels.map((level) => ({ value: level, label: `${level} %` }))}
                    value={plan.confidencePct}
                    readOnly={!editable}
                    onChange={(value) => void save({ confidencePct: value as ConfidenceLevel })}
                  />
                </Input.Wrapper>
                <Input.Wrapper label={t('planning.fields.contingency')}>
                  <SegmentedControl
                    display="flex"
                    data-testid="plan-contingency"
                    data={[
                      { value: 'line', label: t('planning.settings.contingencyLine') },
                      { value: 'spread', label: t('planning.settings.contingencySpread') },
                    ]}
                    value={plan.contingency}
                    readOnly={!editable}
                    onChange={(value) => void save({ contingency: value as ContingencyMode })}
                  />
                </Input.Wrapper>
                <DateField
                  label={t('planning.fields.deadline')}
                  value={deadline}
                  clearable
                  onChange={setDeadline}
                  onCommit={(value) => {
                    if (value !== plan.deadline) void save({ deadline: value });
                  }}
                  disabled={!editable}
                  error={error('deadline')}
                  w={150}
                  data-testid="plan-deadline"
                />
              </Group>
              <CompanyHolidays
                holidays={plan.companyHolidays}
                start={plan.startDate}
                editable={editable}
                issues={issues}
                onSave={(companyHolidays) => void save({ companyHolidays })}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {startNote && (
        <Text size="sm" c="orange.8" data-testid="plan-start-note" role="status">
          {noteText(startNote, t, language)}
        </Text>
      )}
    </Stack>
  );
}
