import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { FAULTS } from './network';
import type { Fault } from './network';
import { POISON_KINDS } from './poison';
import type { PoisonKind } from './poison';

/**
 * What a simulated run does: a scenario of tagged actions. Actions name devices by slot and
 * rows by a pick (index modulo the rows the device holds at that moment), so a shrunk
 * scenario still means something, and a regression test can be written by hand.
 */

/** Tables whose rows the simulation edits. */
export type EditedTable = 'clients' | 'contacts' | 'offers' | 'offerSections' | 'offerLines';

/** One field edit the simulation may make on a row of `table`. */
export type FieldEdit = { table: EditedTable; field: string; value: string | boolean };

/** Up to ±10 minutes of wall-clock skew. */
export const MAX_SKEW_MS = 10 * 60 * 1000;

export type Action =
  | { t: 'createClient'; d: number; name: string }
  | { t: 'createContact'; d: number; client: number; lastName: string; primary: boolean }
  | { t: 'createOffer'; d: number; client: number; title: string }
  | { t: 'addSection'; d: number; offer: number; title: string }
  | { t: 'addLine'; d: number; section: number; name: string; quantity: string; unitPrice: string }
  | { t: 'edit'; d: number; row: number; edit: FieldEdit }
  | { t: 'remove'; d: number; table: EditedTable; row: number }
  | { t: 'restore'; d: number; table: EditedTable; row: number }
  | { t: 'sendOffer'; d: number; offer: number }
  /** The user of device `d` pushes a malformed change straight to the server (poison.ts). */
  | { t: 'poison'; d: number; row: number; kind: PoisonKind }
  /** One sync run; its requests meet `faults` in order, later ones go through. */
  | { t: 'sync'; d: number; faults: Fault[] }
  /** The app dies and restarts on the same disk (outbox, cursor and rows survive; memory does not). */
  | { t: 'crash'; d: number }
  | { t: 'advance'; ms: number }
  /** The device's wall clock jumps to simulated time + ms (also backwards). */
  | { t: 'skew'; d: number; ms: number }
  | { t: 'partition'; d: number }
  | { t: 'heal'; d: number }
  /** A request stuck in the network arrives now (pick among those waiting). */
  | { t: 'deliverDelayed'; pick: number }
  /** A copy of an earlier push arrives again, out of order (pick among all pushes sent). */
  | { t: 'replay'; pick: number }
  /** The operator gives a workspace a new epoch (as after a restore): its devices resync. */
  | { t: 'renewEpoch'; workspace: 'a' | 'b' };

/** One run: how many devices share workspace A (one more device is alone in B), and what happens. */
export type Scenario = {
  devicesInA: number;
  /** Initial skew per device slot. */
  skews: number[];
  /** The most changes the server puts on a pull page in this run (small values force paging). */
  pageLimit: number;
  /** Start from shared data every device already holds (see sharedStart). */
  shared: boolean;
  actions: Action[];
};

/**
 * What a team shares before a run: a client with a primary contact and an offer with a line,
 * made on device 0 and synced to every device; a client of its own in workspace B.
 */
export function sharedStart(devices: number): Action[] {
  const sync = (d: number): Action => ({ t: 'sync', d, faults: [] });
  return [
    { t: 'createClient', d: 0, name: 'Alpha GmbH' },
    { t: 'createContact', d: 0, client: 0, lastName: 'Schmidt', primary: true },
    { t: 'createOffer', d: 0, client: 0, title: 'Lagerverwaltung' },
    { t: 'addLine', d: 0, section: 0, name: 'Server R450', quantity: '1', unitPrice: '4290.00' },
    { t: 'createClient', d: devices - 1, name: 'Beta AG' },
    ...Array.from({ length: devices }, (_, d) => sync(d)),
  ];
}

export const EDITED_TABLES: readonly EditedTable[] = [
  'clients',
  'contacts',
  'offers',
  'offerSections',
  'offerLines',
];

/** Every field edit the simulation makes; values come from small pools so edits collide. */
export const FIELD_EDITS: readonly FieldEdit[] = [
  ...['Nordwind AG', 'Süd IT', 'Rheinland Logistik'].map((value) => ({
    table: 'clients' as const,
    field: 'name',
    value,
  })),
  ...['Köln', 'Bonn', ''].map((value) => ({ table: 'clients' as const, field: 'city', value })),
  ...['ruft zurück', ''].map((value) => ({ table: 'clients' as const, field: 'notes', value })),
  ...['Weber', 'Meyer'].map((value) => ({ table: 'contacts' as const, field: 'lastName', value })),
  ...['a@example.de', ''].map((value) => ({ table: 'contacts' as const, field: 'email', value })),
  ...[true, false].map((value) => ({ table: 'contacts' as const, field: 'primary', value })),
  ...['Angebot Lager', 'Angebot Netz'].map((value) => ({
    table: 'offers' as const,
    field: 'title',
    value,
  })),
  ...['Hardware', 'Dienstleistung'].map((value) => ({
    table: 'offerSections' as const,
    field: 'title',
    value,
  })),
  ...['1', '2.5', '10'].map((value) => ({
    table: 'offerLines' as const,
    field: 'quantity',
    value,
  })),
  ...['0.00', '99.50', '4290.00'].map((value) => ({
    table: 'offerLines' as const,
    field: 'unitPrice',
    value,
  })),
  ...['Server', 'Workshop'].map((value) => ({
    table: 'offerLines' as const,
    field: 'name',
    value,
  })),
];

