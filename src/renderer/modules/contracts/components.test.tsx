// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Offer } from '#shared/domain';
import type { initAppI18n } from '#test/i18n';
import {
  byTestId as elementByTestId,
  click,
  developmentLine,
  openContractUiWorkspace,
  seedContractOffer,
  until,
} from '#test/contract-workspace';
import { WorkspaceProvider, type Workspace } from '#data';
import {
  useContract,
  useContractClauses,
  useContractRevision,
  useRevisionClauses,
} from '#data/contracts/hooks';
import { theme } from '../../app/theme';
import { DatesLocale } from '../../components/DatesLocale';
import { ClausesTab } from './ClausesTab';
import { ContractsPage } from './ContractsPage';
import { SlaTab } from './SlaTab';
import { TermTab } from './TermTab';
import { useContractEdit } from './useContractEdit';
import { VariablesTab } from './VariablesTab';

// The contract editor's tabs on a real (fake-indexeddb) workspace, in German: a bad variable is
// refused at its field and saves nothing; an edit of a sent revision makes revision 2 and says
// so; required clauses cannot be removed; keyboard moves reorder; the list shows the contract.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let client: Client;
let offer: Offer;
let root: Root | undefined;
let container: HTMLElement | undefined;

beforeAll(async () => {
  ({ workspace, i18n } = await openContractUiWorkspace(
    'contracts-ui-test',
    '2026-11-28T09:00:00Z',
  ));
  ({ client, offer } = await seedContractOffer(workspace.repos, {
    client: { industry: 'Logistik' },
    lines: [{ ...developmentLine, unitCost: '' }],
  }));
});

afterAll(() => workspace?.close());

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = undefined;
  document.body.innerHTML = '';
});

async function render(element: ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] });
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <MantineProvider theme={theme}>
        <Notifications />
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <DatesLocale>
              <RouterProvider router={router} />
            </DatesLocale>
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

/** Most elements looked up here are inputs. */
const byTestId = <E extends HTMLElement = HTMLInputElement>(id: string) => elementByTestId<E>(id);
async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  await act(async () => {
    element.focus();
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const blur = (element: HTMLElement) =>
  act(async () => {
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    element.blur();
  });
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref))
    .find((element) => element?.id.includes('error'))?.textContent;

/** The editor's tabs for one contract, fed by the same hooks as the page. */
function Harness({
  contractId,
  tab,
}: {
  contractId: string;
  tab: 'variables' | 'clauses' | 'sla' | 'term';
}) {
  const contract = useContract(contractId);
  const revision = useContractRevision(contract?.currentRevisionId ?? '');
  const clauses = useRevisionClauses(revision?.id ?? '');
  const rows = useContractClauses({ language: 'de' });
  const run = useContractEdit(contract ?? undefined);
  if (!contract || !revision || !clauses || !rows) return null;
  const library = new Map(rows.map((row) => [row.id, row]));
  return (
    <div data-testid="harness" data-revision={revision.number}>
      {tab === 'variables' && (
        <VariablesTab
          contract={contract}
          revision={revision}
          clauses={clauses}
          readOnly={false}
          run={run}
          focus={null}
        />
      )}
      {tab === 'clauses' && (
        <ClausesTab
          contract={contract}
          clauses={clauses}
          library={library}
          readOnly={false}
          run={run}
          openClause={null}
        />
      )}
      {tab === 'sla' && (
        <SlaTab contract={contract} revision={revision} readOnly={false} run={run} />
      )}
      {tab === 'term' && (
        <TermTab contract={contract} revision={revision} readOnly={false} run={run} />
      )}
    </div>
  );
}

async function newContract() {
  const { contract } = await workspace.repos.contracts.createFromOffer({
    clientId: client.id,
    offerId: offer.id,
    type: 'werkvertrag',
    language: 'de',
    title: 'Werkvertrag Test',
  });
  return contract;
}
const variables = async (contractId: string) => {
  const contract = (await workspace.repos.contracts.get(contractId))!;
  return (await workspace.repos.contracts.getRevision(contract.currentRevisionId))!;
};

