/** The layout size every slide is drawn at; the stage scales it to its container. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export type StageFit = {
  /** Factor from the 1920×1080 layout to the container. */
  scale: number;
  /** Where the scaled stage starts in the container (the letterbox bars' size). */
  left: number;
  top: number;
};

/**
 * Fits the 16:9 layout into a box: as large as fits whole, centred, the rest letterboxed. A box
 * without a height (0) is fitted by its width alone; an empty box gives scale 0.
 */
export function fitStage(width: number, height: number): StageFit {
  if (!(width > 0)) return { scale: 0, left: 0, top: 0 };
  const byWidth = width / STAGE_WIDTH;
  const scale = height > 0 ? Math.min(byWidth, height / STAGE_HEIGHT) : byWidth;
  return {
    scale,
    left: (width - STAGE_WIDTH * scale) / 2,
    top: height > 0 ? (height - STAGE_HEIGHT * scale) / 2 : 0,
  };
}
