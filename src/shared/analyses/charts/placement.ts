import { dropLegalForm, splitInTwo, truncateText } from './text';
import type { Measure } from './text';

/** A rectangle in canvas pixels. */
export type Box = { left: number; top: number; right: number; bottom: number };

/** A drawn bubble: its centre and radius in canvas pixels. */
export type Bubble = { x: number; y: number; r: number };

export type LabelPosition =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left';

/** Where a bubble's name is drawn: its lines (left-aligned) and their box. */
export type PlacedLabel = {
  /** The bubble's index in the list given to placeBubbleLabels. */
  index: number;
  /** One line, or two where the name is wrapped. */
  lines: string[];
  box: Box;
  position: LabelPosition;
  /** Line heights between the bubble and its label: above 0 a leader line ties them. */
  distance: number;
  /** False only where no free place was left: then the label overlaps the least it can. */
  free: boolean;
};

export type PlacementOptions = {
  /** The chart area: every label stays inside it. */
  area: Box;
  measure: Measure;
  /** The height of a label's box (the font's line height). */
  lineHeight: number;
  /** Space between a bubble and its label, and kept free around every label. */
  gap?: number;
  /** Further boxes no label may cover (the quadrant names of a portfolio). */
  obstacles?: readonly Box[];
  /** The shortest a name is cut to, with an ellipsis, before labels may overlap. */
  minWidth?: number;
};

/** The order in which the places around a bubble are tried. */
export const LABEL_POSITIONS: readonly LabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

function boxAt(
  bubble: Bubble,
  position: LabelPosition,
  width: number,
  height: number,
  gap: number,
): Box {
  const { x, y, r } = bubble;
  // Diagonal places touch the bubble at 45°.
  const d = r * Math.SQRT1_2 + gap / 2;
  let left: number;
  let top: number;
  switch (position) {
    case 'right':
      left = x + r + gap;
      top = y - height / 2;
      break;
    case 'left':
      left = x - r - gap - width;
      top = y - height / 2;
      break;
    case 'above':
      left = x - width / 2;
      top = y - r - gap - height;
      break;
    case 'below':
      left = x - width / 2;
      top = y + r + gap;
      break;
    case 'above-right':
      left = x + d;
      top = y - d - height;
      break;
    case 'below-right':
      left = x + d;
      top = y + d;
      break;
    case 'above-left':
      left = x - d - width;
      top = y - d - height;
      break;
    case 'below-left':
      left = x - d - width;
      top = y + d;
      break;
  }
  return { left, top, right: left + width, bottom: top + height };
}

const inside = (box: Box, area: Box) =>
  box.left >= area.left &&
  box.right <= area.right &&
  box.top >= area.top &&
  box.bottom <= area.bottom;

/** The area two boxes share (0 when they only touch or are apart). */
function sharedArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether two boxes come closer than `margin`. */
export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return (
    a.left < b.right + margin &&
    b.left < a.right + margin &&
    a.top < b.bottom + margin &&
    b.top < a.bottom + margin
  );
}

/** Whether a box and a bubble (a circle) overlap. */
export function boxHitsBubble(box: Box, bubble: Bubble): boolean {
  const nearestX = Math.min(Math.max(bubble.x, box.left), box.right);
  const nearestY = Math.min(Math.max(bubble.y, box.top), box.bottom);
  return (nearestX - bubble.x) ** 2 + (nearestY - bubble.y) ** 2 < bubble.r * bubble.r;
}

