import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeInstalmentRow,
  makeWorkPackageAdd,
  planLinesNowAndExpected,
  seedPlanOffer,
} from '../../../../test/factories/planning';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let seed: Awaited<ReturnType<typeof seedPlanOffer>>;
beforeEach(async () => {
  ws = openTestWorkspace();
  seed = await seedPlanOffer(ws.repos);
});

/** A plan with a phase of two linked packages, a top-level package, a milestone and instalments. */
async function planned() {
  const { plan } = await ws.repos.plans.create(seed.offerId, {
    region: 'NW',
    deadline: '2027-06-30',
  });
  const phase = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, { name: 'Konzeption' }),
  );
  const workshops = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, {
      parentId: phase.id,
      name: 'Workshops',
      roleId: seed.consultant.id,
    }),
  );
  const paper = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, {
      parentId: phase.id,
      name: 'Fachkonzept',
      roleId: seed.consultant.id,
    }),
  );
  const build = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, { name: 'Umsetzung', roleId: seed.developer.id, team: 2 }),
  );
  await ws.repos.planDependencies.add({
    planId: plan.id,
    predecessorId: workshops.id,
    successorId: paper.id,
  });
  await ws.repos.planDependencies.add({
    planId: plan.id,
    predecessorId: paper.id,
    successorId: build.id,
    lagDays: 2,
  });
  const milestone = await ws.repos.planMilestones.add({
    planId: plan.id,
    name: 'Konzept abgenommen',
    packageId: phase.id,
  });
  await ws.repos.paymentInstalments.save(plan.id, [
    makeInstalmentRow(milestone.id, { label: 'Konzept', percent: '40' }),
    makeInstalmentRow('', { label: 'Schluss', percent: '60', dueDate: '2027-07-15' }),
  ]);
  // Deleted rows stay behind.
  const dropped = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, { name: 'Verworfen' }),
  );
  await ws.repos.workPackages.remove(dropped.id);
  const line = (await ws.repos.offerLines.listByOffer(seed.offerId)).find(
    (row) => row.planPackageId === workshops.id,
  )!;
  await ws.repos.offerLines.update(line.id, { discountPct: '10' });
  return { plan };
}

/** The plan of an offer in a form that ignores ids but keeps every reference between rows. */
async function planShape(offerId: string) {
  const rows = (await ws.repos.plans.rows(offerId))!;
  const name = new Map(rows.packages.map((row) => [row.id, row.name]));
  const milestone = new Map(rows.milestones.map((row) => [row.id, row.name]));
  const settings = Object.fromEntries(
    Object.entries(rows.plan).filter(
      ([key]) => !['id', 'offerId', 'createdAt', 'updatedAt'].includes(key),
    ),
  );
  return {
    settings,
    packages: rows.packages.map((row) => [row.name, name.get(row.parentId) ?? '', row.position]),
    dependencies: rows.dependencies
      .map((row) => [name.get(row.predecessorId), name.get(row.successorId), row.lagDays])
      .sort(),
    milestones: rows.milestones.map((row) => [row.name, name.get(row.packageId)]),
    instalments: rows.instalments.map((row) => [
      row.label,
      row.percent,
      milestone.get(row.milestoneId) ?? row.dueDate,
    ]),
    ids: [
      rows.plan.id,
      ...rows.packages.map((row) => row.id),
      ...rows.dependencies.map((row) => row.id),
      ...rows.milestones.map((row) => row.id),
      ...rows.instalments.map((row) => row.id),
    ],
    planIds: new Set([
      ...rows.packages.map((row) => row.planId),
      ...rows.dependencies.map((row) => row.planId),
      ...rows.milestones.map((row) => row.planId),
      ...rows.instalments.map((row) => row.planId),
    ]),
  };
}

async function expectCopied(copyId: string) {
  const source = await planShape(seed.offerId);
  const copy = await planShape(copyId);
  expect(copy.settings).toEqual(source.settings);
  expect(copy.packages).toEqual(source.packages);
  expect(copy.packages.map(([name]) => name)).not.toContain('Verworfen');
  expect(copy.dependencies).toEqual(source.dependencies);
  expect(copy.milestones).toEqual(source.milestones);
  expect(copy.instalments).toEqual(source.instalments);
  // New ids everywhere, all pointing at the copy's plan.
  expect(copy.ids.filter((id) => source.ids.includes(id))).toEqual([]);
  expect(copy.planIds).toEqual(new Set([copy.ids[0]]));
  // The copy's lines point at its own packages and equal what its plan generates.
  const roles = await ws.db.roles.toArray();
  const { stored, expected } = await planLinesNowAndExpected(ws.repos, copyId, roles);
  expect(stored).toEqual(expected);
  const packageIds = new Set(copy.ids);
  expect(
    stored.lines.every(
      (line) => line.planPackageId === 'contingency' || packageIds.has(line.planPackageId!),
    ),
  ).toBe(true);
  expect(
    stored.sections.every(
      (row) => row.planPhaseId === 'contingency' || packageIds.has(row.planPhaseId!),
    ),
  ).toBe(true);
  const sourceLines = (await planLinesNowAndExpected(ws.repos, seed.offerId, roles)).stored;
  expect(stored.lines.map((line) => [line.name, line.quantity, line.unitPrice])).toEqual(
    sourceLines.lines.map((line) => [line.name, line.quantity, line.unitPrice]),
  );
  // The user's discount on a plan line travels with it.
  const lines = await ws.repos.offerLines.listByOffer(copyId);
  expect(lines.find((line) => line.name === '1.1 Workshops')?.discountPct).toBe('10');
  // The copy is a plan of its own: changing it leaves the source alone.
  const copyPlan = (await ws.repos.plans.forOffer(copyId))!;
  await ws.repos.plans.update(copyPlan.id, { confidencePct: '90' });
  expect((await planShape(seed.offerId)).settings.confidencePct).toBe('80');
  expect((await planLinesNowAndExpected(ws.repos, copyId, roles)).stored).toEqual(
    (await planLinesNowAndExpected(ws.repos, copyId, roles)).expected,
  );
}

describe('offer copies carry the project plan', () => {
  it('a new revision copies the plan with new ids', async () => {
    await planned();
    await ws.repos.offers.markSent(seed.offerId);
    const revision = await ws.repos.offers.revise(seed.offerId);
    await expectCopied(revision.id);
  });

  it('a duplicate copies the plan with new ids', async () => {
    await planned();
    const copy = await ws.repos.offers.duplicate(seed.offerId);
    await expectCopied(copy.id);
  });

  it('a variant copies the plan with new ids', async () => {
    await planned();
    const variant = await ws.repos.offers.duplicate(seed.offerId, { variantName: 'Variante B' });
    await expectCopied(variant.id);
  });

  it('copies no plan when the offer has none, or only a deleted one', async () => {
    const copy = await ws.repos.offers.duplicate(seed.offerId);
    expect(await ws.repos.plans.forOffer(copy.id)).toBeNull();
    const { plan } = await planned();
    await ws.repos.plans.remove(plan.id);
    const after = await ws.repos.offers.duplicate(seed.offerId);
    expect(await ws.repos.plans.forOffer(after.id)).toBeNull();
    expect(await ws.db.projectPlans.where('offerId').equals(after.id).count()).toBe(0);
  });
});
