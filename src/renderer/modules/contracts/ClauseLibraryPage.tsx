import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Grid,
  Group,
  MultiSelect,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CLAUSE_CATEGORIES, CONTRACT_TYPES, describeCondition } from '#shared/contracts';
import type { ClauseCategory, ContractLanguage, ContractType } from '#shared/contracts';
import { clauseLibraryDisclaimer } from '#shared/contracts/library';
import type { ContractClause } from '#shared/domain/contracts';
import { useRepos, ValidationError } from '#data';
import { useContractClauses } from '#data/contracts/hooks';
import { notifyError } from '../../components/notify-error';
import { useUiLanguage } from '../../components/useUiLanguage';
import { translateIssue } from '../../i18n';
import {
  CLAUSE_FORM_FIELDS,
  clauseFormValues,
  customClauseInput,
  emptyClauseForm,
  suggestKey,
  type ClauseFormValues,
} from './clause-form';

type FieldErrors = Partial<Record<keyof ClauseFormValues, string>>;

/** The clause library (route `contracts/library`): filter, view, edit, add custom clauses. */
export function ClauseLibraryPage() {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const repos = useRepos();
  const [language, setLanguage] = useState<ContractLanguage>(uiLanguage);
  const [type, setType] = useState<ContractType | null>(null);
  const [category, setCategory] = useState<ClauseCategory | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'new'>('view');
  const filter = useMemo(() => ({ language, ...(type ? { type } : {}) }), [language, type]);
  const clauses = useContractClauses(filter);
  const shown = useMemo(
    () => (clauses ?? []).filter((row) => category === null || row.category === category),
    [clauses, category],
  );
  const selected = clauses?.find((row) => row.id === selectedId);
  const hasShipped = (clauses ?? []).some((row) => row.origin === 'shipped');

  const install = async () => {
    try {
      const count = await repos.contractClauses.installLibrary();
      notifications.show({ color: 'green', message: t('contracts.library.installed', { count }) });
    } catch (error) {
      notifyError(error, t);
    }
  };

  return (
    <Stack gap="md" data-testid="clause-library">
      <Group justify="space-between">
        <Stack gap={0}>
          <Anchor component={Link} to="/contracts" size="sm">
            ← {t('contracts.library.back')}
          </Anchor>
          <Title order={2}>{t('contracts.library.title')}</Title>
        </Stack>
        <Group gap="sm">
          {clauses !== undefined && !hasShipped && type === null && (
            <Button variant="default" onClick={() => void install()} data-testid="install-library">
              {t('contracts.library.install')}
            </Button>
          )}
          <Button
            onClick={() => {
              setSelectedId(null);
              setMode('new');
            }}
            data-testid="new-clause"
          >
            {t('contracts.library.newClause')}
          </Button>
        </Group>
      </Group>
      <Alert color="yellow" variant="light" data-testid="library-disclaimer">
        {clauseLibraryDisclaimer[uiLanguage]}
      </Alert>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('contracts.library.filterLanguage')}
          data={(['de', 'en'] as const).map((value) => ({
            value,
            label: t(`contracts.languages.${value}`),
          }))}
          value={language}
          onChange={(value) => value && setLanguage(value as ContractLanguage)}
          allowDeselect={false}
          w={160}
          data-testid="library-filter-language"
        />
        <Select
          label={t('contracts.library.filterType')}
          placeholder={t('contracts.library.all')}
          data={CONTRACT_TYPES.map((value) => ({ value, label: t(`contracts.types.${value}`) }))}
          value={type}
          onChange={(value) => setType(value as ContractType | null)}
          clearable
          w={260}
          data-testid="library-filter-type"
        />
        <Select
          label={t('contracts.library.filterCategory')}
          placeholder={t('contracts.library.all')}
          data={CLAUSE_CATEGORIES.map((value) => ({
            value,
            label: t(`contracts.categories.${value}`),
          }))}
          value={category}
          onChange={(value) => setCategory(value as ClauseCategory | null)}
          clearable
          searchable
          w={240}
          data-testid="library-filter-category"
        />
        <Text size="sm" c="dimmed" pb={8}>
          {t('contracts.library.count', { count: shown.length })}
        </Text>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md">
            <ScrollArea.Autosize mah="calc(100vh - 330px)" scrollbars="y">
              {shown.length === 0 ? (
                <Text p="md" c="dimmed" size="sm">
                  {t('contracts.library.empty')}
                </Text>
              ) : (
                <Stack gap={0} data-testid="library-list">
                  {shown.map((row, index) => (
                    <UnstyledButton
                      key={row.id}
                      onClick={() => {
                        setSelectedId(row.id);
                        setMode('view');
                      }}
                      px="md"
                      py={6}
                      data-testid={`library-clause-${row.key}`}
                      aria-current={row.id === selectedId ? 'true' : undefined}
                      style={{
                        borderTop:
                          index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                        background:
                          row.id === selectedId ? 'var(--mantine-color-blue-0)' : undefined,
                      }}
                    >
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Stack gap={0} style={{ minWidth: 0 }}>
                          <Text size="sm" fw={500} truncate>
                            {row.title}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t(`contracts.categories.${row.category}`)}
                          </Text>
                        </Stack>
                        <Group gap={4} wrap="nowrap">
                          {type !== null && row.requiredFor.includes(type) && (
                            <Badge size="xs" color="red" variant="light">
                              {t('contracts.library.required')}
                            </Badge>
                          )}
                          {row.condition && (
                            <Badge size="xs" color="grape" variant="light">
                              {t('contracts.library.conditional')}
                            </Badge>
                          )}
                          {row.origin === 'custom' && (
                            <Badge size="xs" color="teal" variant="light">
                              {t('contracts.library.custom')}
                            </Badge>
                          )}
                        </Group>
                      </Group>
                    </UnstyledButton>
                  ))}
                </Stack>
              )}
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {mode === 'new' ? (
            <ClauseForm
              key="new"
              initial={emptyClauseForm(type)}
              isNew
              onCancel={() => setMode('view')}
              onSave={async (values) => {
                const created = await repos.contractClauses.create(
                  customClauseInput(values, language),
                );
                notifications.show({
                  color: 'green',
                  message: t('contracts.library.created', { title: created.title }),
                });
                setSelectedId(created.id);
                setMode('view');
              }}
            />
          ) : selected && mode === 'edit' ? (
            <ClauseForm
              key={selected.id}
              initial={clauseFormValues(selected)}
              onCancel={() => setMode('view')}
              onSave={async (values) => {
                // The key stays: references of other clauses name it.
                const patch: Partial<ClauseFormValues> = { ...values };
                delete patch.key;
                await repos.contractClauses.update(selected.id, patch);
                notifications.show({ color: 'green', message: t('contracts.library.saved') });
                setMode('view');
              }}
            />
          ) : selected ? (
            <ClauseView clause={selected} onEdit={() => setMode('edit')} />
          ) : (
            <Paper withBorder p="xl" radius="md">
              <Text c="dimmed" ta="center">
                {t('contracts.library.select')}
              </Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ClauseView({ clause, onEdit }: { clause: ContractClause; onEdit: () => void }) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const positions = [
    { key: 'preferred', body: clause.body, note: clause.preferredNote },
    { key: 'fallback', body: clause.fallbackBody, note: clause.fallbackNote },
    { key: 'walk-away', body: clause.walkAwayBody, note: clause.walkAwayNote },
  ] as const;
  return (
    <Paper withBorder p="md" radius="md" data-testid="library-clause-view">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3}>{clause.title}</Title>
            <Group gap="xs">
              <Badge variant="light">{t(`contracts.categories.${clause.category}`)}</Badge>
              <Badge variant="outline" color="gray">
                {clause.origin === 'custom'
                  ? t('contracts.library.custom')
                  : t('contracts.library.shipped')}{' '}
                · {clause.version}
              </Badge>
              <Code>{clause.key}</Code>
            </Group>
          </Stack>
          <Button variant="light" onClick={onEdit} data-testid="library-clause-edit">
            {t('contracts.library.edit')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {clause.contractTypes.map((type) => t(`contracts.types.${type}`)).join(' · ')}
        </Text>
        {clause.condition && (
          <Text size="sm">
            {t('contracts.library.condition', {
              condition: describeCondition(clause.condition, uiLanguage),
            })}
          </Text>
        )}
        {clause.requiredFor.length > 0 && (
          <Text size="sm" c="red.8">
            {t('contracts.library.requiredFor', {
              types: clause.requiredFor.map((type) => t(`contracts.types.${type}`)).join(', '),
            })}
          </Text>
        )}
        <Title order={5} mt="xs">
          {t('contracts.library.positionsTitle')}
        </Title>
        {positions.map((position) => (
          <Paper
            key={position.key}
            withBorder
            p="sm"
            radius="sm"
            bg={position.key === 'preferred' ? undefined : 'gray.0'}
            data-testid={`library-position-${position.key}`}
          >
            <Text size="sm" fw={600} mb={4}>
              {t(`contracts.positions.${position.key}`)}
            </Text>
            {position.body.trim() === '' ? (
              <Text size="sm" c="dimmed">
                {t('contracts.library.noPosition', {
                  position: t(`contracts.positions.${position.key}`),
                })}
              </Text>
            ) : (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {position.body}
              </Text>
            )}
            {position.note.trim() !== '' && (
              <Text size="xs" c="blue.8" mt={6}>
                {t('contracts.library.note')}: {position.note}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}

/** Edits a library clause or a new custom one; errors of the repository show at their fields. */
function ClauseForm({
  initial,
  isNew = false,
  onSave,
  onCancel,
}: {
  initial: ClauseFormValues;
  isNew?: boolean;
  onSave: (values: ClauseFormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [keyTouched, setKeyTouched] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ClauseFormValues>(field: K, value: ClauseFormValues[K]) => {
    setValues((old) => {
      const next = { ...old, [field]: value };
      if (isNew && field === 'title' && !keyTouched) next.key = suggestKey(String(value));
      return next;
    });
    setErrors((old) => ({ ...old, [field]: undefined }));
  };
  const save = async () => {
    setBusy(true);
    try {
      await onSave(values);
    } catch (error) {
      if (error instanceof ValidationError) {
        const found: FieldErrors = {};
        for (const issue of error.issues) {
          const field = CLAUSE_FORM_FIELDS.find((name) => name === String(issue.path[0]));
          if (field && !found[field]) found[field] = translateIssue(t, issue.message);
        }
        setErrors(found);
        if (Object.keys(found).length === 0) notifyError(error, t);
      } else notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };
  const area = (field: keyof ClauseFormValues, minRows = 3) => (
    <Textarea
      label={t(`contracts.fields.${field}`)}
      value={values[field] as string}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={errors[field]}
      autosize
      minRows={minRows}
      maxRows={14}
      data-testid={`clause-form-${field}`}
    />
  );
  return (
    <Paper withBorder p="md" radius="md" data-testid="library-clause-form">
      <Stack gap="sm">
        <TextInput
          label={t('contracts.fields.title')}
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
          required
          data-testid="clause-form-title"
        />
        {isNew && (
          <TextInput
            label={t('contracts.fields.key')}
            description={t('contracts.library.keyHint')}
            value={values.key}
            onChange={(event) => {
              setKeyTouched(true);
              set('key', event.currentTarget.value);
            }}
            error={errors.key}
            required
            data-testid="clause-form-key"
          />
        )}
        <Group grow align="flex-start">
          <Select
            label={t('contracts.fields.category')}
            data={CLAUSE_CATEGORIES.map((value) => ({
              value,
              label: t(`contracts.categories.${value}`),
            }))}
            value={values.category}
            onChange={(value) => value && set('category', value as ClauseCategory)}
            allowDeselect={false}
            searchable
            error={errors.category}
          />
          <MultiSelect
            label={t('contracts.fields.contractTypes')}
            data={CONTRACT_TYPES.map((value) => ({
              value,
              label: t(`contracts.types.${value}`),
            }))}
            value={values.contractTypes}
            onChange={(value) => set('contractTypes', value as ContractType[])}
            error={errors.contractTypes}
            data-testid="clause-form-types"
          />
        </Group>
        {area('body', 5)}
        <Text size="xs" c="dimmed">
          {t('contracts.library.bodyHint')} <Code>{'{{client.name}}'}</Code>{' '}
          <Code>{'{{ref:liability}}'}</Code>
        </Text>
        {area('preferredNote', 1)}
        {area('fallbackBody')}
        {area('fallbackNote', 1)}
        {area('walkAwayBody')}
        {area('walkAwayNote', 1)}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('contracts.library.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy} data-testid="clause-form-save">
            {t('contracts.library.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
