import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeInstalmentRow,
  makeWorkPackageAdd,
  planLinesNowAndExpected,
  planTablesSnapshot,
  seedPlanOffer,
} from '../../../../test/factories/planning';
import { makeOfferLineInput } from '../../../../test/factories/domain';
import { OfferLockedError, RowNotFoundError, ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let seed: Awaited<ReturnType<typeof seedPlanOffer>>;
beforeEach(async () => {
  ws = openTestWorkspace();
  seed = await seedPlanOffer(ws.repos);
});

const snapshot = () => planTablesSnapshot(ws.db);

/** Rejects with a ValidationError whose first issue is at `path` with `message`; nothing written. */
async function expectRefused(
  write: () => Promise<unknown>,
  path: PropertyKey[],
  message: string,
  params?: Record<string, string>,
) {
  const before = await snapshot();
  const error = await write().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const [issue] = (error as ValidationError).issues;
  expect(issue?.path).toEqual(path);
  expect(issue?.message).toEqual(message);
  if (params) expect((issue as { params?: unknown }).params).toEqual(params);
  expect(await snapshot()).toEqual(before);
}

/** Asserts the offer's plan lines are exactly what planOfferLines makes of the stored plan. */
async function expectLinesFollowPlan(offerId = seed.offerId) {
  const { stored, expected } = await planLinesNowAndExpected(
    ws.repos,
    offerId,
    await ws.db.roles.toArray(),
  );
  expect(stored).toEqual(expected);
  return stored;
}

/** A plan with a phase "Konzeption" (Workshops, Fachkonzept) and a top-level "Umsetzung". */
async function planWithPackages() {
  const { plan } = await ws.repos.plans.create(seed.offerId);
  const concept = await ws.repos.workPackages.add(makeWorkPackageAdd(plan.id));
  const workshops = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, {
      parentId: concept.id,
      name: 'Workshops',
      roleId: seed.consultant.id,
    }),
  );
  const paper = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, {
      parentId: concept.id,
      name: 'Fachkonzept',
      roleId: seed.consultant.id,
      optimistic: '4',
      mostLikely: '6',
      pessimistic: '14',
    }),
  );
  const build = await ws.repos.workPackages.add(
    makeWorkPackageAdd(plan.id, {
      name: 'Umsetzung',
      roleId: seed.developer.id,
      optimistic: '10',
      mostLikely: '15',
      pessimistic: '30',
      team: 2,
    }),
  );
  return { plan, concept, workshops, paper, build };
}

