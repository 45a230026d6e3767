import type { Decimal } from '../money';
import { lossReasons, opportunityStages, type LossReason } from '../domain/opportunity';
import {
  AnalysisError,
  ZERO,
  fixed2,
  percentOf,
  readArray,
  readDecimal,
  readId,
  readNonNegative,
  readRecord,
  type NumberInput,
} from './input';
import { compareIds } from './matrix';
import { dayNumber } from './stale';

export type WinLossOpportunityInput = {
  id: string;
  stage: string;
  value: NumberInput;
  competitorIds: readonly string[];
  /** The competitor a lost opportunity went to ('' or absent: unknown). */
  lostToCompetitorId?: string;
};

export type WinLossFigures = {
  won: number;
  lost: number;
  /** won / (won + lost) × 100; '0.00' while nothing is closed. */
  winRatePct: string;
  /** Lost opportunities whose lostToCompetitorId is this competitor. */
  lostToThem: number;
  wonValue: string;
  lostValue: string;
  open: number;
};

/** One row of the win/loss report, as `winLossReport` reads it. */
export type WinLossReportInput = WinLossOpportunityInput & {
  lossReason?: LossReason | '';
  /** Their price against ours in percent (negative: cheaper), '' unknown. */
  lostPriceGapPct?: NumberInput;
  /** The day the opportunity closes or closed (YYYY-MM-DD), '' unknown. */
  closeDate: string;
  industry: string;
  owner: string;
};

/** Filters of the report; '' or absent means no filter. Dates are inclusive (YYYY-MM-DD). */
export type WinLossFilter = { from?: string; to?: string; industry?: string; owner?: string };

export type LossReasonCount = { reason: LossReason; count: number };

export type WinLossCompetitorRow = WinLossFigures & {
  competitorId: string;
  /** Opportunities the competitor was in play in: won + lost + open. */
  encounters: number;
  /** Loss reasons of the lost opportunities they were in play in, most frequent first. */
  topLossReasons: LossReasonCount[];
  /** Average price gap of the losses to them that recorded one ('' none). */
  averagePriceGapPct: string;
};

export type WinLossReport = {
  /** Competitors by encounters (most first), then id. */
  competitors: WinLossCompetitorRow[];
  totals: {
    opportunities: number;
    won: number;
    lost: number;
    open: number;
    winRatePct: string;
    wonValue: string;
    lostValue: string;
    topLossReasons: LossReasonCount[];
  };
  /** Lost opportunities (after filtering) whose loss form was skipped (no lossReason). */
  skippedLossForms: number;
};

const STAGES = new Set<string>(opportunityStages);
const REASONS = new Set<string>(lossReasons);

type Outcome = 'won' | 'lost' | 'open';

type Tally = {
  won: number;
  lost: number;
  open: number;
  lostToThem: number;
  wonValue: Decimal;
  lostValue: Decimal;
  reasons: Map<LossReason, number>;
  gapSum: Decimal;
  gapCount: number;
};

type ReadOpportunity = {
  outcome: Outcome;
  value: Decimal;
  /** The competitors in play: competitorIds plus the one it was lost to, each once. */
  inPlay: string[];
  lostTo: string;
  lossReason: LossReason | '';
  gap: Decimal | null;
};

/**
 * Win/loss per competitor over the opportunities it was in play in: won and lost count the
 * closed ones (stages 'won' and 'lost'), open counts the rest; winRatePct = won / (won + lost)
 * × 100 ('0.00' when nothing is closed). A competitor an opportunity was lost to counts as in
 * play even when it is missing from competitorIds.
 */
export function winLossByCompetitor(
  opportunities: readonly WinLossOpportunityInput[],
): Record<string, WinLossFigures> {
  const list = readArray('opportunities', opportunities);
  const tallies = new Map<string, Tally>();
  list.forEach((item, index) => {
    const opportunity = readOpportunity(`opportunities[${index}]`, item, false);
    addToTallies(tallies, opportunity);
  });
  const result: Record<string, WinLossFigures> = {};
  for (const id of [...tallies.keys()].sort(compareIds)) {
    result[id] = figures(tallies.get(id) as Tally);
  }
  return result;
}

