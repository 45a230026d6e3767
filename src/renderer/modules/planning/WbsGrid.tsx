import { Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPlan, WorkPackage } from '#shared/domain/planning';
import { parsePredecessors } from '#shared/planning';
import type { PlanAnalysis } from '#shared/planning/types';
import { useRepos, useRoles } from '#data';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { PackageDrawer } from './PackageDrawer';
import { focusPlanCell, hasPlanCell, planCellTarget } from './plan-keys';
import {
  moveTarget,
  planGridRows,
  planPageOf,
  planPages,
  reuseRows,
  type PlanGridRow,
} from './plan-rows';
import { WbsRowsPlaceholder } from './WbsCells';
import { WBS_TEMPLATE, WbsRow, type ParseLinks, type RowCommand } from './WbsRow';

type Props = {
  plan: ProjectPlan;
  analysis: PlanAnalysis;
  packages: WorkPackage[];
  editable: boolean;
  onError: (error: unknown) => void;
};

/**
 * Where the focus goes once the grid shows a write: the row `id` (or the row at `index`) once
 * `shown` holds for the rows (the write's own result may come back a render after the write
 * resolved; focusing before it would leave the focus on a row React then moves or unmounts).
 */
type PendingFocus = ({ id: string } | { index: number }) & {
  column: string;
  shown?: (rows: readonly PlanGridRow[]) => boolean;
};

/** Whether the rows show the node `id` under `parentId` (at `index` among its siblings). */
const placed = (id: string, parentId: string, index?: number) => (rows: readonly PlanGridRow[]) =>
  rows.some(
    (row) =>
      row.node.id === id &&
      row.node.parentId === parentId &&
      (index === undefined || row.siblingIndex === index),
  );

const HEADERS = [
  'wbs',
  'name',
  'role',
  'optimistic',
  'mostLikely',
  'pessimistic',
  'team',
  'expected',
  'predecessors',
  'start',
  'finish',
  'float',
] as const;

/**
 * The work breakdown as a keyboard-driven tree grid (see plan-keys): every write goes to the
 * data layer, which re-generates the offer's lines in the same transaction; the grid shows the
 * analysis that follows (sums, schedule, float, critical path).
 */
