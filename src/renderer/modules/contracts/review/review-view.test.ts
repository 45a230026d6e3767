import { describe, expect, it } from 'vitest';
import {
  defaultRedlinePair,
  formatInstant,
  revisionStage,
  reviewActions,
  shortHash,
} from './review-view';

const HASH = 'ab'.repeat(32);
const editing = { contentHash: '', signedPdfSha256: '' };
const frozen = { contentHash: HASH, signedPdfSha256: '' };
const signed = { contentHash: HASH, signedPdfSha256: 'cd'.repeat(32) };

describe('reviewActions', () => {
  it('offers the moves of the status machine, signing only for a frozen unsigned revision', () => {
    expect(reviewActions('draft', editing)).toEqual([
      { kind: 'move', to: 'in-review' },
      { kind: 'move', to: 'sent' },
    ]);
    expect(reviewActions('in-review', editing)).toEqual([
      { kind: 'move', to: 'draft' },
      { kind: 'move', to: 'sent' },
    ]);
    expect(reviewActions('sent', frozen)).toEqual([
      { kind: 'sign' },
      { kind: 'move', to: 'draft' },
    ]);
    expect(reviewActions('signed', signed)).toEqual([{ kind: 'terminate' }]);
    expect(reviewActions('terminated', signed)).toEqual([]);
  });

  it('does not offer signing while the revision is not loaded, not frozen or already signed', () => {
    expect(reviewActions('sent', undefined)).toEqual([{ kind: 'move', to: 'draft' }]);
    expect(reviewActions('sent', editing)).toEqual([{ kind: 'move', to: 'draft' }]);
    expect(reviewActions('sent', signed)).toEqual([{ kind: 'move', to: 'draft' }]);
  });
});

describe('revisions', () => {
  it('tells the stage of a revision and shortens its hash', () => {
    expect([editing, frozen, signed].map(revisionStage)).toEqual(['editing', 'frozen', 'signed']);
    expect(shortHash(HASH)).toBe('abababababab');
  });

  it('opens the redline on the two newest live revisions, by number', () => {
    expect(defaultRedlinePair([{ id: 'r1', number: 1, deleted: false }])).toBeNull();
    expect(
      defaultRedlinePair([
        { id: 'r3', number: 3, deleted: false },
        { id: 'r1', number: 1, deleted: false },
        { id: 'r4', number: 4, deleted: true },
        { id: 'r2', number: 2, deleted: false },
      ]),
    ).toEqual({ from: 'r2', to: 'r3' });
  });

  it('formats an instant as a local day and time, and nothing for none', () => {
    expect(formatInstant('', 'de')).toBe('');
    expect(formatInstant('not a time', 'en')).toBe('');
    const shown = formatInstant('2027-03-04T10:15:00.000Z', 'de');
    expect(shown).toMatch(/^0[3-5]\.03\.2027, \d{2}:\d{2}$/);
  });
});
