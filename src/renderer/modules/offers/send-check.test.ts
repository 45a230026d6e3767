import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorkPackageAdd, seedPlanOffer } from '../../../../test/factories/planning';
import { openTestWorkspace } from '#test/test-workspace';
import { runSendCheck } from './send-check';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

describe('runSendCheck', () => {
  it('lists a cycle that a sync merge left in the project plan as an error pointing at the plan', async () => {
    const seed = await seedPlanOffer(ws.repos);
    const { plan } = await ws.repos.plans.create(seed.offerId);
    const add = (name: string) =>
      ws.repos.workPackages.add(makeWorkPackageAdd(plan.id, { name, roleId: seed.developer.id }));
    const concept = await add('Konzeption');
    const build = await add('Umsetzung');
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: concept.id,
      successorId: build.id,
    });
    const offer = (await ws.repos.offers.get(seed.offerId))!;
    const clean = await runSendCheck({
      repos: ws.repos,
      offer,
      internal: false,
      today: offer.date,
    });
    expect(clean.findings.filter((finding) => finding.code.startsWith('plan'))).toEqual([]);

    // The other device's link, as a pull writes it: past the repository's cycle check.
    const [stored] = await ws.db.planDependencies.toArray();
    await ws.db.planDependencies.put({
      ...stored!,
      id: 'merged-link',
      predecessorId: build.id,
      successorId: concept.id,
    });
    const { findings } = await runSendCheck({
      repos: ws.repos,
      offer,
      internal: false,
      today: offer.date,
    });
    const cycle = findings.find((finding) => finding.code === 'planCycle');
    expect(cycle).toMatchObject({ severity: 'error', target: { kind: 'plan' } });
    expect(String(cycle?.params?.names)).toContain('1 Konzeption');
    expect(String(cycle?.params?.names)).toContain('2 Umsetzung');
  });
});
