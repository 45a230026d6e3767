import { describe, expect, it } from 'vitest';
import { checkChange } from './synced-fields';

describe("the company profile's legal details sync", () => {
  it('accepts the new optional fields as text and refuses other types', () => {
    const change = (field: string, value: unknown) =>
      checkChange({ table: 'settings', id: 'company', field, value });
    expect(
      ['legalForm', 'registeredSeat', 'supervisoryBoardChair'].map((field) =>
        change(field, 'Hamburg'),
      ),
    ).toEqual([undefined, undefined, undefined]);
    expect(change('registeredSeat', 42)?.reason).toBe('invalid-value');
  });
});
