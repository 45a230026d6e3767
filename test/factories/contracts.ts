// Test factories for contracts (issue 13): signature images, signing input, SLA rows, clauses.
import { encode } from '@cantoo/pdf-lib/upng';
import type { ContractClauseInput, SlaRow } from '../../src/shared/domain/contracts';

/** A PNG of `width` × `height` on a transparent ground with a wavy stroke in dark blue (`ink`: false = blank). */
export function makeSignaturePng({
  width = 400,
  height = 140,
  ink = true,
}: { width?: number; height?: number; ink?: boolean } = {}): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  if (ink) {
    for (let x = 10; x < width - 10; x += 1) {
      const y = Math.round(height / 2 + Math.sin(x / 12) * (height / 4));
      for (let dy = -2; dy <= 2; dy += 1) data.set([20, 40, 140, 255], ((y + dy) * width + x) * 4);
    }
  }
  return new Uint8Array(encode([data.buffer], width, height, 0));
}

/** One signature as `repos.contracts.sign` takes it; override any field. */
export function makeSignatureDraft(
  role: 'company' | 'client',
  overrides: Partial<{
    name: string;
    function: string;
    place: string;
    date: string;
    signedAt: string;
    png: Uint8Array;
    strokePoints: number;
  }> = {},
) {
  return {
    role,
    name: role === 'company' ? 'Max Mustermann' : 'Erika Beispiel',
    function: role === 'company' ? 'Geschäftsführer' : 'Leiterin IT',
    place: 'Düsseldorf',
    date: '2027-03-04',
    signedAt: '2027-03-04T10:15:00.000Z',
    png: makeSignaturePng(),
    strokePoints: 180,
    ...overrides,
  };
}

/** What `sign` takes: both parties' signatures and the signed PDF's bytes; override any field. */
export function makeSignInput(
  overrides: Partial<{
    signatures: ReturnType<typeof makeSignatureDraft>[];
    signedPdf: Uint8Array;
    device: string;
    appVersion: string;
  }> = {},
) {
  return {
    signatures: [makeSignatureDraft('company'), makeSignatureDraft('client')],
    signedPdf: new TextEncoder().encode('%PDF-1.7 signed contract with audit page'),
    device: 'Windows 11 · Surface Pro 9',
    appVersion: '1.0.0',
    ...overrides,
  };
}

/** A valid SLA response table of three priorities; override rows by index. */
export function makeSlaRows(overrides: Partial<SlaRow>[] = []): SlaRow[] {
  const rows: SlaRow[] = [
    {
      priority: 'P1',
      label: 'Kritisch',
      description: 'Ausfall',
      responseHours: '1',
      resolutionHours: '4',
    },
    { priority: 'P2', label: 'Hoch', description: '', responseHours: '4', resolutionHours: '8' },
    { priority: 'P3', label: 'Normal', description: '', responseHours: '8', resolutionHours: '' },
  ];
  return rows.map((row, index) => ({ ...row, ...overrides[index] }));
}

/** A valid custom library clause (German, Werkvertrag); override any field. */
export function makeContractClauseInput(
  overrides: Partial<ContractClauseInput> = {},
): ContractClauseInput {
  return {
    key: 'travel-costs',
    language: 'de',
    title: 'Reisekosten',
    body: 'Reisekosten werden nach Aufwand gegen Nachweis erstattet.',
    category: 'prices',
    contractTypes: ['werkvertrag', 'dienstvertrag'],
    version: '1.0',
    preferredNote: '',
    fallbackBody: 'Reisekosten sind mit der Vergütung abgegolten.',
    fallbackNote: 'Nur bei Projekten im Umkreis von 50 km.',
    walkAwayBody: '',
    walkAwayNote: '',
    condition: null,
    requiredFor: [],
    covers: [],
    origin: 'custom',
    ...overrides,
  };
}
