import { describe, expect, it } from 'vitest';
import {
  blankLeadForm,
  clearLeadDraft,
  DRAFT_MAX_AGE_MS,
  draftKey,
  hasLeadInput,
  loadLeadDraft,
  saveLeadDraft,
  type DraftStorage,
  type LeadDraft,
} from './lead-draft';

const memoryStorage = () => {
  const items = new Map<string, string>();
  const storage: DraftStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  return { items, storage };
};

const savedAt = Date.parse('2026-11-28T10:00:00Z');
const draft: LeadDraft = {
  form: {
    ...blankLeadForm('2026-12-02'),
    firstName: 'Jana',
    lastName: 'Schulz',
    email: 'jana@example.com',
    interestItemIds: ['item-1'],
    interestCategories: ['service'],
    rating: 'hot',
  },
  newsletterOptIn: true,
  noticeShownAt: '2026-11-28T09:58:00.000Z',
  savedAt,
};

describe('lead draft', () => {
  it('restores what was saved for the same deck only', () => {
    const { storage } = memoryStorage();
    saveLeadDraft(storage, 'deck-a', draft);
    expect(loadLeadDraft(storage, 'deck-a', savedAt + 60_000)).toEqual({
      kind: 'restored',
      draft,
    });
    expect(loadLeadDraft(storage, 'deck-b', savedAt + 60_000)).toEqual({ kind: 'none' });
  });

  it('drops a draft older than the limit unseen and reports it', () => {
    const { storage, items } = memoryStorage();
    saveLeadDraft(storage, 'deck-a', draft);
    expect(loadLeadDraft(storage, 'deck-a', savedAt + DRAFT_MAX_AGE_MS + 1)).toEqual({
      kind: 'expired',
      savedAt,
    });
    expect(items.has(draftKey('deck-a'))).toBe(false);
    expect(loadLeadDraft(storage, 'deck-a', savedAt + DRAFT_MAX_AGE_MS + 2)).toEqual({
      kind: 'none',
    });
  });

  it('keeps a draft exactly at the limit', () => {
    const { storage } = memoryStorage();
    saveLeadDraft(storage, 'deck-a', draft);
    expect(loadLeadDraft(storage, 'deck-a', savedAt + DRAFT_MAX_AGE_MS).kind).toBe('restored');
  });

  it('deletes an unreadable or malformed draft silently', () => {
    const { storage, items } = memoryStorage();
    for (const text of [
      '{not json',
      'null',
      JSON.stringify({ ...draft, savedAt: 'yesterday' }),
      JSON.stringify({ ...draft, form: { ...draft.form, rating: 'lukewarm' } }),
      JSON.stringify({ ...draft, form: { ...draft.form, interestItemIds: [1] } }),
    ]) {
      items.set(draftKey('deck-a'), text);
      expect(loadLeadDraft(storage, 'deck-a', savedAt)).toEqual({ kind: 'none' });
      expect(items.has(draftKey('deck-a'))).toBe(false);
    }
  });

  it('clears and survives a storage that throws', () => {
    const { storage, items } = memoryStorage();
    saveLeadDraft(storage, 'deck-a', draft);
    clearLeadDraft(storage, 'deck-a');
    expect(items.size).toBe(0);
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => saveLeadDraft(broken, 'deck-a', draft)).not.toThrow();
    expect(() => clearLeadDraft(broken, 'deck-a')).not.toThrow();
    expect(loadLeadDraft(broken, 'deck-a', savedAt)).toEqual({ kind: 'none' });
  });

  it('counts typed input, not the defaults, as input', () => {
    const defaults = blankLeadForm('2026-12-02');
    expect(hasLeadInput({ form: defaults, newsletterOptIn: false }, defaults)).toBe(false);
    expect(
      hasLeadInput({ form: { ...defaults, note: '  ' }, newsletterOptIn: false }, defaults),
    ).toBe(false);
    expect(
      hasLeadInput({ form: { ...defaults, phone: '0' }, newsletterOptIn: false }, defaults),
    ).toBe(true);
    expect(hasLeadInput({ form: defaults, newsletterOptIn: true }, defaults)).toBe(true);
    expect(
      hasLeadInput({ form: { ...defaults, rating: 'cold' }, newsletterOptIn: false }, defaults),
    ).toBe(true);
    expect(
      hasLeadInput(
        { form: { ...defaults, interestCategories: ['service'] }, newsletterOptIn: false },
        defaults,
      ),
    ).toBe(true);
  });
});
