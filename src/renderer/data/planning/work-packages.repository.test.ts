import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeWorkPackageAdd,
  planLinesNowAndExpected,
  planTablesSnapshot,
  seedPlanOffer,
} from '../../../../test/factories/planning';
import type { ProjectPlan } from '#shared/domain/planning';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let seed: Awaited<ReturnType<typeof seedPlanOffer>>;
let plan: ProjectPlan;
beforeEach(async () => {
  ws = openTestWorkspace();
  seed = await seedPlanOffer(ws.repos);
  plan = (await ws.repos.plans.create(seed.offerId)).plan;
});

const snapshot = () => planTablesSnapshot(ws.db);

async function expectRefused(write: () => Promise<unknown>, path: PropertyKey[], message: unknown) {
  const before = await snapshot();
  const error = await write().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues[0]).toMatchObject({ path, message });
  expect(await snapshot()).toEqual(before);
}

async function expectNotFound(write: () => Promise<unknown>) {
  const before = await snapshot();
  await expect(write()).rejects.toThrow(RowNotFoundError);
  expect(await snapshot()).toEqual(before);
}

async function expectLinesFollowPlan() {
  const { stored, expected } = await planLinesNowAndExpected(
    ws.repos,
    seed.offerId,
    await ws.db.roles.toArray(),
  );
  expect(stored).toEqual(expected);
  return stored;
}

/** The WBS as "number name" in order, from the analysis. */
const wbs = async () =>
  (await ws.repos.plans.analyse(seed.offerId))!.nodes.map((node) => `${node.wbs} ${node.name}`);

const add = (overrides: Parameters<typeof makeWorkPackageAdd>[1] = {}) =>
  ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, { roleId: seed.consultant.id, ...overrides }),
  );

const liveLinks = async () =>
  (await ws.repos.plans.rows(seed.offerId))!.dependencies.map(
    (row) => `${row.predecessorId}>${row.successorId}`,
  );

describe('workPackages: add', () => {
  it('adds at the end, after a sibling, and into a phase; numbers follow', async () => {
    const a = await add({ name: 'Analyse' });
    const c = await add({ name: 'Betrieb' });
    await add({ name: 'Umsetzung', after: a.id });
    await add({ name: 'Interviews', parentId: a.id });
    await add({ name: 'Bericht', parentId: a.id });
    expect(await wbs()).toEqual([
      '1 Analyse',
      '1.1 Interviews',
      '1.2 Bericht',
      '2 Umsetzung',
      '3 Betrieb',
    ]);
    expect(c).toMatchObject({ planId: plan.id, offerId: seed.offerId, parentId: '', team: 1 });
    await expectLinesFollowPlan();
  });

  it('refuses bad estimates and fields at the field, writing nothing', async () => {
    await expectRefused(() => add({ name: '' }), ['name'], expect.any(String));
    await expectRefused(
      () => add({ optimistic: '6', mostLikely: '5', pessimistic: '9' }),
      ['mostLikely'],
      'planning.validation.mostLikelyBelowOptimistic',
    );
    await expectRefused(
      () => add({ optimistic: '1', mostLikely: '5', pessimistic: '4' }),
      ['pessimistic'],
      'planning.validation.pessimisticBelowMostLikely',
    );
    await expectRefused(() => add({ optimistic: '-1' }), ['optimistic'], 'validation.negative');
    await expectRefused(() => add({ mostLikely: 'fünf' }), ['mostLikely'], 'validation.decimal');
    await expectRefused(() => add({ team: 0 }), ['team'], expect.any(String));
    await expectRefused(() => add({ team: 1.5 }), ['team'], expect.any(String));
    await expectNotFound(() => add({ parentId: 'no-such-package' }));
    await expectNotFound(() => add({ roleId: 'no-such-role' }));
    const retired = await ws.repos.roles.create({
      ...(await ws.repos.roles.get(seed.developer.id))!,
      name: 'Alt',
    });
    await ws.repos.roles.remove(retired.id);
    await expectNotFound(() => add({ roleId: retired.id }));
    await expectNotFound(() => add({ after: 'no-such-sibling' }));
    await expectNotFound(() => ws.repos.workPackages.add(makeWorkPackageAdd('no-such-plan')));
    expect((await ws.repos.plans.rows(seed.offerId))!.packages).toEqual([]);
  });

  it('turns a package with dependencies into a phase: its dependencies go, and come back when the child goes', async () => {
    const a = await add({ name: 'Analyse' });
    const b = await add({ name: 'Umsetzung' });
    const c = await add({ name: 'Test' });
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: a.id,
      successorId: b.id,
    });
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: b.id,
      successorId: c.id,
    });
    const child = await add({ name: 'Backend', parentId: b.id });
    expect(await liveLinks()).toEqual([]);
    await expectLinesFollowPlan();
    // Undo of the add: the child goes, the package is a package again with its links.
    await ws.repos.workPackages.remove(child.id);
    expect((await liveLinks()).sort()).toEqual([`${a.id}>${b.id}`, `${b.id}>${c.id}`].sort());
    await expectLinesFollowPlan();
  });
});

