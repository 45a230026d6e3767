import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAUSE_CATEGORIES, sectionLabel } from '#shared/contracts';
import type { ClauseCategory, ContractLanguage, NegotiationPosition } from '#shared/contracts';
import type { Contract, ContractClause, ContractRevisionClause } from '#shared/domain/contracts';
import { useRepos, ValidationError } from '#data';
import { useContractClauses } from '#data/contracts/hooks';
import { translateIssue } from '../../i18n';
import { keyboardMoveTarget, useDragReorder } from '../../components/sortable';
import { availablePositions, isRequired, positionNote } from './contract-view';
import type { RunEdit } from './useContractEdit';

const DRAG_TYPE = 'application/x-quotient-contract-clause';

type Props = {
  contract: Contract;
  clauses: readonly ContractRevisionClause[];
  library: ReadonlyMap<string, ContractClause>;
  readOnly: boolean;
  run: RunEdit;
  /** A clause to open for editing (an export issue's link), with a counter so a repeat reopens. */
  openClause: { index: number; seq: number } | null;
};

/** The draft's clauses in order: drag and drop or keyboard moves, positions, edits, add, remove. */
export function ClausesTab({ contract, clauses, library, readOnly, run, openClause }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const language = contract.language as ContractLanguage;
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [adding, setAdding] = useState<'library' | 'custom' | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    if (!openClause) return;
    const clause = clauses[openClause.index];
    if (!clause) return;
    setEditing(clause.id);
    listRef.current
      ?.querySelector(`[data-testid="contract-clause-${openClause.index}"]`)
      ?.scrollIntoView({ block: 'center' });
    // Only a new link click opens; later renders keep the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openClause]);

  const move = async (clause: ContractRevisionClause, toIndex: number, focusMoved = false) => {
    // Set before the write: the live query may draw the new order before the write resolves.
    if (focusMoved) pendingFocus.current = toIndex;
    const saved = await run(() => repos.contracts.moveClause(contract.id, clause.id, toIndex));
    if (!saved) {
      pendingFocus.current = null;
      return;
    }
    setAnnouncement(
      t('contracts.clauses.moved', {
        title: clause.title,
        section: sectionLabel(toIndex + 1, language),
      }),
    );
  };

  // A keyboard move keeps the focus on the moved clause's handle once the new order is drawn.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-testid="clause-handle-${index}"]`)?.focus();
  }, [clauses]);

  const drag = useDragReorder(DRAG_TYPE, clauses, (clause, to) => void move(clause, to));

  return (
    <Stack gap="sm" data-testid="clauses-tab">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('contracts.clauses.count', { count: clauses.length })}
        </Text>
        {!readOnly && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() => setAdding('library')}
              data-testid="clause-add-library"
            >
              {t('contracts.clauses.add')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setAdding('custom')}
              data-testid="clause-add-custom"
            >
              {t('contracts.clauses.addCustom')}
            </Button>
          </Group>
        )}
      </Group>
      <div aria-live="polite" role="status">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      {clauses.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('contracts.clauses.empty')}
        </Text>
      )}
      <Stack gap={6} ref={listRef}>
        {clauses.map((clause, index) => {
          const row = library.get(clause.clauseId);
          return (
            <div key={clause.id} {...drag.dropTarget(index, clause.id)}>
              <ClauseRow
                contract={contract}
                clause={clause}
                row={row}
                index={index}
                count={clauses.length}
                readOnly={readOnly}
                editing={editing === clause.id}
                onEdit={(open) => setEditing(open ? clause.id : null)}
                onMove={(to) => void move(clause, to, true)}
                {...drag.dragSource(clause.id, (handle) => handle.closest('[data-clause-row]'))}
                run={run}
              />
            </div>
          );
        })}
      </Stack>
      <AddClauseModal
        opened={adding === 'library'}
        onClose={() => setAdding(null)}
        contract={contract}
        clauses={clauses}
        run={run}
      />
      <CustomClauseModal
        opened={adding === 'custom'}
        onClose={() => setAdding(null)}
        contract={contract}
        run={run}
      />
    </Stack>
  );
}