describe('the variables panel', () => {
  it('shows a notice period longer than the term at its field and saves nothing', async () => {
    const contract = await newContract();
    await workspace.repos.contracts.setVariable(contract.id, 'contract.termMonths', '12');
    await render(<Harness contractId={contract.id} tab="variables" />);
    await until(() => byTestId('variable-input-contract.noticeMonths'));
    const notice = byTestId('variable-input-contract.noticeMonths');
    await type(notice, '24');
    await blur(notice);
    await until(() =>
      expect(errorOf(byTestId('variable-input-contract.noticeMonths'))).toBe(
        'Die Kündigungsfrist darf nicht länger sein als die Mindestlaufzeit',
      ),
    );
    expect(byTestId('variable-input-contract.noticeMonths').value).toBe('24');
    expect((await variables(contract.id)).variables['contract.noticeMonths'] ?? '').toBe('');

    const availability = byTestId('variable-input-sla.availability');
    await type(availability, '100.5');
    await blur(availability);
    await until(() =>
      expect(errorOf(byTestId('variable-input-sla.availability'))).toBe(
        'Die Verfügbarkeit kann höchstens 100 % betragen',
      ),
    );
    expect((await variables(contract.id)).variables['sla.availability']).not.toBe('100.5');

    // A good value is saved and the message goes.
    await type(byTestId('variable-input-contract.noticeMonths'), '3');
    await blur(byTestId('variable-input-contract.noticeMonths'));
    await until(async () =>
      expect((await variables(contract.id)).variables['contract.noticeMonths']).toBe('3'),
    );
    expect(errorOf(byTestId('variable-input-contract.noticeMonths'))).toBeUndefined();
  });

  it('makes revision 2 when a sent contract is edited, and says so', async () => {
    const contract = await newContract();
    await workspace.repos.contracts.setVariable(contract.id, 'contract.start', '2027-01-01');
    await workspace.repos.contracts.setVariable(contract.id, 'contract.termMonths', '24');
    await workspace.repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '3');
    await workspace.repos.contracts.setStatus(contract.id, 'sent');
    await render(<Harness contractId={contract.id} tab="variables" />);
    await until(() => byTestId('variable-input-contract.place'));
    expect(byTestId('harness').dataset.revision).toBe('1');
    await type(byTestId('variable-input-contract.place'), 'Bremen');
    await blur(byTestId('variable-input-contract.place'));
    await until(() => expect(document.body.textContent).toContain('Revision 2 angelegt'));
    await until(() => expect(byTestId('harness').dataset.revision).toBe('2'));
    expect((await variables(contract.id)).variables['contract.place']).toBe('Bremen');
  });
});

describe('the clauses tab', () => {
  it('marks required clauses and does not let them be removed; moves a clause by keyboard', async () => {
    const contract = await newContract();
    await render(<Harness contractId={contract.id} tab="clauses" />);
    await until(() => byTestId('contract-clause-0'));
    const rows = () => [...document.querySelectorAll<HTMLElement>('[data-clause-row]')];
    const required = rows().filter((row) => row.querySelector('[data-testid^="clause-required-"]'));
    expect(required.length).toBeGreaterThan(0);
    for (const row of required) {
      const remove = row.querySelector<HTMLButtonElement>('[data-testid^="clause-remove-"]')!;
      expect(remove.disabled).toBe(true);
    }
    const keys = () => rows().map((row) => row.dataset.clauseKey);
    const before = keys();
    await click(byTestId<HTMLButtonElement>('clause-down-0'));
    await until(() => expect(keys()).toEqual([before[1], before[0], ...before.slice(2)]));
    expect(byTestId<HTMLButtonElement>('clause-up-0').disabled).toBe(true);
    expect(document.body.textContent).toContain('ist jetzt § 2');
  });

  it('edits a clause in the draft (marked "geändert") and resets it to the library text', async () => {
    const contract = await newContract();
    await render(<Harness contractId={contract.id} tab="clauses" />);
    await until(() => byTestId('clause-edit-0'));
    await click(byTestId<HTMLButtonElement>('clause-edit-0'));
    const body = byTestId<HTMLTextAreaElement>('clause-editor-body');
    const original = body.value;
    await type(body, `${original}\n\nZusatz im Entwurf.`);
    await click(byTestId<HTMLButtonElement>('clause-editor-save'));
    await until(() => expect(byTestId('clause-modified-0').textContent).toBe('geändert'));
    const library = (await workspace.repos.contractClauses.listFor({ language: 'de' })).find(
      (row) => row.key === byTestId('contract-clause-0').dataset.clauseKey,
    )!;
    expect(library.body).toBe(original);
    await click(byTestId<HTMLButtonElement>('clause-reset-0'));
    await until(() =>
      expect(document.querySelector('[data-testid="clause-modified-0"]')).toBeNull(),
    );
  });
});