/** A box moved (not resized) into the area, as far as it is not larger than the area. */
function clampInto(box: Box, area: Box): Box {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const left = Math.max(area.left, Math.min(box.left, area.right - width));
  const top = Math.max(area.top, Math.min(box.top, area.bottom - height));
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * The forms a bubble's name may take, preferred first: as given; without its legal form; that
 * in two lines; a company's first word ("Nordlicht IT-Beratung GmbH" → "Nordlicht"); cut to
 * minWidth with an ellipsis.
 */
export function labelVariants(name: string, measure: Measure, minWidth: number): string[][] {
  const short = dropLegalForm(name);
  const words = short.split(/\s+/);
  const variants: string[][] = [[name], [short]];
  if (words.length > 1) variants.push(splitInTwo(short, measure));
  if (short !== name && words.length > 1 && (words[0] ?? '').length >= 3) {
    variants.push([words[0] as string]);
  }
  variants.push([truncateText(short, minWidth, measure)]);
  const seen = new Set<string>();
  return variants.filter((lines) => {
    const key = lines.join('\n');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How far (in line heights) a label may move away from its bubble, tied to it by a line. */
const DISTANCES = [0, 1, 2, 3, 4] as const;

/**
 * Places a name beside each bubble, deterministically. In rounds, each over the bubbles not yet
 * labelled in the order given, the first place is taken that lies in the chart area and
 * overlaps no bubble, no label placed before and no obstacle: first at the bubble, then one to
 * four line heights away (tied to it by a leader line), each time for the forms of the
 * name (labelVariants, longest first) at the places right, left, above, below and the four
 * diagonals; then the name cut with "…" at any of these distances. So a crowded bubble's name
 * moves away only after every name that fits at its bubble is placed there. Where nothing is
 * free the shortest form goes where it overlaps least, still inside the area.
 */
export function placeBubbleLabels(
  bubbles: readonly Bubble[],
  names: readonly string[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { area, measure, lineHeight } = options;
  const gap = options.gap ?? 3;
  const obstacles = options.obstacles ?? [];
  const minWidth = options.minWidth ?? 60;
  const placed: PlacedLabel[] = [];
  const cost = (box: Box) =>
    placed.reduce((sum, label) => sum + 4 * sharedArea(box, label.box), 0) +
    obstacles.reduce((sum, obstacle) => sum + 2 * sharedArea(box, obstacle), 0) +
    bubbles.reduce((sum, bubble) => sum + (boxHitsBubble(box, bubble) ? bubble.r * 4 : 0), 0);
  const free = (box: Box) =>
    inside(box, area) &&
    placed.every((label) => !boxesOverlap(box, label.box, gap)) &&
    obstacles.every((obstacle) => !boxesOverlap(box, obstacle, gap)) &&
    bubbles.every((bubble) => !boxHitsBubble(box, bubble));
  const pending = bubbles
    .map((bubble, index) => ({ bubble, index, name: (names[index] ?? '').trim() }))
    .filter((entry) => entry.name !== '')
    .map((entry) => {
      const variants = labelVariants(entry.name, measure, minWidth);
      const cut = variants.length > 1 ? variants.slice(-1) : [];
      return { ...entry, variants, whole: variants.slice(0, variants.length - cut.length), cut };
    });
  type Entry = (typeof pending)[number];
  const attempt = (entry: Entry, forms: string[][], distances: readonly number[]) => {
    for (const distance of distances) {
      for (const lines of forms) {
        const width = Math.max(...lines.map(measure));
        const height = lines.length * lineHeight;
        for (const position of LABEL_POSITIONS) {
          const box = boxAt(entry.bubble, position, width, height, gap + distance * lineHeight);
          if (free(box)) {
            const label: PlacedLabel = {
              index: entry.index,
              lines,
              box,
              position,
              distance,
              free: true,
            };
            return label;
          }
        }
      }
    }
    return null;
  };
  const rounds: ((entry: Entry) => PlacedLabel | null)[] = [
    ...DISTANCES.map((distance) => (entry: Entry) => attempt(entry, entry.whole, [distance])),
    (entry) => attempt(entry, entry.cut, DISTANCES),
  ];
  const done = new Set<number>();
  for (const round of rounds) {
    for (const entry of pending) {
      if (done.has(entry.index)) continue;
      const label = round(entry);
      if (label) {
        placed.push(label);
        done.add(entry.index);
      }
    }
  }
  for (const entry of pending) {
    if (done.has(entry.index)) continue;
    const lines = (entry.variants[entry.variants.length - 1] as string[]).map((line) =>
      truncateText(line, area.right - area.left, measure),
    );
    const width = Math.max(...lines.map(measure));
    let chosen: PlacedLabel | null = null;
    let best = Infinity;
    for (const position of LABEL_POSITIONS) {
      const box = clampInto(
        boxAt(entry.bubble, position, width, lines.length * lineHeight, gap),
        area,
      );
      const value = cost(box);
      if (value < best) {
        best = value;
        chosen = { index: entry.index, lines, box, position, distance: 0, free: false };
      }
    }
    if (chosen) placed.push(chosen);
  }
  return placed.sort((a, b) => a.index - b.index);
}