function ClauseRow({
  contract,
  clause,
  row,
  index,
  count,
  readOnly,
  editing,
  onEdit,
  onMove,
  onDragStart,
  onDragEnd,
  run,
}: {
  contract: Contract;
  clause: ContractRevisionClause;
  row: ContractClause | undefined;
  index: number;
  count: number;
  readOnly: boolean;
  editing: boolean;
  onEdit: (open: boolean) => void;
  onMove: (toIndex: number) => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  run: RunEdit;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const language = contract.language as ContractLanguage;
  const required = isRequired(row, contract.type);
  const positions = availablePositions(row);
  const note = positionNote(row, clause.negotiation);
  const up = keyboardMoveTarget(index, count, 'up');
  const down = keyboardMoveTarget(index, count, 'down');
  const [expanded, setExpanded] = useState(false);

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-clause-row
      data-testid={`contract-clause-${index}`}
      data-clause-key={clause.key}
      data-modified={clause.modified ? 'true' : 'false'}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Tooltip label={t('contracts.clauses.drag')} disabled={readOnly} openDelay={500}>
          <UnstyledButton
            className="q-drag"
            draggable={!readOnly}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onKeyDown={(event) => {
              if (readOnly || !event.altKey) return;
              if (event.key === 'ArrowUp' && up !== null) {
                event.preventDefault();
                onMove(up);
              } else if (event.key === 'ArrowDown' && down !== null) {
                event.preventDefault();
                onMove(down);
              }
            }}
            aria-label={`${sectionLabel(index + 1, language)} ${clause.title}`}
            aria-description={readOnly ? undefined : t('contracts.clauses.drag')}
            data-testid={`clause-handle-${index}`}
            style={{ cursor: readOnly ? 'default' : 'grab', minWidth: 56 }}
          >
            <Text fw={700} c="dimmed" size="sm">
              {readOnly ? '' : '⠿ '}
              {sectionLabel(index + 1, language)}
            </Text>
          </UnstyledButton>
        </Tooltip>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <UnstyledButton onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
              <Text fw={600} size="sm">
                {clause.title}
              </Text>
            </UnstyledButton>
            <Badge size="xs" variant="light" color="gray">
              {t(`contracts.categories.${clause.category}`)}
            </Badge>
            {required && (
              <Tooltip label={t('contracts.clauses.requiredHint')}>
                <Badge
                  size="xs"
                  color="red"
                  variant="light"
                  data-testid={`clause-required-${index}`}
                >
                  {t('contracts.clauses.required')}
                </Badge>
              </Tooltip>
            )}
            {clause.modified && (
              <Tooltip label={t('contracts.clauses.modifiedHint')}>
                <Badge
                  size="xs"
                  color="orange"
                  variant="filled"
                  data-testid={`clause-modified-${index}`}
                >
                  {t('contracts.clauses.modified')}
                </Badge>
              </Tooltip>
            )}
            {clause.clauseId === '' && (
              <Badge size="xs" color="teal" variant="light">
                {t('contracts.clauses.custom')}
              </Badge>
            )}
          </Group>
          {note.trim() !== '' && (
            <Text size="xs" c="blue.8" data-testid={`clause-note-${index}`}>
              {t('contracts.clauses.note', { note })}
            </Text>
          )}
          {expanded && !editing && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c="gray.8">
              {clause.body}
            </Text>
          )}
          {editing && (
            <ClauseEditor
              clause={clause}
              readOnly={readOnly}
              onClose={() => onEdit(false)}
              onSave={(change) =>
                run(() => repos.contracts.editClause(contract.id, clause.id, change), {
                  notifyValidation: false,
                })
              }
            />
          )}
        </Stack>
        <Stack gap={4} align="flex-end">
          <Select
            size="xs"
            w={180}
            aria-label={t('contracts.clauses.negotiation')}
            data={positions.map((value) => ({
              value,
              label: t(`contracts.positions.${value}`),
            }))}
            value={clause.negotiation}
            onChange={(value) => {
              if (value && value !== clause.negotiation)
                void run(() =>
                  repos.contracts.setNegotiation(
                    contract.id,
                    clause.id,
                    value as NegotiationPosition,
                  ),
                );
            }}
            allowDeselect={false}
            disabled={readOnly || positions.length < 2}
            comboboxProps={{ withinPortal: true }}
            data-testid={`clause-negotiation-${index}`}
          />
          {!readOnly && (
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                size="sm"
                disabled={up === null}
                onClick={() => up !== null && onMove(up)}
                aria-label={t('contracts.clauses.moveUpLabel', { title: clause.title })}
                data-testid={`clause-up-${index}`}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                size="sm"
                disabled={down === null}
                onClick={() => down !== null && onMove(down)}
                aria-label={t('contracts.clauses.moveDownLabel', { title: clause.title })}
                data-testid={`clause-down-${index}`}
              >
                ↓
              </ActionIcon>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onEdit(!editing)}
                aria-label={t('contracts.clauses.editLabel', { title: clause.title })}
                data-testid={`clause-edit-${index}`}
              >
                {t('contracts.clauses.edit')}
              </Button>
              {clause.modified && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="orange"
                  onClick={() =>
                    void run(() => repos.contracts.resetClause(contract.id, clause.id))
                  }
                  aria-label={t('contracts.clauses.resetLabel', { title: clause.title })}
                  data-testid={`clause-reset-${index}`}
                >
                  {t('contracts.clauses.reset')}
                </Button>
              )}
              <Tooltip
                label={
                  required ? t('contracts.clauses.requiredHint') : t('contracts.clauses.remove')
                }
              >
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  disabled={required}
                  onClick={() =>
                    void run(() => repos.contracts.removeClause(contract.id, clause.id))
                  }
                  aria-label={t('contracts.clauses.removeLabel', { title: clause.title })}
                  data-testid={`clause-remove-${index}`}
                >
                  ✕
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/** Edits a clause's heading and text in the draft (the library stays as it is). */
function ClauseEditor({
  clause,
  readOnly,
  onClose,
  onSave,
}: {
  clause: ContractRevisionClause;
  readOnly: boolean;
  onClose: () => void;
  onSave: (change: { title: string; body: string }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(clause.title);
  const [body, setBody] = useState(clause.body);
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      if (await onSave({ title, body })) onClose();
    } catch (error) {
      if (error instanceof ValidationError) {
        const found: { title?: string; body?: string } = {};
        for (const issue of error.issues) {
          const field = issue.path.map(String).includes('title') ? 'title' : 'body';
          found[field] ??= translateIssue(t, issue.message);
        }
        setErrors(found);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" data-testid="clause-editor">
      <TextInput
        size="xs"
        label={t('contracts.clauses.titleField')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
        readOnly={readOnly}
        data-testid="clause-editor-title"
      />
      <Textarea
        label={t('contracts.clauses.bodyField')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={errors.body}
        autosize
        minRows={4}
        maxRows={20}
        readOnly={readOnly}
        data-autofocus
        autoFocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        data-testid="clause-editor-body"
      />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onClose}>
          {t('contracts.clauses.cancel')}
        </Button>
        {!readOnly && (
          <Button
            size="xs"
            onClick={() => void save()}
            loading={busy}
            data-testid="clause-editor-save"
          >
            {t('contracts.clauses.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** Adds a library clause of the contract's language (any type) at the end. */
function AddClauseModal({
  opened,
  onClose,
  contract,
  clauses,
  run,
}: {
  opened: boolean;
  onClose: () => void;
  contract: Contract;
  clauses: readonly ContractRevisionClause[];
  run: RunEdit;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const filter = useMemo(
    () => ({ language: contract.language as ContractLanguage }),
    [contract.language],
  );
  const library = useContractClauses(filter);
  const [search, setSearch] = useState('');
  const inDraft = new Set(clauses.map((clause) => clause.clauseId));
  const needle = search.trim().toLowerCase();
  const shown = (library ?? [])
    .filter(
      (row) =>
        needle === '' ||
        row.title.toLowerCase().includes(needle) ||
        t(`contracts.categories.${row.category}`).toLowerCase().includes(needle),
    )
    .sort(
      (a, b) =>
        Number(b.contractTypes.includes(contract.type)) -
        Number(a.contractTypes.includes(contract.type)),
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.clauses.addTitle')} size="lg">
      <Stack gap="sm" data-testid="add-clause-dialog">
        <TextInput
          placeholder={t('contracts.clauses.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-autofocus
        />
        <ScrollArea.Autosize mah={420} scrollbars="y">
          <Stack gap={4}>
            {shown.map((row) => (
              <Group key={row.id} justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {row.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`contracts.categories.${row.category}`)}
                    {inDraft.has(row.id) ? ` · ${t('contracts.clauses.alreadyIn')}` : ''}
                  </Text>
                </Stack>
                <Button
                  size="compact-xs"
                  variant="light"
                  disabled={inDraft.has(row.id)}
                  onClick={() =>
                    void run(() => repos.contracts.addClause(contract.id, row.id)).then(
                      (saved) => saved && onClose(),
                    )
                  }
                  data-testid={`add-clause-${row.key}`}
                >
                  {t('contracts.clauses.insert')}
                </Button>
              </Group>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}

/** Writes a clause only for this contract (not in the library) and adds it at the end. */
function CustomClauseModal({
  opened,
  onClose,
  contract,
  run,
}: {
  opened: boolean;
  onClose: () => void;
  contract: Contract;
  run: RunEdit;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [category, setCategory] = useState<ClauseCategory>('general');
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});
  const save = async () => {
    try {
      const saved = await run(
        () => repos.contracts.addCustomClause(contract.id, { title, body, category }),
        { notifyValidation: false },
      );
      if (saved) {
        setTitle('');
        setBody('');
        setErrors({});
        onClose();
      }
    } catch (error) {
      if (error instanceof ValidationError) {
        const found: { title?: string; body?: string } = {};
        for (const issue of error.issues) {
          const field = issue.path.map(String).includes('title') ? 'title' : 'body';
          found[field] ??= translateIssue(t, issue.message);
        }
        setErrors(found);
      }
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.clauses.customTitle')} size="lg">
      <Stack gap="sm" data-testid="custom-clause-dialog">
        <TextInput
          label={t('contracts.clauses.titleField')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
          required
          data-autofocus
        />
        <Select
          label={t('contracts.fields.category')}
          data={CLAUSE_CATEGORIES.map((value) => ({
            value,
            label: t(`contracts.categories.${value}`),
          }))}
          value={category}
          onChange={(value) => value && setCategory(value as ClauseCategory)}
          allowDeselect={false}
          searchable
        />
        <Textarea
          label={t('contracts.clauses.bodyField')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errors.body}
          autosize
          minRows={5}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('contracts.clauses.cancel')}
          </Button>
          <Button onClick={() => void save()} data-testid="custom-clause-save">
            {t('contracts.clauses.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
