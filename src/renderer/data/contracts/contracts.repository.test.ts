import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '#shared/hash';
import { clauseLibrary } from '#shared/contracts/library';
import { shippedClauseId } from '#shared/domain/contracts';
import { makeClientInput } from '../../../../test/factories/domain';
import {
  makeContractClauseInput,
  makeSignInput,
  makeSignaturePng,
  makeSignatureDraft,
  makeSlaRows,
} from '../../../../test/factories/contracts';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace } from '#test/test-workspace';
import {
  developmentLine,
  draftContractFromOffer,
  maintenanceLine,
  seedContractOffer,
  type ContractOfferSeed,
} from '#test/contract-workspace';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { canonicalContent } from './contracts.repository';
import { ContractIncompleteError, ContractStatusError, RevisionLockedError } from './errors';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

/** Everything the contract tables, the blob store and the outbox hold. */
const snapshot = async () => ({
  contracts: await ws.db.contracts.toArray(),
  revisions: await ws.db.contractRevisions.toArray(),
  clauses: await ws.db.contractRevisionClauses.toArray(),
  signatures: await ws.db.contractSignatures.toArray(),
  library: await ws.db.contractClauses.count(),
  blobs: await ws.db.blobs.count(),
  outbox: await ws.db.outbox.count(),
});

/** Expects `run` to throw ValidationError at `path` with `message` and to change nothing. */
async function expectRefused(run: () => Promise<unknown>, path: string, message?: string) {
  const before = await snapshot();
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const issue = (error as ValidationError).issues[0]!;
  expect(issue.path.join('.')).toBe(path);
  if (message !== undefined) expect(issue.message).toBe(message);
  expect(await snapshot()).toEqual(before);
}

/** Expects `run` to reject with an error of `type` and to change nothing. */
async function expectUnchanged<E>(run: () => Promise<unknown>, type: new (...args: never[]) => E) {
  const before = await snapshot();
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  expect(await snapshot()).toEqual(before);
  return error as E;
}

/** A client with a main contact, the company profile, and an offer with hardware, development and maintenance. */
const offerSeed = ({ industry = 'Logistik' } = {}): ContractOfferSeed => ({
  client: { industry },
  contacts: [{ lastName: 'Nebenbei' }, { primary: true }],
  lines: [
    {},
    { ...developmentLine, unitCost: '' },
    { ...maintenanceLine, name: 'Software-Wartung Lagerverwaltung' },
    { name: 'Schulung (optional)', kind: 'optional' },
  ],
});
const seed = (options?: { industry?: string }) => seedContractOffer(ws.repos, offerSeed(options));
const draft = (type: 'werkvertrag' | 'avv' | 'maintenance-sla' = 'werkvertrag') =>
  draftContractFromOffer(ws.repos, { ...offerSeed(), type });

const clausesOf = async (contractId: string) => {
  const contract = (await ws.repos.contracts.get(contractId))!;
  return (await ws.repos.contracts.revisionContent(contract.currentRevisionId)).clauses;
};
const currentRevision = async (contractId: string) => {
  const contract = (await ws.repos.contracts.get(contractId))!;
  return (await ws.repos.contracts.getRevision(contract.currentRevisionId))!;
};

/** A Werkvertrag with every term variable set and sent (revision 1 frozen). */
async function sentContract() {
  const created = await draft();
  const id = created.contract.id;
  await ws.repos.contracts.setVariable(id, 'contract.start', '2027-01-01');
  await ws.repos.contracts.setVariable(id, 'contract.termMonths', '24');
  await ws.repos.contracts.setVariable(id, 'contract.noticeMonths', '3');
  await ws.repos.contracts.setStatus(id, 'sent');
  return created;
}