export function WbsGrid({ plan, analysis, packages, editable, onError }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const roles = useRoles();
  const deleteWithUndo = useDeleteWithUndo();
  const [pending, setPending] = useState<PendingFocus | null>(null);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  // The pages of rows mounted so far (the first at once, the others when scrolled near or
  // focused); a mounted page stays, so typed text and a cell's refusal survive scrolling.
  const [mounted, setMounted] = useState<ReadonlySet<number>>(() => new Set([0]));
  const previousRows = useRef<PlanGridRow[]>([]);
  const rows = useMemo(
    () => reuseRows(previousRows.current, planGridRows(analysis, packages)),
    [analysis, packages],
  );
  // What the stable callbacks below read: the rows and nodes of the last render.
  const current = useRef({ rows, nodes: analysis.nodes });
  useEffect(() => {
    previousRows.current = rows;
    current.current = { rows, nodes: analysis.nodes };
  }, [rows, analysis.nodes]);

  // Compared by content: a new options list would re-render every row.
  const usedRoles = new Set(rows.map((row) => row.node.roleId));
  const roleKey = JSON.stringify([
    { value: '', label: t('planning.grid.noRole') },
    ...(roles ?? [])
      .filter((role) => !role.deleted && (role.active || usedRoles.has(role.id)))
      .map((role) => ({ value: role.id, label: role.name })),
  ]);
  const roleOptions = useMemo(
    () => JSON.parse(roleKey) as { value: string; label: string }[],
    [roleKey],
  );

  const mountPage = useCallback(
    (page: number) => setMounted((pages) => (pages.has(page) ? pages : new Set(pages).add(page))),
    [],
  );

  useEffect(() => {
    if (!pending || (pending.shown && !pending.shown(rows))) return;
    const index =
      'id' in pending
        ? rows.findIndex((row) => row.node.id === pending.id)
        : Math.min(pending.index, rows.length - 1);
    // A row not in the plan yet (its write is on its way back) or on a page not mounted yet.
    if (index < 0) return;
    if (!mounted.has(planPageOf(index))) {
      mountPage(planPageOf(index));
      return;
    }
    // The row that took a deleted one's place may be a phase: its name then.
    const column = hasPlanCell(rows[index]!.node, pending.column) ? pending.column : 'name';
    if (focusPlanCell(index, column)) setPending(null);
  }, [pending, rows, mounted, mountPage]);

  const onFocusCell = useCallback((index: number, column: string, delta: number) => {
    const target = planCellTarget(
      current.current.rows.map((row) => row.node),
      index,
      column,
      delta,
    );
    if (target === null || focusPlanCell(target, column)) return;
    setPending({ index: target, column });
  }, []);
  const parseLinks: ParseLinks = useCallback(
    (text, selfId) => parsePredecessors(text, current.current.nodes, selfId),
    [],
  );

  const addPackage = useCallback(
    async (parentId: string, after: string | undefined) =>
      repos.workPackages.add({
        planId: plan.id,
        parentId,
        ...(after ? { after } : {}),
        name: t('planning.grid.newPackage'),
      }),
    [repos, plan.id, t],
  );

  const run = useCallback(
    async (row: PlanGridRow, command: RowCommand, column: string, index: number) => {
      const { node } = row;
      switch (command.type) {
        case 'details':
          setDetailsId(node.id);
          return;
        case 'add-after': {
          // Below a phase is its first package; below a package its next sibling.
          const created = node.phase
            ? await addPackage(node.id, undefined)
            : await addPackage(node.parentId, node.id);
          if (node.phase && node.childIds.length > 0) {
            await repos.workPackages.move(created.id, { parentId: node.id, index: 0 });
          }
          setPending({
            id: created.id,
            column: 'name',
            shown: node.phase ? placed(created.id, node.id, 0) : undefined,
          });
          return;
        }
        case 'delete':
          await deleteWithUndo({
            label: `${node.wbs} ${node.name}`,
            remove: () => repos.workPackages.remove(node.id),
            restore: () => repos.workPackages.restore(node.id),
          });
          setPending({
            index,
            column,
            shown: (rows) => !rows.some((known) => known.node.id === node.id),
          });
          return;
        case 'indent': {
          if (row.siblingIndex === 0) return;
          const parent = current.current.rows.findLast(
            (known) =>
              known.node.parentId === node.parentId && known.siblingIndex === row.siblingIndex - 1,
          );
          await repos.workPackages.indent(node.id);
          setPending({
            id: node.id,
            column,
            shown: parent ? placed(node.id, parent.node.id) : undefined,
          });
          return;
        }
        case 'outdent': {
          if (node.parentId === '') return;
          const parent = current.current.rows.find((known) => known.node.id === node.parentId);
          await repos.workPackages.outdent(node.id);
          setPending({
            id: node.id,
            column,
            shown: parent ? placed(node.id, parent.node.parentId) : undefined,
          });
          return;
        }
        case 'move': {
          const target = moveTarget(row, command.direction);
          if (!target) return;
          await repos.workPackages.move(node.id, target);
          setPending({
            id: node.id,
            column,
            shown: placed(node.id, target.parentId, target.index),
          });
          return;
        }
      }
    },
    [repos, addPackage, deleteWithUndo],
  );
  const onCommand = useCallback(
    (row: PlanGridRow, command: RowCommand, column: string) => {
      const index = current.current.rows.findIndex((known) => known.node.id === row.node.id);
      void run(row, command, column, index).catch(onError);
    },
    [run, onError],
  );
  const addTopLevel = async (phase: boolean) => {
    const created = await repos.workPackages.add({
      planId: plan.id,
      name: t(phase ? 'planning.grid.newPhase' : 'planning.grid.newPackage'),
    });
    if (phase) {
      const child = await addPackage(created.id, undefined);
      setPending({ id: child.id, column: 'name' });
    } else {
      setPending({ id: created.id, column: 'name' });
    }
  };
  const details = rows.find((row) => row.node.id === detailsId) ?? null;

  // One flat list keyed by package id (a row that moves to another page is not re-mounted),
  // with a placeholder of the estimated height for each page not mounted yet.
  const body: ReactNode[] = [];
  for (const { page, start, end } of planPages(rows.length)) {
    if (!mounted.has(page)) {
      body.push(
        <WbsRowsPlaceholder
          key={`page-${page}`}
          page={page}
          count={end - start}
          onNear={mountPage}
        />,
      );
      continue;
    }
    for (let index = start; index < end; index++) {
      const row = rows[index]!;
      body.push(
        <WbsRow
          key={row.node.id}
          row={row}
          index={index}
          roleOptions={roleOptions}
          editable={editable}
          onCommand={onCommand}
          onFocusCell={onFocusCell}
          parseLinks={parseLinks}
          onError={onError}
        />,
      );
    }
  }

  return (
    <div data-testid="plan-grid" aria-label={t('planning.grid.label')}>
      <div className="q-plan-scroll">
        <div className="q-plan-row q-plan-head" style={{ gridTemplateColumns: WBS_TEMPLATE }}>
          {HEADERS.map((header) => (
            <span
              key={header}
              title={header === 'predecessors' ? t('planning.grid.predecessorsHint') : undefined}
              className={
                ['optimistic', 'mostLikely', 'pessimistic', 'team', 'expected'].includes(header)
                  ? 'q-num'
                  : undefined
              }
            >
              {t(`planning.grid.${header}`)}
            </span>
          ))}
          <span />
        </div>
        {body}
      </div>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" p="sm">
          {t('planning.grid.empty')}
        </Text>
      )}
      {editable && (
        <Group gap="xs" mt="xs">
          <Button
            variant="default"
            size="xs"
            data-testid="plan-add-package"
            onClick={() => void addTopLevel(false).catch(onError)}
          >
            {t('planning.grid.addPackage')}
          </Button>
          <Button
            variant="default"
            size="xs"
            data-testid="plan-add-phase"
            onClick={() => void addTopLevel(true).catch(onError)}
          >
            {t('planning.grid.addPhase')}
          </Button>
        </Group>
      )}
      <PackageDrawer
        row={details}
        editable={editable}
        onClose={() => setDetailsId(null)}
        onError={onError}
      />
    </div>
  );
}
