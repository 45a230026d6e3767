import type { Analysis, Battlecard, Competitor, MatrixCriterion } from '../domain/analyses';

/**
 * The "Warum wir" / "Why us" chapter's data: a competitor matrix and the customer-safe parts of
 * its competitors' battlecards. By construction it holds no traps, landmines, objections or
 * prices: whyUsData copies only the differentiators and proof points.
 */
export type WhyUsData = {
  matrix: {
    title: string;
    criteria: MatrixCriterion[];
    /** Competitor ids and SELF_ID. */
    participants: string[];
    scores: Record<string, Record<string, number>>;
  };
  /** Competitor names by id (deleted competitors included: the matrix still names them). */
  names: Record<string, string>;
  /** What sets us apart, per battlecard (Markdown-like, as in text blocks), in matrix order. */
  differentiators: string[];
  /** References and proof, per battlecard, in matrix order. */
  proofPoints: string[];
};

/**
 * The Why-us data of a competitor-matrix analysis, or undefined when the analysis is missing,
 * deleted or not a matrix. Only differentiators and proof points leave the battlecards.
 */
export function whyUsData({
  analysis,
  competitors,
  battlecards,
}: {
  analysis: Analysis | undefined;
  competitors: readonly Pick<Competitor, 'id' | 'name'>[];
  battlecards: readonly (Battlecard | undefined)[];
}): WhyUsData | undefined {
  if (!analysis || analysis.deleted || analysis.kind !== 'competitor-matrix') return undefined;
  const participants = analysis.participants ?? [];
  const names = Object.fromEntries(
    competitors
      .filter((competitor) => participants.includes(competitor.id))
      .map((competitor) => [competitor.id, competitor.name]),
  );
  const cards = participants.flatMap((id) => {
    const card = battlecards.find(
      (battlecard) => battlecard?.competitorId === id && !battlecard.deleted,
    );
    return card ? [card] : [];
  });
  const texts = (pick: (card: Battlecard) => string) =>
    cards.map(pick).filter((text) => text.trim() !== '');
  return {
    matrix: {
      title: analysis.title,
      criteria: analysis.criteria ?? [],
      participants,
      scores: analysis.scores ?? {},
    },
    names,
    differentiators: texts((card) => card.differentiators),
    proofPoints: texts((card) => card.proofPoints),
  };
}