describe('clause library', () => {
  it('installs every shipped clause once, with the shared ids, and again installs nothing', async () => {
    const installed = await ws.repos.contractClauses.installLibrary();
    expect(installed).toBe(clauseLibrary.length);
    expect(await ws.db.contractClauses.count()).toBe(clauseLibrary.length);
    const acceptance = clauseLibrary.find((c) => c.id === 'acceptance' && c.language === 'de')!;
    const row = (await ws.repos.contractClauses.get(shippedClauseId('de', 'acceptance')))!;
    expect(row).toMatchObject({
      key: 'acceptance',
      language: 'de',
      title: acceptance.title,
      body: acceptance.body,
      origin: 'shipped',
      fallbackBody: acceptance.positions?.fallback?.body ?? '',
      walkAwayBody: acceptance.positions?.walkAway?.body ?? '',
      requiredFor: acceptance.requiredFor ?? [],
      condition: acceptance.condition ?? null,
    });
    const outbox = await ws.db.outbox.count();
    expect(await ws.repos.contractClauses.installLibrary()).toBe(0);
    expect(await ws.db.outbox.count()).toBe(outbox);
    // A clause deleted in the Papierkorb stays deleted: it counts as present.
    await ws.repos.contractClauses.remove(row.id);
    expect(await ws.repos.contractClauses.installLibrary()).toBe(0);
    expect((await ws.repos.contractClauses.get(row.id))?.deleted).toBe(true);
  });

  it('lists by language and type, by category order then title, without deleted ones', async () => {
    await ws.repos.contractClauses.installLibrary();
    const custom = await ws.repos.contractClauses.create(makeContractClauseInput());
    const avv = await ws.repos.contractClauses.listFor({ language: 'en', type: 'avv' });
    expect(avv.length).toBeGreaterThan(10);
    expect(avv.every((c) => c.language === 'en')).toBe(true);
    expect(avv.every((c) => c.contractTypes.includes('avv') || c.requiredFor.includes('avv'))).toBe(
      true,
    );
    const werk = await ws.repos.contractClauses.listFor({ language: 'de', type: 'werkvertrag' });
    expect(werk.map((c) => c.id)).toContain(custom.id);
    const { CLAUSE_CATEGORIES } = await import('#shared/contracts');
    const rank = (c: { category: string }) =>
      (CLAUSE_CATEGORIES as readonly string[]).indexOf(c.category);
    for (let i = 1; i < werk.length; i += 1) {
      const [a, b] = [werk[i - 1]!, werk[i]!];
      expect(
        rank(a) < rank(b) ||
          (rank(a) === rank(b) &&
            a.title.localeCompare(b.title, 'de', { sensitivity: 'base' }) <= 0),
      ).toBe(true);
    }
    await ws.repos.contractClauses.remove(custom.id);
    expect(
      (await ws.repos.contractClauses.listFor({ language: 'de' })).map((c) => c.id),
    ).not.toContain(custom.id);
  });

  it('refuses a custom clause with a bad key, naming the field', async () => {
    await expectRefused(
      () => ws.repos.contractClauses.create(makeContractClauseInput({ key: 'Reise Kosten' })),
      'key',
      'validation.clauseKey',
    );
  });
});

describe('createFromOffer', () => {
  it('drafts revision 1 from the offer, client, contact and company, with the selected clauses', async () => {
    const { contract, revision, offer, client } = await draft();
    expect(contract).toMatchObject({
      clientId: client.id,
      offerId: offer.id,
      type: 'werkvertrag',
      language: 'de',
      title: 'Werkvertrag – Rheinland Logistik',
      status: 'draft',
      currentRevisionId: revision.id,
      terminatedOn: '',
      createdBy: TEST_AUTHOR,
    });
    expect(revision).toMatchObject({ number: 1, contentHash: '', signedPdfSha256: '' });
    expect(revision.variables).toMatchObject({
      'company.name': 'Muster IT-Beratung GmbH',
      'company.address': 'Königsallee 1, 40212 Düsseldorf',
      'company.city': 'Düsseldorf',
      'company.representative': 'Max Mustermann',
      'client.name': 'Rheinland Logistik',
      'client.address': 'Hafenstraße 12, 50667 Köln',
      'client.country': 'DE',
      'client.representative': 'Anna Schmidt, IT-Leiterin',
      'offer.number': offer.number,
      'offer.title': 'Lagerverwaltung: Server und Einführung',
      'offer.date': '2026-11-28',
      'offer.revision': '1',
      'offer.scope':
        '- Server R450\n- Individualentwicklung Schnittstelle zum ERP\n- Software-Wartung Lagerverwaltung',
      // One-time: 2 × 4,290.00 + 10 × 1,200.00 = 20,580.00 net, 19 % VAT 3,910.20.
      'offer.netTotal': '20580.00',
      'offer.vatTotal': '3910.20',
      'offer.grossTotal': '24490.20',
      'offer.oneTimeTotal': '20580.00',
      'offer.recurringTotal': '250.00',
      'offer.recurringPeriod': 'monthly',
      'offer.paymentTermsDays': '14',
      'contract.date': TEST_TIME.slice(0, 10),
      'contract.place': 'Düsseldorf',
      'contract.start': '',
      'contract.termMonths': '',
      'contract.noticeMonths': '',
      'contract.renewalMonths': '0',
      'sla.availability': '',
    });
    expect(revision.variables['offer.paymentPlan']).toContain('14 Tagen');
    expect(revision.slaTable.map((row) => row.priority)).toEqual(['P1', 'P2', 'P3', 'P4']);
    const clauses = await clausesOf(contract.id);
    const keys = clauses.map((c) => c.key);
    expect(keys).toContain('acceptance');
    // Custom development in the offer: its conditional clauses are in; no public sector: no EVB-IT.
    expect(keys.some((key) => key.startsWith('evb'))).toBe(false);
    expect(clauses.every((c) => c.negotiation === 'preferred' && !c.modified)).toBe(true);
    expect(clauses.every((c) => c.revisionId === revision.id && c.contractId === contract.id)).toBe(
      true,
    );
    const positions = clauses.map((c) => c.position);
    expect([...positions].sort()).toEqual(positions);
    expect(await ws.db.contractClauses.count()).toBe(clauseLibrary.length);
  });

  it('drafts without an offer, and refuses bad input naming the field, writing nothing', async () => {
    const { client } = await seed();
    const { revision } = await ws.repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: '',
      type: 'nda',
      language: 'en',
    });
    expect(revision.variables['offer.number']).toBe('');
    expect(revision.variables['client.name']).toBe('Rheinland Logistik');
    await expectRefused(
      () =>
        ws.repos.contracts.createFromOffer({
          clientId: client.id,
          offerId: '',
          type: 'kaufvertrag' as 'nda',
          language: 'de',
        }),
      'type',
    );
    await expectRefused(
      () =>
        ws.repos.contracts.createFromOffer({
          clientId: client.id,
          offerId: '',
          type: 'nda',
          language: 'fr' as 'de',
        }),
      'language',
    );
    await expectRefused(
      () =>
        ws.repos.contracts.createFromOffer({
          clientId: client.id,
          offerId: '',
          type: 'nda',
          language: 'de',
          title: '  ',
        }),
      'title',
    );
    await expectUnchanged(
      () =>
        ws.repos.contracts.createFromOffer({
          clientId: 'no-such-client',
          offerId: '',
          type: 'nda',
          language: 'de',
        }),
      RowNotFoundError,
    );
  });

  it('refuses an offer of another client', async () => {
    const { offer } = await seed();
    const other = await ws.repos.clients.create(makeClientInput({ name: 'Andere AG' }));
    await expectRefused(
      () =>
        ws.repos.contracts.createFromOffer({
          clientId: other.id,
          offerId: offer.id,
          type: 'werkvertrag',
          language: 'de',
        }),
      'offerId',
    );
  });

  it('adds the EVB-IT clause for a public-sector client', async () => {
    const { client, offer } = await seed({ industry: 'Öffentliche Verwaltung' });
    const { contract } = await ws.repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: offer.id,
      type: 'werkvertrag',
      language: 'de',
    });
    const covers = (await clausesOf(contract.id)).flatMap((c) => c.covers);
    expect(covers).toContain('public-sector.evb-it');
  });
});

