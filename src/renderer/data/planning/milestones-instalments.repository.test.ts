import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeInstalmentRow,
  makeWorkPackageAdd,
  planTablesSnapshot,
  seedPlanOffer,
} from '../../../../test/factories/planning';
import type { ProjectPlan, WorkPackage } from '#shared/domain/planning';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let plan: ProjectPlan;
let concept: WorkPackage;
let build: WorkPackage;
beforeEach(async () => {
  ws = openTestWorkspace();
  const seed = await seedPlanOffer(ws.repos);
  plan = (await ws.repos.plans.create(seed.offerId)).plan;
  concept = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, { name: 'Konzeption', roleId: seed.consultant.id }),
  );
  build = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, { name: 'Umsetzung', roleId: seed.developer.id }),
  );
  await ws.repos.planDependencies.add({
    planId: plan.id,
    predecessorId: concept.id,
    successorId: build.id,
  });
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

async function notFound(write: () => Promise<unknown>) {
  const before = await snapshot();
  await expect(write()).rejects.toThrow(RowNotFoundError);
  expect(await snapshot()).toEqual(before);
}

const rows = async () => (await ws.repos.plans.rows(plan.offerId))!;

describe('planMilestones', () => {
  it('adds milestones in order, dated by their package, and changes and removes them', async () => {
    const first = await ws.repos.planMilestones.add({
      planId: plan.id,
      name: 'Konzept abgenommen',
      packageId: concept.id,
    });
    const second = await ws.repos.planMilestones.add({
      planId: plan.id,
      name: 'Go-live',
      packageId: build.id,
    });
    expect((await rows()).milestones.map((row) => row.name)).toEqual([
      'Konzept abgenommen',
      'Go-live',
    ]);
    const analysis = (await ws.repos.plans.analyse(plan.offerId))!;
    expect(analysis.milestones.map((row) => [row.id, row.date])).toEqual([
      [first.id, analysis.dates[concept.id]!.finish],
      [second.id, analysis.dates[build.id]!.finish],
    ]);
    const moved = await ws.repos.planMilestones.update(first.id, {
      name: 'Abnahme',
      packageId: build.id,
    });
    expect(moved).toMatchObject({ name: 'Abnahme', packageId: build.id });
    await ws.repos.planMilestones.remove(second.id);
    expect((await rows()).milestones.map((row) => row.id)).toEqual([first.id]);
    await ws.repos.planMilestones.restore(second.id);
    expect((await rows()).milestones.map((row) => row.id)).toEqual([first.id, second.id]);
  });

  it('refuses a bad name, an unknown or deleted package, writing nothing', async () => {
    const add = (name: string, packageId: string) =>
      ws.repos.planMilestones.add({ planId: plan.id, name, packageId });
    expect(await refusal(() => add('', concept.id))).toMatchObject([{ path: ['name'] }]);
    expect(await refusal(() => add('x'.repeat(201), concept.id))).toMatchObject([
      { path: ['name'] },
    ]);
    await notFound(() => add('Go-live', 'no-such-package'));
    const milestone = await add('Go-live', build.id);
    expect(
      await refusal(() => ws.repos.planMilestones.update(milestone.id, { name: ' ' })),
    ).toMatchObject([{ path: ['name'] }]);
    await notFound(() => ws.repos.planMilestones.update(milestone.id, { packageId: 'nope' }));
    await notFound(() => ws.repos.planMilestones.update('nope', { name: 'X' }));
    // A milestone goes with its package and cannot come back alone.
    await ws.repos.workPackages.remove(build.id);
    expect((await rows()).milestones).toEqual([]);
    await notFound(() => ws.repos.planMilestones.restore(milestone.id));
    await notFound(() => add('Go-live', build.id));
    await notFound(() =>
      ws.repos.planMilestones.add({ planId: 'no-plan', name: 'X', packageId: concept.id }),
    );
  });
});

