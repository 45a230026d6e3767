import { Badge } from '@mantine/core';
import { memo, useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '#shared/money';
import { checkEstimate, type parsePredecessors } from '#shared/planning';
import type { PredecessorLink } from '#shared/planning';
import { useRepos } from '#data';
import { formatDateInput } from '../../components/date-input';
import { normalizeDecimalInput } from '../../components/decimal-input';
import { useUiLanguage } from '../../components/useUiLanguage';
import { fieldIssues, type FieldIssue } from './plan-issues';
import { planKeyAction, type RowCommand } from './plan-keys';
import type { PlanGridRow } from './plan-rows';
import { EditCell, RoleCell, type CellKey } from './WbsCells';
import { RowMenu } from './RowMenu';

export type { RowCommand } from './plan-keys';

/** WBS, name, role, O, M, P, people, expected ± σ, predecessors, start, finish, float, menu. */
export const WBS_TEMPLATE =
  '44px minmax(170px, 1fr) 150px 52px 58px 52px 40px 92px 96px 78px 78px 66px 28px';

type EstimateField = 'optimistic' | 'mostLikely' | 'pessimistic';
const ESTIMATE_FIELDS: EstimateField[] = ['optimistic', 'mostLikely', 'pessimistic'];

/** Reads predecessors typed into the row `selfId` against the plan's current nodes. */
export type ParseLinks = (text: string, selfId: string) => ReturnType<typeof parsePredecessors>;

/** Every prop but the row and its index stays the same object while the plan changes (memo). */
type Props = {
  row: PlanGridRow;
  index: number;
  roleOptions: { value: string; label: string }[];
  editable: boolean;
  onCommand: (row: PlanGridRow, command: RowCommand, column: string) => void;
  /** Moves the focus to `column` of the row `delta` rows away (mounting it first). */
  onFocusCell: (index: number, column: string, delta: number) => void;
  parseLinks: ParseLinks;
  onError: (error: unknown) => void;
};

/** A refused write's issue at `field` (or its first), or null when it was no validation error. */
function refusal(error: unknown, field: string, onError: (error: unknown) => void) {
  const issues = fieldIssues(error);
  if (!issues) {
    onError(error);
    return null;
  }
  return issues[field] ?? Object.values(issues)[0] ?? null;
}

/** One node of the work breakdown: a package with its inputs, or a phase with its sums. */
export const WbsRow = memo(function WbsRow({
  row,
  index,
  roleOptions,
  editable,
  onCommand,
  onFocusCell,
  parseLinks,
  onError,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const { node, dates } = row;
  const label = (field: string) => `${t(`planning.grid.${field}`)} ${node.wbs} ${node.name}`;

  const onKey: CellKey = useCallback(
    (event: KeyboardEvent<HTMLElement>, column: string, revert: () => void) => {
      const action = planKeyAction(event, { isSelect: event.currentTarget.tagName === 'SELECT' });
      if (!action) return;
      event.preventDefault();
      if (action.type === 'focus') onFocusCell(index, column, action.delta);
      else if (action.type === 'revert') revert();
      else if (editable || action.type === 'details') onCommand(row, action, column);
    },
    [index, editable, onCommand, onFocusCell, row],
  );

  // Estimates saved but not yet back from the live query: the order check of the next field
  // typed right after must see them (P, then M, then O typed in quick succession).
  const pending = useRef<Partial<Record<EstimateField, string>>>({});
  useEffect(() => {
    for (const field of ESTIMATE_FIELDS) {
      const value = pending.current[field];
      if (value !== undefined && Number(value) === Number(row[field]))
        delete pending.current[field];
    }
  }, [row]);
  const update = (field: string, patch: Record<string, unknown>): Promise<FieldIssue | null> =>
    repos.workPackages.update(node.id, patch).then(
      () => null,
      (error: unknown) => refusal(error, field, onError),
    );
  const decimal = (value: string) => formatDecimal(value, language);
  const estimateCell = (field: EstimateField) => (
    <EditCell
      key={field}
      index={index}
      column={field}
      label={label(field)}
      shown={decimal(row[field])}
      editable={editable}
      numeric
      parse={(text) => {
        const value = normalizeDecimalInput(text, language);
        const estimate = {
          optimistic: row.optimistic,
          mostLikely: row.mostLikely,
          pessimistic: row.pessimistic,
          ...pending.current,
          [field]: value,
        };
        const problems = checkEstimate(estimate);
        const key = problems[field] ?? Object.values(problems)[0];
        if (!key) return { value };
        return {
          issue:
            key === 'validation.decimal'
              ? { key: 'validation.notANumber', params: { value: text } }
              : { key, params: { value: text } },
        };
      }}
      save={(value) => {
        pending.current[field] = value;
        return update(field, { [field]: value }).then((issue) => {
          if (issue) delete pending.current[field];
          return issue;
        });
      }}
      onKey={onKey}
    />
  );
  const critical = dates?.critical === true && !node.phase;

  return (
    <div
      className="q-plan-row"
      data-testid="plan-row"
      data-package-id={node.id}
      data-wbs={node.wbs}
      data-kind={node.phase ? 'phase' : 'package'}
      data-critical={critical}
      style={{ gridTemplateColumns: WBS_TEMPLATE }}
    >
      <span className="q-plan-wbs" data-testid="plan-wbs">
        {node.wbs}
      </span>
      <div
        style={{ paddingLeft: (node.depth - 1) * 14 }}
        className={node.phase ? 'q-plan-phase' : ''}
      >
        <EditCell
          index={index}
          column="name"
          label={label('name')}
          shown={node.name}
          editable={editable}
          parse={(text) =>
            text.trim() === ''
              ? { issue: { key: 'validation.required', params: {} } }
              : { value: text.trim() }
          }
          save={(name) => update('name', { name })}
          onKey={onKey}
        />
      </div>
      {node.phase ? (
        <span className="q-plan-muted">{t('planning.grid.phase')}</span>
      ) : (
        <RoleCell
          index={index}
          label={label('role')}
          value={node.roleId}
          options={roleOptions}
          editable={editable}
          onSave={(roleId) => void repos.workPackages.update(node.id, { roleId }).catch(onError)}
          onKey={onKey}
        />
      )}
      {node.phase
        ? ESTIMATE_FIELDS.map((field) => (
            <span
              key={field}
              className="q-plan-figure q-plan-muted"
              data-testid={`plan-sum-${field}`}
            >
              {decimal(row[field])}
            </span>
          ))
        : ESTIMATE_FIELDS.map(estimateCell)}
      {node.phase ? (
        <span />
      ) : (
        <EditCell
          index={index}
          column="team"
          label={label('team')}
          shown={String(node.team)}
          editable={editable}
          numeric
          parse={(text) =>
            /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 50
              ? { value: String(Number(text)) }
              : { issue: { key: 'planning.validation.team', params: {} } }
          }
          save={(value) => update('team', { team: Number(value) })}
          onKey={onKey}
        />
      )}
      <span className="q-plan-figure" data-testid="plan-expected">
        {formatDecimal(node.expected, language, 1)} ±{' '}
        {formatDecimal(node.standardDeviation, language, 1)}
      </span>
      {node.phase ? (
        <span />
      ) : (
        <EditCell<PredecessorLink[]>
          index={index}
          column="predecessors"
          label={label('predecessors')}
          shown={row.links}
          editable={editable}
          parse={(text) => {
            const parsed = parseLinks(text, node.id);
            if (!parsed.ok) {
              return { issue: { key: parsed.error, params: { token: parsed.token } } };
            }
            return { value: parsed.links };
          }}
          save={(value) =>
            repos.planDependencies.setPredecessors(node.id, value).then(
              () => null,
              (error: unknown) => refusal(error, 'predecessorId', onError),
            )
          }
          onKey={onKey}
        />
      )}
      <span className="q-plan-date" data-testid="plan-start">
        {dates ? formatDateInput(dates.start, language) : '–'}
      </span>
      <span className="q-plan-date" data-testid="plan-finish">
        {dates ? formatDateInput(dates.finish, language) : '–'}
      </span>
      <span className="q-plan-float" data-testid="plan-float">
        {critical ? (
          <Badge size="xs" color="red" variant="light" title={t('planning.grid.criticalTitle')}>
            {t('planning.grid.critical')}
          </Badge>
        ) : dates && !node.phase ? (
          t('planning.grid.days', { count: dates.totalFloat })
        ) : (
          ''
        )}
      </span>
      <RowMenu row={row} editable={editable} onCommand={onCommand} />
    </div>
  );
});