describe('plans: create', () => {
  it('starts 10 working days after the offer date by default, on the German calendar, without lines yet', async () => {
    const { plan, notes } = await ws.repos.plans.create(seed.offerId);
    // Offer date Saturday 2026-11-28: ten working days later is Friday 2026-12-11.
    expect(plan).toMatchObject({
      offerId: seed.offerId,
      startDate: '2026-12-11',
      country: 'DE',
      region: '',
      confidencePct: '80',
      contingency: 'line',
    });
    expect(notes).toEqual([]);
    expect(await ws.repos.plans.forOffer(seed.offerId)).toEqual(plan);
    expect(await expectLinesFollowPlan()).toEqual({ sections: [], lines: [] });
  });

  it('moves a start on a holiday to the next working day and says so', async () => {
    // 2026-12-25 is Christmas Day (Friday); the 26th is Boxing Day (Saturday), then a Sunday.
    const { plan, notes } = await ws.repos.plans.create(seed.offerId, {
      startDate: '2026-12-25',
      region: 'BY',
    });
    expect(plan.startDate).toBe('2026-12-28');
    expect(notes).toEqual([
      {
        kind: 'start-moved',
        message: 'planning.notes.start-moved',
        values: { from: '2026-12-25', to: '2026-12-28' },
      },
    ]);
  });

  it('counts the default start on the chosen state calendar', async () => {
    // Offer on Friday 2027-10-22: ten working days in Saxony skip Reformationstag (Sunday 31st,
    // no effect) but not 1 November (Allerheiligen is not a holiday there); in Bavaria 1 Nov is.
    await ws.repos.offers.update(seed.offerId, { date: '2027-10-22', validUntil: '2027-11-22' });
    const { plan } = await ws.repos.plans.create(seed.offerId, { region: 'BY' });
    expect(plan.startDate).toBe('2027-11-08');
    await ws.repos.plans.remove(plan.id);
    const saxony = await ws.repos.plans.create(seed.offerId, { region: 'SN' });
    expect(saxony.plan.startDate).toBe('2027-11-05');
  });

  it('refuses bad settings at their field and writes nothing', async () => {
    const create = (patch: object) => () => ws.repos.plans.create(seed.offerId, patch);
    await expectRefused(create({ region: 'XX' }), ['region'], 'validation.choice');
    await expectRefused(create({ country: 'FR' }), ['country'], expect.any(String) as never);
    await expectRefused(
      create({ confidencePct: '70' }),
      ['confidencePct'],
      expect.any(String) as never,
    );
    await expectRefused(
      create({ contingency: 'hidden' }),
      ['contingency'],
      expect.any(String) as never,
    );
    await expectRefused(create({ startDate: '2027-02-30' }), ['startDate'], 'validation.date');
    await expectRefused(create({ deadline: 'morgen' }), ['deadline'], expect.any(String) as never);
    await expectRefused(
      create({ companyHolidays: [{ from: '2027-08-10', to: '2027-08-01', label: '' }] }),
      ['companyHolidays', 0, 'to'],
      'planning.validation.holidayRange',
    );
    expect(await ws.repos.plans.forOffer(seed.offerId)).toBeNull();
  });

  it('refuses a second plan for one offer, an unknown offer and an offer that is not a draft', async () => {
    await ws.repos.plans.create(seed.offerId);
    await expectRefused(
      () => ws.repos.plans.create(seed.offerId),
      ['offerId'],
      'validation.duplicate',
    );
    await expect(ws.repos.plans.create('no-such-offer')).rejects.toThrow(RowNotFoundError);
    const other = await ws.repos.offers.create({
      ...(await ws.repos.offers.get(seed.offerId))!,
      title: 'Zweites Angebot',
    });
    await ws.repos.offers.markSent(other.id);
    const before = await snapshot();
    await expect(ws.repos.plans.create(other.id)).rejects.toThrow(OfferLockedError);
    expect(await snapshot()).toEqual(before);
  });
});