describe('variables', () => {
  it('sets a variable on the current revision, free names too', async () => {
    const { contract } = await draft();
    await ws.repos.contracts.setVariable(contract.id, 'contract.termMonths', '24');
    await ws.repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '3');
    await ws.repos.contracts.setVariable(contract.id, 'sla.availability', '99.95');
    await ws.repos.contracts.setVariable(contract.id, 'project.codename', 'Kranich');
    const revision = await currentRevision(contract.id);
    expect(revision.number).toBe(1);
    expect(revision.variables).toMatchObject({
      'contract.termMonths': '24',
      'contract.noticeMonths': '3',
      'sla.availability': '99.95',
      'project.codename': 'Kranich',
    });
  });

  it.each([
    ['contract.termMonths', '0', 'validation.wholeMonths'],
    ['contract.termMonths', '1.5', 'validation.wholeMonths'],
    ['contract.termMonths', 'zwölf', 'validation.wholeMonths'],
    ['contract.noticeMonths', '-1', 'validation.negative'],
    ['contract.renewalMonths', '-12', 'validation.negative'],
    ['contract.renewalMonths', '1,5', 'validation.format'],
    ['contract.start', '2027-02-30', 'validation.date'],
    ['contract.start', '01.01.2027', 'validation.date'],
    ['sla.availability', '100.5', 'validation.slaOver100'],
    ['sla.availability', '101', 'validation.slaOver100'],
    ['sla.availability', '99.9999', 'validation.format'],
    ['sla.availability', 'hoch', 'validation.decimal'],
    ['sla.availability', '-1', 'validation.negative'],
  ])('refuses %s = %s with %s at the field, writing nothing', async (name, value, message) => {
    const { contract } = await draft();
    await expectRefused(
      () => ws.repos.contracts.setVariable(contract.id, name, value),
      name,
      message,
    );
  });

  it('refuses a term shorter than the notice period, and a bad name', async () => {
    const { contract } = await draft();
    await ws.repos.contracts.setVariable(contract.id, 'contract.termMonths', '24');
    await expectRefused(
      () => ws.repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '48'),
      'contract.noticeMonths',
      'validation.noticeLongerThanTerm',
    );
    await ws.repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '6');
    await expectRefused(
      () => ws.repos.contracts.setVariable(contract.id, 'contract.termMonths', '3'),
      'contract.termMonths',
      'validation.noticeLongerThanTerm',
    );
    await expectRefused(
      () => ws.repos.contracts.setVariable(contract.id, 'client name', 'x'),
      'name',
    );
    await expectRefused(
      () => ws.repos.contracts.setVariable(contract.id, 'offer.title', 42 as unknown as string),
      'offer.title',
    );
  });

  it('sets the SLA table, and refuses a bad one at the row and field', async () => {
    const { contract } = await draft();
    await ws.repos.contracts.setSlaTable(contract.id, makeSlaRows());
    expect((await currentRevision(contract.id)).slaTable).toEqual(makeSlaRows());
    await expectRefused(
      () =>
        ws.repos.contracts.setSlaTable(contract.id, makeSlaRows([{}, { resolutionHours: '2' }])),
      'rows.1.resolutionHours',
      'contracts.sla.issues.resolutionBeforeResponse',
    );
    await expectRefused(
      () => ws.repos.contracts.setSlaTable(contract.id, makeSlaRows([{}, { priority: 'P1' }])),
      'rows.1.priority',
      'contracts.sla.issues.duplicate',
    );
    await expectRefused(
      () => ws.repos.contracts.setSlaTable(contract.id, makeSlaRows([{ responseHours: 'bald' }])),
      'rows.0.responseHours',
      'validation.decimal',
    );
  });
});

