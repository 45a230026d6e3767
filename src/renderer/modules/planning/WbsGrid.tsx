import { Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPlan, WorkPackage } from '#shared/domain/planning';
import type { PlanAnalysis } from '#shared/planning/types';
import { useRepos, useRoles } from '#data';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { PackageDrawer } from './PackageDrawer';
import { moveTarget, planGridRows, type PlanGridRow } from './plan-rows';
import { WBS_TEMPLATE, WbsRow, type RowCommand } from './WbsRow';

type Props = {
  plan: ProjectPlan;
  analysis: PlanAnalysis;
  packages: WorkPackage[];
  editable: boolean;
  onError: (error: unknown) => void;
};

/** Where the focus goes once the grid has re-rendered after a write. */
type PendingFocus = { id: string; column: string } | { index: number; column: string };

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
  const rows = useMemo(() => planGridRows(analysis, packages), [analysis, packages]);
  const roleOptions = useMemo(
    () => [
      { value: '', label: t('planning.grid.noRole') },
      ...(roles ?? [])
        .filter(
          (role) =>
            !role.deleted && (role.active || rows.some((row) => row.node.roleId === role.id)),
        )
        .map((role) => ({ value: role.id, label: role.name })),
    ],
    [roles, rows, t],
  );

  useEffect(() => {
    if (!pending) return;
    const selector =
      'id' in pending
        ? `[data-package-id="${pending.id}"] [data-col="${pending.column}"]`
        : `[data-plan-row="${Math.min(pending.index, rows.length - 1)}"][data-col="${pending.column}"]`;
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.focus();
    if (target instanceof HTMLInputElement) target.select();
    setPending(null);
  }, [pending, rows]);

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
          setPending({ id: created.id, column: 'name' });
          return;
        }
        case 'delete':
          await deleteWithUndo({
            label: `${node.wbs} ${node.name}`,
            remove: () => repos.workPackages.remove(node.id),
            restore: () => repos.workPackages.restore(node.id),
          });
          setPending({ index, column });
          return;
        case 'indent':
          if (row.siblingIndex === 0) return;
          await repos.workPackages.indent(node.id);
          setPending({ id: node.id, column });
          return;
        case 'outdent':
          if (node.parentId === '') return;
          await repos.workPackages.outdent(node.id);
          setPending({ id: node.id, column });
          return;
        case 'move': {
          const target = moveTarget(row, command.direction);
          if (!target) return;
          await repos.workPackages.move(node.id, target);
          setPending({ id: node.id, column });
          return;
        }
      }
    },
    [repos, addPackage, deleteWithUndo],
  );
  const onCommand = useCallback(
    (row: PlanGridRow, command: RowCommand, column: string) =>
      void run(row, command, column, rows.indexOf(row)).catch(onError),
    [run, rows, onError],
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
        {rows.map((row, index) => (
          <WbsRow
            key={row.node.id}
            row={row}
            index={index}
            nodes={analysis.nodes}
            roleOptions={roleOptions}
            editable={editable}
            onCommand={onCommand}
            onError={onError}
          />
        ))}
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