/**
 * The win/loss report: per competitor encounters, won, lost, open, win rate, won and lost
 * value, losses to them, loss reasons and the average price gap; totals over every filtered
 * opportunity (also those without competitors) and the number of skipped loss forms. The
 * period filter reads `closeDate`; a row without one is left out while a period is set.
 */
export function winLossReport(
  rows: readonly WinLossReportInput[],
  filter: WinLossFilter = {},
): WinLossReport {
  const list = readArray('rows', rows);
  const { from, to, industry, owner } = readFilter(filter);
  const tallies = new Map<string, Tally>();
  const totals = newTally();
  let opportunities = 0;
  let skippedLossForms = 0;
  list.forEach((item, index) => {
    const field = `rows[${index}]`;
    const row = readRecord(field, item);
    const opportunity = readOpportunity(field, row, true);
    const closeDate = readText(`${field}.closeDate`, row.closeDate);
    if (closeDate !== '' && !ISO_DATE.test(closeDate)) {
      throw new AnalysisError(
        `${field}.closeDate`,
        `must be a date YYYY-MM-DD (now "${closeDate}")`,
      );
    }
    if (from !== '' && (closeDate === '' || closeDate < from)) return;
    if (to !== '' && (closeDate === '' || closeDate > to)) return;
    if (industry !== '' && readText(`${field}.industry`, row.industry) !== industry) return;
    if (owner !== '' && readText(`${field}.owner`, row.owner) !== owner) return;
    opportunities += 1;
    addTo(totals, opportunity, false, false);
    if (opportunity.outcome === 'lost' && opportunity.lossReason === '') skippedLossForms += 1;
    addToTallies(tallies, opportunity);
  });
  const competitors = [...tallies.entries()]
    .map(([competitorId, tally]): WinLossCompetitorRow => ({
      competitorId,
      encounters: tally.won + tally.lost + tally.open,
      ...figures(tally),
      topLossReasons: reasonCounts(tally.reasons),
      averagePriceGapPct: tally.gapCount === 0 ? '' : fixed2(tally.gapSum.div(tally.gapCount)),
    }))
    .sort((a, b) => b.encounters - a.encounters || compareIds(a.competitorId, b.competitorId));
  const { won, lost, open, winRatePct, wonValue, lostValue } = figures(totals);
  return {
    competitors,
    totals: {
      opportunities,
      won,
      lost,
      open,
      winRatePct,
      wonValue,
      lostValue,
      topLossReasons: reasonCounts(totals.reasons),
    },
    skippedLossForms,
  };
}

function newTally(): Tally {
  return {
    won: 0,
    lost: 0,
    open: 0,
    lostToThem: 0,
    wonValue: ZERO,
    lostValue: ZERO,
    reasons: new Map(),
    gapSum: ZERO,
    gapCount: 0,
  };
}

function addToTallies(tallies: Map<string, Tally>, opportunity: ReadOpportunity): void {
  for (const competitorId of opportunity.inPlay) {
    let tally = tallies.get(competitorId);
    if (tally === undefined) {
      tally = newTally();
      tallies.set(competitorId, tally);
    }
    const lostToThem = opportunity.outcome === 'lost' && opportunity.lostTo === competitorId;
    addTo(tally, opportunity, lostToThem, lostToThem);
  }
}

