import { describe, expect, it } from 'vitest';
import { encodeIssue } from '#shared/validation/issue-message';
import { ValidationError } from '#data';
import { fieldIssues, issueText, planErrorText } from './plan-issues';

const t = (key: string, options?: Record<string, unknown>) =>
  `${key}${options && Object.keys(options).length > 0 ? ` ${JSON.stringify(options)}` : ''}`;

describe('refusals at the field', () => {
  it('reads the field, the key and the values of a refused write, first issue per field', () => {
    const error = new ValidationError([
      {
        code: 'custom',
        path: ['predecessorId'],
        message: 'planning.validation.cycle',
        params: { cycle: '1.1 A → 1.2 B → 1.1 A' },
        input: undefined,
      },
      {
        code: 'custom',
        path: [1, 'percent'],
        message: encodeIssue('validation.tooBig', { max: 100 }),
        input: undefined,
      },
      { code: 'custom', path: ['predecessorId'], message: 'validation.invalid', input: undefined },
    ]);
    expect(fieldIssues(error)).toEqual({
      predecessorId: {
        key: 'planning.validation.cycle',
        params: { cycle: '1.1 A → 1.2 B → 1.1 A' },
      },
      '1.percent': { key: 'validation.tooBig', params: { max: 100 } },
    });
    expect(fieldIssues(new Error('disk full'))).toBeNull();
  });

  it("translates the app's and the modules' validation keys, nothing else", () => {
    expect(issueText(t, { key: 'planning.validation.paymentSum', params: { sum: '90' } })).toBe(
      'planning.validation.paymentSum {"sum":"90"}',
    );
    expect(issueText(t, { key: 'validation.negative', params: {} })).toBe('validation.negative');
    expect(issueText(t, { key: 'Some raw text', params: {} })).toBe('validation.invalid');
  });

  it('gives a notification the sentence of a refused plan write, nothing for other errors', () => {
    const error = new ValidationError([
      {
        code: 'custom',
        path: ['parentId'],
        message: 'planning.validation.moveIntoItself',
        input: undefined,
      },
    ]);
    expect(planErrorText(error, t)).toBe('planning.validation.moveIntoItself');
    expect(planErrorText(new Error('disk full'), t)).toBeUndefined();
  });
});
