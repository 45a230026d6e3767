import {
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractLanguage } from '#shared/contracts';
import type { Contract, ContractRevision, ContractRevisionClause } from '#shared/domain/contracts';
import { useRepos, ValidationError } from '#data';
import { translateIssue } from '../../i18n';
import { useUiLanguage } from '../../components/useUiLanguage';
import { issueVariable, variableRows, type VariableGroup, type VariableRow } from './contract-view';
import type { RunEdit } from './useContractEdit';
import { usePrintedVariables } from './usePrintedVariables';

const GROUPS: VariableGroup[] = ['company', 'client', 'offer', 'contract', 'sla', 'free'];
const LONG = new Set([
  'offer.scope',
  'offer.paymentPlan',
  'plan.paymentPlan',
  'company.address',
  'client.address',
]);

type Props = {
  contract: Contract;
  revision: ContractRevision;
  clauses: readonly ContractRevisionClause[];
  readOnly: boolean;
  run: RunEdit;
  /** A variable to focus (an export issue's link), with a counter so a repeat focuses again. */
  focus: { name: string; seq: number } | null;
};

/**
 * The variables panel: every catalogue variable and the free ones the clauses use, by group, with
 * the values the clauses are filled with. A value is saved when the field is left (or Enter); a
 * value the data layer refuses stays in the field with its message, and nothing is saved.
 */
export function VariablesTab({ contract, revision, clauses, readOnly, run, focus }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const rows = useMemo(
    () => variableRows(revision.variables, clauses, uiLanguage as ContractLanguage),
    [revision.variables, clauses, uiLanguage],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rootRef = useRef<HTMLDivElement>(null);
  // Term end and last notice day as the document prints them (worked out from the term fields).
  const printed = usePrintedVariables(contract, revision);
  const computed: Record<string, string> = {
    'contract.termEnd': printed['contract.termEnd'] ?? '',
    'contract.lastNoticeDate': printed['contract.lastNoticeDate'] ?? '',
  };

  useEffect(() => {
    if (!focus) return;
    const input = rootRef.current?.querySelector<HTMLElement>(
      `[data-testid="variable-input-${focus.name}"]`,
    );
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }, [focus]);

  const names = rows.map((row) => row.name);
  const repos = useRepos();
  const save = async (name: string, value: string): Promise<boolean> => {
    try {
      const saved = await run(() => repos.contracts.setVariable(contract.id, name, value), {
        notifyValidation: false,
      });
      if (saved) setErrors((old) => ({ ...old, [name]: '' }));
      return saved;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const found: Record<string, string> = {};
      for (const issue of error.issues) {
        const field = issueVariable(issue.path, names) ?? name;
        found[field] ??= translateIssue(t, issue.message);
      }
      setErrors((old) => ({ ...old, ...found }));
      return false;
    }
  };

  return (
    <Stack gap="md" ref={rootRef} data-testid="variables-tab">
      <Text size="sm" c="dimmed">
        {t('contracts.variables.intro')}
      </Text>
      {GROUPS.map((group) => {
        const inGroup = rows.filter((row) => row.group === group);
        if (inGroup.length === 0) return null;
        return (
          <Paper key={group} withBorder p="md" radius="md">
            <Title order={5} mb="sm">
              {t(`contracts.variables.groups.${group}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
              {inGroup.map((row) => (
                <VariableField
                  key={row.name}
                  row={row}
                  error={errors[row.name] ?? ''}
                  computedValue={computed[row.name]}
                  readOnly={readOnly}
                  onSave={save}
                  onClearError={() =>
                    setErrors((old) => (old[row.name] ? { ...old, [row.name]: '' } : old))
                  }
                />
              ))}
            </SimpleGrid>
          </Paper>
        );
      })}
    </Stack>
  );
}

const VariableField = memo(function VariableField({
  row,
  error,
  computedValue,
  readOnly,
  onSave,
  onClearError,
}: {
  row: VariableRow;
  error: string;
  computedValue: string | undefined;
  readOnly: boolean;
  onSave: (name: string, value: string) => Promise<boolean>;
  onClearError: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? (row.computed ? (computedValue ?? row.value) : row.value);
  const commit = async () => {
    if (draft === null || draft === row.value) {
      setDraft(null);
      return;
    }
    if (await onSave(row.name, draft)) setDraft(null);
  };
  const label = (
    <Group gap={6} component="span" wrap="nowrap">
      <span>{row.label}</span>
      {row.missing && draft === null && (
        <Badge size="xs" color="red" variant="light" component="span">
          {t('contracts.variables.missing')}
        </Badge>
      )}
      {row.computed && (
        <Badge size="xs" color="gray" variant="light" component="span">
          {t('contracts.variables.computed')}
        </Badge>
      )}
    </Group>
  );
  const description =
    row.group === 'free' || row.usedIn === 0
      ? row.usedIn > 0
        ? t('contracts.variables.used', { count: row.usedIn })
        : row.group === 'free'
          ? t('contracts.variables.unused')
          : undefined
      : undefined;
  const common = {
    label,
    description,
    value,
    error: error || undefined,
    readOnly: readOnly || row.computed,
    variant: row.computed ? 'filled' : undefined,
    placeholder: row.computed ? '–' : undefined,
    'data-testid': `variable-input-${row.name}`,
    'data-variable': row.name,
    'aria-invalid': error ? true : undefined,
    onBlur: () => void commit(),
  };
  if (LONG.has(row.name) || row.value.includes('\n')) {
    return (
      <Textarea
        {...common}
        autosize
        minRows={2}
        maxRows={8}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          if (error) onClearError();
        }}
      />
    );
  }
  return (
    <TextInput
      {...common}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        if (error) onClearError();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void commit();
        if (event.key === 'Escape') {
          setDraft(null);
          onClearError();
        }
      }}
    />
  );
});