function addTo(
  tally: Tally,
  opportunity: ReadOpportunity,
  lostToThem: boolean,
  gap: boolean,
): void {
  if (opportunity.outcome === 'won') {
    tally.won += 1;
    tally.wonValue = tally.wonValue.plus(opportunity.value);
  } else if (opportunity.outcome === 'lost') {
    tally.lost += 1;
    tally.lostValue = tally.lostValue.plus(opportunity.value);
    if (lostToThem) tally.lostToThem += 1;
    if (opportunity.lossReason !== '') {
      tally.reasons.set(
        opportunity.lossReason,
        (tally.reasons.get(opportunity.lossReason) ?? 0) + 1,
      );
    }
    if (gap && opportunity.gap !== null) {
      tally.gapSum = tally.gapSum.plus(opportunity.gap);
      tally.gapCount += 1;
    }
  } else {
    tally.open += 1;
  }
}

function figures(tally: Tally): WinLossFigures {
  return {
    won: tally.won,
    lost: tally.lost,
    winRatePct: percentOf(tally.won, tally.won + tally.lost),
    lostToThem: tally.lostToThem,
    wonValue: fixed2(tally.wonValue),
    lostValue: fixed2(tally.lostValue),
    open: tally.open,
  };
}

/** Reasons by count (most first), ties in the order of the loss form. */
function reasonCounts(reasons: Map<LossReason, number>): LossReasonCount[] {
  return lossReasons
    .filter((reason) => reasons.has(reason))
    .map((reason) => ({ reason, count: reasons.get(reason) as number }))
    .sort((a, b) => b.count - a.count);
}

function readOpportunity(field: string, item: unknown, withLossForm: boolean): ReadOpportunity {
  const record = readRecord(field, item);
  readId(`${field}.id`, record.id);
  const stage = record.stage;
  if (typeof stage !== 'string' || !STAGES.has(stage)) {
    throw new AnalysisError(
      `${field}.stage`,
      `must be one of ${opportunityStages.join(', ')} (now ${JSON.stringify(stage)})`,
    );
  }
  const outcome: Outcome = stage === 'won' ? 'won' : stage === 'lost' ? 'lost' : 'open';
  const value = readNonNegative(`${field}.value`, record.value);
  const ids = readArray(`${field}.competitorIds`, record.competitorIds);
  const inPlay: string[] = [];
  ids.forEach((id, index) => {
    const competitorId = readId(`${field}.competitorIds[${index}]`, id);
    if (!inPlay.includes(competitorId)) inPlay.push(competitorId);
  });
  const lostTo = readText(`${field}.lostToCompetitorId`, record.lostToCompetitorId);
  if (outcome === 'lost' && lostTo !== '' && !inPlay.includes(lostTo)) inPlay.push(lostTo);
  let lossReason: LossReason | '' = '';
  let gap: Decimal | null = null;
  if (withLossForm) {
    const reason = readText(`${field}.lossReason`, record.lossReason);
    if (reason !== '' && !REASONS.has(reason)) {
      throw new AnalysisError(
        `${field}.lossReason`,
        `must be one of ${lossReasons.join(', ')} (now "${reason}")`,
      );
    }
    lossReason = reason as LossReason | '';
    const gapValue = record.lostPriceGapPct;
    if (gapValue !== undefined && gapValue !== null && gapValue !== '') {
      gap = readDecimal(`${field}.lostPriceGapPct`, gapValue);
    }
  }
  return { outcome, value, inPlay, lostTo, lossReason, gap };
}

/** An optional text: absent counts as ''. */
function readText(field: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new AnalysisError(field, 'a text is required');
  return value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readFilter(filter: WinLossFilter): Required<WinLossFilter> {
  const record = readRecord('filter', filter);
  const from = readText('filter.from', record.from);
  const to = readText('filter.to', record.to);
  if (from !== '') dayNumber('filter.from', from);
  if (to !== '') dayNumber('filter.to', to);
  if (from !== '' && to !== '' && from > to) {
    throw new AnalysisError('filter.to', `must not be before filter.from (${from})`);
  }
  return {
    from,
    to,
    industry: readText('filter.industry', record.industry),
    owner: readText('filter.owner', record.owner),
  };
}
