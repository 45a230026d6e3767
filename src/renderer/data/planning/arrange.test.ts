import { describe, expect, it } from 'vitest';
import { arrangePositions } from './arrange';

const row = (id: string, position: string, deleted = false) => ({ id, position, deleted });
const sorted = (
  rows: { id: string; position: string; deleted: boolean }[],
  result: Map<string, string>,
  ids: string[],
) => {
  const positions = new Map(rows.filter((r) => !r.deleted).map((r) => [r.id, r.position]));
  for (const [id, position] of result) positions.set(id, position);
  return ids.sort((a, b) => ((positions.get(a) ?? '') < (positions.get(b) ?? '') ? -1 : 1));
};

describe('arrangePositions', () => {
  it('places a new id between its neighbours without moving stored rows', () => {
    const rows = [row('a', 'a0'), row('c', 'a2')];
    const result = arrangePositions(rows, ['a', 'b', 'c']);
    expect([...result.keys()]).toEqual(['b']);
    expect(sorted(rows, result, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('puts new ids first before the first owned row, and past deleted rows at the end', () => {
    const rows = [row('x', 'Zz'), row('a', 'a0'), row('gone', 'a5', true)];
    const result = arrangePositions(rows, ['n', 'a', 'm']);
    expect([...result.keys()].sort()).toEqual(['m', 'n']);
    expect(result.get('n')! < 'a0' && result.get('n')! > 'Zz').toBe(true);
    expect(result.get('m')! > 'a5').toBe(true);
  });

  it('reorders the owned rows in their places, leaving the others where they are', () => {
    const rows = [row('a', 'a0'), row('x', 'a1'), row('b', 'a2')];
    const result = arrangePositions(rows, ['b', 'a']);
    expect(sorted(rows, result, ['a', 'x', 'b'])).toEqual(['b', 'x', 'a']);
  });

  it('gives every row a fresh key when two neighbours share one', () => {
    const rows = [row('a', 'a0'), row('b', 'a0')];
    const result = arrangePositions(rows, ['a', 'n', 'b']);
    expect(sorted(rows, result, ['a', 'n', 'b'])).toEqual(['a', 'n', 'b']);
    expect(new Set(['a', 'n', 'b'].map((id) => result.get(id) ?? 'a0')).size).toBe(3);
  });

  it('changes nothing when everything is in order', () => {
    expect(arrangePositions([row('a', 'a0'), row('b', 'a1')], ['a', 'b']).size).toBe(0);
  });
});
