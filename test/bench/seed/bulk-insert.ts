import Dexie from 'dexie';
import { openWorkspace } from '../../../src/renderer/data';
import type { Repositories, Workspace } from '../../../src/renderer/data';
import { migrations } from '../../../src/renderer/data/core/migrations';
import type { ClientInput } from '../../../src/shared/domain';
import { generateClients, generateContacts } from '../generate';

/** The stored rows of one insert, as the app wrote them (metadata and field clocks included). */
export type StoredRows = { clients: unknown[]; contacts: unknown[] };

export type BulkInsertResult = {
  /** Rows written per run: clients and their contacts. */
  rows: number;
  /** The app's runs in ms: repositories, validation, stamps, outbox (run 0 seeds the workspace). */
  runs: number[];
  /** The bare runs in ms: Dexie bulkPut of the same rows into the same stores, no outbox. */
  baselineRuns: number[];
  /** The order in which the runs were made. */
  order: string[];
};

// The stores of the bare database: the app's clients and contacts, same keys and indexes.
const firstSchema = migrations[0]!.stores;
const bareStores = { clients: firstSchema.clients!, contacts: firstSchema.contacts! };

const settle = () => new Promise((done) => setTimeout(done, 300));

/** The app's write, as the seed always timed it: clients, then three contacts for each. */
async function appInsert(repos: Repositories, inputs: readonly ClientInput[]): Promise<number> {
  const started = performance.now();
  const clients = await repos.clients.bulkCreate(inputs);
  await repos.contacts.bulkCreate(generateContacts(clients.map((client) => client.id)));
  return performance.now() - started;
}

/** The app's write into a throwaway workspace, deleted afterwards; its rows when asked. */
async function appInsertFresh(
  name: string,
  inputs: readonly ClientInput[],
  keepRows = false,
): Promise<{ ms: number; rows?: StoredRows }> {
  const workspace = await openWorkspace(name);
  await workspace.repos.local.saveProfile({
    name: 'Bench User',
    position: '',
    email: '',
    phone: '',
    initials: 'BU',
  });
  const ms = await appInsert(workspace.repos, inputs);
  const rows = keepRows ? await storedRows(workspace) : undefined;
  workspace.close();
  await Dexie.delete(name);
  await settle();
  return { ms, rows };
}

/** The clients and contacts a workspace holds, as stored. */
export async function storedRows(workspace: Workspace): Promise<StoredRows> {
  return {
    clients: await workspace.db.clients.toArray(),
    contacts: await workspace.db.contacts.toArray(),
  };
}

/** The bare work: the same rows into a fresh database with the same two stores, no outbox. */
async function bareInsert(name: string, rows: StoredRows): Promise<number> {
  const db = new Dexie(name);
  db.version(1).stores(bareStores);
  await db.open();
  const started = performance.now();
  await db.table('clients').bulkPut(rows.clients);
  await db.table('contacts').bulkPut(rows.contacts);
  const ms = performance.now() - started;
  db.close();
  await Dexie.delete(name);
  await settle();
  return ms;
}

/**
 * Writes `clientCount` clients with three contacts each through the repositories into
 * `workspace` (the bench workspace: run 0), and beside it, alternating, the bare Dexie
 * bulkPut of the same rows and further app runs into throwaway workspaces. Both sides are
 * warmed up alike first, on a small set.
 */
export async function measureBulkInsert(
  workspace: Workspace,
  clientCount: number,
  rounds: number,
): Promise<BulkInsertResult> {
  const warm = await appInsertFresh('quotient-bench-warm', generateClients(500, 5), true);
  await bareInsert('quotient-bench-bare-warm', warm.rows!);

  const inputs = generateClients(clientCount);
  const result: BulkInsertResult = { rows: 0, runs: [], baselineRuns: [], order: [] };
  let rows: StoredRows | undefined;
  for (let round = 0; round < rounds; round++) {
    // Run 0 must come first: it seeds the workspace and gives the bare side its rows.
    const order = round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const side of order) {
      if (side === 'app') {
        if (round === 0) {
          result.runs.push(await appInsert(workspace.repos, inputs));
          rows = await storedRows(workspace);
          await settle();
        } else {
          const { ms } = await appInsertFresh(`quotient-bench-app-${round}`, inputs);
          result.runs.push(ms);
        }
      } else {
        result.baselineRuns.push(await bareInsert(`quotient-bench-bare-${round}`, rows!));
      }
      result.order.push(side);
    }
  }
  result.rows = rows!.clients.length + rows!.contacts.length;
  return result;
}