describe('paymentInstalments.save', () => {
  let accepted: string;
  let live: string;
  beforeEach(async () => {
    accepted = (
      await ws.repos.planMilestones.add({
        planId: plan.id,
        name: 'Konzept abgenommen',
        packageId: concept.id,
      })
    ).id;
    live = (
      await ws.repos.planMilestones.add({ planId: plan.id, name: 'Go-live', packageId: build.id })
    ).id;
  });

  it('saves the whole plan in order; rows left out are deleted; the schedule has the amounts', async () => {
    const saved = await ws.repos.paymentInstalments.save(plan.id, [
      makeInstalmentRow('', { label: 'Anzahlung', percent: '30', dueDate: '2027-01-15' }),
      makeInstalmentRow(accepted, { label: 'Konzept', percent: '40' }),
      makeInstalmentRow(live, { label: 'Abnahme', percent: '30' }),
    ]);
    expect(saved.map((row) => [row.label, row.percent, row.dueKind])).toEqual([
      ['Anzahlung', '30', 'date'],
      ['Konzept', '40', 'milestone'],
      ['Abnahme', '30', 'milestone'],
    ]);
    const analysis = await ws.repos.plans.analyse(plan.offerId);
    const payments = (
      analysis as unknown as { payments: { rows: { amount: string }[]; total: string } }
    ).payments;
    const sum = payments.rows.reduce(
      (total, row) => total + Math.round(Number(row.amount) * 100),
      0,
    );
    expect((sum / 100).toFixed(2)).toBe(payments.total);

    // Reorder, change one, drop one, add one: ids of kept rows stay.
    const [deposit, conceptRow] = saved;
    const next = await ws.repos.paymentInstalments.save(plan.id, [
      { ...makeInstalmentRow(accepted, { label: 'Konzept', percent: '50' }), id: conceptRow!.id },
      {
        ...makeInstalmentRow('', { label: 'Anzahlung', percent: '20', dueDate: '2027-01-15' }),
        id: deposit!.id,
      },
      makeInstalmentRow(live, { label: 'Schluss', percent: '30' }),
    ]);
    expect(next.map((row) => [row.id === conceptRow!.id, row.label, row.percent])).toEqual([
      [true, 'Konzept', '50'],
      [false, 'Anzahlung', '20'],
      [false, 'Schluss', '30'],
    ]);
    expect(next[1]!.id).toBe(deposit!.id);
    expect((await rows()).instalments.map((row) => row.label)).toEqual([
      'Konzept',
      'Anzahlung',
      'Schluss',
    ]);
    // No rows: no payment plan.
    expect(await ws.repos.paymentInstalments.save(plan.id, [])).toEqual([]);
    expect((await rows()).instalments).toEqual([]);
    // A deleted row comes back by its id (undo).
    await ws.repos.paymentInstalments.save(plan.id, [
      { ...makeInstalmentRow(accepted, { percent: '100' }), id: conceptRow!.id },
    ]);
    expect((await rows()).instalments.map((row) => row.id)).toEqual([conceptRow!.id]);
  });

  it('keeps only the due field of the due kind', async () => {
    const [row] = await ws.repos.paymentInstalments.save(plan.id, [
      makeInstalmentRow(accepted, { percent: '100', dueDate: '2027-05-05' }),
    ]);
    expect(row).toMatchObject({ dueKind: 'milestone', milestoneId: accepted, dueDate: '' });
  });

  it('refuses a sum other than 100 with the sum, and bad rows at [index, field], all or nothing', async () => {
    await ws.repos.paymentInstalments.save(plan.id, [makeInstalmentRow(live, { percent: '100' })]);
    const save = (list: Parameters<typeof ws.repos.paymentInstalments.save>[1]) => () =>
      ws.repos.paymentInstalments.save(plan.id, list);
    expect(
      await refusal(
        save([
          makeInstalmentRow(accepted, { percent: '30' }),
          makeInstalmentRow(live, { percent: '60' }),
        ]),
      ),
    ).toEqual([
      expect.objectContaining({
        path: ['percent'],
        message: 'planning.validation.paymentSum',
        params: { sum: '90' },
      }),
    ]);
    expect(
      await refusal(
        save([
          makeInstalmentRow(accepted, { percent: '33.33' }),
          makeInstalmentRow(live, { percent: '66.66' }),
        ]),
      ),
    ).toMatchObject([{ params: { sum: '99.99' } }]);
    expect(
      await refusal(
        save([
          makeInstalmentRow(accepted, { percent: '50', label: '' }),
          makeInstalmentRow(live, { percent: '0' }),
          makeInstalmentRow('', { percent: '120', dueDate: '' }),
          makeInstalmentRow('', { percent: '-5', dueDate: '31.12.2027' }),
          makeInstalmentRow(live, { percent: 'zehn' }),
          makeInstalmentRow('gone-milestone', { percent: '10' }),
          makeInstalmentRow(live, { dueKind: 'milestone', milestoneId: '' }),
        ]),
      ),
    ).toEqual([
      expect.objectContaining({ path: [0, 'label'] }),
      expect.objectContaining({ path: [1, 'percent'], message: 'planning.validation.percent' }),
      expect.objectContaining({ path: [2, 'percent'] }),
      expect.objectContaining({ path: [2, 'dueDate'], message: 'validation.required' }),
      expect.objectContaining({ path: [3, 'percent'] }),
      expect.objectContaining({ path: [3, 'dueDate'] }),
      expect.objectContaining({ path: [3, 'percent'], message: 'planning.validation.percent' }),
      expect.objectContaining({ path: [4, 'percent'], message: 'validation.decimal' }),
      expect.objectContaining({ path: [4, 'percent'], message: 'validation.percent' }),
      expect.objectContaining({ path: [5, 'milestoneId'], message: 'validation.choice' }),
      expect.objectContaining({ path: [6, 'milestoneId'], message: 'validation.required' }),
    ]);
    await notFound(save([{ ...makeInstalmentRow(live, { percent: '100' }), id: 'not-ours' }]));
    await notFound(() =>
      ws.repos.paymentInstalments.save('no-plan', [makeInstalmentRow(live, { percent: '100' })]),
    );
    expect((await rows()).instalments.map((row) => row.percent)).toEqual(['100']);
  });
});