/** Device slots: taken modulo the devices of the run. */
const slot = fc.nat({ max: 4 });
const pick = fc.nat({ max: 15 });
const table = fc.constantFrom(...EDITED_TABLES);

const createClient: Arbitrary<Action> = fc.record({
  t: fc.constant('createClient' as const),
  d: slot,
  name: fc.constantFrom('Alpha GmbH', 'Beta AG'),
});

const localActions: Arbitrary<Action>[] = [
  fc.record({
    t: fc.constant('createContact' as const),
    d: slot,
    client: pick,
    lastName: fc.constantFrom('Schmidt', 'Weber'),
    primary: fc.boolean(),
  }),
  fc.record({
    t: fc.constant('createOffer' as const),
    d: slot,
    client: pick,
    title: fc.constantFrom('Lagerverwaltung', 'Netzwerk'),
  }),
  fc.record({
    t: fc.constant('addSection' as const),
    d: slot,
    offer: pick,
    title: fc.constantFrom('Hardware', 'Lizenzen'),
  }),
  fc.record({
    t: fc.constant('addLine' as const),
    d: slot,
    section: pick,
    name: fc.constantFrom('Server R450', 'Workshop'),
    quantity: fc.constantFrom('1', '2', '0.5'),
    unitPrice: fc.constantFrom('4290.00', '1200.00'),
  }),
  fc.record({
    t: fc.constant('edit' as const),
    d: slot,
    row: pick,
    edit: fc.constantFrom(...FIELD_EDITS),
  }),
  fc.record({ t: fc.constant('remove' as const), d: slot, table, row: pick }),
  fc.record({ t: fc.constant('restore' as const), d: slot, table, row: pick }),
  fc.record({ t: fc.constant('sendOffer' as const), d: slot, offer: pick }),
];

/** Mostly requests that go through, so syncs also succeed; shrinks towards 'ok'. */
const faults = fc.array(
  fc.oneof(
    { arbitrary: fc.constant<Fault>('ok'), weight: 3 },
    { arbitrary: fc.constantFrom(...FAULTS.filter((fault) => fault !== 'ok')), weight: 2 },
  ),
  { maxLength: 5 },
);

const crash: Arbitrary<Action> = fc.record({ t: fc.constant('crash' as const), d: slot });

/** A wall-clock skew: often an extreme (±10 min, ±1 min, exact), else anything in between. */
const skewMs = fc.oneof(
  fc.constantFrom(0, -MAX_SKEW_MS, MAX_SKEW_MS, -60_000, 60_000),
  fc.integer({ min: -MAX_SKEW_MS, max: MAX_SKEW_MS }),
);

const worldActions: Arbitrary<Action>[] = [
  fc.record({
    t: fc.constant('advance' as const),
    ms: fc.integer({ min: 1, max: 15 * 60 * 1000 }),
  }),
  fc.record({
    t: fc.constant('skew' as const),
    d: slot,
    ms: skewMs,
  }),
  fc.record({ t: fc.constant('partition' as const), d: slot }),
  fc.record({ t: fc.constant('heal' as const), d: slot }),
  fc.record({ t: fc.constant('deliverDelayed' as const), pick }),
  fc.record({ t: fc.constant('replay' as const), pick }),
  fc.record({
    t: fc.constant('renewEpoch' as const),
    workspace: fc.constantFrom('a' as const, 'b' as const),
  }),
];

const poison: Arbitrary<Action> = fc.record({
  t: fc.constant('poison' as const),
  d: slot,
  row: pick,
  kind: fc.constantFrom(...POISON_KINDS),
});

/** Any action: about half local writes, a quarter syncs, the rest faults of the world and poison. */
export const actionArbitrary: Arbitrary<Action> = fc.oneof(
  { arbitrary: createClient, weight: 1 },
  { arbitrary: fc.oneof(...localActions), weight: 7 },
  { arbitrary: poison, weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('sync' as const), d: slot, faults }), weight: 4 },
  { arbitrary: crash, weight: 1 },
  { arbitrary: fc.oneof(...worldActions), weight: 3 },
);

/** A whole run; `maxActions` bounds its length (the budget knob besides the number of runs). */
export function scenarioArbitrary(maxActions: number): Arbitrary<Scenario> {
  return fc.record({
    devicesInA: fc.integer({ min: 2, max: 4 }),
    skews: fc.array(skewMs, {
      minLength: 5,
      maxLength: 5,
    }),
    // Short pages make the engine page (and hold back a row split across pages), at a cost in requests.
    pageLimit: fc.oneof(
      { arbitrary: fc.constantFrom(1000, 50), weight: 3 },
      { arbitrary: fc.constantFrom(1, 2, 7), weight: 2 },
    ),
    shared: fc.boolean(),
    actions: fc.array(actionArbitrary, { maxLength: maxActions, size: 'max' }),
  });
}
