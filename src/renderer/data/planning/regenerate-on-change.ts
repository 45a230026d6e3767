import type { QuotientDb } from '../core/database';
import type { CommitEvent, CommitListener } from '../core/notifier';

/** The tables whose rows decide an offer's plan lines (besides the plan's offer itself). */
const PLAN_TABLES = new Set([
  'projectPlans',
  'workPackages',
  'planDependencies',
  'planMilestones',
  'paymentInstalments',
]);

type Deps = {
  db: QuotientDb;
  onCommitted: (listener: CommitListener) => () => void;
  regenerate: (offerId: string) => Promise<boolean>;
  /** Changes arrive in bursts (a pulled page, a typed estimate): one pass after the burst. */
  delayMs?: number;
};

/**
 * Keeps every draft offer's plan lines equal to its plan when the plan changes from outside
 * the plan's own writes: a sync pull that merged two people's packages (each device generated
 * lines from its half), or a changed day rate on the rate card. The plan's own writes already
 * generate in their transaction; running again finds nothing to change and writes nothing, so
 * this never loops. Sent and accepted revisions are left as they are (`regenerate` refuses).
 * Returns the unsubscribe function.
 */
export function regenerateOnChange({ db, onCommitted, regenerate, delayMs = 200 }: Deps) {
  const pending = new Set<string>();
  let allDrafts = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const offersOf = async (event: CommitEvent): Promise<string[]> => {
    if (event.table === 'roles') {
      allDrafts = true;
      return [];
    }
    if (!PLAN_TABLES.has(event.table)) return [];
    const table = db.table<{ offerId: string }>(event.table);
    const rows = await table.bulkGet(event.ids);
    return rows.flatMap((row) => (row ? [row.offerId] : []));
  };

  const run = async () => {
    const offerIds = new Set(pending);
    pending.clear();
    if (allDrafts) {
      allDrafts = false;
      for (const plan of await db.projectPlans.toArray()) {
        if (!plan.deleted) offerIds.add(plan.offerId);
      }
    }
    for (const offerId of offerIds) {
      try {
        await regenerate(offerId);
      } catch (error) {
        // A failed pass changes nothing; the next change or the plan tab tries again.
        console.warn('Plan lines could not be regenerated', offerId, error);
      }
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(run);
    }, delayMs);
  };

  const unsubscribe = onCommitted((event) => {
    if (event.table !== 'roles' && !PLAN_TABLES.has(event.table)) return;
    void offersOf(event).then(
      (offerIds) => {
        offerIds.forEach((offerId) => pending.add(offerId));
        if (offerIds.length > 0 || allDrafts) schedule();
      },
      (error: unknown) => console.warn('Plan change could not be read', error),
    );
  });
  return {
    /** Waits for a scheduled pass (tests). */
    settled: async () => {
      while (timer !== undefined || pending.size > 0) {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      await running;
    },
    stop: () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    },
  };
}
