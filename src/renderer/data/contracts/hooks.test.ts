// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput } from '../../../../test/factories/domain';
import { makeContractClauseInput, makeSignInput } from '../../../../test/factories/contracts';
import { openTestWorkspace } from '#test/test-workspace';
import { WorkspaceProvider } from '../WorkspaceProvider';
import type { Workspace } from '../workspace';
import {
  useContract,
  useContractClauses,
  useContractRevision,
  useContractRevisions,
  useContractSignatures,
  useContracts,
  useContractsForClient,
  useNoticeDeadlines,
  useRevisionClauses,
} from './hooks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let ws: ReturnType<typeof openTestWorkspace>;
let root: Root;
let container: HTMLElement;
beforeEach(() => {
  ws = openTestWorkspace();
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
});

/** Renders `use` and returns a reader of its latest result. */
async function renderHookValue<T>(use: () => T): Promise<() => T> {
  const seen: { value?: T } = {};
  function Probe() {
    seen.value = use();
    return null;
  }
  const workspace = { db: ws.db, repos: ws.repos } as unknown as Workspace;
  await act(async () => {
    root.render(
      createElement(WorkspaceProvider, { value: workspace, children: createElement(Probe) }),
    );
  });
  return () => seen.value as T;
}

/** Waits (generously: the machine may be busy) until the live queries show what is expected. */
async function eventually(check: () => void): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

describe('contracts hooks', () => {
  it('follow a contract through revisions, clauses, signing and its notice deadline', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const other = await ws.repos.clients.create(makeClientInput({ name: 'Andere AG' }));
    const { contract, revision } = await ws.repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: '',
      type: 'nda',
      language: 'de',
      title: 'NDA',
    });
    await ws.repos.contractClauses.create(
      makeContractClauseInput({ contractTypes: ['nda'], title: 'Reisekosten' }),
    );
    const read = await renderHookValue(() => {
      const current = useContract(contract.id);
      return {
        list: useContracts()?.map((c) => c.title),
        status: current?.status,
        none: useContract('nobody'),
        revisions: useContractRevisions(contract.id)?.map((r) => r.number),
        revision: useContractRevision(current?.currentRevisionId)?.number,
        clauses: useRevisionClauses(revision.id)?.length,
        library: useContractClauses({ language: 'de', type: 'nda' })?.some(
          (c) => c.title === 'Reisekosten',
        ),
        english: useContractClauses({ language: 'en' })?.every((c) => c.language === 'en'),
        signatures: useContractSignatures(current?.currentRevisionId)?.map((s) => s.role),
        forClient: useContractsForClient(client.id)?.length,
        forOther: useContractsForClient(other.id)?.length,
        deadlines: useNoticeDeadlines('2028-07-15')?.map((d) => [
          d.contract.id,
          d.lastNoticeDate,
          d.daysLeft,
        ]),
      };
    });
    await eventually(() => {
      expect(read()).toMatchObject({
        list: ['NDA'],
        status: 'draft',
        none: null,
        revisions: [1],
        revision: 1,
        library: true,
        english: true,
        signatures: [],
        forClient: 1,
        forOther: 0,
        deadlines: [],
      });
      expect(read().clauses).toBeGreaterThan(3);
    });
    await act(async () => {
      await ws.repos.contracts.setVariable(contract.id, 'contract.start', '2027-01-01');
      await ws.repos.contracts.setVariable(contract.id, 'contract.termMonths', '24');
      await ws.repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '3');
      await ws.repos.contracts.setStatus(contract.id, 'sent');
      await ws.repos.contracts.sign(contract.id, makeSignInput());
    });
    await eventually(() => {
      expect(read()).toMatchObject({
        status: 'signed',
        signatures: ['company', 'client'],
        deadlines: [[contract.id, '2028-09-30', 77]],
      });
    });
  });
});