describe('adding clauses', () => {
  it('adds a library clause at the end and a clause written only for this contract', async () => {
    const contract = await newContract();
    await render(<Harness contractId={contract.id} tab="clauses" />);
    await until(() => byTestId('contract-clause-0'));
    const count = () => document.querySelectorAll('[data-clause-row]').length;
    const before = count();
    await click(byTestId<HTMLButtonElement>('clause-add-library'));
    await until(() => byTestId('add-clause-dialog'));
    // A clause already in the draft cannot be added twice.
    expect(byTestId<HTMLButtonElement>('add-clause-subject').disabled).toBe(true);
    const nda = byTestId<HTMLButtonElement>('add-clause-nda-purpose');
    expect(nda.disabled).toBe(false);
    await click(nda);
    await until(() => expect(count()).toBe(before + 1));
    expect(byTestId(`contract-clause-${before}`).dataset.clauseKey).toBe('nda-purpose');

    await click(byTestId<HTMLButtonElement>('clause-add-custom'));
    await until(() => byTestId('custom-clause-dialog'));
    await click(byTestId<HTMLButtonElement>('custom-clause-save'));
    // Without a title and text nothing is added; the fields say why.
    await until(() =>
      expect(byTestId('custom-clause-dialog').textContent).toContain(i18n.t('validation.required')),
    );
    expect(count()).toBe(before + 1);
    const dialog = byTestId('custom-clause-dialog');
    await type(dialog.querySelector('input')!, 'Ansprechpartner');
    await type(dialog.querySelector('textarea')!, 'Jede Partei benennt eine Ansprechperson.');
    await click(byTestId<HTMLButtonElement>('custom-clause-save'));
    await until(() => expect(count()).toBe(before + 2));
    expect(byTestId(`contract-clause-${before + 1}`).textContent).toContain('Ansprechpartner');
  });
});

describe('the SLA tab', () => {
  it('checks the response table at its cells before saving, then saves it', async () => {
    const contract = await newContract();
    await render(<Harness contractId={contract.id} tab="sla" />);
    await until(() => byTestId('sla-table-defaults'));
    await click(byTestId<HTMLButtonElement>('sla-table-defaults'));
    await until(() => expect(byTestId('sla-priority-3').value).toBe('P4'));
    // P2 answering faster than P1 is refused at its cell; nothing can be saved.
    await type(byTestId('sla-responseHours-1'), '0.5');
    await until(() =>
      expect(errorOf(byTestId('sla-responseHours-1'))).toBe('Schneller als eine höhere Priorität'),
    );
    expect(byTestId<HTMLButtonElement>('sla-table-save').disabled).toBe(true);
    await type(byTestId('sla-responseHours-1'), '4');
    await until(() => expect(byTestId<HTMLButtonElement>('sla-table-save').disabled).toBe(false));
    await click(byTestId<HTMLButtonElement>('sla-table-save'));
    await until(async () =>
      expect((await variables(contract.id)).slaTable.map((row) => row.priority)).toEqual([
        'P1',
        'P2',
        'P3',
        'P4',
      ]),
    );
    expect((await variables(contract.id)).slaTable[3]!.resolutionHours).toBe('');
  });

  it('turns an availability into downtime per period and a downtime back into availability', async () => {
    const contract = await newContract();
    await render(<Harness contractId={contract.id} tab="sla" />);
    await until(() => byTestId('sla-availability'));
    await type(byTestId('sla-availability'), '99,9');
    await until(() => expect(byTestId('sla-downtime-month').textContent).toContain('43,2 min'));
    await type(byTestId('sla-availability'), '100,5');
    await until(() =>
      expect(errorOf(byTestId('sla-availability'))).toBe('Bitte eine Zahl von 0 bis 100 eingeben'),
    );
    await type(byTestId('sla-reverse-minutes'), '216');
    await until(() => expect(byTestId('sla-reverse-result').textContent).toBe('= 99,5 %'));
  });
});

describe('the term tab', () => {
  it('shows the end of term and the last day to give notice', async () => {
    const contract = await newContract();
    await workspace.repos.contracts.setVariable(contract.id, 'contract.start', '2027-01-01');
    await workspace.repos.contracts.setVariable(contract.id, 'contract.termMonths', '24');
    await render(<Harness contractId={contract.id} tab="term" />);
    await until(() => byTestId('term-input-contract.noticeMonths'));
    expect(byTestId('term-result').textContent).toContain('Beginn, Mindestlaufzeit');
    await type(byTestId('term-input-contract.noticeMonths'), '3');
    await blur(byTestId('term-input-contract.noticeMonths'));
    await until(() => expect(byTestId('term-end').textContent).toBe('31.12.2028'));
    expect(byTestId('term-last-notice').textContent).toBe('30.09.2028');
  });
});

describe('the contract list', () => {
  it('lists the contracts with status, client, type and revision', async () => {
    await newContract();
    await render(<ContractsPage />);
    await until(() => byTestId('contracts-table'));
    const table = byTestId('contracts-table');
    await until(() => expect(table.textContent).toContain('Werkvertrag Test'));
    expect(table.textContent).toContain('Entwurf');
    expect(table.textContent).toContain(client.name);
    await until(() =>
      expect(byTestId('notice-deadlines').textContent).toContain(
        'Keine Kündigungsfrist läuft in den nächsten 90 Tagen ab.',
      ),
    );
  });
});