describe('clauses of a draft', () => {
  it('adds a library clause and a custom clause at an index, moves and removes them', async () => {
    const { contract } = await draft();
    const custom = await ws.repos.contractClauses.create(makeContractClauseInput());
    const before = await clausesOf(contract.id);
    const added = await ws.repos.contracts.addClause(contract.id, custom.id, 2);
    expect(added).toMatchObject({
      clauseId: custom.id,
      key: 'travel-costs',
      negotiation: 'preferred',
    });
    let clauses = await clausesOf(contract.id);
    expect(clauses.map((c) => c.id)).toEqual([
      before[0]!.id,
      before[1]!.id,
      added.id,
      ...before.slice(2).map((c) => c.id),
    ]);
    const own = await ws.repos.contracts.addCustomClause(contract.id, {
      title: 'Besondere Vereinbarungen',
      body: 'Die Parteien vereinbaren ein monatliches Steuerungsgespräch.',
      category: 'general',
    });
    clauses = await clausesOf(contract.id);
    expect(clauses.at(-1)).toMatchObject({ id: own.id, clauseId: '', key: '', modified: false });
    await ws.repos.contracts.moveClause(contract.id, own.id, 0);
    clauses = await clausesOf(contract.id);
    expect(clauses[0]!.id).toBe(own.id);
    await ws.repos.contracts.moveClause(contract.id, own.id, clauses.length - 1);
    expect((await clausesOf(contract.id)).at(-1)!.id).toBe(own.id);
    await ws.repos.contracts.removeClause(contract.id, added.id);
    clauses = await clausesOf(contract.id);
    expect(clauses.map((c) => c.id)).not.toContain(added.id);
    expect((await ws.db.contractRevisionClauses.get(added.id))?.deleted).toBe(true);
  });

  it('refuses to remove a clause the type requires, and bad clause input', async () => {
    const { contract } = await draft();
    const clauses = await clausesOf(contract.id);
    const acceptance = clauses.find((c) => c.key === 'acceptance')!;
    await expectRefused(
      () => ws.repos.contracts.removeClause(contract.id, acceptance.id),
      'revisionClauseId',
      'validation.requiredClause',
    );
    await expectRefused(
      () =>
        ws.repos.contracts.addCustomClause(contract.id, {
          title: '',
          body: 'Text',
          category: 'general',
        }),
      'title',
    );
    await expectRefused(
      () =>
        ws.repos.contracts.addCustomClause(contract.id, {
          title: 'Titel',
          body: 'Text',
          category: 'unknown' as 'general',
        }),
      'category',
    );
    await expectRefused(
      () => ws.repos.contracts.moveClause(contract.id, acceptance.id, clauses.length),
      'toIndex',
    );
    await expectRefused(
      () => ws.repos.contracts.addClause(contract.id, shippedClauseId('en', 'acceptance'), 0),
      'clauseId',
    );
    await expectRefused(
      () => ws.repos.contracts.addClause(contract.id, shippedClauseId('de', 'acceptance'), -1),
      'index',
    );
    await expectUnchanged(
      () => ws.repos.contracts.addClause(contract.id, 'clause-de-nothing', 0),
      RowNotFoundError,
    );
    await expectUnchanged(
      () => ws.repos.contracts.removeClause(contract.id, 'no-such-clause'),
      RowNotFoundError,
    );
  });

  it('takes a negotiation position with its library text, edits and resets a clause', async () => {
    const { contract } = await draft();
    const clauses = await clausesOf(contract.id);
    const withFallback = clauses.find((c) => {
      const lib = clauseLibrary.find((l) => l.id === c.key && l.language === 'de');
      return lib?.positions?.fallback !== undefined;
    })!;
    const library = clauseLibrary.find((l) => l.id === withFallback.key && l.language === 'de')!;
    const fallback = await ws.repos.contracts.setNegotiation(
      contract.id,
      withFallback.id,
      'fallback',
    );
    expect(fallback).toMatchObject({
      negotiation: 'fallback',
      body: library.positions!.fallback!.body,
      modified: false,
    });
    const edited = await ws.repos.contracts.editClause(contract.id, withFallback.id, {
      body: `${library.positions!.fallback!.body}\n\n(9) Ergänzung.`,
    });
    expect(edited.modified).toBe(true);
    const same = await ws.repos.contracts.editClause(contract.id, withFallback.id, {
      title: 'Neuer Titel',
      body: library.positions!.fallback!.body,
    });
    expect(same).toMatchObject({ modified: false, title: 'Neuer Titel' });
    const reset = await ws.repos.contracts.resetClause(contract.id, withFallback.id);
    expect(reset).toMatchObject({
      negotiation: 'fallback',
      title: library.title,
      body: library.positions!.fallback!.body,
      modified: false,
    });
    const noWalkAway = clauses.find((c) => {
      const lib = clauseLibrary.find((l) => l.id === c.key && l.language === 'de');
      return lib && lib.positions?.walkAway === undefined;
    })!;
    await expectRefused(
      () => ws.repos.contracts.setNegotiation(contract.id, noWalkAway.id, 'walk-away'),
      'position',
    );
    await expectRefused(
      () => ws.repos.contracts.setNegotiation(contract.id, noWalkAway.id, 'best' as 'preferred'),
      'position',
    );
    await expectRefused(
      () => ws.repos.contracts.editClause(contract.id, noWalkAway.id, { body: '' }),
      'body',
    );
  });
});

