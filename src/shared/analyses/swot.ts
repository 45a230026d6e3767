import { AnalysisError, readArray, readRecord } from './input';

export type SwotLists = {
  strengths: readonly string[];
  weaknesses: readonly string[];
  opportunities: readonly string[];
  threats: readonly string[];
};

/** One suggested pairing: `code` like "S1×O2" (positions in the lists, from 1), and both texts. */
export type SwotStrategyPrompt = { code: string; first: string; second: string };

export type SwotStrategyPrompts = {
  /** Strengths × opportunities: use strengths to seize opportunities. */
  so: SwotStrategyPrompt[];
  /** Strengths × threats: use strengths to ward off threats. */
  st: SwotStrategyPrompt[];
  /** Weaknesses × opportunities: overcome weaknesses by seizing opportunities. */
  wo: SwotStrategyPrompt[];
  /** Weaknesses × threats: limit weaknesses so threats do not hit them. */
  wt: SwotStrategyPrompt[];
};

/**
 * Suggestions for the derived strategies (SO, ST, WO, WT): every pairing of the two lists, in
 * list order (S1×O1, S1×O2, …, S2×O1, …). Blank items are skipped but keep their number, so a
 * code always points at the item shown at that position. `limit` caps each quadrant.
 */
export function deriveSwotStrategyPrompts(
  swot: SwotLists,
  options: { limit?: number } = {},
): SwotStrategyPrompts {
  const record = readRecord('swot', swot);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (!(limit >= 0)) throw new AnalysisError('limit', 'must be 0 or more');
  const strengths = readItems('strengths', record.strengths, 'S');
  const weaknesses = readItems('weaknesses', record.weaknesses, 'W');
  const opportunities = readItems('opportunities', record.opportunities, 'O');
  const threats = readItems('threats', record.threats, 'T');
  return {
    so: pairs(strengths, opportunities, limit),
    st: pairs(strengths, threats, limit),
    wo: pairs(weaknesses, opportunities, limit),
    wt: pairs(weaknesses, threats, limit),
  };
}

type Item = { code: string; text: string };

function readItems(field: string, value: unknown, letter: string): Item[] {
  const items: Item[] = [];
  readArray(field, value).forEach((text, index) => {
    if (typeof text !== 'string')
      throw new AnalysisError(`${field}[${index}]`, 'a text is required');
    if (text.trim() !== '') items.push({ code: `${letter}${index + 1}`, text: text.trim() });
  });
  return items;
}

function pairs(left: Item[], right: Item[], limit: number): SwotStrategyPrompt[] {
  const result: SwotStrategyPrompt[] = [];
  for (const a of left) {
    for (const b of right) {
      if (result.length >= limit) return result;
      result.push({ code: `${a.code}×${b.code}`, first: a.text, second: b.text });
    }
  }
  return result;
}
