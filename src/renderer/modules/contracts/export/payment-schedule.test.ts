import { beforeEach, describe, expect, it } from 'vitest';
import { makeRoleInput } from '../../../../../test/factories/domain';
import type { ContractLanguage } from '#shared/contracts';
import { clauseLibraryDisclaimer } from '#shared/contracts/library';
import { ContractExportError } from '#shared/documents/contracts/contract-text';
import { buildContractDocument } from '#shared/documents/contracts/contract-docx';
import { prepareContract } from '#shared/documents/contracts/contract-input';
import type { Repositories } from '#data';
import { developmentLine, seedContractOffer } from '#test/contract-workspace';
import { paragraphs, readDocx } from '#test/read-docx';
import { openTestWorkspace } from '#test/test-workspace';
import { documentInput } from './print-variables';

/**
 * A contract drafted from an offer with a project plan (issue 15) carries the plan: the variables
 * plan.start, plan.finish and plan.paymentPlan, and the library clause "Zahlungsplan" / "Payment
 * schedule" after the fees, which the Word export prints with the instalments as a list. An offer
 * without a plan gets neither.
 *
 * The numbers: the offer has one development line of 10 × 1,200.00 € and the plan two packages of
 * a 1,000.00 € role with certain estimates (5 and 10 person-days, no spread, so no reserve): a
 * one-time net of 27,000.00 €. The plan starts Monday 1 March 2027; Konzept takes 1–5 March,
 * Umsetzung 8–19 March; the offer's payment term is 14 days, so the instalments at their
 * milestones fall due on 19 March and 2 April 2027, the last one on its own date.
 */

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

async function offerWithPlan(repos: Repositories) {
  const { client, offer } = await seedContractOffer(repos, { lines: [developmentLine] });
  const role = await repos.roles.create(
    makeRoleInput({ name: 'Senior Consultant', dayRate: '1000.00', costPerDay: '600.00' }),
  );
  const { plan } = await repos.plans.create(offer.id, { startDate: '2027-03-01' });
  const phase = await repos.workPackages.add({ planId: plan.id, name: 'Projekt' });
  const add = (name: string, days: string) =>
    repos.workPackages.add({
      planId: plan.id,
      parentId: phase.id,
      name,
      roleId: role.id,
      optimistic: days,
      mostLikely: days,
      pessimistic: days,
    });
  const concept = await add('Konzept', '5');
  const build = await add('Umsetzung', '10');
  await repos.planDependencies.add({
    planId: plan.id,
    predecessorId: concept.id,
    successorId: build.id,
  });
  const accepted = await repos.planMilestones.add({
    planId: plan.id,
    name: 'Abnahme Konzept',
    packageId: concept.id,
  });
  const done = await repos.planMilestones.add({
    planId: plan.id,
    name: 'Projektabnahme',
    packageId: build.id,
  });
  await repos.paymentInstalments.save(plan.id, [
    {
      label: 'Abschlag Konzept',
      percent: '30',
      dueKind: 'milestone',
      milestoneId: accepted.id,
      dueDate: '',
    },
    {
      label: 'Abschlag Umsetzung',
      percent: '40',
      dueKind: 'milestone',
      milestoneId: done.id,
      dueDate: '',
    },
    {
      label: 'Schlussrate',
      percent: '30',
      dueKind: 'date',
      milestoneId: '',
      dueDate: '2027-06-30',
    },
  ]);
  return { client, offer };
}

async function draft(clientId: string, offerId: string, language: ContractLanguage) {
  const { contract, revision } = await ws.repos.contracts.createFromOffer({
    clientId,
    offerId,
    type: 'werkvertrag',
    language,
  });
  const { clauses } = await ws.repos.contracts.revisionContent(revision.id);
  return { contract, revision, clauses };
}

