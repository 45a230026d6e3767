// The plan's way out of the app: collectOffer carries it into the Word and Excel documents (with
// the payment plan of the document's own one-time net), and mspdiBytes writes MS Project XML
// that parses back with its tasks and links.
import { XMLParser } from 'fast-xml-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeCompanyProfile,
  makeOfferInput,
  makeRoleInput,
} from '../../../../../test/factories/domain';
import { buildProposalDocument } from '#shared/documents/proposal-document';
import { buildQuoteWorkbook } from '#shared/documents/quote-workbook';
import { documentTotals } from '#shared/documents/totals';
import type { Offer } from '#shared/domain';
import { Decimal } from '#shared/money';
import { paragraphs, readDocx, tables } from '#test/read-docx';
import { openTestWorkspace } from '#test/test-workspace';
import { collectOffer } from '#modules/offers';
import { PlanExportProblem, mspdiBytes } from './mspdi';
import ExcelJS from 'exceljs';

let ws: ReturnType<typeof openTestWorkspace>;
let offer: Offer;

/** Two phases of two packages in a chain, two milestones, a payment plan 30/40/30. */
async function planOffer(): Promise<void> {
  const [consultant, engineer] = await Promise.all([
    ws.repos.roles.create(makeRoleInput({ name: 'Senior Consultant' })),
    ws.repos.roles.create(
      makeRoleInput({ name: 'Systemingenieur', dayRate: '950.00', costPerDay: '510.00' }),
    ),
  ]);
  const { plan } = await ws.repos.plans.create(offer.id, {
    startDate: '2027-01-11',
    region: 'HH',
    confidencePct: '50',
  });
  const add = ws.repos.workPackages.add;
  const concept = await add({ planId: plan.id, name: 'Konzeption' });
  const analysis = await add({
    planId: plan.id,
    parentId: concept.id,
    name: 'Anforderungsanalyse',
    roleId: consultant!.id,
    optimistic: '2',
    mostLikely: '3',
    pessimistic: '4',
  });
  const design = await add({
    planId: plan.id,
    parentId: concept.id,
    name: 'Feinkonzept',
    roleId: consultant!.id,
    optimistic: '2',
    mostLikely: '2',
    pessimistic: '2',
  });
  const build = await add({ planId: plan.id, name: 'Umsetzung' });
  const migration = await add({
    planId: plan.id,
    parentId: build.id,
    name: 'Migration',
    roleId: engineer!.id,
    optimistic: '5',
    mostLikely: '6',
    pessimistic: '13',
  });
  const acceptance = await add({
    planId: plan.id,
    parentId: build.id,
    name: 'Abnahme',
    roleId: consultant!.id,
    optimistic: '1',
    mostLikely: '1',
    pessimistic: '1',
  });
  for (const [predecessorId, successorId] of [
    [analysis.id, design.id],
    [design.id, migration.id],
    [migration.id, acceptance.id],
  ] as const) {
    await ws.repos.planDependencies.add({ planId: plan.id, predecessorId, successorId });
  }
  const conceptDone = await ws.repos.planMilestones.add({
    planId: plan.id,
    name: 'Konzept abgenommen',
    packageId: design.id,
  });
  const live = await ws.repos.planMilestones.add({
    planId: plan.id,
    name: 'Go-live',
    packageId: acceptance.id,
  });
  await ws.repos.paymentInstalments.save(plan.id, [
    {
      label: 'Anzahlung',
      percent: '30',
      dueKind: 'milestone',
      milestoneId: conceptDone.id,
      dueDate: '',
    },
    { label: 'Go-live', percent: '40', dueKind: 'milestone', milestoneId: live.id, dueDate: '' },
    {
      label: 'Schlussrate',
      percent: '30',
      dueKind: 'date',
      milestoneId: '',
      dueDate: '2027-04-30',
    },
  ]);
}

beforeEach(async () => {
  ws = openTestWorkspace();
  await ws.repos.settings.saveCompany(makeCompanyProfile({ name: 'Nordlicht IT-Beratung GmbH' }));
  const client = await ws.repos.clients.create(makeClientInput({ name: 'Musterbau AG' }));
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
});