describe('status, content hash and revisions', () => {
  it('moves only as the status machine allows', async () => {
    const { contract } = await draft();
    await ws.repos.contracts.setStatus(contract.id, 'in-review');
    await ws.repos.contracts.setStatus(contract.id, 'draft');
    const signed = await expectUnchanged(
      () => ws.repos.contracts.setStatus(contract.id, 'signed'),
      ContractStatusError,
    );
    expect(signed).toMatchObject({ from: 'draft', to: 'signed' });
    await expectUnchanged(
      () => ws.repos.contracts.setStatus(contract.id, 'terminated'),
      ContractStatusError,
    );
    await expectRefused(
      () => ws.repos.contracts.setStatus(contract.id, 'archived' as 'draft'),
      'status',
    );
  });

  it('freezes the revision on send with the SHA-256 of its canonical content', async () => {
    const { contract } = await sentContract();
    const revision = await currentRevision(contract.id);
    const { clauses } = await ws.repos.contracts.revisionContent(revision.id);
    expect(revision.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(revision.frozenAt).toBe(TEST_TIME);
    expect(revision.contentHash).toBe(await sha256Hex(canonicalContent(revision, clauses)));
    expect((await ws.repos.contracts.get(contract.id))?.status).toBe('sent');
  });

  it('hashes the same content the same, whatever the order of the variables, and any edit changes it', async () => {
    const base = {
      variables: { b: '2', a: '1' },
      slaTable: makeSlaRows(),
    };
    const clauses = [
      { key: 'subject', negotiation: 'preferred' as const, title: 'Gegenstand', body: 'Text' },
      { key: 'acceptance', negotiation: 'preferred' as const, title: 'Abnahme', body: 'Text' },
    ];
    const hash = await sha256Hex(canonicalContent(base, clauses));
    expect(
      await sha256Hex(canonicalContent({ ...base, variables: { a: '1', b: '2' } }, clauses)),
    ).toBe(hash);
    const variants = [
      canonicalContent({ ...base, variables: { a: '1', b: '3' } }, clauses),
      canonicalContent({ ...base, slaTable: makeSlaRows([{ responseHours: '2' }]) }, clauses),
      canonicalContent(base, [clauses[1]!, clauses[0]!]),
      canonicalContent(base, [{ ...clauses[0]!, negotiation: 'fallback' }, clauses[1]!]),
      canonicalContent(base, [{ ...clauses[0]!, title: 'Vertragsgegenstand' }, clauses[1]!]),
      canonicalContent(base, [{ ...clauses[0]!, body: 'Text.' }, clauses[1]!]),
    ];
    for (const variant of variants) expect(await sha256Hex(variant)).not.toBe(hash);
  });

  it('starts revision 2 as a draft on an edit after sending; revision 1 stays frozen', async () => {
    const { contract, revision: first } = await sentContract();
    const frozen = await currentRevision(contract.id);
    const firstClauses = await clausesOf(contract.id);
    const target = firstClauses.find((c) => c.key === 'acceptance')!;
    // The edit names revision 1's clause: it lands on its copy in revision 2.
    const edited = await ws.repos.contracts.editClause(contract.id, target.id, {
      body: 'Die Abnahme erfolgt binnen 10 Werktagen.',
    });
    const after = (await ws.repos.contracts.get(contract.id))!;
    expect(after.status).toBe('draft');
    expect(after.currentRevisionId).not.toBe(first.id);
    const second = await currentRevision(contract.id);
    expect(second).toMatchObject({ number: 2, contentHash: '', frozenAt: '' });
    expect(second.variables).toEqual(frozen.variables);
    expect(second.slaTable).toEqual(frozen.slaTable);
    const secondClauses = await clausesOf(contract.id);
    expect(secondClauses.map((c) => [c.key, c.position])).toEqual(
      firstClauses.map((c) => [c.key, c.position]),
    );
    expect(edited.revisionId).toBe(second.id);
    expect(secondClauses.find((c) => c.key === 'acceptance')).toMatchObject({
      id: edited.id,
      body: 'Die Abnahme erfolgt binnen 10 Werktagen.',
      modified: true,
    });
    // Revision 1 unchanged: same hash, same texts.
    expect(await ws.repos.contracts.getRevision(first.id)).toEqual(frozen);
    expect(await ws.repos.contracts.revisionContent(first.id)).toEqual({
      revision: frozen,
      clauses: firstClauses,
    });
    // A second edit stays on revision 2.
    await ws.repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '2');
    expect((await currentRevision(contract.id)).number).toBe(2);
    // The language of a sent revision stays as sent.
    await ws.repos.contracts.setStatus(contract.id, 'sent');
    await expectUnchanged(
      () => ws.repos.contracts.update(contract.id, { language: 'en' }),
      ContractStatusError,
    );
    await ws.repos.contracts.setStatus(contract.id, 'draft');
    // A second edit starts revision 3.
    await ws.repos.contracts.setVariable(contract.id, 'contract.termMonths', '36');
    expect((await ws.repos.contracts.listRevisions(contract.id)).map((r) => r.number)).toEqual([
      1, 2, 3,
    ]);
    // Sending revision 3 hashes it differently.
    await ws.repos.contracts.setStatus(contract.id, 'sent');
    const sentSecond = await currentRevision(contract.id);
    expect(sentSecond.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sentSecond.contentHash).not.toBe(frozen.contentHash);
  });

  it('every kind of edit after sending starts revision n+1', async () => {
    const edits: ((id: string, clauseId: string) => Promise<unknown>)[] = [
      (id) => ws.repos.contracts.setVariable(id, 'offer.title', 'Neu'),
      (id) => ws.repos.contracts.setSlaTable(id, makeSlaRows()),
      (id, clauseId) => ws.repos.contracts.moveClause(id, clauseId, 0),
      (id) =>
        ws.repos.contracts.addCustomClause(id, { title: 'X', body: 'Y', category: 'general' }),
    ];
    for (const run of edits) {
      ws = openTestWorkspace();
      const { contract } = await sentContract();
      const clauses = await clausesOf(contract.id);
      await run(contract.id, clauses.at(-1)!.id);
      expect((await currentRevision(contract.id)).number).toBe(2);
      expect((await ws.repos.contracts.get(contract.id))?.status).toBe('draft');
    }
  });

  it('blocks sending an AVV without the sub-processor clause, listing it, writing nothing', async () => {
    await ws.repos.contractClauses.installLibrary();
    await ws.repos.contractClauses.remove(shippedClauseId('de', 'avv-subprocessors'));
    const { contract } = await draft('avv');
    expect((await clausesOf(contract.id)).map((c) => c.key)).not.toContain('avv-subprocessors');
    expect(await ws.repos.contracts.missingItems(contract.id)).toEqual([
      { item: 'avv.sub-processors', label: expect.any(String) },
    ]);
    const error = await expectUnchanged(
      () => ws.repos.contracts.setStatus(contract.id, 'sent'),
      ContractIncompleteError,
    );
    expect(error.missing.map((m) => m.item)).toEqual(['avv.sub-processors']);
    // With the clause added back, it can be sent.
    await ws.repos.contractClauses.restore(shippedClauseId('de', 'avv-subprocessors'));
    await ws.repos.contracts.addClause(contract.id, shippedClauseId('de', 'avv-subprocessors'));
    await ws.repos.contracts.setStatus(contract.id, 'sent');
    expect((await ws.repos.contracts.get(contract.id))?.status).toBe('sent');
  });
});

