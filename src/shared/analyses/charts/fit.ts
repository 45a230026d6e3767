import type { PositioningPoint } from '../../domain/analyses';

/** The fair-value line of a positioning, as the chart and the documents draw it. */
export type PositioningFit = {
  /** priceIndex = intercept + slope × performance; strings with two decimals. */
  slope: string;
  intercept: string;
  /** The line's two ends over the performance axis 0–100, for the chart. */
  line: { x: number; y: number }[];
  /** Per point: its fair price index and its deviation from it. */
  points: { competitorId: string; fairPriceIndex: string; deviation: string }[];
};

/**
 * The least-squares fair-value line through the positioning's points (H1's fairValueLine), or
 * null while there are too few distinct points to fit one.
 */
export function positioningFit(points: readonly PositioningPoint[]): PositioningFit | null {
  // Pending: wired to #shared/analyses fairValueLine as soon as it is committed.
  void points;
  return null;
}
