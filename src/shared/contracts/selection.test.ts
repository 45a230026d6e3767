import { describe, expect, it } from 'vitest';
import { completeness, selectClauses } from './selection';
import type { Clause, CompletenessItem, ContractType } from './types';

function clause(overrides: Partial<Clause> & Pick<Clause, 'id' | 'category'>): Clause {
  return {
    title: overrides.id,
    body: `Text ${overrides.id}`,
    contractTypes: ['werkvertrag'],
    language: 'de',
    version: '1.0',
    ...overrides,
  };
}

const library: Clause[] = [
  clause({ id: 'liability', category: 'liability', contractTypes: ['werkvertrag', 'saas'] }),
  clause({ id: 'subject', category: 'subject', contractTypes: ['werkvertrag', 'saas'] }),
  clause({ id: 'subject-en', category: 'subject', language: 'en' }),
  clause({ id: 'acceptance', category: 'acceptance' }),
  clause({ id: 'sla', category: 'sla', contractTypes: ['saas'] }),
  clause({
    id: 'recurring-fees',
    category: 'payment',
    contractTypes: ['werkvertrag', 'saas'],
    condition: { all: [{ fact: 'hasRecurringLines' }, { not: { fact: 'clientOutsideGermany' } }] },
  }),
  clause({
    id: 'evb-it',
    category: 'public-sector',
    contractTypes: [],
    requiredFor: ['werkvertrag'],
    condition: { fact: 'publicSectorClient' },
  }),
  clause({ id: 'general', category: 'general', contractTypes: ['werkvertrag', 'saas'] }),
  clause({ id: 'prices', category: 'prices' }),
];

const ids = (clauses: Clause[]) => clauses.map((item) => item.id);

describe('selectClauses', () => {
  it('takes the clauses of the type and language in the type’s default order', () => {
    expect(ids(selectClauses(library, { type: 'werkvertrag', facts: {}, language: 'de' }))).toEqual(
      ['subject', 'acceptance', 'prices', 'liability', 'general'],
    );
    expect(ids(selectClauses(library, { type: 'saas', facts: {}, language: 'de' }))).toEqual([
      'subject',
      'sla',
      'liability',
      'general',
    ]);
    expect(ids(selectClauses(library, { type: 'werkvertrag', facts: {}, language: 'en' }))).toEqual(
      ['subject-en'],
    );
  });

  it('adds conditional clauses when their condition holds', () => {
    const facts = { hasRecurringLines: true, publicSectorClient: true };
    expect(ids(selectClauses(library, { type: 'werkvertrag', facts, language: 'de' }))).toEqual([
      'subject',
      'acceptance',
      'prices',
      'recurring-fees',
      'liability',
      'evb-it',
      'general',
    ]);
    expect(
      ids(
        selectClauses(library, {
          type: 'saas',
          facts: { ...facts, clientOutsideGermany: true },
          language: 'de',
        }),
      ),
    ).toEqual(['subject', 'sla', 'liability', 'general']);
  });

  it('refuses an unknown type', () => {
    expect(() =>
      selectClauses(library, { type: 'kaufvertrag' as ContractType, facts: {}, language: 'de' }),
    ).toThrow('type');
  });
});

const liabilityDe =
  '(1) Der Auftragnehmer haftet unbeschränkt bei Vorsatz und grober Fahrlässigkeit, bei der Verletzung des Lebens, des Körpers oder der Gesundheit und nach dem Produkthaftungsgesetz. (2) Im Übrigen ist die Haftung auf 100 % begrenzt.';
const liabilityEn =
  'The Contractor is liable without limitation for intent and gross negligence, for injury to life, body or health and under the Product Liability Act. Otherwise liability is capped.';

describe('completeness', () => {
  const werkClauses: Array<{ covers: CompletenessItem[]; body: string }> = [
    { covers: ['werk.subject'], body: '' },
    { covers: ['werk.acceptance'], body: '' },
    { covers: ['payment.terms'], body: '' },
    { covers: ['liability.limitation', 'liability.non-excludable'], body: liabilityDe },
  ];

  it('finds nothing missing in a complete Werkvertrag', () => {
    expect(completeness('werkvertrag', werkClauses)).toEqual([]);
  });

  it('lists the acceptance when it is missing from a Werkvertrag', () => {
    expect(
      completeness(
        'werkvertrag',
        werkClauses.filter((item) => !item.covers.includes('werk.acceptance')),
      ),
    ).toEqual([{ item: 'werk.acceptance', label: 'Abnahme' }]);
  });

  it('lists a liability clause edited so that it no longer keeps the non-excludable cases', () => {
    const edited = werkClauses.map((item) =>
      item.covers.includes('liability.limitation')
        ? { ...item, body: 'Die Haftung ist auf 10.000 € begrenzt.' }
        : item,
    );
    expect(completeness('werkvertrag', edited, { language: 'en' })).toEqual([
      {
        item: 'liability.non-excludable',
        label:
          'Unlimited liability for intent, gross negligence, injury to life, body or health and under the Product Liability Act',
      },
    ]);
    const english = werkClauses.map((item) =>
      item.covers.includes('liability.limitation') ? { ...item, body: liabilityEn } : item,
    );
    expect(completeness('werkvertrag', english)).toEqual([]);
  });

  it('requires the EVB-IT clause for public-sector clients and the AVV reference when personal data is processed', () => {
    expect(
      completeness('werkvertrag', werkClauses, {
        facts: { publicSectorClient: true, personalDataProcessed: true },
      }),
    ).toEqual([
      { item: 'public-sector.evb-it', label: 'Regelungen für öffentliche Auftraggeber (EVB-IT)' },
      { item: 'data-protection.avv', label: 'Verweis auf die Auftragsverarbeitung (AVV)' },
    ]);
  });

  it('lists every item of Art. 28 (3) GDPR missing from an AVV', () => {
    expect(completeness('avv', []).map((missing) => missing.item)).toEqual([
      'avv.subject-and-duration',
      'avv.nature-and-purpose',
      'avv.data-and-subjects',
      'avv.instructions',
      'avv.confidentiality',
      'avv.security-measures',
      'avv.sub-processors',
      'avv.data-subject-rights',
      'avv.assistance-32-36',
      'avv.deletion-or-return',
      'avv.audits-and-information',
    ]);
    const partial = completeness('avv', [
      {
        covers: [
          'avv.subject-and-duration',
          'avv.nature-and-purpose',
          'avv.data-and-subjects',
          'avv.instructions',
        ],
        body: '',
      },
      {
        covers: [
          'avv.confidentiality',
          'avv.security-measures',
          'avv.sub-processors',
          'avv.data-subject-rights',
        ],
        body: '',
      },
      { covers: ['avv.assistance-32-36', 'avv.audits-and-information'], body: '' },
    ]);
    expect(partial).toEqual([
      {
        item: 'avv.deletion-or-return',
        label: 'Löschung oder Rückgabe nach Ende der Verarbeitung',
      },
    ]);
  });
});
