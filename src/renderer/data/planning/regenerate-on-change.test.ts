import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeWorkPackageAdd,
  planTablesSnapshot,
  seedPlanOffer,
} from '../../../../test/factories/planning';
import { openTestWorkspace } from '#test/test-workspace';
import { regenerateOnChange } from './regenerate-on-change';

let ws: ReturnType<typeof openTestWorkspace>;
let watcher: ReturnType<typeof regenerateOnChange>;
beforeEach(() => {
  ws = openTestWorkspace();
  watcher = regenerateOnChange({
    db: ws.db,
    onCommitted: ws.repos.onCommitted,
    regenerate: (offerId) => ws.repos.plans.regenerate(offerId),
    delayMs: 5,
  });
});
afterEach(() => watcher.stop());

const planLine = async (offerId: string) =>
  (await ws.repos.offerLines.listByOffer(offerId)).find((line) => line.planPackageId);

describe('regenerateOnChange', () => {
  it("re-prices a draft offer's plan lines when the rate card's day rate changes", async () => {
    const seed = await seedPlanOffer(ws.repos);
    const { plan } = await ws.repos.plans.create(seed.offerId);
    await ws.repos.workPackages.add(
      makeWorkPackageAdd(plan.id, {
        name: 'Umsetzung',
        roleId: seed.developer.id,
        optimistic: '4',
        mostLikely: '5',
        pessimistic: '6',
      }),
    );
    await watcher.settled();
    expect((await planLine(seed.offerId))?.unitPrice).toBe('950.00');

    await ws.repos.roles.update(seed.developer.id, { dayRate: '1000.00' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await watcher.settled();
    expect((await planLine(seed.offerId))?.unitPrice).toBe('1000.00');
  });

  it('writes nothing after the plan’s own writes, which generated their lines already', async () => {
    watcher.stop();
    const passes: string[] = [];
    watcher = regenerateOnChange({
      db: ws.db,
      onCommitted: ws.repos.onCommitted,
      regenerate: (offerId) => {
        passes.push(offerId);
        return ws.repos.plans.regenerate(offerId);
      },
      delayMs: 200,
    });
    const seed = await seedPlanOffer(ws.repos);
    const { plan } = await ws.repos.plans.create(seed.offerId);
    await ws.repos.workPackages.add(
      makeWorkPackageAdd(plan.id, { name: 'Konzeption', roleId: seed.consultant.id }),
    );
    // Taken before the watcher's pass (200 ms later): the pass must leave it as it is.
    const before = await planTablesSnapshot(ws.db);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await watcher.settled();
    expect(passes).toContain(seed.offerId);
    expect(await planTablesSnapshot(ws.db)).toEqual(before);
  });
});
