import { describe, expect, it } from 'vitest';
import { documentFileName } from './types';

describe('documentFileName', () => {
  it('names files by number, revision and client, safe for every file system', () => {
    expect([
      documentFileName({
        number: 'A-2026-0042',
        revision: 2,
        clientName: 'Kunde',
        extension: 'xlsx',
      }),
      documentFileName({
        number: 'A-2026-0042',
        revision: 1,
        clientName: 'Brandt & Söhne: Werk 2/3',
        extension: 'docx',
      }),
      documentFileName({ number: 'A-1', revision: 1, clientName: '', extension: 'pdf' }),
    ]).toEqual([
      'A-2026-0042-r2 Kunde.xlsx',
      'A-2026-0042 Brandt & Söhne Werk 2 3.docx',
      'A-1.pdf',
    ]);
  });
});