describe('plans: the generated lines', () => {
  it('turns each work package into a line and each top-level node into a section, plus the reserve', async () => {
    const { workshops, paper, build, concept } = await planWithPackages();
    const stored = await expectLinesFollowPlan();
    expect(stored.sections).toEqual([
      { planPhaseId: concept.id, title: '1 Konzeption' },
      { planPhaseId: build.id, title: '2 Umsetzung' },
      { planPhaseId: 'contingency', title: expect.any(String) },
    ]);
    expect(stored.lines.map((line) => [line.planPackageId, line.name, line.unitPrice])).toEqual([
      [workshops.id, '1.1 Workshops', '1200.00'],
      [paper.id, '1.2 Fachkonzept', '1200.00'],
      [build.id, '2 Umsetzung', '950.00'],
      ['contingency', 'Risikoreserve (80 % Konfidenz)', expect.any(String)],
    ]);
    // PERT (o + 4m + p) / 6: 5.5, 7 and 16.67 → the quarter day above.
    expect(stored.lines.slice(0, 3).map((line) => line.quantity)).toEqual([
      '5.50',
      '7.00',
      '16.75',
    ]);
  });

  it("keeps the ordinary sections and lines where they are and the user's discount on a plan line", async () => {
    const [first] = await ws.repos.offerSections.listByOffer(seed.offerId);
    const own = await ws.repos.offerLines.add(makeOfferLineInput(seed.offerId, first!.id));
    const { plan, workshops } = await planWithPackages();
    const line = (await ws.repos.offerLines.listByOffer(seed.offerId)).find(
      (row) => row.planPackageId === workshops.id,
    )!;
    await ws.repos.offerLines.update(line.id, { discountPct: '10' });
    await ws.repos.plans.update(plan.id, { confidencePct: '90' });
    const lines = await ws.repos.offerLines.listByOffer(seed.offerId);
    expect(lines.find((row) => row.id === own.id)).toEqual(own);
    expect(lines.find((row) => row.id === line.id)?.discountPct).toBe('10');
    const sections = await ws.repos.offerSections.listByOffer(seed.offerId);
    expect(sections[0]?.id).toBe(first!.id);
    await expectLinesFollowPlan();
  });

  it('follows the settings: confidence, reserve spread into the packages, no reserve at 50 %', async () => {
    const { plan } = await planWithPackages();
    const reserve = async () =>
      (await ws.repos.offerLines.listByOffer(seed.offerId)).find(
        (row) => row.planPackageId === 'contingency',
      );
    const at80 = (await reserve())!.quantity;
    await ws.repos.plans.update(plan.id, { confidencePct: '90' });
    expect(Number((await reserve())!.quantity)).toBeGreaterThan(Number(at80));
    await expectLinesFollowPlan();
    await ws.repos.plans.update(plan.id, { contingency: 'spread' });
    expect(await reserve()).toBeUndefined();
    const stored = await expectLinesFollowPlan();
    expect(stored.sections.map((section) => section.planPhaseId)).not.toContain('contingency');
    expect(stored.lines.every((line) => Number(line.estimate?.riskPct) > 0)).toBe(true);
    await ws.repos.plans.update(plan.id, { contingency: 'line', confidencePct: '50' });
    expect(await reserve()).toBeUndefined();
    await expectLinesFollowPlan();
  });

  it('re-generates after role rates changed only when asked (a sync pull), then follows them', async () => {
    const { workshops } = await planWithPackages();
    await ws.repos.roles.update(seed.consultant.id, { dayRate: '1300.00' });
    const price = async () =>
      (await ws.repos.offerLines.listByOffer(seed.offerId)).find(
        (row) => row.planPackageId === workshops.id,
      )?.unitPrice;
    expect(await price()).toBe('1200.00');
    expect(await ws.repos.plans.regenerate(seed.offerId)).toBe(true);
    expect(await price()).toBe('1300.00');
    await expectLinesFollowPlan();
    const outbox = await ws.repos.outbox.count();
    expect(await ws.repos.plans.regenerate(seed.offerId)).toBe(true);
    expect(await ws.repos.outbox.count()).toBe(outbox);
  });

  it('regenerate does nothing without a plan or on a sent offer', async () => {
    expect(await ws.repos.plans.regenerate(seed.offerId)).toBe(false);
    await planWithPackages();
    await ws.repos.roles.update(seed.consultant.id, { dayRate: '1300.00' });
    await ws.repos.offers.markSent(seed.offerId);
    const before = await snapshot();
    expect(await ws.repos.plans.regenerate(seed.offerId)).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('plans: update', () => {
  it('moves a start on a weekend with a note and re-generates', async () => {
    const { plan } = await planWithPackages();
    const result = await ws.repos.plans.update(plan.id, { startDate: '2027-01-09' });
    expect(result.plan.startDate).toBe('2027-01-11');
    expect(result.notes).toEqual([
      {
        kind: 'start-moved',
        message: 'planning.notes.start-moved',
        values: { from: '2027-01-09', to: '2027-01-11' },
      },
    ]);
    const unmoved = await ws.repos.plans.update(plan.id, { startDate: '2027-01-12' });
    expect(unmoved.notes).toEqual([]);
    expect((await ws.repos.plans.forOffer(seed.offerId))?.startDate).toBe('2027-01-12');
  });

  it('refuses bad settings, a changed offer and a deleted plan, writing nothing', async () => {
    const { plan } = await planWithPackages();
    await expectRefused(
      () => ws.repos.plans.update(plan.id, { region: 'ZZ' }),
      ['region'],
      'validation.choice',
    );
    await expectRefused(
      () => ws.repos.plans.update(plan.id, { confidencePct: '99' as never }),
      ['confidencePct'],
      expect.any(String) as never,
    );
    // The offer is fixed: a patch naming another one changes nothing.
    await ws.repos.plans.update(plan.id, { offerId: 'other' } as never);
    expect((await ws.repos.plans.forOffer(seed.offerId))?.offerId).toBe(seed.offerId);
    await ws.repos.plans.remove(plan.id);
    await expect(ws.repos.plans.update(plan.id, { confidencePct: '90' })).rejects.toThrow(
      RowNotFoundError,
    );
  });
});

describe('plans: remove and restore', () => {
  it('removes the plan, its rows and the lines and sections it generated, and brings exactly those back', async () => {
    const [first] = await ws.repos.offerSections.listByOffer(seed.offerId);
    const own = await ws.repos.offerLines.add(makeOfferLineInput(seed.offerId, first!.id));
    const { plan, workshops, paper } = await planWithPackages();
    await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: workshops.id,
      successorId: paper.id,
    });
    const milestone = await ws.repos.planMilestones.add({
      planId: plan.id,
      name: 'Konzept abgenommen',
      packageId: paper.id,
    });
    await ws.repos.paymentInstalments.save(plan.id, [
      makeInstalmentRow(milestone.id, { percent: '40' }),
      makeInstalmentRow('', { percent: '60', label: 'Schlussrechnung' }),
    ]);
    const linesBefore = await ws.repos.offerLines.listByOffer(seed.offerId);
    const sectionsBefore = await ws.repos.offerSections.listByOffer(seed.offerId);
    const rowsBefore = await ws.repos.plans.rows(seed.offerId);

    await ws.repos.plans.remove(plan.id);
    expect(await ws.repos.plans.forOffer(seed.offerId)).toBeNull();
    expect(await ws.repos.plans.rows(seed.offerId)).toBeNull();
    expect(await ws.repos.plans.analyse(seed.offerId)).toBeNull();
    expect(await ws.repos.offerLines.listByOffer(seed.offerId)).toEqual([own]);
    expect((await ws.repos.offerSections.listByOffer(seed.offerId)).map((row) => row.id)).toEqual([
      first!.id,
    ]);
    for (const table of [
      'workPackages',
      'planDependencies',
      'planMilestones',
      'paymentInstalments',
    ] as const) {
      expect(
        (await ws.db.table(table).toArray()).every((row: { deleted: boolean }) => row.deleted),
      ).toBe(true);
    }

    await ws.repos.plans.restore(plan.id);
    const strip = <R extends { updatedAt?: string }>(rows: R[]) =>
      rows.map(({ updatedAt: _updatedAt, ...rest }) => rest);
    expect(strip(await ws.repos.offerLines.listByOffer(seed.offerId))).toEqual(strip(linesBefore));
    expect(strip(await ws.repos.offerSections.listByOffer(seed.offerId))).toEqual(
      strip(sectionsBefore),
    );
    const rowsAfter = await ws.repos.plans.rows(seed.offerId);
    expect(rowsAfter?.packages.map((row) => row.id)).toEqual(
      rowsBefore?.packages.map((row) => row.id),
    );
    expect(rowsAfter?.dependencies).toHaveLength(1);
    expect(rowsAfter?.milestones).toHaveLength(1);
    expect(rowsAfter?.instalments).toHaveLength(2);
    await expectLinesFollowPlan();
  });

  it('does not bring back a package deleted before the plan was removed', async () => {
    const { plan, build } = await planWithPackages();
    await ws.repos.workPackages.remove(build.id);
    await ws.repos.plans.remove(plan.id);
    await ws.repos.plans.restore(plan.id);
    const rows = await ws.repos.plans.rows(seed.offerId);
    expect(rows?.packages.map((row) => row.name)).toEqual([
      'Konzeption',
      'Workshops',
      'Fachkonzept',
    ]);
    await expectLinesFollowPlan();
  });

  it('refuses to restore a plan when the offer has another one', async () => {
    const { plan } = await planWithPackages();
    await ws.repos.plans.remove(plan.id);
    await ws.repos.plans.create(seed.offerId);
    await expectRefused(() => ws.repos.plans.restore(plan.id), ['offerId'], 'validation.duplicate');
  });
});

describe('plans: analyse and rows', () => {
  it("reads the plan with the offer totals engine's one-time net for the payment plan", async () => {
    const [first] = await ws.repos.offerSections.listByOffer(seed.offerId);
    await ws.repos.offerLines.add(
      makeOfferLineInput(seed.offerId, first!.id, { quantity: '1', unitPrice: '1000.00' }),
    );
    await ws.repos.offerLines.add(
      makeOfferLineInput(seed.offerId, first!.id, { billing: 'monthly', unitPrice: '99.00' }),
    );
    const { plan, paper } = await planWithPackages();
    const milestone = await ws.repos.planMilestones.add({
      planId: plan.id,
      name: 'Konzept abgenommen',
      packageId: paper.id,
    });
    await ws.repos.paymentInstalments.save(plan.id, [
      makeInstalmentRow(milestone.id, { percent: '30' }),
      makeInstalmentRow('', { percent: '70', dueDate: '2027-06-30' }),
    ]);
    const analysis = await ws.repos.plans.analyse(seed.offerId);
    const lines = await ws.repos.offerLines.listByOffer(seed.offerId);
    const oneTime = lines
      .filter((line) => line.billing === 'one-time')
      .reduce(
        (sum, line) => sum + Math.round(Number(line.quantity) * Number(line.unitPrice) * 100),
        0,
      );
    const payments = (
      analysis as { payments?: { total: string; rows: { amount: string; dueDate: string }[] } }
    ).payments;
    expect(payments?.total).toBe((oneTime / 100).toFixed(2));
    const [due, last] = payments!.rows;
    expect(Number(due!.amount)).toBeCloseTo((oneTime / 100) * 0.3, 2);
    // Due at the milestone's date plus the offer's 14 days of payment terms.
    const finish = analysis!.milestones[0]!.date;
    const plus14 = new Date(Date.parse(`${finish}T00:00:00Z`) + 14 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(due!.dueDate).toBe(plus14);
    expect(last!.dueDate).toBe('2027-06-30');
  });

  it('lists the live rows in their order', async () => {
    const { plan, workshops, paper, build } = await planWithPackages();
    await ws.repos.workPackages.remove(build.id);
    const rows = await ws.repos.plans.rows(seed.offerId);
    expect(rows?.plan.id).toBe(plan.id);
    expect(rows?.packages.map((row) => row.id)).toEqual(
      expect.arrayContaining([workshops.id, paper.id]),
    );
    expect(rows?.packages.some((row) => row.id === build.id)).toBe(false);
    expect(await ws.repos.plans.rows('no-such-offer')).toBeNull();
  });
});

describe('plans: a sent or accepted offer', () => {
  it('refuses every plan write with OfferLockedError and writes nothing', async () => {
    const { plan, concept, workshops, paper, build } = await planWithPackages();
    const link = await ws.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: workshops.id,
      successorId: paper.id,
    });
    const milestone = await ws.repos.planMilestones.add({
      planId: plan.id,
      name: 'Konzept abgenommen',
      packageId: paper.id,
    });
    await ws.repos.offers.markSent(seed.offerId);
    const writes: [string, () => Promise<unknown>][] = [
      ['plans.update', () => ws.repos.plans.update(plan.id, { confidencePct: '90' })],
      ['plans.remove', () => ws.repos.plans.remove(plan.id)],
      ['workPackages.add', () => ws.repos.workPackages.add(makeWorkPackageAdd(plan.id))],
      ['workPackages.update', () => ws.repos.workPackages.update(build.id, { name: 'Bau' })],
      ['workPackages.move', () => ws.repos.workPackages.move(build.id, { parentId: '', index: 0 })],
      ['workPackages.indent', () => ws.repos.workPackages.indent(build.id)],
      ['workPackages.outdent', () => ws.repos.workPackages.outdent(paper.id)],
      ['workPackages.remove', () => ws.repos.workPackages.remove(concept.id)],
      [
        'planDependencies.add',
        () =>
          ws.repos.planDependencies.add({
            planId: plan.id,
            predecessorId: paper.id,
            successorId: build.id,
          }),
      ],
      [
        'planDependencies.setPredecessors',
        () => ws.repos.planDependencies.setPredecessors(build.id, [{ id: paper.id, lagDays: 0 }]),
      ],
      ['planDependencies.update', () => ws.repos.planDependencies.update(link.id, { lagDays: 2 })],
      ['planDependencies.remove', () => ws.repos.planDependencies.remove(link.id)],
      [
        'planMilestones.add',
        () =>
          ws.repos.planMilestones.add({ planId: plan.id, name: 'Go-live', packageId: build.id }),
      ],
      ['planMilestones.update', () => ws.repos.planMilestones.update(milestone.id, { name: 'X' })],
      ['planMilestones.remove', () => ws.repos.planMilestones.remove(milestone.id)],
      [
        'paymentInstalments.save',
        () =>
          ws.repos.paymentInstalments.save(plan.id, [makeInstalmentRow('', { percent: '100' })]),
      ],
    ];
    const before = await snapshot();
    for (const [name, write] of writes) {
      await expect(write(), name).rejects.toThrow(OfferLockedError);
    }
    expect(await snapshot()).toEqual(before);
    // Accepted: still refused (restore included).
    await ws.repos.offers.accept(seed.offerId);
    await expect(ws.repos.plans.restore(plan.id)).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.workPackages.restore(build.id)).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.planDependencies.restore(link.id)).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.planMilestones.restore(milestone.id)).rejects.toThrow(OfferLockedError);
  });

  it('refuses plan writes on a draft revision while another revision is accepted', async () => {
    const { plan } = await planWithPackages();
    await ws.repos.offers.markSent(seed.offerId);
    const revision = await ws.repos.offers.revise(seed.offerId);
    await ws.repos.offers.accept(seed.offerId);
    const copy = await ws.repos.plans.forOffer(revision.id);
    expect(copy).not.toBeNull();
    await expect(ws.repos.plans.update(copy!.id, { confidencePct: '90' })).rejects.toThrow(
      OfferLockedError,
    );
    expect(plan.id).not.toBe(copy!.id);
  });
});

