import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowState } from './window-state';
import {
  fitWindowState,
  parseWindowState,
  readWindowState,
  writeWindowState,
  writeWindowStateSync,
} from './window-state';

const fullHd = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a valid state', () => {
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{bounds'],
    ['an array', '[]'],
    ['no maximized flag', '{"bounds":{"x":0,"y":0,"width":800,"height":600}}'],
    ['zero width', '{"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}'],
    ['fractional', '{"bounds":{"x":0.5,"y":0,"width":900,"height":600},"maximized":false}'],
    ['absurd', '{"bounds":{"x":1e9,"y":0,"width":900,"height":600},"maximized":false}'],
    ['strings', '{"bounds":{"x":"0","y":0,"width":900,"height":600},"maximized":false}'],
  ])('returns null when %s', (_label, json) => {
    expect(parseWindowState(json)).toBeNull();
  });
});

describe('fitWindowState', () => {
  it('centres the default 1280×800 window on the primary display without saved state', () => {
    expect(fitWindowState({ saved: null, workAreas: [fullHd, rightMonitor] })).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks the default window to a small screen', () => {
    const small = { x: 0, y: 25, width: 1024, height: 743 };
    expect(fitWindowState({ saved: null, workAreas: [small] })).toEqual({
      x: 0,
      y: 25,
      width: 1024,
      height: 743,
      maximized: false,
    });
  });

  it('keeps bounds that fit', () => {
    const saved: WindowState = {
      bounds: { x: 2000, y: 100, width: 1400, height: 900 },
      maximized: true,
    };
    expect(fitWindowState({ saved, workAreas: [fullHd, rightMonitor] })).toEqual({
      ...saved.bounds,
      maximized: true,
    });
  });

  it('pulls a window hanging off the edge back onto the display it mostly covers', () => {
    const saved: WindowState = {
      bounds: { x: 1500, y: -50, width: 1000, height: 700 },
      maximized: false,
    };
    expect(fitWindowState({ saved, workAreas: [fullHd, rightMonitor] })).toEqual({
      x: 1920,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('recentres on the primary display when the saved monitor is gone', () => {
    const saved: WindowState = {
      bounds: { x: 3000, y: 200, width: 1200, height: 700 },
      maximized: false,
    };
    expect(fitWindowState({ saved, workAreas: [fullHd] })).toEqual({
      x: 360,
      y: 170,
      width: 1200,
      height: 700,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display, but not below the minimum size', () => {
    const saved: WindowState = {
      bounds: { x: 0, y: 0, width: 5000, height: 300 },
      maximized: false,
    };
    expect(fitWindowState({ saved, workAreas: [fullHd] })).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 560,
      maximized: false,
    });
  });

  it('falls back to a default area when no display is reported', () => {
    expect(fitWindowState({ saved: null, workAreas: [] })).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });
});

describe('window state persistence', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quotient-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes and reads back a state', async () => {
    const file = join(dir, 'window-state.json');
    const state: WindowState = {
      bounds: { x: 1, y: 2, width: 900, height: 600 },
      maximized: false,
    };
    await writeWindowState(file, state);
    expect(await readWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('writes synchronously too, replacing the old state', async () => {
    const file = join(dir, 'window-state.json');
    const first: WindowState = {
      bounds: { x: 1, y: 2, width: 900, height: 600 },
      maximized: false,
    };
    const second: WindowState = {
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      maximized: true,
    };
    await writeWindowState(file, first);
    writeWindowStateSync(file, second);
    expect(await readWindowState(file)).toEqual(second);
  });

  it('treats a missing or damaged file as no state', async () => {
    expect(await readWindowState(join(dir, 'missing.json'))).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{"bounds":', 'utf8');
    expect(await readWindowState(join(dir, 'bad.json'))).toBeNull();
  });
});