describe('signing', () => {
  it('signs the sent revision: blobs, signature rows, signed PDF hash, status; then verifies it', async () => {
    const { contract } = await sentContract();
    const input = makeSignInput();
    const signed = await ws.repos.contracts.sign(contract.id, input);
    expect(signed.status).toBe('signed');
    const revision = await currentRevision(contract.id);
    expect(revision).toMatchObject({
      signedPdfSha256: await sha256Hex(input.signedPdf),
      signedPdfSize: input.signedPdf.byteLength,
      signedAt: TEST_TIME,
    });
    const signatures = await ws.repos.contracts.listSignatures(revision.id);
    expect(signatures.map((s) => [s.role, s.name, s.place, s.device])).toEqual([
      ['company', 'Max Mustermann', 'Düsseldorf', input.device],
      ['client', 'Erika Beispiel', 'Düsseldorf', input.device],
    ]);
    for (const [index, signature] of signatures.entries()) {
      expect(signature.pngSha256).toBe(await sha256Hex(input.signatures[index]!.png));
      expect((await ws.repos.blobs.get(signature.pngSha256))?.type).toBe('image/png');
    }
    expect(await ws.repos.contracts.verifySigned(contract.id)).toEqual({
      ok: true,
      expected: revision.signedPdfSha256,
      actual: revision.signedPdfSha256,
    });
  });

  it('detects an altered or missing signed PDF', async () => {
    const { contract } = await sentContract();
    await ws.repos.contracts.sign(contract.id, makeSignInput());
    const revision = await currentRevision(contract.id);
    const stored = (await ws.db.blobs.get(revision.signedPdfSha256))!;
    const altered = new Uint8Array(stored.data);
    altered[altered.length - 1] = altered.at(-1)! ^ 0xff;
    await ws.db.blobs.put({ ...stored, data: altered });
    const result = await ws.repos.contracts.verifySigned(contract.id, revision.id);
    expect(result.ok).toBe(false);
    expect(result.expected).toBe(revision.signedPdfSha256);
    expect(result.actual).toBe(await sha256Hex(altered));
    await ws.db.blobs.delete(revision.signedPdfSha256);
    expect(await ws.repos.contracts.verifySigned(contract.id)).toEqual({
      ok: false,
      expected: revision.signedPdfSha256,
      actual: null,
    });
  });

  it.each([
    [
      'an empty pad',
      () =>
        makeSignInput({
          signatures: [makeSignatureDraft('company', { png: makeSignaturePng({ ink: false }) })],
        }),
      'signatures.0.png',
      'validation.signatureEmpty',
    ],
    [
      'a tap, not a signature',
      () => makeSignInput({ signatures: [makeSignatureDraft('client', { strokePoints: 2 })] }),
      'signatures.0.png',
      'validation.signatureEmpty',
    ],
    [
      'no name',
      () =>
        makeSignInput({
          signatures: [makeSignatureDraft('company'), makeSignatureDraft('client', { name: ' ' })],
        }),
      'signatures.1.name',
      'validation.required',
    ],
    [
      'no place',
      () => makeSignInput({ signatures: [makeSignatureDraft('company', { place: '' })] }),
      'signatures.0.place',
      'validation.required',
    ],
    [
      'two signatures for one party',
      () =>
        makeSignInput({
          signatures: [makeSignatureDraft('company'), makeSignatureDraft('company')],
        }),
      'signatures.1.role',
      'validation.duplicate',
    ],
    ['no signatures', () => makeSignInput({ signatures: [] }), 'signatures', 'validation.required'],
    [
      'no signed PDF',
      () => makeSignInput({ signedPdf: new Uint8Array() }),
      'signedPdf',
      'validation.required',
    ],
  ])('refuses %s, naming the field, storing nothing', async (_what, input, path, message) => {
    const { contract } = await sentContract();
    await expectRefused(() => ws.repos.contracts.sign(contract.id, input()), path, message);
  });

  it('signs only a sent revision', async () => {
    const { contract } = await draft();
    await expectUnchanged(
      () => ws.repos.contracts.sign(contract.id, makeSignInput()),
      ContractStatusError,
    );
  });

  it('locks the signed revision against every write', async () => {
    const { contract } = await sentContract();
    await ws.repos.contracts.sign(contract.id, makeSignInput());
    const clause = (await clausesOf(contract.id))[0]!;
    const library = shippedClauseId('de', 'acceptance');
    const writes: (() => Promise<unknown>)[] = [
      () => ws.repos.contracts.setVariable(contract.id, 'contract.termMonths', '12'),
      () => ws.repos.contracts.setSlaTable(contract.id, makeSlaRows()),
      () => ws.repos.contracts.addClause(contract.id, library, 0),
      () =>
        ws.repos.contracts.addCustomClause(contract.id, {
          title: 'X',
          body: 'Y',
          category: 'general',
        }),
      () => ws.repos.contracts.removeClause(contract.id, clause.id),
      () => ws.repos.contracts.moveClause(contract.id, clause.id, 1),
      () => ws.repos.contracts.setNegotiation(contract.id, clause.id, 'preferred'),
      () => ws.repos.contracts.editClause(contract.id, clause.id, { body: 'Neu' }),
      () => ws.repos.contracts.resetClause(contract.id, clause.id),
      () => ws.repos.contracts.sign(contract.id, makeSignInput()),
      () => ws.repos.contracts.update(contract.id, { language: 'en' }),
    ];
    for (const run of writes) {
      const error = await expectUnchanged(run, RevisionLockedError);
      expect(error.code).toBe('revision-locked');
    }
    await expectUnchanged(
      () => ws.repos.contracts.setStatus(contract.id, 'draft'),
      ContractStatusError,
    );
  });

  it('terminates a signed contract only, with a date', async () => {
    const { contract } = await sentContract();
    await expectUnchanged(
      () => ws.repos.contracts.terminate(contract.id, '2028-09-30'),
      ContractStatusError,
    );
    await ws.repos.contracts.sign(contract.id, makeSignInput());
    await expectRefused(
      () => ws.repos.contracts.terminate(contract.id, '30.09.2028'),
      'terminatedOn',
      'validation.date',
    );
    const terminated = await ws.repos.contracts.terminate(contract.id, '2028-09-30');
    expect(terminated).toMatchObject({ status: 'terminated', terminatedOn: '2028-09-30' });
  });
});