describe('plans: the offer changes around the plan', () => {
  it('follows the offer language and its exchange rate', async () => {
    const { workshops } = await planWithPackages();
    await ws.repos.offers.update(seed.offerId, { language: 'en' });
    let stored = await expectLinesFollowPlan();
    expect(stored.lines.at(-1)?.name).toBe('Risk reserve (80 % confidence)');
    // The sections Quotient named still follow the language too.
    const titles = (await ws.repos.offerSections.listByOffer(seed.offerId)).map((row) => row.title);
    expect(titles[0]).not.toBe('Positionen');

    const chf = await seedPlanOffer(ws.repos, { currency: 'CHF', exchangeRate: '0.94' });
    const { plan } = await ws.repos.plans.create(chf.offerId);
    await ws.repos.workPackages.add(
      makeWorkPackageAdd(plan.id, { name: 'Workshops', roleId: chf.consultant.id }),
    );
    const price = async () =>
      (await ws.repos.offerLines.listByOffer(chf.offerId)).find((row) => row.name === '1 Workshops')
        ?.unitPrice;
    expect(await price()).toBe('1128.00');
    await ws.repos.offers.update(chf.offerId, { exchangeRate: '1.00' });
    expect(await price()).toBe('1200.00');
    stored = (await planLinesNowAndExpected(ws.repos, chf.offerId, await ws.db.roles.toArray()))
      .stored;
    expect(stored.lines[0]?.unitPrice).toBe('1200.00');
    expect(workshops.name).toBe('Workshops');
  });
});

