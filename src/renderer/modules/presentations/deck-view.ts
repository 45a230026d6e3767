import type { Slide } from '#shared/domain/presentations';

/** The seconds the attract loop needs for one pass through the slides. */
export const totalSeconds = (slides: readonly Pick<Slide, 'durationSeconds'>[]): number =>
  slides.reduce((sum, slide) => sum + slide.durationSeconds, 0);

/** A duration as people read it: "45 s", "2:05 min", "1:02:03 h" (the same in German and English). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const pad = (value: number) => String(value).padStart(2, '0');
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return `${h}:${pad(m)}:${pad(s)} h`;
  if (m > 0) return `${m}:${pad(s)} min`;
  return `${s} s`;
}

/** Which kinds need a referenced record before they show anything but a placeholder. */
export const referenceField = {
  'catalog-item': 'catalogItemId',
  bundle: 'bundleId',
  analysis: 'analysisId',
} as const satisfies Partial<Record<Slide['kind'], keyof Slide>>;

/** Kinds whose form offers an image or video, and whether it is required. */
export const mediaUse: Partial<Record<Slide['kind'], 'optional' | 'required'>> = {
  text: 'optional',
  reference: 'optional',
  media: 'required',
};

/** Kinds with a price that "Preis zeigen" can switch on. */
export const pricedKinds: readonly Slide['kind'][] = ['catalog-item', 'bundle'];

/** Kinds with a body text in their form. */
export const bodyKinds: readonly Slide['kind'][] = ['text', 'reference', 'lead-capture'];

/** Kinds with a subtitle in their form. */
export const subtitleKinds: readonly Slide['kind'][] = ['title', 'text', 'reference', 'media'];

/**
 * The slide the editor selects once the live list is drawn: the current one while it is listed,
 * and also while it was just added or duplicated and the list has not drawn it yet (never
 * `seen`); the first slide when none is selected or the selected one was deleted; else none.
 */
export function selectionAfter(
  ids: readonly string[],
  selectedId: string | null,
  seen: ReadonlySet<string>,
): string | null {
  if (selectedId !== null && (ids.includes(selectedId) || !seen.has(selectedId))) {
    return selectedId;
  }
  return ids[0] ?? null;
}
