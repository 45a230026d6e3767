import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeWorkPackageAdd,
  planTablesSnapshot,
  seedPlanOffer,
} from '../../../../test/factories/planning';
import type { ProjectPlan, WorkPackage } from '#shared/domain/planning';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let plan: ProjectPlan;
let phase: WorkPackage;
let concept: WorkPackage;
let build: WorkPackage;
let test: WorkPackage;
let golive: WorkPackage;
beforeEach(async () => {
  ws = openTestWorkspace();
  const seed = await seedPlanOffer(ws.repos);
  plan = (await ws.repos.plans.create(seed.offerId)).plan;
  const add = (name: string, parentId = '') =>
    ws.repos.workPackages.add(
      makeWorkPackageAdd(plan.id, { name, parentId, roleId: seed.developer.id }),
    );
  phase = await add('Projekt');
  concept = await add('Konzeption', phase.id);
  build = await add('Umsetzung', phase.id);
  test = await add('Test', phase.id);
  golive = await add('Go-live');
});

const snapshot = () => planTablesSnapshot(ws.db);

async function refusal(write: () => Promise<unknown>) {
  const before = await snapshot();
  const error = await write().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(await snapshot()).toEqual(before);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

const link = (predecessorId: string, successorId: string, lagDays?: number) =>
  ws.repos.planDependencies.add({
    planId: plan.id,
    predecessorId,
    successorId,
    ...(lagDays === undefined ? {} : { lagDays }),
  });

const links = async () =>
  (await ws.repos.plans.rows(plan.offerId))!.dependencies
    .map((row) => `${row.predecessorId}>${row.successorId}+${row.lagDays}`)
    .sort();

describe('planDependencies: add', () => {
  it('adds finish-to-start links with a lag that the schedule uses', async () => {
    const first = await link(concept.id, build.id);
    await link(build.id, test.id, 3);
    expect(first).toMatchObject({ planId: plan.id, offerId: plan.offerId, lagDays: 0 });
    const analysis = (await ws.repos.plans.analyse(plan.offerId))!;
    expect(analysis.dates[test.id]!.earliestStart).toBe(
      analysis.dates[build.id]!.earliestFinish + 3,
    );
    expect(analysis.criticalPath).toEqual([concept.id, build.id, test.id]);
  });

  it('refuses a self link, a phase, a duplicate and a bad lag, writing nothing', async () => {
    await link(concept.id, build.id);
    expect(await refusal(() => link(build.id, build.id))).toMatchObject([
      { path: ['successorId'], message: 'planning.validation.selfLink' },
    ]);
    expect(await refusal(() => link(phase.id, golive.id))).toMatchObject([
      {
        path: ['predecessorId'],
        message: 'planning.validation.phaseLink',
        params: { token: '1 Projekt' },
      },
    ]);
    expect(await refusal(() => link(golive.id, phase.id))).toMatchObject([
      { path: ['predecessorId'], message: 'planning.validation.phaseLink' },
    ]);
    expect(await refusal(() => link(concept.id, build.id))).toMatchObject([
      {
        path: ['predecessorId'],
        message: 'planning.validation.duplicateLink',
        params: { token: '1.1 Konzeption' },
      },
    ]);
    expect(await refusal(() => link(concept.id, test.id, -1))).toMatchObject([
      { path: ['lagDays'] },
    ]);
    expect(await refusal(() => link(concept.id, test.id, 251))).toMatchObject([
      { path: ['lagDays'] },
    ]);
    expect(await refusal(() => link(concept.id, test.id, 1.5))).toMatchObject([
      { path: ['lagDays'] },
    ]);
    await expect(link(concept.id, 'no-such-package')).rejects.toThrow(RowNotFoundError);
    expect(await links()).toEqual([`${concept.id}>${build.id}+0`]);
  });

  it('refuses a link that closes a cycle, naming the cycle in WBS form', async () => {
    await link(concept.id, build.id);
    await link(build.id, test.id);
    expect(await refusal(() => link(test.id, concept.id))).toEqual([
      expect.objectContaining({
        path: ['predecessorId'],
        message: 'planning.validation.cycle',
        params: { cycle: '1.3 Test → 1.1 Konzeption → 1.2 Umsetzung → 1.3 Test' },
      }),
    ]);
    expect(await refusal(() => link(build.id, concept.id))).toEqual([
      expect.objectContaining({
        params: { cycle: '1.2 Umsetzung → 1.1 Konzeption → 1.2 Umsetzung' },
      }),
    ]);
    expect(await links()).toHaveLength(2);
  });
});

describe('planDependencies: setPredecessors', () => {
  it('replaces the predecessors of a package in one write', async () => {
    await link(concept.id, test.id);
    const kept = await link(build.id, test.id, 1);
    const result = await ws.repos.planDependencies.setPredecessors(test.id, [
      { id: build.id, lagDays: 2 },
      { id: golive.id, lagDays: 0 },
    ]);
    expect(result.map((row) => row.predecessorId)).toEqual([build.id, golive.id]);
    expect(result[0]!.id).toBe(kept.id);
    expect(await links()).toEqual([`${build.id}>${test.id}+2`, `${golive.id}>${test.id}+0`].sort());
    await ws.repos.planDependencies.setPredecessors(test.id, []);
    expect(await links()).toEqual([]);
  });

  it('refuses self, phase, duplicate links and cycles at the link, writing nothing', async () => {
    await link(concept.id, build.id);
    await link(build.id, test.id);
    const set = (predecessors: { id: string; lagDays: number }[]) => () =>
      ws.repos.planDependencies.setPredecessors(concept.id, predecessors);
    expect(await refusal(set([{ id: concept.id, lagDays: 0 }]))).toMatchObject([
      { path: [0, 'id'], message: 'planning.validation.selfLink' },
    ]);
    expect(
      await refusal(
        set([
          { id: golive.id, lagDays: 0 },
          { id: phase.id, lagDays: 0 },
        ]),
      ),
    ).toMatchObject([{ path: [1, 'id'], message: 'planning.validation.phaseLink' }]);
    expect(
      await refusal(
        set([
          { id: golive.id, lagDays: 0 },
          { id: golive.id, lagDays: 2 },
        ]),
      ),
    ).toMatchObject([{ path: [1, 'id'], message: 'planning.validation.duplicateLink' }]);
    expect(await refusal(set([{ id: test.id, lagDays: 0 }]))).toMatchObject([
      {
        path: ['predecessorId'],
        message: 'planning.validation.cycle',
        params: { cycle: '1.3 Test → 1.1 Konzeption → 1.2 Umsetzung → 1.3 Test' },
      },
    ]);
    expect(await refusal(set([{ id: golive.id, lagDays: -3 }]))).toMatchObject([
      { path: [0, 'lagDays'] },
    ]);
    const before = await snapshot();
    await expect(set([{ id: 'nope', lagDays: 0 }])()).rejects.toThrow(RowNotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it('lets a package take over the links of its own predecessors without a false cycle', async () => {
    // Replacing test's predecessor build with concept while build → test is dropped.
    await link(concept.id, build.id);
    await link(build.id, test.id);
    await ws.repos.planDependencies.setPredecessors(test.id, [{ id: concept.id, lagDays: 0 }]);
    expect(await links()).toEqual(
      [`${concept.id}>${build.id}+0`, `${concept.id}>${test.id}+0`].sort(),
    );
  });
});

describe('planDependencies: update, remove, restore', () => {
  it('changes the lag and refuses a bad one', async () => {
    const row = await link(concept.id, build.id);
    expect((await ws.repos.planDependencies.update(row.id, { lagDays: 5 })).lagDays).toBe(5);
    expect(
      await refusal(() => ws.repos.planDependencies.update(row.id, { lagDays: 300 })),
    ).toMatchObject([{ path: ['lagDays'] }]);
    await expect(ws.repos.planDependencies.update('nope', { lagDays: 1 })).rejects.toThrow(
      RowNotFoundError,
    );
  });

  it('removes and restores a link; a restore that would close a cycle is refused', async () => {
    const first = await link(concept.id, build.id);
    await ws.repos.planDependencies.remove(first.id);
    expect(await links()).toEqual([]);
    await expect(ws.repos.planDependencies.update(first.id, { lagDays: 1 })).rejects.toThrow(
      RowNotFoundError,
    );
    await ws.repos.planDependencies.restore(first.id);
    expect(await links()).toEqual([`${concept.id}>${build.id}+0`]);
    await ws.repos.planDependencies.remove(first.id);
    await link(build.id, concept.id);
    expect(await refusal(() => ws.repos.planDependencies.restore(first.id))).toMatchObject([
      {
        message: 'planning.validation.cycle',
        params: { cycle: '1.1 Konzeption → 1.2 Umsetzung → 1.1 Konzeption' },
      },
    ]);
    // A twin of a live link is refused too.
    await ws.repos.planDependencies.remove(
      (await ws.repos.plans.rows(plan.offerId))!.dependencies[0]!.id,
    );
    const twin = await link(concept.id, build.id);
    expect(await refusal(() => ws.repos.planDependencies.restore(first.id))).toMatchObject([
      { message: 'planning.validation.duplicateLink' },
    ]);
    expect(twin.id).not.toBe(first.id);
  });
});
