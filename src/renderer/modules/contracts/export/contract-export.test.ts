// The contract export end to end in Node: the repositories (fake IndexedDB) give a contract drafted from an
// offer; the documents worker (its module run in-process behind a fake Worker, the bundled fonts "fetched"
// as data: URLs of the same files) builds the PDF, signs it and builds the redline. What the PDF shows is
// read back with poppler in src/shared/documents/contracts/contract-pdf.test.ts.
import { PDFDocument } from '@cantoo/pdf-lib';
import boldData from '../../../../../resources/fonts/DejaVuSans-Bold.ttf?inline';
import regularData from '../../../../../resources/fonts/DejaVuSans.ttf?inline';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifySignedPdf } from '#shared/contracts/signing';
import { sha256Hex } from '#shared/hash';
import { ContractExportError } from '#shared/documents/contracts/contract-text';
import { prepareContract } from '#shared/documents/contracts/contract-input';
import { openTestWorkspace, TEST_AUTHOR } from '#test/test-workspace';
import { readDocx } from '#test/read-docx';
import { developmentLine, draftContractFromOffer, maintenanceLine } from '#test/contract-workspace';
import { makeSignatureDraft } from '../../../../../test/factories/contracts';

const saved: { suggestedName: string; data: Uint8Array }[] = [];
vi.mock('../../../platform', () => ({
  platform: {
    saveFile: async (request: { suggestedName: string; data: Uint8Array }) => {
      saved.push(request);
      return { saved: true };
    },
  },
}));

type Listener = ((event: { data: unknown }) => void) | null;
const scope: { onmessage: Listener; postMessage: (message: unknown) => void } = {
  onmessage: null,
  postMessage: () => undefined,
};

class FakeWorker {
  onmessage: Listener = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor() {
    scope.postMessage = (message) => queueMicrotask(() => this.onmessage?.({ data: message }));
  }
  postMessage(message: unknown) {
    queueMicrotask(() => scope.onmessage?.({ data: structuredClone(message) }));
  }
}

const fontData: Record<string, string> = {
  'DejaVuSans.ttf': regularData,
  'DejaVuSans-Bold.ttf': boldData,
};
const fetched: string[] = [];
const globals = globalThis as unknown as Record<string, unknown>;
const before = { self: globals.self, Worker: globals.Worker, fetch: globals.fetch };

beforeAll(async () => {
  globals.self = scope;
  globals.Worker = FakeWorker;
  // The worker fetches the fonts by the URL Vite gives the asset; here they come from resources/fonts.
  const realFetch = globalThis.fetch;
  globals.fetch = async (url: string) => {
    const name = String(url).split('?')[0]!.split('/').pop()!;
    fetched.push(name);
    return realFetch(fontData[name] ?? 'data:,');
  };
  await import('../../../workers/documents.worker');
});

afterAll(() => {
  Object.assign(globals, before);
});

/** The export module, imported after the fake worker is in place. */
const exporter = () => import('./contract-export');

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
  saved.length = 0;
});

/** A Werkvertrag drafted from an offer (development and monthly maintenance) for a client with a contact. */
async function draft() {
  const { contract } = await draftContractFromOffer(ws.repos, {
    company: { brandColor: '#a0312b' },
    lines: [developmentLine, maintenanceLine],
  });
  return contract;
}

/** Fills every variable the export reports missing, with values the repository accepts. */
async function complete(contractId: string) {
  const { contractDocumentInput } = await exporter();
  const values: Record<string, string> = {
    'contract.start': '2027-01-01',
    'contract.termMonths': '24',
    'contract.noticeMonths': '3',
  };
  for (const [name, value] of Object.entries(values))
    await ws.repos.contracts.setVariable(contractId, name, value);
  try {
    prepareContract(await contractDocumentInput(ws.repos, contractId));
  } catch (error) {
    if (!(error instanceof ContractExportError)) throw error;
    for (const issue of error.issues) {
      if (issue.kind !== 'missingVariable') throw error;
      await ws.repos.contracts.setVariable(contractId, issue.name, `Wert für ${issue.name}`);
    }
  }
}

/** Title, subject and page count of a PDF. */
async function pdfFacts(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  return { title: doc.getTitle(), subject: doc.getSubject(), pages: doc.getPageCount() };
}

describe('contractDocumentInput', () => {
  it('maps a drafted contract: clause keys as ids, amounts and dates for print, the drafting note', async () => {
    const { contractDocumentInput } = await exporter();
    const contract = await draft();
    const input = await contractDocumentInput(ws.repos, contract.id);
    const { clauses } = await ws.repos.contracts.revisionContent(contract.currentRevisionId);
    expect(input.clauses.map((clause) => clause.id)).toEqual(clauses.map((clause) => clause.key));
    expect([
      input.variables['offer.grossTotal'],
      input.variables['offer.recurringTotal'],
      input.variables['offer.date'],
    ]).toEqual(['14.280,00 €', '250,00 € monatlich', '28.11.2026']);
    expect(input.variables['contract.date']).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(input.disclaimer).toMatch(/^Formulierungshilfen, keine Rechtsberatung/);
    expect(input.branding.brandColor).toBe('#a0312b');
    // References between library clauses resolve: only variables can be missing in a fresh draft.
    const error = (() => {
      try {
        prepareContract(input);
        return null;
      } catch (caught) {
        return caught as ContractExportError;
      }
    })();
    expect(error?.issues.filter((issue) => issue.kind !== 'missingVariable') ?? []).toEqual([]);
  });

  it('refuses a contract that is not there and a revision of another contract', async () => {
    const { contractDocumentInput } = await exporter();
    const { RowNotFoundError } = await import('#data');
    const one = await draft();
    const other = await draft();
    const errors = await Promise.all([
      contractDocumentInput(ws.repos, 'no-such-contract').catch((caught: unknown) => caught),
      contractDocumentInput(ws.repos, one.id, other.currentRevisionId).catch(
        (caught: unknown) => caught,
      ),
    ]);
    expect(errors.map((error) => error instanceof RowNotFoundError)).toEqual([true, true]);
  });
});

