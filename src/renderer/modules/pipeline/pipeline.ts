import type { OpportunityMove } from '#data';
import { opportunityStages, type Opportunity, type OpportunityStage } from '#shared/domain';
import { round2, toDecimal } from '#shared/money';
import { byPosition } from '#shared/ordering';

export type StageColumn = {
  stage: OpportunityStage;
  items: Opportunity[];
  /** Σ estimated values, decimal string with cents. */
  total: string;
  /** Σ estimated value × probability, decimal string with cents. */
  weighted: string;
};

/** Groups opportunities into board columns in position order, with totals per stage. */
export function buildBoard(opportunities: readonly Opportunity[]): StageColumn[] {
  return opportunityStages.map((stage) => {
    const items = opportunities
      .filter((item) => item.stage === stage && !item.deleted)
      .sort(byPosition);
    let total = toDecimal(0);
    let weighted = toDecimal(0);
    for (const item of items) {
      const value = toDecimal(item.estimatedValue);
      total = total.plus(value);
      weighted = weighted.plus(value.times(item.probability).dividedBy(100));
    }
    return { stage, items, total: round2(total).toFixed(2), weighted: round2(weighted).toFixed(2) };
  });
}

/** The weighted forecast of open stages (won and lost are no longer a forecast). */
export function openWeightedTotal(columns: readonly StageColumn[]): string {
  const open = columns.filter((column) => column.stage !== 'won' && column.stage !== 'lost');
  return round2(open.reduce((sum, column) => sum.plus(column.weighted), toDecimal(0))).toFixed(2);
}

/** Where a keyboard move (Alt+arrow) sends a card: neighbours in the target column. */
export function keyboardTarget(
  columns: readonly StageColumn[],
  id: string,
  direction: 'left' | 'right' | 'up' | 'down',
): OpportunityMove | undefined {
  const columnIndex = columns.findIndex((column) => column.items.some((item) => item.id === id));
  if (columnIndex < 0) return undefined;
  const column = columns[columnIndex]!;
  const index = column.items.findIndex((item) => item.id === id);
  if (direction === 'left' || direction === 'right') {
    const target = columns[columnIndex + (direction === 'left' ? -1 : 1)];
    if (!target) return undefined;
    const last = target.items.at(-1);
    return last ? { stage: target.stage, after: last.id } : { stage: target.stage };
  }
  const others = column.items.filter((item) => item.id !== id);
  const newIndex = direction === 'up' ? index - 1 : index + 1;
  if (newIndex < 0 || newIndex > others.length) return undefined;
  return { stage: column.stage, after: others[newIndex - 1]?.id, before: others[newIndex]?.id };
}