/** The Word document's paragraphs, after filling what the export reports missing (not the plan's). */
async function wordText(contractId: string, language: ContractLanguage): Promise<string[]> {
  const build = async () => {
    const contract = (await ws.repos.contracts.get(contractId))!;
    const { revision, clauses } = await ws.repos.contracts.revisionContent(
      contract.currentRevisionId,
    );
    return documentInput({
      contract,
      revision,
      clauses,
      company: await ws.repos.settings.getCompany(),
      currency: 'EUR',
      disclaimer: clauseLibraryDisclaimer[language],
    });
  };
  try {
    prepareContract(await build());
  } catch (error) {
    if (!(error instanceof ContractExportError)) throw error;
    for (const issue of error.issues) {
      if (issue.kind !== 'missingVariable' || issue.name.startsWith('plan.')) throw error;
      await ws.repos.contracts.setVariable(contractId, issue.name, `Wert für ${issue.name}`);
    }
  }
  return paragraphs((await readDocx(await buildContractDocument(await build()))).document);
}

describe('a contract drafted from an offer with a project plan', () => {
  it('takes the plan’s dates and payment plan and prints the Zahlungsplan clause in Word', async () => {
    const { client, offer } = await offerWithPlan(ws.repos);
    const { contract, revision, clauses } = await draft(client.id, offer.id, 'de');

    expect(revision.variables).toMatchObject({
      'plan.start': '2027-03-01',
      'plan.finish': '2027-03-19',
      'plan.paymentPlan': [
        '- 30 % (8.100,00 €) bei Abnahme Konzept, fällig am 19.03.2027',
        '- 40 % (10.800,00 €) bei Projektabnahme, fällig am 02.04.2027',
        '- 30 % (8.100,00 €): Schlussrate, fällig am 30.06.2027',
      ].join('\n'),
    });
    const keys = clauses.map((clause) => clause.key);
    expect(keys.indexOf('payment-schedule')).toBe(keys.indexOf('prices-payment') + 1);

    const text = await wordText(contract.id, 'de');
    const number = keys.indexOf('payment-schedule') + 1;
    const heading = text.indexOf(`§ ${number} Zahlungsplan`);
    expect(heading).toBeGreaterThan(0);
    const clause = text.slice(heading, heading + 6);
    expect(clause).toEqual([
      `§ ${number} Zahlungsplan`,
      expect.stringContaining(`Ergänzend zu § ${number - 1} wird die einmalige Vergütung`),
      '30 % (8.100,00 €) bei Abnahme Konzept, fällig am 19.03.2027',
      '40 % (10.800,00 €) bei Projektabnahme, fällig am 02.04.2027',
      '30 % (8.100,00 €): Schlussrate, fällig am 30.06.2027',
      expect.stringContaining(
        'mit Projektbeginn am 01.03.2027 und voraussichtlichem Projektende am 19.03.2027',
      ),
    ]);
    expect(text.join('\n')).not.toContain('{{');
  });

  it('writes the payment plan in English for an English contract', async () => {
    const { client, offer } = await offerWithPlan(ws.repos);
    const { contract, revision } = await draft(client.id, offer.id, 'en');
    expect(revision.variables['plan.paymentPlan']).toBe(
      [
        '- 30% (€8,100.00) on Abnahme Konzept, due on 19 March 2027',
        '- 40% (€10,800.00) on Projektabnahme, due on 2 April 2027',
        '- 30% (€8,100.00): Schlussrate, due on 30 June 2027',
      ].join('\n'),
    );
    const text = (await wordText(contract.id, 'en')).join('\n');
    expect(text).toMatch(/Section \d+ Payment schedule/);
    expect(text).toContain('with the project starting on 1 March 2027');
  });

  it('has neither the plan’s variables nor the clause without a plan', async () => {
    const { client, offer } = await seedContractOffer(ws.repos, { lines: [developmentLine] });
    const { revision, clauses } = await draft(client.id, offer.id, 'de');
    expect([
      revision.variables['plan.start'],
      revision.variables['plan.finish'],
      revision.variables['plan.paymentPlan'],
    ]).toEqual(['', '', '']);
    expect(clauses.map((clause) => clause.key)).not.toContain('payment-schedule');
  });
});