describe('notice deadlines', () => {
  it('lists signed contracts whose last notice date falls in the next 90 days', async () => {
    // Start 2027-01-01, 24 months, 3 months notice: term ends 2028-12-31, notice by 2028-09-30.
    const { contract } = await sentContract();
    await ws.repos.contracts.sign(contract.id, makeSignInput());
    const near = await ws.repos.contracts.noticeDeadlines('2028-07-15');
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({
      contract: { id: contract.id, status: 'signed' },
      termEnd: '2028-12-31',
      lastNoticeDate: '2028-09-30',
      daysLeft: 77,
    });
    expect(await ws.repos.contracts.noticeDeadlines('2028-06-01')).toEqual([]);
    expect(await ws.repos.contracts.noticeDeadlines('2028-06-01', 200)).toHaveLength(1);
    expect(await ws.repos.contracts.noticeDeadlines('2028-10-01')).toEqual([]);
    await ws.repos.contracts.terminate(contract.id, '2028-07-20');
    expect(await ws.repos.contracts.noticeDeadlines('2028-07-15')).toEqual([]);
  });

  it('leaves out drafts and contracts without a start', async () => {
    const { contract } = await draft();
    await ws.repos.contracts.setVariable(contract.id, 'contract.start', '2027-01-01');
    await ws.repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '3');
    expect(await ws.repos.contracts.noticeDeadlines('2029-11-15')).toEqual([]);
  });
});

