import { Alert, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, ContractRevision } from '#shared/domain/contracts';
import { useRepos, ValidationError } from '#data';
import { DateField } from '../../components/DateField';
import { formatDateInput, localIsoDate } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';
import { translateIssue } from '../../i18n';
import { issueVariable, termView } from './contract-view';
import type { RunEdit } from './useContractEdit';

const TERM_FIELDS = [
  ['contract.termMonths', 'termMonths'],
  ['contract.noticeMonths', 'noticeMonths'],
  ['contract.renewalMonths', 'renewalMonths'],
] as const;

type Props = { contract: Contract; revision: ContractRevision; readOnly: boolean; run: RunEdit };

/** Start, minimum term, notice and renewal; the current term's end and the last notice day. */
export function TermTab({ contract, revision, readOnly, run }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const today = localIsoDate(new Date());
  const view = termView(revision.variables, today);
  const names = ['contract.start', ...TERM_FIELDS.map(([name]) => name)];

  const save = async (name: string, value: string) => {
    if (value === (revision.variables[name] ?? '')) {
      setDrafts(({ [name]: _, ...rest }) => rest);
      return;
    }
    try {
      const saved = await run(() => repos.contracts.setVariable(contract.id, name, value), {
        notifyValidation: false,
      });
      if (saved) {
        setDrafts(({ [name]: _, ...rest }) => rest);
        setErrors((old) => ({ ...old, [name]: '' }));
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const found: Record<string, string> = {};
      for (const issue of error.issues)
        found[issueVariable(issue.path, names) ?? name] ??= translateIssue(t, issue.message);
      setErrors((old) => ({ ...old, ...found }));
    }
  };

  return (
    <Stack gap="md" data-testid="term-tab">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <DateField
            label={t('contracts.term.start')}
            value={drafts['contract.start'] ?? revision.variables['contract.start'] ?? ''}
            onChange={(value) => setDrafts((old) => ({ ...old, 'contract.start': value }))}
            onCommit={(value) => void save('contract.start', value)}
            clearable
            error={errors['contract.start'] || undefined}
            readOnly={readOnly}
            data-testid="term-input-contract.start"
          />
          {TERM_FIELDS.map(([name, key]) => (
            <TextInput
              key={name}
              label={t(`contracts.term.${key}`)}
              value={drafts[name] ?? revision.variables[name] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDrafts((old) => ({ ...old, [name]: value }));
                setErrors((old) => ({ ...old, [name]: '' }));
              }}
              onBlur={() => drafts[name] !== undefined && void save(name, drafts[name])}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && drafts[name] !== undefined)
                  void save(name, drafts[name]);
              }}
              inputMode="numeric"
              error={errors[name] || undefined}
              readOnly={readOnly}
              data-testid={`term-input-${name}`}
            />
          ))}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="term-result">
        <Title order={5} mb="sm">
          {t('contracts.term.current')}
        </Title>
        {contract.terminatedOn !== '' && (
          <Alert color="gray" mb="sm">
            {t('contracts.term.terminated', {
              date: formatDateInput(contract.terminatedOn, language),
            })}
          </Alert>
        )}
        {view.state === 'incomplete' && (
          <Text size="sm" c="dimmed">
            {t('contracts.term.incomplete')}
          </Text>
        )}
        {view.state === 'invalid' && (
          <Text size="sm" c="red.8">
            {t('contracts.term.invalid', { message: view.message })}
          </Text>
        )}
        {view.state === 'ok' && (
          <Stack gap={4}>
            <Group gap="xl">
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('contracts.term.termStart')}
                </Text>
                <Text fw={500}>{formatDateInput(view.details.termStart, language)}</Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('contracts.term.termEnd')}
                </Text>
                <Text fw={600} data-testid="term-end">
                  {formatDateInput(view.details.termEnd, language)}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('contracts.term.lastNoticeDate')}
                </Text>
                <Text fw={600} c="red.8" data-testid="term-last-notice">
                  {formatDateInput(view.details.lastNoticeDate, language)}
                </Text>
              </Stack>
            </Group>
            {view.details.renewals > 0 && (
              <Text size="sm" c="dimmed">
                {t('contracts.term.renewals', { count: view.details.renewals })}
              </Text>
            )}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
