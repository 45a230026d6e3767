import type { PositioningPoint } from '../../domain/analyses';
import { fairValueLine } from '..';
import type { FairValueLine } from '..';

/** The fair-value line of a positioning as the chart, slide and documents use it. */
export type PositioningFit = FairValueLine & {
  /** The line's two ends as chart points (x performance, y price index). */
  line: { x: number; y: number }[];
};

/**
 * The least-squares fair-value line through the positioning's points (#shared/analyses
 * fairValueLine), or null while there are too few distinct points or one is not a number yet.
 */
export function positioningFit(points: readonly PositioningPoint[]): PositioningFit | null {
  let fit: FairValueLine | null;
  try {
    fit = fairValueLine(points);
  } catch {
    return null;
  }
  if (fit === null) return null;
  return {
    ...fit,
    line: [fit.from, fit.to].map((end) => ({
      x: Number(end.performanceScore),
      y: Number(end.priceIndex),
    })),
  };
}
