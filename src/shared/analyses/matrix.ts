import { Decimal, isDecimalString } from '../money';
import {
  AnalysisError,
  HUNDRED,
  ZERO,
  fixed2,
  readArray,
  readId,
  readRange,
  readRating,
  readRecord,
  type NumberInput,
} from './input';

export type MatrixCriterionInput = { id: string; weightPct: NumberInput };

export type CompetitorMatrixInput = {
  criteria: readonly MatrixCriterionInput[];
  /** Per competitor (or SELF_ID): per criterion id a score 1–5. */
  scores: Record<string, Record<string, NumberInput>>;
};

export type MatrixRankingEntry = { id: string; score: string; rank: number };

/**
 * Weighted scores and ranking of a competitor matrix: score = Σ weightPct / 100 × score, as a
 * string with two decimals. Sorted by score descending, then id ascending; equal scores share a
 * rank (1, 2, 2, 4). Ties and order are decided on the two-decimal score that is returned, so
 * what a reader sees is consistent (an Excel sheet ranks ROUND(…, 2) the same way).
 * Weights must sum to exactly 100 and every competitor needs a whole score 1–5 for every
 * criterion; scores for criteria not in the list are ignored (an editor may keep them briefly).
 */
export function scoreCompetitorMatrix(input: CompetitorMatrixInput): {
  ranking: MatrixRankingEntry[];
} {
  const record = readRecord('input', input);
  const criteria = readCriteria(record.criteria);
  const scores = readRecord('scores', record.scores);
  const rows = Object.keys(scores).map((competitorId) => {
    const row = readRecord(`scores.${competitorId}`, scores[competitorId]);
    let total = ZERO;
    for (const criterion of criteria) {
      const field = `scores.${competitorId}.${criterion.id}`;
      if (row[criterion.id] === undefined) {
        throw new AnalysisError(field, 'every competitor needs a score 1–5 for every criterion');
      }
      const score = readRating(field, row[criterion.id]);
      total = total.plus(criterion.weight.times(score));
    }
    return { id: competitorId, score: fixed2(total.div(HUNDRED)) };
  });
  // Two-decimal strings compare exactly as numbers once read as Decimals; ids break ties.
  const sorted = rows
    .map((row) => ({ ...row, value: new Decimal(row.score) }))
    .sort((a, b) => b.value.comparedTo(a.value) || compareIds(a.id, b.id));
  const ranking: MatrixRankingEntry[] = [];
  sorted.forEach((row, index) => {
    const previous = index > 0 ? sorted[index - 1] : undefined;
    const rank =
      previous && previous.value.eq(row.value)
        ? (ranking[index - 1] as MatrixRankingEntry).rank
        : index + 1;
    ranking.push({ id: row.id, score: row.score, rank });
  });
  return { ranking };
}

/**
 * The current sum of the weights as a string with two decimals (the editor's "current sum").
 * Lenient on purpose, because it runs while someone types: a blank or unreadable weight counts 0.
 */
export function matrixWeightSum(criteria: readonly { weightPct: NumberInput | '' }[]): string {
  let sum = ZERO;
  for (const criterion of criteria) {
    const value = criterion.weightPct;
    if (typeof value === 'number' && Number.isFinite(value)) sum = sum.plus(value);
    else if (typeof value === 'string' && isDecimalString(value)) sum = sum.plus(value.trim());
  }
  return fixed2(sum);
}

function readCriteria(value: unknown): { id: string; weight: Decimal }[] {
  const list = readArray('criteria', value);
  const seen = new Set<string>();
  let sum = ZERO;
  const criteria = list.map((item, index) => {
    const criterion = readRecord(`criteria[${index}]`, item);
    const id = readId(`criteria[${index}].id`, criterion.id);
    if (seen.has(id)) throw new AnalysisError(`criteria[${index}].id`, `"${id}" appears twice`);
    seen.add(id);
    const weight = readRange(`criteria[${index}].weightPct`, criterion.weightPct, 0, 100);
    sum = sum.plus(weight);
    return { id, weight };
  });
  if (!sum.eq(HUNDRED)) {
    throw new AnalysisError(
      'criteria.weightPct',
      `the weights must sum to exactly 100 (now ${sum.toString()})`,
    );
  }
  return criteria;
}

/** Ids in a stable, locale-independent order (code units). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
