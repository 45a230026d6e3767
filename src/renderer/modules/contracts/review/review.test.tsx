// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceProvider, type Workspace } from '#data';
import { useContract } from '#data/contracts/hooks';
import type { Contract } from '#shared/domain/contracts';
import { sha256Hex } from '#shared/hash';
import { byTestId, click, openContractUiWorkspace, until } from '#test/contract-workspace';
import type { initAppI18n } from '#test/i18n';
import { makeClientInput } from '../../../../../test/factories/domain';
import { theme } from '../../../app/theme';
import { DatesLocale } from '../../../components/DatesLocale';
import * as exporter from '../export';
import { ContractReviewBar, RevisionsTab } from './index';
import { clock } from './today';

// The review bar, the signing dialog and the revisions tab on a real (fake-indexeddb) workspace,
// in German. The signature pad is a stand-in that "draws" on request (jsdom has no canvas), and
// the export's worker calls are replaced by the same pure code run here: a small PDF, signed by
// the shared signContractPdf, and clauses as stored.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const pads = vi.hoisted(() => ({ all: [] as { canvas: HTMLCanvasElement; draw(): void }[] }));

vi.mock('signature_pad', async () => {
  const { encode } = await import('@cantoo/pdf-lib/upng');
  /** A transparent PNG with a wavy stroke of ink, as a pad exports it. */
  const inkPng = () => {
    const [width, height] = [300, 100];
    const data = new Uint8Array(width * height * 4);
    for (let x = 10; x < width - 10; x += 1) {
      const y = Math.round(height / 2 + Math.sin(x / 12) * (height / 4));
      for (let dy = -2; dy <= 2; dy += 1) data.set([16, 39, 92, 255], ((y + dy) * width + x) * 4);
    }
    const bytes = new Uint8Array(encode([data.buffer], width, height, 0));
    return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
  };
  class FakePad {
    private data: { points: { x: number; y: number }[] }[] = [];
    private listeners = new Set<() => void>();
    constructor(readonly canvas: HTMLCanvasElement) {
      pads.all.push(this);
    }
    addEventListener(_type: string, listener: () => void) {
      this.listeners.add(listener);
    }
    removeEventListener(_type: string, listener: () => void) {
      this.listeners.delete(listener);
    }
    on() {}
    off() {}
    clear() {
      this.data = [];
    }
    fromData(data: { points: { x: number; y: number }[] }[]) {
      this.data = data;
    }
    toData() {
      return this.data;
    }
    isEmpty() {
      return this.data.length === 0;
    }
    toDataURL() {
      return inkPng();
    }
    /** One stroke of 40 points, then the pad's endStroke. */
    draw() {
      this.data.push({ points: Array.from({ length: 40 }, (_, x) => ({ x, y: x % 7 })) });
      for (const listener of this.listeners) listener();
    }
  }
  return { default: FakePad };
});

vi.mock('../export', async () => {
  const { PDFDocument, StandardFonts } = await import('@cantoo/pdf-lib');
  const { signContractPdf } = await import('#shared/contracts/signing');
  return {
    contractPdfBytes: vi.fn(async () => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage([595.28, 841.89]).drawText('§ 1 Vertragsgegenstand', { x: 56, y: 780, font });
      return doc.save();
    }),
    signContract: vi.fn((args: Parameters<typeof signContractPdf>[0]) => signContractPdf(args)),
    exportRedline: vi.fn(async () => undefined),
    resolvedRevisionClauses: vi.fn(
      async (
        repos: Workspace['repos'],
        revisionId: string,
      ): Promise<{ clauseId: string; title: string; body: string }[]> =>
        (await repos.contracts.revisionContent(revisionId)).clauses.map((clause) => ({
          clauseId: clause.key,
          title: clause.title,
          body: clause.body,
        })),
    ),
  };
});

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;
let container: HTMLElement | undefined;
const realToday = clock.today;

beforeAll(async () => {
  ({ workspace, i18n } = await openContractUiWorkspace(
    'contract-review-ui-test',
    '2027-03-04T09:00:00Z',
  ));
});

afterAll(() => workspace?.close());

beforeEach(() => {
  clock.today = () => '2027-03-04';
  pads.all.length = 0;
  vi.clearAllMocks();
});

afterEach(async () => {
  clock.today = realToday;
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = undefined;
  document.body.innerHTML = '';
});