describe('workPackages: update', () => {
  it('changes the estimate and the line follows', async () => {
    const a = await add({ name: 'Analyse' });
    const updated = await ws.repos.workPackages.update(a.id, {
      optimistic: '8',
      mostLikely: '10',
      pessimistic: '18',
      deliverables: 'Studie',
      team: 2,
    });
    expect(updated).toMatchObject({
      optimistic: '8',
      mostLikely: '10',
      pessimistic: '18',
      team: 2,
    });
    const stored = await expectLinesFollowPlan();
    expect(stored.lines[0]).toMatchObject({ quantity: '11.00', description: 'Studie' });
  });

  it('refuses a bad patch at the field and ignores plan, offer, parent and position', async () => {
    const a = await add({ name: 'Analyse' });
    await expectRefused(
      () => ws.repos.workPackages.update(a.id, { optimistic: '9' }),
      ['mostLikely'],
      'planning.validation.mostLikelyBelowOptimistic',
    );
    await expectRefused(
      () => ws.repos.workPackages.update(a.id, { pessimistic: '4' }),
      ['pessimistic'],
      'planning.validation.pessimisticBelowMostLikely',
    );
    await expectRefused(
      () => ws.repos.workPackages.update(a.id, { pessimistic: '-4' }),
      ['pessimistic'],
      'validation.negative',
    );
    await expectRefused(
      () => ws.repos.workPackages.update(a.id, { name: ' ' }),
      ['name'],
      expect.any(String),
    );
    await expectNotFound(() => ws.repos.workPackages.update(a.id, { roleId: 'gone' }));
    await expectNotFound(() => ws.repos.workPackages.update('no-such-package', { name: 'X' }));
    const same = await ws.repos.workPackages.update(a.id, {
      planId: 'x',
      offerId: 'y',
      parentId: 'z',
      position: 'zz',
    } as never);
    expect(same).toMatchObject({
      planId: plan.id,
      offerId: seed.offerId,
      parentId: '',
      position: a.position,
    });
  });

  it('refuses to change a deleted package', async () => {
    const a = await add({ name: 'Analyse' });
    await ws.repos.workPackages.remove(a.id);
    await expectNotFound(() => ws.repos.workPackages.update(a.id, { name: 'X' }));
  });
});

describe('workPackages: move, indent, outdent', () => {
  it('moves a package to an index in another parent, and the lines follow', async () => {
    const a = await add({ name: 'Analyse' });
    const b = await add({ name: 'Umsetzung' });
    const a1 = await add({ name: 'Interviews', parentId: a.id });
    await add({ name: 'Bericht', parentId: a.id });
    await ws.repos.workPackages.move(b.id, { parentId: a.id, index: 1 });
    expect(await wbs()).toEqual(['1 Analyse', '1.1 Interviews', '1.2 Umsetzung', '1.3 Bericht']);
    await ws.repos.workPackages.move(a1.id, { parentId: '', index: 0 });
    expect(await wbs()).toEqual(['1 Interviews', '2 Analyse', '2.1 Umsetzung', '2.2 Bericht']);
    await expectLinesFollowPlan();
  });

  it('refuses to move a package into itself or past the end, and an unknown parent', async () => {
    const a = await add({ name: 'Analyse' });
    const a1 = await add({ name: 'Interviews', parentId: a.id });
    await expectRefused(
      () => ws.repos.workPackages.move(a.id, { parentId: a1.id, index: 0 }),
      ['parentId'],
      'planning.validation.moveIntoItself',
    );
    await expectRefused(
      () => ws.repos.workPackages.move(a.id, { parentId: a.id, index: 0 }),
      ['parentId'],
      'planning.validation.moveIntoItself',
    );
    await expectRefused(
      () => ws.repos.workPackages.move(a1.id, { parentId: '', index: 5 }),
      ['index'],
      'validation.tooBig',
    );
    await expectRefused(
      () => ws.repos.workPackages.move(a1.id, { parentId: '', index: -1 }),
      ['index'],
      expect.any(String),
    );
    await expectNotFound(() => ws.repos.workPackages.move(a1.id, { parentId: 'nope', index: 0 }));
  });

  it('indents under the previous sibling and outdents right after the parent', async () => {
    const a = await add({ name: 'Analyse' });
    const b = await add({ name: 'Umsetzung' });
    const c = await add({ name: 'Test' });
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: a.id,
      successorId: c.id,
    });
    await ws.repos.workPackages.indent(b.id);
    expect(await wbs()).toEqual(['1 Analyse', '1.1 Umsetzung', '2 Test']);
    // Analyse became a phase: its link to Test went.
    expect(await liveLinks()).toEqual([]);
    await expectLinesFollowPlan();
    // Indenting the first child does nothing; outdent puts it right after its parent.
    expect((await ws.repos.workPackages.indent(b.id)).parentId).toBe(a.id);
    await ws.repos.workPackages.outdent(b.id);
    expect(await wbs()).toEqual(['1 Analyse', '2 Umsetzung', '3 Test']);
    // Undo of the indent: Analyse is a package again and its link is back.
    expect(await liveLinks()).toEqual([`${a.id}>${c.id}`]);
    expect((await ws.repos.workPackages.outdent(a.id)).parentId).toBe('');
    await expectLinesFollowPlan();
  });

  it('does not bring back a link whose other end became a phase meanwhile', async () => {
    const a = await add({ name: 'Analyse' });
    const b = await add({ name: 'Umsetzung' });
    const c = await add({ name: 'Test' });
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: a.id,
      successorId: c.id,
    });
    await ws.repos.workPackages.indent(b.id);
    await add({ name: 'Lasttest', parentId: c.id });
    await ws.repos.workPackages.outdent(b.id);
    expect(await liveLinks()).toEqual([]);
    await expectLinesFollowPlan();
  });
});

