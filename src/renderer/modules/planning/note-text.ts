import type { PlanNote, PlanProblem } from '#shared/planning/types';
import { formatDateInput } from '../../components/date-input';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A note of the plan in the UI language (dates in its notation). */
export function noteText(note: PlanNote, t: Translate, language: 'de' | 'en'): string {
  const values = Object.fromEntries(
    Object.entries(note.values).map(([name, value]) => [
      name,
      ISO_DATE.test(value) ? formatDateInput(value, language) : value,
    ]),
  );
  return t(`planning.notes.${note.kind}`, values);
}

/** A problem of the plan (what blocks sending) in the UI language. */
export function problemText(problem: PlanProblem, t: Translate): string {
  switch (problem.kind) {
    case 'cycle':
      // The loop closes where it started: "1.2 A → 2.1 B → 1.2 A".
      return t('planning.problems.cycle', {
        cycle: [...problem.names, problem.names[0] ?? ''].join(' → '),
      });
    case 'payment-sum':
      return t('planning.problems.payment-sum', { sum: problem.sum });
    case 'estimate-order':
      return t('planning.problems.estimate-order', { name: problem.name });
    case 'instalment-milestone':
      return t('planning.problems.instalment-milestone', { label: problem.label });
  }
}
