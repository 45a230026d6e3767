import { describe, expect, it } from 'vitest';
import { prepareContract } from '#shared/documents/contracts/contract-input';
import type { Contract, ContractRevision, ContractRevisionClause } from '#shared/domain/contracts';
import { makeCompanyProfile } from '../../../../../test/factories/domain';
import { documentInput, printVariables, resolveRevisionClauses } from './print-variables';

const raw = {
  'client.name': 'Brandt & Söhne GmbH',
  'offer.netTotal': '72500.00',
  'offer.vatTotal': '13775.00',
  'offer.grossTotal': '86275.00',
  'offer.oneTimeTotal': '72500.00',
  'offer.recurringTotal': '250.00',
  'offer.recurringPeriod': 'monthly',
  'offer.date': '2027-02-15',
  'offer.paymentTermsDays': '30',
  'contract.date': '2027-03-01',
  'contract.start': '2027-01-01',
  'contract.termMonths': '24',
  'contract.noticeMonths': '3',
  'contract.renewalMonths': '12',
  'sla.availability': '99.5',
  'sla.serviceHours': 'Mo–Fr 8–18 Uhr',
  'sla.maxDowntime': '',
};

describe('printVariables', () => {
  it('formats amounts, dates, the availability and the term as the German contract prints them', () => {
    expect(printVariables(raw, { language: 'de', currency: 'EUR' })).toEqual({
      ...raw,
      'offer.netTotal': '72.500,00 €',
      'offer.vatTotal': '13.775,00 €',
      'offer.grossTotal': '86.275,00 €',
      'offer.oneTimeTotal': '72.500,00 €',
      'offer.recurringTotal': '250,00 € monatlich',
      'offer.date': '15.02.2027',
      'contract.date': '01.03.2027',
      'contract.start': '01.01.2027',
      'sla.availability': '99,5 %',
      'contract.termEnd': '31.12.2028',
      'contract.lastNoticeDate': '30.09.2028',
    });
  });

  it('formats them in English, in the offer’s currency', () => {
    const printed = printVariables(
      { ...raw, 'offer.recurringPeriod': 'yearly' },
      { language: 'en', currency: 'CHF' },
    );
    expect([
      printed['offer.grossTotal'],
      printed['offer.recurringTotal'],
      printed['offer.date'],
      printed['sla.availability'],
      printed['contract.termEnd'],
      printed['contract.lastNoticeDate'],
    ]).toEqual([
      'CHF 86,275.00',
      'CHF 250.00 per year',
      '15 February 2027',
      '99.5%',
      '31 December 2028',
      '30 September 2028',
    ]);
  });

  it('prints free text as entered, keeps empty values empty and leaves out a term it cannot work out', () => {
    const printed = printVariables(
      {
        'offer.grossTotal': 'nach Aufwand',
        'sla.availability': '99,9 %',
        'contract.start': '',
        'contract.termMonths': '12',
        'contract.noticeMonths': '3',
        'offer.paymentPlan': '',
      },
      { language: 'de', currency: 'EUR' },
    );
    expect(printed).toEqual({
      'offer.grossTotal': 'nach Aufwand',
      'sla.availability': '99,9 %',
      'contract.start': '',
      'contract.termMonths': '12',
      'contract.noticeMonths': '3',
      'offer.paymentPlan': '',
    });
    const tooLong = printVariables(
      { 'contract.start': '2027-01-01', 'contract.termMonths': '3', 'contract.noticeMonths': '6' },
      { language: 'de', currency: 'EUR' },
    );
    expect(tooLong['contract.termEnd']).toBeUndefined();
  });
});

const contract: Contract = {
  id: 'contract-1',
  clientId: 'client-1',
  offerId: '',
  type: 'werkvertrag',
  language: 'de',
  title: 'Portal',
  status: 'draft',
  currentRevisionId: 'revision-2',
  terminatedOn: '',
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  deleted: false,
};

const revision = (overrides: Partial<ContractRevision> = {}): ContractRevision => ({
  id: 'revision-2',
  contractId: 'contract-1',
  number: 2,
  variables: {
    ...raw,
    'client.address': 'Industriestraße 7, 33602 Bielefeld',
    'client.representative': 'Dr. Anna Schmidt, Geschäftsführerin',
    'company.representative': 'Jana Brandt',
  },
  slaTable: [
    {
      priority: 'P1',
      label: 'Kritisch',
      description: '',
      responseHours: '1',
      resolutionHours: '',
    },
  ],
  contentHash: '',
  frozenAt: '',
  signedPdfSha256: '',
  signedPdfSize: 0,
  signedAt: '',
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  deleted: false,
  ...overrides,
});

