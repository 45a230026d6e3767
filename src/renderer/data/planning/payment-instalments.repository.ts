import { z } from 'zod';
import { paymentInstalmentInputSchema } from '#shared/domain/planning';
import type { InstalmentDueKind, PaymentInstalment } from '#shared/domain/planning';
import { Decimal } from '#shared/money';
import { RowNotFoundError, ValidationError, parseInput, prefixIssues } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import { byPosition } from '../core/positions';
import { toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import { arrangePositions } from './arrange';
import { writePlan } from './plan-write';

/** One row of the payment plan as the editor holds it (`id` absent: a new instalment). */
export type PaymentInstalmentRow = {
  id?: string;
  label: string;
  percent: string;
  dueKind: InstalmentDueKind;
  milestoneId: string;
  dueDate: string;
};

export type PaymentInstalmentsRepository = {
  /**
   * Saves the whole payment plan in this order, all or nothing: every row valid and Σ percent
   * exactly 100 (or no rows at all: no payment plan); instalments not in `rows` are deleted.
   */
  save(planId: string, rows: readonly PaymentInstalmentRow[]): Promise<PaymentInstalment[]>;
};

const rowsSchema = z.array(z.object({ id: z.string().min(1).max(64).optional() }).passthrough());

/** The plan's payment instalments (percent of the offer's one-time net, due at a milestone or a date). */
export function createPaymentInstalmentsRepository(
  ctx: WriteContext,
): PaymentInstalmentsRepository {
  return {
    async save(planId, input) {
      parseInput(rowsSchema, input);
      return writePlan(ctx, planId, 'change the payment plan of', async ({ rows, plan }) => {
        const stored = await rows.where('paymentInstalments', 'planId', plan.id);
        const milestones = await rows.where('planMilestones', 'planId', plan.id);
        const issues: ValidationIssue[] = [];
        const parsed = input.map((row, index) => {
          if (row.id !== undefined && !stored.some((existing) => existing.id === row.id)) {
            throw new RowNotFoundError('paymentInstalments', row.id);
          }
          // Only the field the due kind uses is kept: the other is cleared.
          const result = paymentInstalmentInputSchema.safeParse({
            planId: plan.id,
            offerId: plan.offerId,
            label: row.label,
            percent: row.percent,
            dueKind: row.dueKind,
            milestoneId: row.dueKind === 'milestone' ? row.milestoneId : '',
            dueDate: row.dueKind === 'date' ? row.dueDate : '',
            position: 'a0',
          });
          if (!result.success) {
            issues.push(...prefixIssues(result.error.issues, [index]));
            return null;
          }
          const milestoneId = result.data.milestoneId;
          if (
            milestoneId !== '' &&
            !milestones.some((milestone) => milestone.id === milestoneId && !milestone.deleted)
          ) {
            issues.push({
              code: 'custom',
              path: [index, 'milestoneId'],
              message: 'validation.choice',
              input: milestoneId,
            });
          }
          return { id: row.id, fields: result.data };
        });
        if (issues.length > 0) throw new ValidationError(issues);
        const valid = parsed as NonNullable<(typeof parsed)[number]>[];
        const sum = valid.reduce((total, row) => total.plus(row.fields.percent), new Decimal(0));
        if (valid.length > 0 && !sum.eq(100)) {
          throw new ValidationError([
            {
              code: 'custom',
              path: ['percent'],
              message: 'planning.validation.paymentSum',
              input: sum.toString(),
              params: { sum: sum.toString() },
            },
          ]);
        }
        const kept = new Set(valid.flatMap((row) => (row.id === undefined ? [] : [row.id])));
        for (const row of stored) {
          if (!row.deleted && !kept.has(row.id)) {
            rows.patch('paymentInstalments', row.id, { deleted: true });
          }
        }
        // A row brought back (undo in the editor) is restored in place of a new one.
        for (const row of valid) {
          if (row.id !== undefined) rows.patch('paymentInstalments', row.id, { deleted: false });
        }
        const ids = valid.map((row) => row.id ?? `new:${valid.indexOf(row)}`);
        const positions = arrangePositions(
          await rows.where('paymentInstalments', 'planId', plan.id),
          ids,
        );
        const result = valid.map((row, index) => {
          const id = ids[index] as string;
          const existing = row.id !== undefined ? rows.seen('paymentInstalments', id) : undefined;
          const position = positions.get(id) ?? existing?.position ?? 'a0';
          const fields = { ...row.fields, position };
          return row.id !== undefined
            ? rows.patch('paymentInstalments', id, fields)
            : rows.add('paymentInstalments', fields);
        });
        return result.map(toEntity).sort(byPosition);
      });
    },
  };
}
