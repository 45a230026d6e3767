import { renameSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Rect; maximized: boolean };
/** Where to open the window; x/y are always set so a saved position is honoured. */
export type WindowPlacement = Rect & { maximized: boolean };

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: extent, height: extent }),
  maximized: z.boolean(),
});

/** The saved state from its JSON text, or null when missing, damaged or implausible. */
export function parseWindowState(json: string | null | undefined): WindowState | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const result = windowStateSchema.safeParse(value);
  return result.success ? result.data : null;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function centered(size: { width: number; height: number }, area: Rect): Rect {
  const width = clamp(size.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(size.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Fits saved bounds to the displays' work areas (primary first): the window lands fully on the
 * display it overlaps most, shrunk if needed; with no saved state or no overlap (monitor
 * unplugged) it is centred on the primary display at the default size.
 */
export function fitWindowState({
  saved,
  workAreas,
}: {
  saved: WindowState | null;
  workAreas: readonly Rect[];
}): WindowPlacement {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  if (!saved) return { ...centered(DEFAULT_WINDOW_SIZE, primary), maximized: false };

  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved.bounds, area);
    if (overlap > bestArea) [best, bestArea] = [area, overlap];
  }
  if (!best) return { ...centered(saved.bounds, primary), maximized: saved.maximized };

  const width = clamp(saved.bounds.width, Math.min(MIN_WINDOW_SIZE.width, best.width), best.width);
  const height = clamp(
    saved.bounds.height,
    Math.min(MIN_WINDOW_SIZE.height, best.height),
    best.height,
  );
  return {
    x: clamp(saved.bounds.x, best.x, best.x + best.width - width),
    y: clamp(saved.bounds.y, best.y, best.y + best.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

/** Reads the saved state; a missing or damaged file means "no saved state". */
export async function readWindowState(filePath: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(filePath, 'utf8'));
  } catch {
    return null;
  }
}

/** Saves the state atomically (write, then rename), so a crash never leaves half a file. */
export async function writeWindowState(filePath: string, state: WindowState): Promise<void> {
  const temporary = `${filePath}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(state), 'utf8');
  await rename(temporary, filePath);
}

/** Synchronous twin of writeWindowState for the window's close event, when the app may exit next. */
export function writeWindowStateSync(filePath: string, state: WindowState): void {
  const temporary = `${filePath}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state), 'utf8');
  renameSync(temporary, filePath);
}
