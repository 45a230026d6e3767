import { describe, expect, it } from 'vitest';
import { fileNameProblem, toSafeFileName } from './file-name';

describe('fileNameProblem', () => {
  it.each(['Angebot 2026-001.xlsx', 'Müller & Söhne – Vertrag.docx', '.hidden', 'a'.repeat(200)])(
    'accepts %j',
    (name) => {
      expect(fileNameProblem(name)).toBeNull();
    },
  );

  it.each([
    ['', 'must not be empty'],
    ['a/b', 'must not contain path separators (/ or \\)'],
    ['con', 'must not be a reserved device name (CON, NUL, COM1, …)'],
    ['LPT1.docx', 'must not be a reserved device name (CON, NUL, COM1, …)'],
    ['tab\there', 'must not contain control characters'],
    ['x.txt ', 'must not start or end with whitespace'],
  ])('rejects %j', (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });
});

describe('toSafeFileName', () => {
  it.each([
    ['Angebot Müller / Berlin: v2.xlsx', 'Angebot Müller _ Berlin_ v2.xlsx'],
    ['  spaced\n\tout  .docx', 'spaced out .docx'],
    ['trailing dots...', 'trailing dots'],
    ['', 'export'],
    ['///', 'export'],
    ['..', 'export'],
    ['nul.txt', '_nul.txt'],
  ])('%j → %j', (input, output) => {
    expect(toSafeFileName(input)).toBe(output);
    expect(fileNameProblem(toSafeFileName(input))).toBeNull();
  });

  it('uses the given fallback', () => {
    expect(toSafeFileName('?', 'Angebot.xlsx')).toBe('Angebot.xlsx');
  });

  it('shortens long names to 200 characters and keeps the extension', () => {
    const safe = toSafeFileName(`${'x'.repeat(300)}.xlsx`);
    expect(safe).toBe(`${'x'.repeat(195)}.xlsx`);
    expect(fileNameProblem(safe)).toBeNull();
  });

  it('never cuts an emoji in half', () => {
    const safe = toSafeFileName(`${'x'.repeat(194)}😀😀.xlsx`);
    expect(safe).toBe(`${'x'.repeat(194)}.xlsx`);
  });
});