const clause = (id: string, key: string, title: string, body: string): ContractRevisionClause => ({
  id,
  contractId: 'contract-1',
  revisionId: 'revision-2',
  clauseId: key === '' ? '' : `clause-de-${key}`,
  key,
  position: id,
  negotiation: 'preferred',
  title,
  body,
  modified: false,
  category: 'general',
  covers: [],
  libraryVersion: '1',
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  deleted: false,
});

const clauses = [
  clause('row-a', 'werk-subject', 'Gegenstand', 'Vergütung nach {{ref:werk-payment}}.'),
  clause('row-b', 'werk-payment', 'Vergütung', 'Der Preis beträgt {{offer.grossTotal}}.'),
  clause('row-c', '', 'Sondervereinbarung', 'Abweichend von {{ref:werk-subject}} gilt …'),
];

describe('documentInput', () => {
  const args = {
    contract,
    revision: revision(),
    clauses,
    company: makeCompanyProfile({ brandColor: '#a0312b' }),
    currency: 'EUR',
    disclaimer: 'Formulierungshilfe, keine Rechtsberatung.',
  };

  it('gives each clause its library key (a written one its row id), so references resolve', () => {
    const input = documentInput(args);
    expect(input.clauses.map((one) => one.id)).toEqual(['werk-subject', 'werk-payment', 'row-c']);
    const prepared = prepareContract(input);
    expect(prepared.clauses.map((one) => one.blocks)).toEqual([
      [{ kind: 'paragraph', text: 'Vergütung nach § 2.' }],
      [{ kind: 'paragraph', text: 'Der Preis beträgt 86.275,00 €.' }],
      [{ kind: 'paragraph', text: 'Abweichend von § 1 gilt …' }],
    ]);
  });

  it('names the parties from the variables and the profile, with the branding and the SLA table', () => {
    const input = documentInput(args);
    expect(input.parties.client).toEqual({
      name: 'Brandt & Söhne GmbH',
      address: 'Industriestraße 7, 33602 Bielefeld',
      representative: 'Dr. Anna Schmidt, Geschäftsführerin',
      signatory: { name: 'Dr. Anna Schmidt', function: 'Geschäftsführerin' },
    });
    expect(input.parties.company.representative).toBe('Jana Brandt');
    expect(input.parties.company.name).toBe(args.company.name);
    expect(input.branding).toEqual({ brandColor: '#a0312b', logoPng: null });
    expect(input.slaResponseTable).toEqual([
      {
        priority: 'P1',
        label: 'Kritisch',
        description: '',
        responseHours: '1',
        resolutionHours: null,
      },
    ]);
    expect([input.revision, input.status, input.variables['contract.date']]).toEqual([
      2,
      'draft',
      '01.03.2027',
    ]);
  });

  it('prints the drafting note on a draft only', () => {
    expect(documentInput(args).disclaimer).toBe('Formulierungshilfe, keine Rechtsberatung.');
    for (const status of ['in-review', 'sent', 'signed'] as const) {
      expect(documentInput({ ...args, contract: { ...contract, status } })).not.toHaveProperty(
        'disclaimer',
      );
    }
  });

  it('gives an older revision the status it had: sent once frozen, signed once signed', () => {
    const older = (overrides: Partial<ContractRevision>) =>
      documentInput({ ...args, revision: revision({ id: 'revision-1', number: 1, ...overrides }) });
    expect(older({ contentHash: 'a'.repeat(64) }).status).toBe('sent');
    expect(older({ contentHash: 'a'.repeat(64), signedPdfSha256: 'b'.repeat(64) }).status).toBe(
      'signed',
    );
    expect(older({}).status).toBe('draft');
  });
});

describe('resolveRevisionClauses', () => {
  it('resolves placeholders and references; a written clause is matched by its title', () => {
    expect(
      resolveRevisionClauses(clauses, revision().variables, { language: 'de', currency: 'EUR' }),
    ).toEqual([
      { clauseId: 'werk-subject', title: 'Gegenstand', body: 'Vergütung nach § 2.' },
      { clauseId: 'werk-payment', title: 'Vergütung', body: 'Der Preis beträgt 86.275,00 €.' },
      {
        clauseId: 'custom:Sondervereinbarung',
        title: 'Sondervereinbarung',
        body: 'Abweichend von § 1 gilt …',
      },
    ]);
  });
});