describe('contracts list', () => {
  it('lists newest first, per client, and moves to and from the Papierkorb', async () => {
    const { contract, client } = await draft();
    const second = await ws.repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: '',
      type: 'nda',
      language: 'de',
      title: 'NDA Vorgespräch',
    });
    expect((await ws.repos.contracts.list()).map((c) => c.id)).toEqual([
      second.contract.id,
      contract.id,
    ]);
    expect(await ws.repos.contracts.listForClient(client.id)).toHaveLength(2);
    await ws.repos.contracts.update(contract.id, { title: 'Werkvertrag ERP-Schnittstelle' });
    expect((await ws.repos.contracts.get(contract.id))?.title).toBe(
      'Werkvertrag ERP-Schnittstelle',
    );
    await expectRefused(() => ws.repos.contracts.update(contract.id, { title: '' }), 'title');
    await ws.repos.contracts.remove(contract.id);
    expect((await ws.repos.contracts.list()).map((c) => c.id)).toEqual([second.contract.id]);
    await ws.repos.contracts.restore(contract.id);
    expect(await ws.repos.contracts.list()).toHaveLength(2);
  });
});

describe('facts and verification edge cases', () => {
  it('reads the facts of a client and offer, public sector from the industry', async () => {
    const { client, offer } = await seed({ industry: 'Kommunalverwaltung' });
    const facts = await ws.repos.contracts.factsFor(client.id, offer.id);
    expect(facts).toMatchObject({
      publicSectorClient: true,
      hasCustomDevelopment: true,
      hasRecurringLines: true,
      clientOutsideGermany: false,
    });
    expect((await ws.repos.contracts.factsFor(client.id, '')).hasRecurringLines).toBe(false);
  });

  it('reports an unsigned revision as not verified, without throwing', async () => {
    const { contract } = await draft();
    expect(await ws.repos.contracts.verifySigned(contract.id)).toEqual({
      ok: false,
      expected: '',
      actual: null,
    });
  });
});

describe('a contract outlives its offer', () => {
  it('is sent after its offer was deleted', async () => {
    const { contract, offer } = await draft();
    await ws.repos.offers.remove(offer.id);
    await ws.repos.contracts.setStatus(contract.id, 'sent');
    expect((await ws.repos.contracts.get(contract.id))?.status).toBe('sent');
  });
});