/** The contract as the editor gives it: live, re-rendered on every change. */
function Live({ id, part }: { id: string; part: 'bar' | 'revisions' }) {
  const contract = useContract(id);
  if (!contract) return null;
  return part === 'bar' ? (
    <ContractReviewBar contract={contract} />
  ) : (
    <RevisionsTab contract={contract} />
  );
}

async function render(id: string, part: 'bar' | 'revisions' = 'bar') {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <DatesLocale>
              <Live id={id} part={part} />
            </DatesLocale>
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

async function type(element: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
/** The error text Mantine shows under a field, found from the field. */
const errorOf = (input: HTMLElement) =>
  input.closest('.mantine-InputWrapper-root')?.querySelector('.mantine-InputWrapper-error')
    ?.textContent ?? null;
const padOf = (role: string) => {
  const pad = pads.all.find((entry) => byTestId(`signature-pad-${role}`).contains(entry.canvas));
  if (!pad) throw new Error(`no pad for ${role}`);
  return pad;
};

async function newContract(): Promise<Contract> {
  const client = await workspace.repos.clients.create(makeClientInput());
  const { contract } = await workspace.repos.contracts.createFromOffer({
    clientId: client.id,
    offerId: '',
    type: 'werkvertrag',
    language: 'de',
    title: 'Werkvertrag Portal',
  });
  for (const [name, value] of Object.entries({
    'company.name': 'Nordlicht IT-Beratung GmbH',
    'company.representative': 'Jana Feddersen',
    'client.representative': 'Dr. Lena Hofer',
    'contract.place': 'Hamburg',
  }))
    await workspace.repos.contracts.setVariable(contract.id, name, value);
  return contract;
}

async function sentContract(): Promise<Contract> {
  const contract = await newContract();
  await workspace.repos.contracts.setStatus(contract.id, 'sent');
  return contract;
}

const contractNow = async (id: string) => (await workspace.repos.contracts.get(id))!;
const currentRevision = async (id: string) =>
  (await workspace.repos.contracts.getRevision((await contractNow(id)).currentRevisionId))!;

describe('the review bar', () => {
  it('lists the missing required clauses instead of asking to send, and sends after a confirmation', async () => {
    const contract = await newContract();
    const revision = await currentRevision(contract.id);
    const { clauses } = await workspace.repos.contracts.revisionContent(revision.id);
    const liability = clauses.find((clause) => clause.key === 'liability')!;
    // A liability clause that no longer keeps the cases that cannot be excluded.
    await workspace.repos.contracts.editClause(contract.id, liability.id, {
      body: 'Die Haftung ist auf den Auftragswert begrenzt.',
    });
    await render(contract.id);
    await until(() => expect(byTestId('contract-status').textContent).toBe('Entwurf'));
    expect(byTestId('contract-revision').textContent).toBe('Revision 1');

    await click(byTestId('contract-move-sent'));
    await until(() => expect(byTestId('send-missing').textContent).toContain('Pflichtklauseln'));
    expect(byTestId('send-missing-liability.non-excludable')).toBeTruthy();
    expect(document.querySelector('[data-testid="confirm-button"]')).toBeNull();
    expect((await contractNow(contract.id)).status).toBe('draft');

    await workspace.repos.contracts.resetClause(contract.id, liability.id);
    await click(byTestId('contract-move-sent'));
    await until(() =>
      expect(document.body.textContent).toContain(
        'Senden friert Revision 1 ein: ihr Inhalt bekommt einen SHA-256-Wert',
      ),
    );
    expect(document.querySelector('[data-testid="send-missing"]')).toBeNull();
    // Changed again while the question is open: the refusal of the send lists it.
    await workspace.repos.contracts.editClause(contract.id, liability.id, {
      body: 'Die Haftung ist ausgeschlossen.',
    });
    await click(byTestId('confirm-button'));
    await until(() => expect(byTestId('send-missing-liability.non-excludable')).toBeTruthy());
    expect((await contractNow(contract.id)).status).toBe('draft');

    await workspace.repos.contracts.resetClause(contract.id, liability.id);
    await click(byTestId('contract-move-sent'));
    await until(() => byTestId('confirm-button'));
    await click(byTestId('confirm-button'));
    await until(() => expect(byTestId('contract-status').textContent).toBe('Gesendet'));
    const frozen = await currentRevision(contract.id);
    expect(byTestId('contract-hash').textContent).toBe(
      `SHA-256 ${frozen.contentHash.slice(0, 12)}`,
    );
    expect(byTestId('contract-sign').textContent).toBe('Unterschreiben');
    expect(byTestId('contract-move-draft')).toBeTruthy();
  });

  it('refuses empty pads and a missing name at their fields and writes nothing', async () => {
    const contract = await sentContract();
    await render(contract.id);
    await until(() => byTestId('contract-sign'));
    await click(byTestId('contract-sign'));
    await until(() => byTestId('signing-confirm'));
    expect(byTestId('signing-statement').textContent).toContain(
      'Sie erfüllt die Textform (§ 126b BGB), nicht aber die Schriftform (§ 126 BGB)',
    );
    const clientName = byTestId<HTMLInputElement>('signer-name-client');
    expect(byTestId<HTMLInputElement>('signer-name-company').value).toBe('Jana Feddersen');
    expect(clientName.value).toBe('Dr. Lena Hofer');
    expect(byTestId<HTMLInputElement>('signer-place-client').value).toBe('Hamburg');
    await until(() => expect(byTestId('signing-confirm').hasAttribute('disabled')).toBe(false));

    await type(clientName, '');
    await act(async () => padOf('company').draw());
    await click(byTestId('signing-confirm'));
    await until(() =>
      expect(byTestId('signing-error').textContent).toBe('Bitte prüfen Sie die markierten Felder.'),
    );
    expect(byTestId('signature-pad-client').getAttribute('data-error')).toBe('true');
    expect(byTestId('signature-pad-company').getAttribute('data-error')).toBeNull();
    expect(document.body.textContent).toContain('Bitte unterschreiben Sie im Feld');
    expect(errorOf(clientName)).toBe('Pflichtfeld');
    expect(exporter.contractPdfBytes).not.toHaveBeenCalled();
    const revision = await currentRevision(contract.id);
    expect(await workspace.repos.contracts.listSignatures(revision.id)).toEqual([]);
    expect((await contractNow(contract.id)).status).toBe('sent');
  });

  it('keeps nothing when building the signed PDF fails', async () => {
    const contract = await sentContract();
    vi.mocked(exporter.signContract).mockRejectedValueOnce(new Error('worker crashed'));
    await render(contract.id);
    await until(() => byTestId('contract-sign'));
    await click(byTestId('contract-sign'));
    await until(() => expect(byTestId('signing-confirm').hasAttribute('disabled')).toBe(false));
    await act(async () => {
      padOf('company').draw();
      padOf('client').draw();
    });
    await click(byTestId('signing-confirm'));
    await until(() =>
      expect(byTestId('signing-error').textContent).toContain(
        'Unterschreiben fehlgeschlagen; es wurde nichts gespeichert.',
      ),
    );
    const revision = await currentRevision(contract.id);
    expect(await workspace.repos.contracts.listSignatures(revision.id)).toEqual([]);
    expect(revision.signedPdfSha256).toBe('');
    expect((await contractNow(contract.id)).status).toBe('sent');
  });

  it('signs both parties, locks the revision and verifies the stored PDF; an altered file is flagged', async () => {
    const contract = await sentContract();
    await render(contract.id);
    await until(() => byTestId('contract-sign'));
    await click(byTestId('contract-sign'));
    await until(() => expect(byTestId('signing-confirm').hasAttribute('disabled')).toBe(false));
    await act(async () => {
      padOf('company').draw();
      padOf('client').draw();
    });
    await type(byTestId<HTMLInputElement>('signer-function-client'), 'Leiterin IT');
    await click(byTestId('signing-confirm'));
    await until(() => expect(byTestId('contract-status').textContent).toBe('Unterschrieben'));
    expect(document.querySelector('[data-testid="signing-dialog"]')).toBeNull();

    const revision = await currentRevision(contract.id);
    const signatures = await workspace.repos.contracts.listSignatures(revision.id);
    expect(
      signatures.map(({ role, name, function: fn, place, date, device, appVersion }) => ({
        role,
        name,
        fn,
        place,
        date,
        device,
        appVersion,
      })),
    ).toEqual(
      ['company', 'client'].map((role) => ({
        role,
        name: role === 'company' ? 'Jana Feddersen' : 'Dr. Lena Hofer',
        fn: role === 'company' ? '' : 'Leiterin IT',
        place: 'Hamburg',
        date: '2027-03-04',
        device: navigator.userAgent,
        appVersion: '0.0.0',
      })),
    );
    const signArgs = vi.mocked(exporter.signContract).mock.calls[0]![0];
    expect(signArgs.meta).toMatchObject({
      contractTitle: 'Werkvertrag Portal',
      revision: 1,
      language: 'de',
      device: navigator.userAgent,
    });
    expect(signArgs.signatures.map((signature) => signature.party)).toEqual([
      'Nordlicht IT-Beratung GmbH',
      'Rheinland Logistik',
    ]);

    await until(() => expect(byTestId('signed-banner').getAttribute('data-verified')).toBe('true'));
    expect(byTestId('signed-banner').textContent).toContain(
      `Signatur geprüft: SHA-256 ${revision.signedPdfSha256} stimmt`,
    );
    expect(byTestId('revision-locked').textContent).toContain(
      'Revision 1 ist unterschrieben und gesperrt',
    );
    expect(byTestId('contract-move-terminated')).toBeTruthy();
    expect(document.querySelector('[data-testid="contract-sign"]')).toBeNull();

    // Terminated with a date, after a confirmation; the signed revision stays locked.
    await click(byTestId('contract-move-terminated'));
    await until(() =>
      expect(byTestId<HTMLInputElement>('terminate-date').value).toBe('04.03.2027'),
    );
    await click(byTestId('confirm-button'));
    await until(() => expect(byTestId('contract-status').textContent).toBe('Gekündigt'));
    expect(byTestId('contract-review-bar').textContent).toContain('Gekündigt zum 04.03.2027');
    expect((await contractNow(contract.id)).terminatedOn).toBe('2027-03-04');
    expect(byTestId('revision-locked')).toBeTruthy();
    expect(document.querySelector('[data-testid^="contract-move-"]')).toBeNull();

    // The stored file altered behind the app's back: reopened, the banner warns.
    await act(async () => root!.unmount());
    root = undefined;
    const altered = new TextEncoder().encode('%PDF-1.7 altered');
    await workspace.db.blobs.update(revision.signedPdfSha256, { data: altered });
    await render(contract.id);
    await until(() =>
      expect(byTestId('signed-banner').getAttribute('data-verified')).toBe('false'),
    );
    expect(byTestId('signed-banner').textContent).toContain(
      'Warnung: Die gespeicherte unterschriebene Datei wurde verändert',
    );
    expect(byTestId('signed-banner').textContent).toContain(
      `Beim Unterschreiben war ihr SHA-256 ${revision.signedPdfSha256}`,
    );
    expect(byTestId('signed-banner').textContent).toContain(
      `SHA-256 der gespeicherten Datei: ${await sha256Hex(altered)}`,
    );
  });
});

describe('the revisions tab', () => {
  it('lists the revisions and shows the redline between them; exports it as Word', async () => {
    const contract = await sentContract();
    await workspace.repos.contracts.setVariable(contract.id, 'offer.paymentTermsDays', '21');
    const [first, second] = await workspace.repos.contracts.listRevisions(contract.id);
    const { clauses } = await workspace.repos.contracts.revisionContent(second!.id);
    const subject = clauses.find((clause) => clause.key === 'subject')!;
    await workspace.repos.contracts.editClause(contract.id, subject.id, {
      body: `${subject.body} Ergänzt wird ein Pilotbetrieb.`,
    });
    await render(contract.id, 'revisions');
    await until(() => byTestId('revision-row-2'));
    expect(byTestId('revision-row-1').textContent).toContain('gesendet');
    expect(byTestId('revision-row-2').textContent).toContain('in Bearbeitung');
    expect(byTestId('revision-row-2').textContent).toContain('aktuell');
    expect(byTestId<HTMLInputElement>('redline-from').value).toBe('Revision 1');
    expect(byTestId<HTMLInputElement>('redline-to').value).toBe('Revision 2');

    await until(() => byTestId('redline-view'));
    const changed = [...document.querySelectorAll('[data-testid="redline-clause"]')];
    expect(changed.map((entry) => entry.getAttribute('data-clause'))).toEqual(['subject']);
    expect(changed[0]!.getAttribute('data-kinds')).toBe('changed');
    expect([...changed[0]!.querySelectorAll('ins')].map((ins) => ins.textContent)).toEqual([
      ' Ergänzt wird ein Pilotbetrieb.',
    ]);
    expect(byTestId('redline-count-changed').textContent).toBe('1 geändert');

    await click(byTestId('redline-export'));
    expect(exporter.exportRedline).toHaveBeenCalledWith(
      workspace.repos,
      contract.id,
      first!.id,
      second!.id,
    );
  });
});
