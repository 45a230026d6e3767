import { describe, expect, it } from 'vitest';
import {
  lineAfterDelete,
  lineMoveTarget,
  planAddSection,
  planLineCommand,
  type EditorSections,
  type LineCommand,
} from './line-commands';

/** Sections in display order: `{ s1: ['a', 'b'], s2: [] }`. */
const board = (layout: Record<string, string[]>): EditorSections =>
  Object.entries(layout).map(([id, lines]) => ({
    section: { id },
    lines: lines.map((lineId) => ({ id: lineId })),
  }));

// Three sections, the middle one empty.
const sections = board({ s1: ['a', 'b', 'c'], s2: [], s3: ['d', 'e'] });
const plan = (lineId: string, command: LineCommand, column?: string, on = sections) =>
  planLineCommand({ sections: on, lineId, command, column });

describe('lineAfterDelete', () => {
  it('takes the next line, else the previous, else none', () => {
    const order = ['a', 'b', 'c'];
    expect([
      lineAfterDelete(order, 'a'),
      lineAfterDelete(order, 'b'),
      lineAfterDelete(order, 'c'),
      lineAfterDelete(['only'], 'only'),
      lineAfterDelete(order, 'unknown'),
    ]).toEqual(['b', 'c', 'b', null, null]);
  });
});

describe('add line after', () => {
  it('adds a free line right after the line, in its section, and opens its name', () => {
    expect([
      plan('a', { type: 'add-after' }, 'quantity'),
      plan('e', { type: 'add-after' }),
    ]).toEqual([
      {
        step: { kind: 'add-line', sectionId: 's1', after: 'a' },
        focus: { kind: 'cell', lineId: 'created', column: 'name' },
      },
      {
        step: { kind: 'add-line', sectionId: 's3', after: 'e' },
        focus: { kind: 'cell', lineId: 'created', column: 'name' },
      },
    ]);
  });
});

describe('duplicate', () => {
  it('copies the line (the repository places it right after) and opens the copy’s name', () => {
    expect(plan('c', { type: 'duplicate' }, 'unitPrice')).toEqual({
      step: { kind: 'duplicate', lineId: 'c' },
      focus: { kind: 'cell', lineId: 'created', column: 'name' },
    });
  });
});

describe('details', () => {
  it('opens the drawer and leaves the focus alone', () => {
    expect(plan('b', { type: 'details' })).toEqual({ step: { kind: 'details', lineId: 'b' } });
  });
});

describe('delete', () => {
  const focusAfter = (lineId: string, on = sections) =>
    plan(lineId, { type: 'delete' }, 'quantity', on)?.focus;

  it('deletes the line and hands the focused column to the next line', () => {
    expect(plan('a', { type: 'delete' }, 'quantity')).toEqual({
      step: { kind: 'delete', lineId: 'a' },
      focus: { kind: 'cell', lineId: 'b', column: 'quantity' },
    });
  });

  it('the last line of a section hands on to the next section’s first line, past empty ones', () => {
    expect(focusAfter('c')).toEqual({ kind: 'cell', lineId: 'd', column: 'quantity' });
  });

  it('the offer’s last line hands back to the previous line', () => {
    expect(focusAfter('e')).toEqual({ kind: 'cell', lineId: 'd', column: 'quantity' });
    // Across sections too: the only line of the last section goes back to the one before.
    expect(focusAfter('x', board({ s1: ['a'], s2: [], s3: ['x'] }))).toEqual({
      kind: 'cell',
      lineId: 'a',
      column: 'quantity',
    });
  });

  it('the offer’s only line hands the focus to its section’s catalog picker', () => {
    expect(focusAfter('only', board({ s1: [], s2: ['only'], s3: [] }))).toEqual({
      kind: 'add-line-controls',
      sectionId: 's2',
    });
  });

  it('without a focused column the name takes the focus', () => {
    expect(plan('a', { type: 'delete' })?.focus).toEqual({
      kind: 'cell',
      lineId: 'b',
      column: 'name',
    });
  });
});

