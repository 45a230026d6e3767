import { schemaVersion } from '../../../src/renderer/data/core/migrations';
import { formatHlc } from '../../../src/shared/sync/hlc';
import { pushReplySchema } from '../../../src/shared/sync/protocol';
import type { PushRequest } from '../../../src/shared/sync/protocol';
import type { Device } from './devices';
import type { Ledger } from './ledger';
import { pickRow } from './local-writes';
import type { SimServer } from './sim-server';

/**
 * A workspace member who pushes malformed changes straight to the server with their own
 * token, past every check of the app (issue #9): reserved fields, unknown fields, values of
 * the wrong type, rows of nothing but bad values. The server must refuse reserved fields, and
 * unknown fields and wrong values from a client of its own version; what it accepts (from a
 * client claiming to be newer, whose fields and values it cannot judge) every other device must
 * park without it stopping their sync or reaching their rows.
 */

/** What the malicious push carries. */
export type PoisonKind =
  /** `id` set to another row's id, or `fieldClocks`: the server refuses it (400). */
  | 'reserved'
  /** A field the table does not have, from a client of this version: refused (400). */
  | 'unknown'
  /** A field the table does not have, claimed by a newer client: stored as an opaque value. */
  | 'newerField'
  /**
   * An object, list or number where the field holds another type: refused (400 on the value)
   * from a client of this version (even rows), stored from one claiming to be newer (odd rows).
   */
  | 'wrongType'
  /** A row no device has, made of bad values only, claimed by a newer client: stored. */
  | 'phantom';

export const POISON_KINDS: readonly PoisonKind[] = [
  'reserved',
  'unknown',
  'newerField',
  'wrongType',
  'phantom',
];

/** The poisoner's HLC node: no device has it (theirs repeat one digit, nodeIdOf). */
export const POISON_NODE = 'f0f0f0f0f0f0f0f0';

/** Whether the poisoner stamped this change. */
export const isPoison = (change: { hlc: string }): boolean => change.hlc.endsWith(POISON_NODE);

/** Bad values per edited table: each is of the wrong type for its field. */
const WRONG_TYPES = [
  { table: 'clients', field: 'name', value: { de: 'Objekt statt Text' } },
  { table: 'contacts', field: 'primary', value: 'yes' },
  { table: 'offers', field: 'title', value: ['eine', 'Liste'] },
  { table: 'offerSections', field: 'title', value: 7 },
  { table: 'offerLines', field: 'quantity', value: 2 },
] as const;

/** One run's poisoner: how many pushes it sent (their mids and stamp counters) and how many the server refused. */
export type Poisoner = { pushes: number; refused: number };

export const createPoisoner = (): Poisoner => ({ pushes: 0, refused: 0 });

/**
 * Pushes one malformed change as the user of `device`, on a row it holds (`row` picks it), and
 * checks the server's answer: 400 on the field for reserved and unknown fields, on the value for
 * a wrong value from a client of this version, 200 otherwise.
 * Accepted changes go into the ledger as acknowledged. Returns a broken expectation, if any.
 */
export async function pushPoison({
  server,
  ledger,
  poisoner,
  device,
  token,
  row,
  kind,
}: {
  server: SimServer;
  ledger: Ledger;
  poisoner: Poisoner;
  device: Device;
  token: string;
  row: number;
  kind: PoisonKind;
}): Promise<string | undefined> {
  const count = poisoner.pushes + 1;
  const target = WRONG_TYPES[row % WRONG_TYPES.length]!;
  const client = await pickRow(device, 'clients', row);
  const picked =
    kind === 'wrongType' ? await pickRow(device, target.table, row) : (client ?? undefined);
  const id = kind === 'phantom' ? `phantom-${count}` : picked?.id;
  if (id === undefined) return undefined;
  poisoner.pushes = count;
  const other = await pickRow(device, 'clients', row + 1);
  const change = {
    reserved:
      row % 2 === 0
        ? { table: 'clients', field: 'id', value: other?.id ?? 'another-row' }
        : { table: 'clients', field: 'fieldClocks', value: {} },
    unknown: { table: 'clients', field: 'shoeSize', value: 42 },
    newerField: { table: 'clients', field: 'rating', value: row },
    wrongType: target,
    phantom: { table: 'clients', field: 'name', value: 7 },
  }[kind];
  const hlc = formatHlc({
    millis: server.clock.now(),
    counter: poisoner.pushes,
    node: POISON_NODE,
  });
  const newer =
    kind === 'newerField' || kind === 'phantom' || (kind === 'wrongType' && row % 2 === 1);
  const push: PushRequest = {
    clientId: `poisoner-${device.index}`,
    schemaVersion: newer ? schemaVersion + 1 : schemaVersion,
    mutations: [{ mid: poisoner.pushes, changes: [{ ...change, id, hlc }] }],
  };
  const reply = await server.app.inject({
    method: 'POST',
    url: `/v1/workspaces/${device.workspaceId}/push`,
    headers: { 'x-quotient-protocol': '1', authorization: `Bearer ${token}` },
    payload: push,
  });
  const refusedAt =
    kind === 'reserved' || kind === 'unknown' ? 'field' : newer ? undefined : 'value';
  if (refusedAt) {
    poisoner.refused += 1;
    const body = reply.json<{ path?: string }>();
    return reply.statusCode === 400 && body.path === `mutations.0.changes.0.${refusedAt}`
      ? undefined
      : `the server answered ${reply.statusCode} ${reply.body} to a ${kind} change, not 400 on the ${refusedAt}`;
  }
  if (reply.statusCode !== 200) {
    return `the server answered ${reply.statusCode} ${reply.body} to a ${kind} change it stores`;
  }
  const request = {
    device: device.index,
    workspaceId: device.workspaceId,
    method: 'POST' as const,
    url: `/v1/workspaces/${device.workspaceId}/push`,
    headers: {},
    body: undefined,
  };
  const parsed = pushReplySchema.parse(reply.json());
  ledger.committed(request, push, parsed);
  ledger.acknowledged(request, push, parsed);
  return undefined;
}