describe('contractPdfBytes and signContract (documents worker)', () => {
  it('refuses a draft with a missing variable with the issues, as they cross the worker', async () => {
    const { contractDocumentInput, contractPdfBytes } = await exporter();
    const contract = await draft();
    await complete(contract.id);
    await ws.repos.contracts.setVariable(contract.id, 'offer.number', '');
    const error: unknown = await contractPdfBytes(ws.repos, contract.id).catch((caught) => caught);
    expect(error).toBeInstanceOf(ContractExportError);
    const direct = await contractDocumentInput(ws.repos, contract.id).then((input) => {
      try {
        prepareContract(input);
        return [];
      } catch (caught) {
        return (caught as ContractExportError).issues;
      }
    });
    expect((error as ContractExportError).issues).toEqual(direct);
    expect(direct.map((issue) => [issue.kind, 'name' in issue ? issue.name : ''])).toContainEqual([
      'missingVariable',
      'offer.number',
    ]);
  });

  it('builds the PDF in the worker, signs it twice with the bundled fonts, and the signing is stored', async () => {
    const { contractPdfBytes, signContract } = await exporter();
    const contract = await draft();
    await complete(contract.id);
    await ws.repos.contracts.setStatus(contract.id, 'sent');
    const pdf = await contractPdfBytes(ws.repos, contract.id);
    const facts = await pdfFacts(pdf);
    expect([facts.title, facts.subject]).toEqual([contract.title, 'Werkvertrag']);
    expect(new Set(fetched)).toEqual(new Set(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']));

    const signatures = [
      makeSignatureDraft('company', { name: 'Łukasz Wiśniewski' }),
      makeSignatureDraft('client'),
    ];
    const signed = await signContract({
      pdf,
      signatures,
      meta: {
        contractTitle: contract.title,
        revision: 1,
        documentSha256: await sha256Hex(pdf),
        device: 'Test',
        appVersion: '1.0.0',
        language: 'de',
      },
    });
    expect(signed.sha256).toBe(await sha256Hex(signed.pdf));
    expect((await verifySignedPdf(signed.pdf, signed.sha256)).ok).toBe(true);
    // A signatures page and the audit page after the contract's pages.
    expect((await pdfFacts(signed.pdf)).pages).toBe(facts.pages + 2);

    await ws.repos.contracts.sign(contract.id, {
      signatures,
      signedPdf: signed.pdf,
      device: 'Test',
      appVersion: '1.0.0',
    });
    expect(await ws.repos.contracts.verifySigned(contract.id)).toEqual({
      ok: true,
      expected: signed.sha256,
      actual: signed.sha256,
    });
  });

  it('gives a signing refusal its field and reason across the worker', async () => {
    const { signContract } = await exporter();
    const { SigningInputError } = await import('#shared/contracts/signing');
    const error: unknown = await signContract({
      pdf: new Uint8Array([1]),
      signatures: [makeSignatureDraft('client', { name: ' ' })],
      meta: {
        contractTitle: 'Vertrag',
        revision: 1,
        documentSha256: 'a'.repeat(64),
        device: 'Test',
        appVersion: '1.0.0',
        language: 'de',
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SigningInputError);
    expect([(error as InstanceType<typeof SigningInputError>).field]).toEqual([
      'signatures[0].name',
    ]);
  });
});

describe('exportRedline and resolvedRevisionClauses', () => {
  it('saves the changes between two revisions as tracked changes by the newer revision’s author', async () => {
    const { exportRedline, resolvedRevisionClauses } = await exporter();
    const contract = await draft();
    await complete(contract.id);
    await ws.repos.contracts.setStatus(contract.id, 'sent');
    const first = contract.currentRevisionId;
    const { clauses } = await ws.repos.contracts.revisionContent(first);
    const subject = clauses[0]!;
    ws.setAuthor('Jana Brandt');
    // An edit after sending starts revision 2.
    await ws.repos.contracts.editClause(contract.id, subject.id, {
      body: `${subject.body}\n\nZusätzlich liefert der Auftragnehmer eine Dokumentation.`,
    });
    const second = (await ws.repos.contracts.get(contract.id))!.currentRevisionId;
    expect(second).not.toBe(first);

    const older = await resolvedRevisionClauses(ws.repos, first, 'de');
    const newer = await resolvedRevisionClauses(ws.repos, second, 'de');
    expect(older.map((clause) => clause.clauseId)).toEqual(clauses.map((clause) => clause.key));
    expect(newer.map((clause) => clause.clauseId)).toEqual(older.map((clause) => clause.clauseId));
    expect(JSON.stringify(newer)).not.toContain('{{');

    expect(await exportRedline(ws.repos, contract.id, first, second)).toBe(true);
    expect(saved.map((file) => file.suggestedName)).toEqual([
      `${contract.title} – Änderungen Revision 1 zu 2.docx`,
    ]);
    const docx = await readDocx(saved[0]!.data);
    const insertions = docx.document.match(/<w:ins [^>]*>/g) ?? [];
    expect(insertions.length).toBeGreaterThan(0);
    expect(insertions.every((tag) => tag.includes('w:author="Jana Brandt"'))).toBe(true);
    expect(TEST_AUTHOR).not.toBe('Jana Brandt');
  });
});
