import { describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../../src/shared/sync/reference-server';
import type { Change } from '../../../src/shared/sync/change';
import type { PulledChange } from '../../../src/shared/sync/protocol';
import {
  checkDeletes,
  checkFieldState,
  checkIsolation,
  checkLocalWrite,
  checkLogAgainstModel,
  checkNothingLost,
  checkSequence,
  checkStampsIncrease,
  diffStates,
  oracleOf,
  stateOfLog,
} from './checks';
import { collapsePush } from './ledger';
import type { WorkspaceLedger } from './ledger';

// The checks must be able to fail: each is shown a state that breaks its invariant.

const stamp = (second: number, node = 'a') =>
  `2026-11-28T09:00:${String(second).padStart(2, '0')}.000Z-0000-${node.repeat(16)}`;

const change = (field: string, value: unknown, second: number, id = 'c1'): Change => ({
  table: 'clients',
  id,
  field,
  value,
  hlc: stamp(second),
});

const logOf = (changes: readonly Change[]): PulledChange[] =>
  changes.map((entry, index) => ({ ...entry, seq: index + 1 }));

describe('sync simulation checks', () => {
  it('the oracle keeps the highest stamp per field and reports one stamp with two values', () => {
    const { state, problems } = oracleOf([
      change('name', 'B', 2),
      change('name', 'A', 1),
      change('city', 'Köln', 1),
      change('city', 'Bonn', 1),
    ]);
    expect(state).toEqual({
      clients: {
        c1: { name: { value: 'B', hlc: stamp(2) }, city: { value: 'Köln', hlc: stamp(1) } },
      },
    });
    expect(problems).toEqual([
      `stamp ${stamp(1)} names two values of clients/c1/city: "Köln" and "Bonn"`,
    ]);
  });

  it('diffStates names a field with another value, another stamp, or missing on one side', () => {
    const expected = oracleOf([change('name', 'A', 1), change('city', 'Köln', 1)]).state;
    expect(diffStates(expected, expected, 'same')).toEqual([]);
    const actual = oracleOf([change('name', 'A', 2), change('notes', '', 1)]).state;
    expect(diffStates(expected, actual, 'device')).toEqual([
      `device: clients/c1/city is nothing, expected "Köln" @ ${stamp(1)}`,
      `device: clients/c1/name is "A" @ ${stamp(2)}, expected "A" @ ${stamp(1)}`,
      `device: clients/c1/notes is "" @ ${stamp(1)}, expected nothing`,
    ]);
  });

  it('finds gaps in the sequence and a next_seq that disagrees with the log', () => {
    const log = logOf([change('name', 'A', 1), change('city', 'B', 1)]);
    expect(checkSequence(log, 2)).toEqual([]);
    expect(checkSequence([log[0]!, { ...log[1]!, seq: 3 }], 3)).toEqual([
      'log row 2 has seq 3: not 1…N',
      'next_seq says 3 changes, the log holds 2',
    ]);
  });

  it('finds a field logged twice at one stamp, or logged again at a lower stamp', () => {
    expect(checkStampsIncrease(logOf([change('name', 'A', 1), change('name', 'B', 2)]))).toEqual(
      [],
    );
    const duplicate = logOf([change('name', 'A', 1), change('name', 'A', 1)]);
    expect(checkStampsIncrease(duplicate)).toEqual([
      `log seq 2 logs clients/c1/name at ${stamp(1)}, not above seq 1 at ${stamp(1)} (a duplicate row)`,
    ]);
    expect(
      checkStampsIncrease(logOf([change('name', 'B', 2), change('name', 'A', 1)])),
    ).toHaveLength(1);
  });

  it('finds field_state stamps that are not the last logged ones', () => {
    const log = logOf([change('name', 'A', 1), change('name', 'B', 2)]);
    const row = { tbl: 'clients', row_id: 'c1', field: 'name' };
    expect(checkFieldState(log, [{ ...row, hlc: stamp(2) }])).toEqual([]);
    expect(checkFieldState(log, [{ ...row, hlc: stamp(1) }])).toEqual([
      `field_state clients/c1/name = ${stamp(1)}, last logged ${stamp(2)}`,
    ]);
    expect(checkFieldState(log, [])).toEqual(['field_state has 0 fields, the log 1']);
  });

  it('compares the log push by push with the model, which counts a re-sent push once', () => {
    const model = createReferenceServer({ now: () => Date.parse('2026-11-28T09:00:00Z') });
    const push = [{ mid: 1, changes: [change('name', 'A', 1), change('city', 'K', 1)] }];
    const ledger: WorkspaceLedger = { acked: [], model, appendedPerPush: [], lastMids: new Map() };
    const { changes, lastMid } = collapsePush(push, 0);
    model.push({ clientId: 'dev', schemaVersion: 1, mutations: [{ mid: lastMid, changes }] });
    ledger.appendedPerPush.push([...model.log()]);
    // The same push again: every mutation is at or below lastMid, nothing remains.
    expect(collapsePush(push, lastMid).changes).toEqual([]);

    const real = logOf([change('city', 'K', 1), change('name', 'A', 1)]);
    expect(checkLogAgainstModel(real, ledger)).toEqual([]);
    const duplicated = logOf([...real, change('name', 'A', 1)]);
    expect(checkLogAgainstModel(duplicated, ledger)).toEqual([
      'the log holds 3 rows, the model server appended 2',
    ]);
    const changed = logOf([change('city', 'K', 1), change('name', 'X', 1)]);
    expect(checkLogAgainstModel(changed, ledger)[0]).toMatch(/^committed push 1 \(log seq 1…2\)/);
  });

  it('collapses a push to the highest stamp per field, as one server transaction does', () => {
    const mutations = [
      { mid: 3, changes: [change('name', 'A', 1), change('city', 'K', 1)] },
      { mid: 4, changes: [change('name', 'B', 2)] },
    ];
    expect(collapsePush(mutations, 0)).toEqual({
      lastMid: 4,
      changes: [change('name', 'B', 2), change('city', 'K', 1)],
    });
    expect(collapsePush(mutations, 3)).toEqual({ lastMid: 4, changes: [change('name', 'B', 2)] });
  });

  it('reports an acknowledged change the server no longer holds', () => {
    const server = stateOfLog(logOf([change('name', 'A', 1)]));
    expect(checkNothingLost([change('name', 'A', 1)], server)).toEqual([]);
    expect(checkNothingLost([change('name', 'B', 2), change('city', 'K', 1)], server)).toEqual([
      `acknowledged clients/c1/name = "B" @ ${stamp(2)} is lost: the server holds ${stamp(1)}`,
      `acknowledged clients/c1/city = "K" @ ${stamp(1)} is lost: the server holds nothing`,
    ]);
  });

  it('reports a row deleted by its winning change but live on a device, and the reverse', () => {
    const oracle = oracleOf([change('deleted', false, 1), change('deleted', true, 2)]).state;
    const restored = oracleOf([change('deleted', false, 3)]).state;
    expect(checkDeletes(oracle, oracle, 'device 0')).toEqual([]);
    expect(checkDeletes(oracle, restored, 'device 0')).toEqual([
      'device 0: clients/c1 deleted is false, its winner true',
    ]);
    expect(checkDeletes(restored, oracle, 'device 0')).toEqual([
      'device 0: clients/c1 deleted is true, its winner false',
    ]);
  });

  it('reports a local write stamped below the stamp it overwrote', () => {
    const before = oracleOf([change('name', 'A', 5), change('city', 'K', 1)]).state;
    const raised = oracleOf([change('name', 'B', 6), change('city', 'K', 1)]).state;
    expect(checkLocalWrite(before, raised, 'device 1 (edit, step 3)')).toEqual([]);
    const lowered = oracleOf([change('name', 'B', 4), change('city', 'K', 1)]).state;
    expect(checkLocalWrite(before, lowered, 'device 1 (edit, step 3)')).toEqual([
      `device 1 (edit, step 3) stamped clients/c1/name ${stamp(4)}, below the ${stamp(5)} it overwrote`,
    ]);
  });

  it('reports rows two workspaces share', () => {
    const a = logOf([change('name', 'A', 1, 'c1')]);
    expect(checkIsolation(a, logOf([change('name', 'B', 1, 'c2')]))).toEqual([]);
    expect(checkIsolation(a, logOf([change('city', 'K', 1, 'c1')]))).toEqual([
      'workspaces A and B share rows clients/c1',
    ]);
  });
});
