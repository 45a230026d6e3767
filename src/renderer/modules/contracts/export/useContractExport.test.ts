// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareContract } from '#shared/documents/contracts/contract-input';
import type { ContractDocxInput } from '#shared/documents/contracts/contract-input';
import { openTestWorkspace } from '#test/test-workspace';
import { WorkspaceProvider } from '#data';
import type { Workspace } from '#data';
import {
  makeClientInput,
  makeCompanyProfile,
  makeOfferInput,
} from '../../../../../test/factories/domain';
import type { ContractExport } from './useContractExport';

const saveFile = vi.fn(async (_request: { suggestedName: string; data: Uint8Array }) => ({
  saved: true,
}));
vi.mock('../../../platform', () => ({ platform: { saveFile } }));
vi.mock('@mantine/notifications', () => ({
  notifications: { show: vi.fn(), update: vi.fn(), hide: vi.fn() },
}));
vi.mock('react-i18next', () => ({ useTranslation: () => ({ t: (key: string) => key }) }));
// The worker's build, here in-process: the same resolution refuses what the worker would refuse.
vi.mock('../../../workers/contract-export.client', () => ({
  buildContractFile: async (format: 'docx' | 'pdf', input: ContractDocxInput) => {
    prepareContract(input);
    return new TextEncoder().encode(`${format}:${input.title}`);
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let ws: ReturnType<typeof openTestWorkspace>;
let root: Root;
beforeEach(() => {
  ws = openTestWorkspace();
  root = createRoot(document.createElement('div'));
  saveFile.mockClear();
});
afterEach(() => {
  act(() => root.unmount());
});

async function renderExport(contractId: string): Promise<() => ContractExport> {
  const { useContractExport } = await import('./useContractExport');
  const seen: { value?: ContractExport } = {};
  function Probe() {
    seen.value = useContractExport(contractId);
    return null;
  }
  const workspace = { db: ws.db, repos: ws.repos } as unknown as Workspace;
  await act(async () => {
    root.render(
      createElement(WorkspaceProvider, { value: workspace, children: createElement(Probe) }),
    );
  });
  return () => seen.value!;
}

async function draftContract() {
  await ws.repos.settings.saveCompany(makeCompanyProfile());
  const client = await ws.repos.clients.create(makeClientInput());
  const offer = await ws.repos.offers.create(makeOfferInput(client.id));
  const { contract } = await ws.repos.contracts.createFromOffer({
    clientId: client.id,
    offerId: offer.id,
    type: 'werkvertrag',
    language: 'de',
    title: 'Portal: Relaunch',
  });
  return contract;
}

describe('useContractExport', () => {
  it('lists what blocks the export, saves nothing, and clears the list on request', async () => {
    const contract = await draftContract();
    await ws.repos.contracts.setVariable(contract.id, 'offer.number', '');
    const current = await renderExport(contract.id);
    let result: boolean | undefined;
    await act(async () => {
      result = await current().exportFile('pdf');
    });
    expect(result).toBe(false);
    expect(saveFile).not.toHaveBeenCalled();
    const names = (current().issues ?? []).map((issue) => ('name' in issue ? issue.name : ''));
    expect(names).toContain('offer.number');
    expect(current().busy).toBe(false);
    act(() => current().clearIssues());
    expect(current().issues).toBeNull();
  });

  it('saves the file through the platform with the title and revision as its name', async () => {
    const contract = await draftContract();
    // Every variable a clause of this draft uses gets a value.
    for (const [name, value] of Object.entries({
      'contract.start': '2027-01-01',
      'contract.termMonths': '24',
      'contract.noticeMonths': '3',
    }))
      await ws.repos.contracts.setVariable(contract.id, name, value);
    const { contractDocumentInput } = await import('./contract-export');
    try {
      prepareContract(await contractDocumentInput(ws.repos, contract.id));
    } catch (error) {
      for (const issue of (error as { issues: { name?: string }[] }).issues)
        await ws.repos.contracts.setVariable(contract.id, issue.name!, 'Wert');
    }
    const current = await renderExport(contract.id);
    let result: boolean | undefined;
    await act(async () => {
      result = await current().exportFile('docx');
    });
    expect(result).toBe(true);
    expect(current().issues).toBeNull();
    expect(saveFile.mock.calls.map(([request]) => request)).toEqual([
      {
        suggestedName: 'Portal Relaunch – Revision 1.docx',
        data: new TextEncoder().encode('docx:Portal: Relaunch'),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      },
    ]);
  });
});
