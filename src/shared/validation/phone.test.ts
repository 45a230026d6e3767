import { describe, expect, it } from 'vitest';
import { isValidPhone } from './phone';

const check = (values: string[]) => values.map((value) => [value, isValidPhone(value)]);

describe('isValidPhone', () => {
  it('accepts German and international numbers as people type them', () => {
    const typed = [
      '+49 211 1234567',
      '0211 1234567',
      '0211/123 45-67',
      '(0211) 12345',
      '+1 (555) 123-4567',
      '+49 (0) 211 1234567',
      '+49 (0)211 1234567-89',
      '02111234567',
      '+4921112345',
      ' 0211 1234567 ',
      '0211 / 123 456',
      '123456',
      '+123456789012345',
    ];
    expect(check(typed)).toEqual(typed.map((value) => [value, true]));
  });

  it('rejects letters, misplaced plus signs and empty input', () => {
    const bad = [
      '',
      '   ',
      '0211 CALL-NOW',
      '0211 1234567 ext. 12',
      '++49 211 1234567',
      '49+ 211 1234567',
      '+49 +211 1234567',
      '0211.1234567',
      '0211 1234567#',
      'tel:+492111234567',
    ];
    expect(check(bad)).toEqual(bad.map((value) => [value, false]));
  });

  it('requires 6 to 15 digits', () => {
    expect(check(['12345', '(12) 345', '+1234567890123456', '0211 1234 5678 9012'])).toEqual([
      ['12345', false],
      ['(12) 345', false],
      ['+1234567890123456', false],
      ['0211 1234 5678 9012', false],
    ]);
  });

  it('rejects unbalanced, nested, repeated or empty parentheses', () => {
    const bad = [
      '(0211 1234567',
      '0211) 1234567',
      '((0211)) 1234567',
      '(0211) (123) 4567',
      '() 0211 1234567',
      '0211 1234567 ()',
      '(-) 0211 1234567',
      '( ) 0211 1234567',
    ];
    expect(check(bad)).toEqual(bad.map((value) => [value, false]));
  });

  it('rejects numbers that start or end with a separator', () => {
    const bad = ['-0211 1234567', '/0211 1234567', '0211 1234567-', '0211 1234567/', '+ 49'];
    expect(check(bad)).toEqual(bad.map((value) => [value, false]));
  });
});