describe('collectOffer with a project plan', () => {
  it('carries the schedule and the payment plan of the offer net into both documents', async () => {
    await planOffer();
    const { data } = await collectOffer(ws.repos, offer, false);
    const plan = data.plan!;
    expect(plan.nodes.map((node) => `${node.wbs} ${node.name}`)).toEqual([
      '1 Konzeption',
      '1.1 Anforderungsanalyse',
      '1.2 Feinkonzept',
      '2 Umsetzung',
      '2.1 Migration',
      '2.2 Abnahme',
    ]);
    expect(plan.start).toBe('2027-01-11');
    // 3 + 2 + 7 + 1 expected person-days at 1,200 / 950 / 1,200 / 1,200 € a day.
    const net = documentTotals(data).oneTime.net;
    expect(net).toBe('13850.00');
    expect(plan.payments.map((row) => [row.percent, row.amount, row.milestone])).toEqual([
      ['30', '4155.00', 'Konzept abgenommen'],
      ['40', '5540.00', 'Go-live'],
      ['30', '4155.00', ''],
    ]);
    expect(
      plan.payments.reduce((sum, row) => sum.plus(row.amount), new Decimal(0)).toFixed(2),
    ).toBe(net);
    // Due 14 days (the offer's payment terms) after the milestone's package finishes.
    const design = plan.nodes.find((node) => node.name === 'Feinkonzept')!;
    const due = new Date(`${design.finish}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 14);
    expect(plan.payments[0]?.dueDate).toBe(due.toISOString().slice(0, 10));
    expect(plan.payments[2]?.dueDate).toBe('2027-04-30');
    // Nothing of the roles' cost travels with the plan.
    expect(JSON.stringify(plan)).not.toMatch(/costPerDay|dayRate|510\.00|640\.00/);

    const docx = await readDocx(await buildProposalDocument(data, { chartPng: null }));
    expect(paragraphs(docx.document)).toContain('Projektplan');
    expect(
      tables(docx.document)
        .find((table) => table[0]?.[0] === 'Rate')
        ?.at(-1),
    ).toEqual(['Summe', '100 %', '13.850,00 €']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildQuoteWorkbook(data)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Zahlungsplan')!;
    expect([6, 7, 8, 9].map((r) => sheet.getCell(`E${r}`).result)).toEqual([
      4155, 5540, 4155, 13850,
    ]);
  });

  it('leaves the plan out of an offer without one, or with a plan still empty', async () => {
    expect((await collectOffer(ws.repos, offer, false)).data.plan).toBeUndefined();
    await ws.repos.plans.create(offer.id, { startDate: '2027-01-11' });
    expect((await collectOffer(ws.repos, offer, false)).data.plan).toBeUndefined();
  });
});

describe('mspdiBytes', () => {
  it('writes MS Project XML that parses back with the tasks and links', async () => {
    await planOffer();
    const xml = new TextDecoder().decode(await mspdiBytes(ws.repos, offer.id));
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      Project: {
        Name: string;
        Tasks: {
          Task: {
            UID: number;
            Name: string;
            WBS?: string | number;
            Summary?: number;
            Milestone?: number;
            PredecessorLink?: { PredecessorUID: number } | { PredecessorUID: number }[];
          }[];
        };
      };
    };
    const tasks = parsed.Project.Tasks.Task;
    const uid = (name: string) => tasks.find((task) => task.Name === name)?.UID;
    const links = (name: string) => {
      const link = tasks.find((task) => task.Name === name)?.PredecessorLink;
      return (link === undefined ? [] : Array.isArray(link) ? link : [link]).map(
        (entry) => entry.PredecessorUID,
      );
    };
    expect(tasks.map((task) => task.Name)).toEqual(
      expect.arrayContaining([
        'Konzeption',
        'Anforderungsanalyse',
        'Feinkonzept',
        'Umsetzung',
        'Migration',
        'Abnahme',
        'Konzept abgenommen',
        'Go-live',
      ]),
    );
    expect(links('Feinkonzept')).toEqual([uid('Anforderungsanalyse')]);
    expect(links('Migration')).toEqual([uid('Feinkonzept')]);
    expect(links('Abnahme')).toEqual([uid('Migration')]);
    expect(tasks.find((task) => task.Name === 'Konzeption')?.Summary).toBe(1);
    expect(xml).not.toMatch(/510|640/);
  });

  it('refuses a plan a merge left with a cycle, naming it', async () => {
    await planOffer();
    // As a sync merge can leave it: Abnahme → Anforderungsanalyse closes the chain to a cycle.
    const packages = await ws.db.workPackages.toArray();
    const id = (name: string) => packages.find((row) => row.name === name)!.id;
    const [link] = await ws.db.planDependencies.toArray();
    await ws.db.planDependencies.put({
      ...link!,
      id: 'dep-merged',
      predecessorId: id('Abnahme'),
      successorId: id('Anforderungsanalyse'),
    });
    const error = await mspdiBytes(ws.repos, offer.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanExportProblem);
    expect((error as PlanExportProblem).key).toBe('planExport.cycle');
    expect((error as PlanExportProblem).values.names).toMatch(/1\.1 Anforderungsanalyse/);
  });

  it('refuses an offer without a plan, with the message key', async () => {
    const error = await mspdiBytes(ws.repos, offer.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanExportProblem);
    expect((error as PlanExportProblem).key).toBe('planExport.noPlan');
  });
});
