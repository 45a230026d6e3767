import { describe, expect, it } from 'vitest';
import { documentPositionNumbers, positionNumbers } from './positions';

describe('positionNumbers', () => {
  it('numbers lines section.line in the editor order, without gaps, skipping deleted rows', () => {
    const sections = [
      { id: 'b', position: 'a1' },
      { id: 'gone', position: 'a0', deleted: true },
      { id: 'a', position: 'a0' },
    ];
    const lines = [
      { id: 'a2', sectionId: 'a', position: 'a2' },
      { id: 'a1', sectionId: 'a', position: 'a1' },
      { id: 'ax', sectionId: 'a', position: 'a1V', deleted: true },
      { id: 'a3', sectionId: 'a', position: 'a3' },
      { id: 'b1', sectionId: 'b', position: 'a0' },
      { id: 'g1', sectionId: 'gone', position: 'a0' },
    ];
    expect([...positionNumbers({ sections, lines })]).toEqual([
      ['a1', '1.1'],
      ['a2', '1.2'],
      ['a3', '1.3'],
      ['b1', '2.1'],
    ]);
  });

  it("numbers a document's lines in their given order", () => {
    expect([
      ...documentPositionNumbers([
        { lines: [{ id: 'x' }, { id: 'y' }] },
        { lines: [] },
        { lines: [{ id: 'z' }] },
      ]),
    ]).toEqual([
      ['x', '1.1'],
      ['y', '1.2'],
      ['z', '3.1'],
    ]);
  });
});
