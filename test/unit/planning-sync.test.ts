import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput, makeOfferInput, makeRoleInput } from '../factories/domain';
import type { PlanAnalysis } from '../../src/shared/planning';
import { closeDevice, openDevice, syncDevice } from './sync-simulation/devices';
import type { Device } from './sync-simulation/devices';
import { createSimNetwork } from './sync-simulation/network';
import { startSimServer } from './sync-simulation/sim-server';
import type { SimServer } from './sync-simulation/sim-server';

/**
 * Two devices edit one project plan (issue 15) and sync through the real sync engine, the real
 * HTTP transport and the real server (Fastify on in-memory PGlite, reached through app.inject, as
 * the sync simulation runs it). Plans, packages and dependencies are separate rows synced field by
 * field, so the merge keeps both devices' edits; what a merge can break in the network (a
 * dependency on a package deleted elsewhere, a cycle closed by two links) is found when the plan
 * is read: analysePlan drops the dependency with a 'dangling-dependency' note and reports a
 * 'cycle' problem naming both packages.
 */

let server: SimServer;
beforeAll(async () => {
  server = await startSimServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

let devices: Device[] = [];
afterEach(() => {
  devices.forEach(closeDevice);
  devices = [];
});

/** Anna's and Ben's devices in a fresh workspace of the server. */
beforeEach(async () => {
  server.clock.reset();
  const workspaces = await server.newWorkspaces();
  const network = createSimNetwork({
    app: server.app,
    clock: server.clock,
    observer: { committed: () => undefined, acknowledged: () => undefined },
    pageLimit: 1_000,
  });
  for (const index of [0, 1]) {
    devices.push(
      await openDevice({
        index,
        workspaceId: workspaces.a,
        token: server.users[index]!.token,
        skewMs: 0,
        fetch: network.fetchFor(index),
        clock: server.clock,
      }),
    );
  }
});

const repos = (device: Device) => device.session.repos;

/** Syncs one device; the server's clock moves on a second so later edits stamp later. */
async function sync(device: Device) {
  const result = await syncDevice(device, server.clock);
  server.clock.advance(1_000);
  return result;
}

/** Both devices exchange everything: A pushes, B pushes and pulls, A pulls. */
async function exchange(a: Device, b: Device) {
  await sync(a);
  await sync(b);
  await sync(a);
}

/**
 * Device A's plan, synced to B: a draft offer with one phase "Umsetzung" and four packages of a
 * rate-card role, Analyse → Konzept, and Schnittstellen and Datenübernahme without links.
 */
async function sharedPlan() {
  const [a, b] = devices as [Device, Device];
  const role = await repos(a).roles.create(makeRoleInput({ name: 'Senior Consultant' }));
  const client = await repos(a).clients.create(makeClientInput());
  const offer = await repos(a).offers.create(
    makeOfferInput(client.id, { date: '2027-02-01', validUntil: '2027-03-03' }),
  );
  const { plan } = await repos(a).plans.create(offer.id, { startDate: '2027-03-01' });
  const phase = await repos(a).workPackages.add({ planId: plan.id, name: 'Umsetzung' });
  const add = (name: string, estimate: [string, string, string]) =>
    repos(a).workPackages.add({
      planId: plan.id,
      parentId: phase.id,
      name,
      roleId: role.id,
      optimistic: estimate[0],
      mostLikely: estimate[1],
      pessimistic: estimate[2],
    });
  const analyse = await add('Analyse', ['2', '3', '5']);
  const concept = await add('Konzept', ['3', '5', '8']);
  const interfaces = await add('Schnittstellen', ['4', '6', '10']);
  const migration = await add('Datenübernahme', ['1', '2', '4']);
  await repos(a).planDependencies.add({
    planId: plan.id,
    predecessorId: analyse.id,
    successorId: concept.id,
  });
  await exchange(a, b);
  return { a, b, offerId: offer.id, planId: plan.id, analyse, concept, interfaces, migration };
}

/** The plan as each device reads it after the merge (must be the same on both). */
async function analysed(offerId: string): Promise<PlanAnalysis> {
  const [a, b] = devices as [Device, Device];
  const atA = await repos(a).plans.analyse(offerId);
  const atB = await repos(b).plans.analyse(offerId);
  expect(atA).not.toBeNull();
  expect(atB).toEqual(atA);
  return atA as PlanAnalysis;
}

describe('a project plan edited on two devices', () => {
  it('merges the fields of one work package edited on both, and the generated lines follow', async () => {
    const { a, b, offerId, concept } = await sharedPlan();

    await repos(a).workPackages.update(concept.id, {
      name: 'Feinkonzept',
      deliverables: 'Feinkonzept mit Schnittstellenbeschreibung',
    });
    await repos(b).workPackages.update(concept.id, {
      optimistic: '4',
      mostLikely: '6',
      pessimistic: '11',
      team: 2,
    });
    await exchange(a, b);

    for (const device of [a, b]) {
      expect(await device.session.db.workPackages.get(concept.id)).toMatchObject({
        name: 'Feinkonzept',
        deliverables: 'Feinkonzept mit Schnittstellenbeschreibung',
        optimistic: '4',
        mostLikely: '6',
        pessimistic: '11',
        team: 2,
        deleted: false,
      });
    }
    const analysis = await analysed(offerId);
    const node = analysis.nodes.find((row) => row.id === concept.id);
    // PERT of 4/6/11: (4 + 24 + 11) / 6 = 6.5 person-days; two people: ⌈6.5 / 2⌉ = 4 working days.
    expect(node).toMatchObject({ wbs: '1.2', name: 'Feinkonzept', expected: '6.50', duration: 4 });
    expect(analysis.problems).toEqual([]);

    // The offer's line of the package carries both edits once the plan regenerates after the pull.
    for (const device of [a, b]) {
      await repos(device).plans.regenerate(offerId);
      const lines = await device.session.db.offerLines.where('offerId').equals(offerId).toArray();
      const line = lines.find((row) => !row.deleted && row.planPackageId === concept.id);
      expect(line).toMatchObject({
        name: '1.2 Feinkonzept',
        description: 'Feinkonzept mit Schnittstellenbeschreibung',
        estimate: expect.objectContaining({ optimistic: '4', mostLikely: '6', pessimistic: '11' }),
      });
    }
  });

  it('drops a dependency on a package the other device deleted, with a note', async () => {
    const { a, b, offerId, concept, interfaces } = await sharedPlan();

    // Anna deletes Schnittstellen; Ben, not knowing, makes Konzept wait for it.
    await repos(a).workPackages.remove(interfaces.id);
    const link = await repos(b).planDependencies.add({
      planId: (await repos(b).plans.forOffer(offerId))!.id,
      predecessorId: interfaces.id,
      successorId: concept.id,
    });
    await exchange(a, b);

    for (const device of [a, b]) {
      expect(await device.session.db.workPackages.get(interfaces.id)).toMatchObject({
        deleted: true,
      });
      expect(await device.session.db.planDependencies.get(link.id)).toMatchObject({
        deleted: false,
      });
    }
    const analysis = await analysed(offerId);
    expect(analysis.dependencies.map((dependency) => dependency.id)).not.toContain(link.id);
    expect(analysis.notes).toContainEqual(
      expect.objectContaining({
        kind: 'dangling-dependency',
        values: expect.objectContaining({ dependencyId: link.id }),
      }),
    );
    expect(analysis.problems).toEqual([]);
    // The rest of the network still schedules: Konzept after Analyse.
    expect(analysis.dates[concept.id]?.earliestStart).toBeGreaterThan(0);
    expect(analysis.nodes.map((node) => node.id)).not.toContain(interfaces.id);
  });

  it('shows the cycle two links form together, naming both packages', async () => {
    const { a, b, offerId, planId, interfaces, migration } = await sharedPlan();

    // Each link alone is fine: Schnittstellen → Datenübernahme on A, the reverse on B.
    const there = await repos(a).planDependencies.add({
      planId,
      predecessorId: interfaces.id,
      successorId: migration.id,
    });
    const back = await repos(b).planDependencies.add({
      planId,
      predecessorId: migration.id,
      successorId: interfaces.id,
    });
    await exchange(a, b);

    for (const device of [a, b]) {
      for (const id of [there.id, back.id]) {
        expect(await device.session.db.planDependencies.get(id)).toMatchObject({ deleted: false });
      }
    }
    const analysis = await analysed(offerId);
    const cycle = analysis.problems.find((problem) => problem.kind === 'cycle');
    expect(cycle).toBeDefined();
    if (cycle?.kind !== 'cycle') return;
    expect([...cycle.packageIds].sort()).toEqual([interfaces.id, migration.id].sort());
    expect([...cycle.names].sort()).toEqual(['1.3 Schnittstellen', '1.4 Datenübernahme']);
    // No schedule while the cycle stands; the effort is still summed.
    expect(analysis.dates).toEqual({});
    expect(analysis.duration).toBeNull();
    expect(Number(analysis.effort.expected)).toBeGreaterThan(0);
  });
});