describe('move up and down', () => {
  const to = (lineId: string, direction: 'up' | 'down', on = sections) =>
    plan(lineId, { type: 'move', direction }, 'unit', on)?.step;

  it('swaps with the neighbour inside a section and keeps the focused column', () => {
    expect(plan('b', { type: 'move', direction: 'up' }, 'unit')).toEqual({
      step: { kind: 'move', lineId: 'b', to: { sectionId: 's1', after: undefined, before: 'a' } },
      focus: { kind: 'cell', lineId: 'b', column: 'unit' },
    });
    expect(to('b', 'down')).toEqual({
      kind: 'move',
      lineId: 'b',
      to: { sectionId: 's1', after: 'c', before: undefined },
    });
    expect(to('a', 'down')).toEqual({
      kind: 'move',
      lineId: 'a',
      to: { sectionId: 's1', after: 'b', before: 'c' },
    });
    expect(to('c', 'up')).toEqual({
      kind: 'move',
      lineId: 'c',
      to: { sectionId: 's1', after: 'a', before: 'b' },
    });
  });

  it('at a section’s edge the line moves on into the neighbouring section, an empty one too', () => {
    // Down from the last line of s1: into the empty s2.
    expect(to('c', 'down')).toEqual({
      kind: 'move',
      lineId: 'c',
      to: { sectionId: 's2', before: undefined },
    });
    // Up from the first line of s3: into the empty s2.
    expect(to('d', 'up')).toEqual({ kind: 'move', lineId: 'd', to: { sectionId: 's2' } });
    // Between two filled sections: the end of the one above, the start of the one below.
    const two = board({ s1: ['a', 'b'], s3: ['d', 'e'] });
    expect([to('d', 'up', two), to('b', 'down', two)]).toEqual([
      { kind: 'move', lineId: 'd', to: { sectionId: 's1', after: 'b' } },
      { kind: 'move', lineId: 'b', to: { sectionId: 's3', before: 'd' } },
    ]);
  });

  it('the offer’s first line does not move up, its last not down (nothing to do)', () => {
    expect([to('a', 'up'), to('e', 'down')]).toEqual([undefined, undefined]);
    expect(to('only', 'up', board({ s1: ['only'] }))).toBeUndefined();
  });

  it('lineMoveTarget is the same place without the plan around it', () => {
    expect(lineMoveTarget(sections, 'e', 'up')).toEqual({
      sectionId: 's3',
      after: undefined,
      before: 'd',
    });
    expect(lineMoveTarget(sections, 'missing', 'up')).toBeUndefined();
  });
});

describe('move to another section (a drop)', () => {
  it('moves to the dropped place and leaves the focus where the pointer is', () => {
    const to = { sectionId: 's2', after: undefined, before: undefined };
    expect(plan('a', { type: 'move-to', to })).toEqual({
      step: { kind: 'move', lineId: 'a', to },
    });
    const between = { sectionId: 's3', after: 'd', before: 'e' };
    expect(plan('b', { type: 'move-to', to: between })?.step).toEqual({
      kind: 'move',
      lineId: 'b',
      to: between,
    });
  });
});

describe('a line not shown', () => {
  it('plans nothing for a key command (the row is gone)', () => {
    const commands: LineCommand[] = [
      { type: 'add-after' },
      { type: 'duplicate' },
      { type: 'delete' },
      { type: 'move', direction: 'down' },
    ];
    expect(commands.map((command) => plan('gone', command))).toEqual(commands.map(() => undefined));
  });
});

describe('add section', () => {
  it('adds a section titled in the offer’s language after the last one and opens its title', () => {
    expect(planAddSection({ sections, language: 'de' })).toEqual({
      step: { kind: 'add-section', title: 'Neuer Abschnitt', after: 's3' },
      focus: { kind: 'section-title', sectionId: 'created' },
    });
    expect(planAddSection({ sections: [], language: 'en' }).step).toEqual({
      kind: 'add-section',
      title: 'New section',
      after: undefined,
    });
  });
});
