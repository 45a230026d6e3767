import { describe, expect, it } from 'vitest';
import { planCellTarget, planKeyAction } from './plan-keys';

const key = (
  name: string,
  mods: Partial<Record<'ctrl' | 'alt' | 'shift' | 'meta', boolean>> = {},
) => ({
  key: name,
  ctrlKey: mods.ctrl ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  metaKey: mods.meta ?? false,
});
const inText = { isSelect: false };

describe('the work breakdown keys', () => {
  it('map the grid keys to actions', () => {
    expect(
      [
        key('Enter'),
        key('Enter', { shift: true }),
        key('ArrowDown'),
        key('ArrowUp'),
        key('Enter', { ctrl: true }),
        key('Enter', { meta: true }),
        key('ArrowRight', { alt: true }),
        key('ArrowLeft', { alt: true }),
        key('ArrowUp', { alt: true }),
        key('ArrowDown', { alt: true }),
        key('Delete', { ctrl: true }),
        key('Enter', { alt: true }),
        key('Escape'),
      ].map((event) => planKeyAction(event, inText)),
    ).toEqual([
      { type: 'focus', delta: 1 },
      { type: 'focus', delta: -1 },
      { type: 'focus', delta: 1 },
      { type: 'focus', delta: -1 },
      { type: 'add-after' },
      { type: 'add-after' },
      { type: 'indent' },
      { type: 'outdent' },
      { type: 'move', direction: 'up' },
      { type: 'move', direction: 'down' },
      { type: 'delete' },
      { type: 'details' },
      { type: 'revert' },
    ]);
  });

  it('leaves the text keys alone: arrows left/right, Ctrl+Backspace, letters; a select keeps ↑↓', () => {
    expect(
      [
        key('ArrowLeft'),
        key('ArrowRight'),
        key('Backspace', { ctrl: true }),
        key('a'),
        key('ArrowRight', { alt: true, ctrl: true }),
      ].map((event) => planKeyAction(event, inText)),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(planKeyAction(key('ArrowDown'), { isSelect: true })).toBeUndefined();
    expect(planKeyAction(key('Enter'), { isSelect: true })).toEqual({ type: 'focus', delta: 1 });
  });

  it('find the next row with the cell on the rows, skipping phases for package-only cells', () => {
    const rows = [{ phase: true }, { phase: false }, { phase: true }, { phase: false }];
    expect(planCellTarget(rows, 1, 'optimistic', 1)).toBe(3);
    expect(planCellTarget(rows, 3, 'optimistic', -1)).toBe(1);
    expect(planCellTarget(rows, 1, 'optimistic', -1)).toBeNull();
    expect(planCellTarget(rows, 3, 'optimistic', 1)).toBeNull();
    expect(planCellTarget(rows, 1, 'name', 1)).toBe(2);
    expect(planCellTarget(rows, 1, 'name', -1)).toBe(0);
  });
});
