import { describe, expect, it } from 'vitest';
import { SYNCED_FIELDS, checkChange } from './synced-fields';

describe("an activity's follow-up fields sync", () => {
  const change = (field: string, value: unknown) =>
    checkChange({ table: 'activities', id: 'a1', field, value })?.reason ?? 'ok';

  it('are known to the registry', () => {
    expect(Object.keys(SYNCED_FIELDS.activities)).toEqual(
      expect.arrayContaining(['contactId', 'nextStep', 'dueDate', 'completedAt']),
    );
  });

  it('accept their stored forms ("" for none) and refuse other types', () => {
    expect([
      change('contactId', 'k1'),
      change('contactId', ''),
      change('nextStep', 'Angebot nachfassen'),
      change('dueDate', '2026-12-14'),
      change('dueDate', ''),
      change('completedAt', '2026-12-07'),
      change('completedAt', ''),
    ]).toEqual(Array(7).fill('ok'));
    expect([
      change('contactId', 7),
      change('nextStep', ['x']),
      change('dueDate', 20261214),
      change('completedAt', true),
    ]).toEqual(Array(4).fill('invalid-value'));
  });
});
