import type { Competitor } from '#shared/domain/analyses';

/** Competitors whose name, segment, headquarters or website contain every word of the query. */
export function filterCompetitors(competitors: readonly Competitor[], query: string): Competitor[] {
  const words = query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...competitors];
  return competitors.filter((competitor) => {
    const text = [competitor.name, competitor.segment, competitor.headquarters, competitor.website]
      .join(' ')
      .toLocaleLowerCase('de');
    return words.every((word) => text.includes(word));
  });
}
