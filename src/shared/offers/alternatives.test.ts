import { describe, expect, it } from 'vitest';
import type { OfferLine } from '../domain';
import { makeLine } from '#test/offer-fixtures';
import {
  alternativeTargets,
  canReplace,
  checkAlternative,
  checkAlternatives,
  replacedLine,
  withAlternativeRule,
} from './alternatives';

const line = (id: string, overrides: Partial<OfferLine> = {}) =>
  makeLine({ id, originId: `o-${id}`, name: id, ...overrides });
const alt = (id: string, replaces: string, overrides: Partial<OfferLine> = {}) =>
  line(id, { kind: 'alternative', replacesOriginId: replaces, ...overrides });
const ids = (lines: readonly OfferLine[]) => lines.map((candidate) => candidate.id);

describe('alternativeTargets', () => {
  const lines = [
    line('a'),
    line('opt', { kind: 'optional' }),
    alt('alt', 'o-a'),
    line('b', { sectionId: 'section-2' }),
    line('gone', { deleted: true }),
    line('other', { offerId: 'offer-2' }),
  ];

  it('offers the live normal lines of the same offer in the given order, never the line itself', () => {
    expect(ids(alternativeTargets(lines, lines[2]))).toEqual(['a', 'b']);
    // A normal line about to become an alternative cannot replace itself either.
    expect(ids(alternativeTargets(lines, lines[0]))).toEqual(['b']);
  });

  it('without a line: every live normal line (what a row may name as its target)', () => {
    expect(ids(alternativeTargets(lines))).toEqual(['a', 'b', 'other']);
  });

  it('canReplace says the same for one pair', () => {
    expect(lines.map((target) => canReplace(target, lines[2] as OfferLine))).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});

describe('checkAlternative', () => {
  const base = line('base');
  const optional = line('opt', { kind: 'optional' });

  it('finds nothing wrong with a line that is no alternative', () => {
    expect(checkAlternative([base], base)).toBeUndefined();
    expect(checkAlternative([base], line('x', { replacesOriginId: 'o-base' }))).toBeUndefined();
  });

  it('an alternative needs a chosen target (the default is none, never the first line)', () => {
    const waiting = alt('w', '');
    expect(checkAlternative([base, waiting], waiting)).toEqual({ code: 'noTarget' });
    expect(replacedLine([base, waiting], waiting)).toBeUndefined();
  });

  it('the target must exist among the live lines of the same offer', () => {
    const a = alt('a', 'o-nowhere');
    expect(checkAlternative([base, a], a)).toEqual({ code: 'targetMissing' });
    const elsewhere = line('e', { offerId: 'offer-2' });
    const b = alt('b', 'o-e');
    expect(checkAlternative([base, elsewhere, b], b)).toEqual({ code: 'targetMissing' });
  });

  it('the target must be a normal line, not an optional, another alternative or itself', () => {
    const toOptional = alt('1', 'o-opt');
    const chained = alt('2', 'o-1');
    const itself = alt('3', 'o-3');
    const lines = [base, optional, toOptional, chained, itself];
    expect(lines.map((candidate) => checkAlternative(lines, candidate))).toEqual([
      undefined,
      undefined,
      { code: 'targetNotNormal', replaced: optional },
      { code: 'targetNotNormal', replaced: toOptional },
      { code: 'targetNotNormal', replaced: itself },
    ]);
  });

  it('a different billing only warns; the same billing is fine', () => {
    const monthly = alt('m', 'o-base', { billing: 'monthly' });
    const same = alt('s', 'o-base');
    expect(checkAlternative([base, monthly, same], monthly)).toEqual({
      code: 'billingDiffers',
      replaced: base,
    });
    expect(checkAlternative([base, monthly, same], same)).toBeUndefined();
    expect(replacedLine([base, same], same)).toBe(base);
  });

  it('deleting the replaced line leaves the alternative pointing at it; restoring mends it', () => {
    const a = alt('a', 'o-base');
    const deleted = { ...base, deleted: true };
    expect(checkAlternative([deleted, a], a)).toEqual({ code: 'targetMissing' });
    expect(a.replacesOriginId).toBe('o-base');
    expect(checkAlternative([base, a], a)).toBeUndefined();
  });

  it('moving the replaced line (another section, another position) keeps the pair', () => {
    const a = alt('a', 'o-base');
    const moved = { ...base, sectionId: 'section-2', position: 'z9' };
    expect(checkAlternative([a, moved], a)).toBeUndefined();
    expect(replacedLine([a, moved], a)).toBe(moved);
  });

  it('a changed kind of the replaced line makes the alternative wrong', () => {
    const a = alt('a', 'o-base');
    expect(checkAlternative([{ ...base, kind: 'optional' }, a], a)).toEqual({
      code: 'targetNotNormal',
      replaced: { ...base, kind: 'optional' },
    });
  });
});

describe('checkAlternatives', () => {
  it('lists every alternative with a problem in line order, skipping deleted lines', () => {
    const base = line('base');
    const lines = [
      alt('1', ''),
      base,
      alt('2', 'o-base'),
      alt('3', 'o-gone'),
      alt('4', '', { deleted: true }),
      alt('5', 'o-base', { billing: 'yearly' }),
    ];
    expect(
      checkAlternatives(lines).map(({ line: found, problem }) => [found.id, problem.code]),
    ).toEqual([
      ['1', 'noTarget'],
      ['3', 'targetMissing'],
      ['5', 'billingDiffers'],
    ]);
  });
});

describe('withAlternativeRule', () => {
  it('a line that stops being an alternative forgets its target', () => {
    expect(withAlternativeRule({ kind: 'normal' as const })).toEqual({
      kind: 'normal',
      replacesOriginId: '',
    });
    expect(withAlternativeRule({ kind: 'optional' as const, name: 'x' })).toEqual({
      kind: 'optional',
      name: 'x',
      replacesOriginId: '',
    });
  });

  it('becoming an alternative chooses nothing; other patches pass unchanged', () => {
    expect(withAlternativeRule({ kind: 'alternative' as const })).toEqual({ kind: 'alternative' });
    expect(withAlternativeRule({ replacesOriginId: 'o-a' })).toEqual({ replacesOriginId: 'o-a' });
    expect(withAlternativeRule({ quantity: '2' } as Partial<OfferLine>)).toEqual({ quantity: '2' });
  });
});