describe('plans: the trash', () => {
  it('does not list the lines and sections a plan generated (they come back with the plan)', async () => {
    const [first] = await ws.repos.offerSections.listByOffer(seed.offerId);
    const own = await ws.repos.offerLines.add(makeOfferLineInput(seed.offerId, first!.id));
    const { plan, build } = await planWithPackages();
    await ws.repos.workPackages.remove(build.id);
    await ws.repos.offerLines.remove(own.id);
    await ws.repos.plans.remove(plan.id);
    const { entries } = await ws.repos.trash.list('offers');
    expect(entries.map((entry) => entry.id)).toEqual([own.id]);
  });
});

describe('plans: after a merge', () => {
  it('regenerate keeps one line per package and one section per phase when a merge left two', async () => {
    const { workshops, concept } = await planWithPackages();
    const line = (await ws.db.offerLines.toArray()).find(
      (row) => row.planPackageId === workshops.id,
    )!;
    const section = (await ws.db.offerSections.toArray()).find(
      (row) => row.planPhaseId === concept.id,
    )!;
    // As two devices that both generated them would leave it after syncing.
    await ws.db.offerSections.add({ ...section, id: 'zz-twin-section', position: 'a9' });
    await ws.db.offerLines.add({ ...line, id: 'zz-twin-line', originId: 'zz-twin-line' });
    await ws.db.offerLines.add({
      ...line,
      id: 'zz-twin-in-twin',
      originId: 'zz-twin-in-twin',
      sectionId: 'zz-twin-section',
    });
    expect(await ws.repos.plans.regenerate(seed.offerId)).toBe(true);
    await expectLinesFollowPlan();
    const live = (await ws.db.offerLines.toArray()).filter((row) => !row.deleted);
    expect(live.filter((row) => row.planPackageId === workshops.id).map((row) => row.id)).toEqual([
      line.id,
    ]);
    expect((await ws.db.offerSections.get('zz-twin-section'))?.deleted).toBe(true);
  });
});