describe('workPackages: remove and restore', () => {
  it('removes a subtree with the links and milestones on it, and restores exactly that', async () => {
    const a = await add({ name: 'Analyse' });
    const a1 = await add({ name: 'Interviews', parentId: a.id });
    const a2 = await add({ name: 'Bericht', parentId: a.id });
    const b = await add({ name: 'Umsetzung' });
    const c = await add({ name: 'Test' });
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: a2.id,
      successorId: b.id,
    });
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: b.id,
      successorId: c.id,
    });
    const kept = await ws.repos.planMilestones.add({
      planId: plan.id,
      name: 'Live',
      packageId: c.id,
    });
    const gone = await ws.repos.planMilestones.add({
      planId: plan.id,
      name: 'Studie',
      packageId: a.id,
    });
    // Deleted before: stays deleted when the phase comes back.
    await ws.repos.workPackages.remove(a1.id);

    await ws.repos.workPackages.remove(a.id);
    expect(await wbs()).toEqual(['1 Umsetzung', '2 Test']);
    expect(await liveLinks()).toEqual([`${b.id}>${c.id}`]);
    expect((await ws.repos.plans.rows(seed.offerId))!.milestones.map((row) => row.id)).toEqual([
      kept.id,
    ]);
    await expectLinesFollowPlan();

    await ws.repos.workPackages.restore(a.id);
    expect(await wbs()).toEqual(['1 Analyse', '1.1 Bericht', '2 Umsetzung', '3 Test']);
    expect((await liveLinks()).sort()).toEqual([`${a2.id}>${b.id}`, `${b.id}>${c.id}`].sort());
    expect(
      (await ws.repos.plans.rows(seed.offerId))!.milestones.map((row) => row.id).sort(),
    ).toEqual([kept.id, gone.id].sort());
    await expectLinesFollowPlan();
    // Removing and restoring twice is harmless.
    await ws.repos.workPackages.restore(a.id);
    await ws.repos.workPackages.remove(b.id);
    await ws.repos.workPackages.remove(b.id);
    await expectLinesFollowPlan();
  });

  it('refuses to restore a package whose parent is deleted', async () => {
    const a = await add({ name: 'Analyse' });
    const a1 = await add({ name: 'Interviews', parentId: a.id });
    await ws.repos.workPackages.remove(a1.id);
    await ws.repos.workPackages.remove(a.id);
    await expectNotFound(() => ws.repos.workPackages.restore(a1.id));
    await expectNotFound(() => ws.repos.workPackages.remove('no-such-package'));
  });

  it('get returns deleted packages too', async () => {
    const a = await add({ name: 'Analyse' });
    await ws.repos.workPackages.remove(a.id);
    expect((await ws.repos.workPackages.get(a.id))?.deleted).toBe(true);
    expect(await ws.repos.workPackages.get('nope')).toBeUndefined();
  });
});
