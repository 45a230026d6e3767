import type { Workspace } from '../../../src/renderer/data';
import type { SyncedRow } from '../../../src/renderer/data/core/database';
import { newRow } from '../../../src/renderer/data/core/write';
import { newId } from '../../../src/shared/ids';
import { formatHlc, hlcTime, parseHlc } from '../../../src/shared/sync/hlc';
import { localToday, newOfferDefaults } from '../../../src/renderer/modules/offers/offer-defaults';
import { largePlanRows } from '../../support/planning-fixtures';
import { generateClients } from '../generate';

export type PlanningSeedResult = {
  offerId: string;
  packages: number;
  phases: number;
  dependencies: number;
  milestones: number;
  /** The offer lines the plan generated (one per package, plus the reserve). */
  lines: number;
  insertMs: number;
};

/**
 * An offer with the bench's 1,000-package plan (largePlanRows: phases of ten, chained with
 * parallel branches, the same plan the Node figure schedules). The client, offer, roles and plan
 * go through the repositories; the plan's 2,200 rows are stored in one bulk write as the
 * repositories store rows (field clocks, one stamp; no outbox: the bench does not sync), since
 * adding them one by one re-generates the offer's lines 2,200 times (over 10 minutes on the
 * shared bench machine); then `plans.regenerate` makes the offer's lines from them as every plan
 * write does.
 */
export async function seedPlanning(
  workspace: Workspace,
  packageCount = 1_000,
): Promise<PlanningSeedResult> {
  const { repos, db } = workspace;
  const started = performance.now();
  const source = largePlanRows(packageCount);
  const client = await repos.clients.create({
    ...generateClients(1, 77)[0]!,
    name: 'Bench Projektkunde GmbH',
  });
  const input = newOfferDefaults({
    client,
    company: (await repos.settings.getCompany()) ?? null,
    settings: await repos.offerSettings.get(),
    today: localToday(),
    title: `Bench: Projektplan mit ${packageCount} Arbeitspaketen`,
  });
  const offer = await repos.offers.create(input);
  const roleIds = new Map<string, string>();
  for (const role of source.roles) {
    const { name, dayRate, costPerDay, currency, active } = role;
    const created = await repos.roles.create({ name, dayRate, costPerDay, currency, active });
    roleIds.set(role.id, created.id);
  }
  const { plan } = await repos.plans.create(offer.id);

  // One stamp just after the plan's own: every later write of the app sorts after it.
  const planClock = parseHlc(Object.values((await db.projectPlans.get(plan.id))!.fieldClocks)[0]!);
  const hlc = formatHlc({ ...planClock, counter: planClock.counter + 1 });
  const stamp = { hlc, at: hlcTime(hlc), by: plan.createdBy };
  const ids = new Map([...source.packages, ...source.milestones].map((row) => [row.id, newId()]));
  const owner = { planId: plan.id, offerId: offer.id };
  const packages = source.packages.map((pkg) =>
    newRow<SyncedRow['workPackages']>({
      table: 'workPackages',
      id: ids.get(pkg.id)!,
      stamp,
      fields: {
        ...owner,
        name: pkg.name,
        position: pkg.position,
        optimistic: pkg.optimistic,
        mostLikely: pkg.mostLikely,
        pessimistic: pkg.pessimistic,
        team: pkg.team,
        deliverables: pkg.deliverables,
        description: pkg.description,
        parentId: pkg.parentId === '' ? '' : ids.get(pkg.parentId)!,
        roleId: pkg.roleId === '' ? '' : roleIds.get(pkg.roleId)!,
      },
    }),
  );
  const dependencies = source.dependencies.map((link) =>
    newRow<SyncedRow['planDependencies']>({
      table: 'planDependencies',
      stamp,
      fields: {
        ...owner,
        lagDays: link.lagDays,
        predecessorId: ids.get(link.predecessorId)!,
        successorId: ids.get(link.successorId)!,
      },
    }),
  );
  const milestones = source.milestones.map((milestone) =>
    newRow<SyncedRow['planMilestones']>({
      table: 'planMilestones',
      id: ids.get(milestone.id)!,
      stamp,
      fields: {
        ...owner,
        name: milestone.name,
        position: milestone.position,
        packageId: ids.get(milestone.packageId)!,
      },
    }),
  );
  await db.transaction('rw', ['workPackages', 'planDependencies', 'planMilestones'], async () => {
    await db.workPackages.bulkAdd(packages.map((written) => written.row));
    await db.planDependencies.bulkAdd(dependencies.map((written) => written.row));
    await db.planMilestones.bulkAdd(milestones.map((written) => written.row));
  });
  await repos.plans.regenerate(offer.id);

  const phases = source.packages.filter((pkg) => pkg.parentId === '').length;
  const lines = await repos.offerLines.listByOffer(offer.id);
  return {
    offerId: offer.id,
    packages: source.packages.length - phases,
    phases,
    dependencies: source.dependencies.length,
    milestones: source.milestones.length,
    lines: lines.length,
    insertMs: performance.now() - started,
  };
}
