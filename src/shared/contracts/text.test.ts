import { describe, expect, it } from 'vitest';
import {
  listPlaceholders,
  numberClauses,
  parseClauseBody,
  resolveContractText,
  sectionLabel,
} from './text';

describe('numberClauses', () => {
  it('numbers clauses in draft order', () => {
    expect(
      numberClauses([
        { clauseId: 'subject' },
        { clauseId: 'acceptance' },
        { clauseId: 'liability' },
      ]),
    ).toEqual({
      subject: 1,
      acceptance: 2,
      liability: 3,
    });
    expect(numberClauses([{ id: 'a' }, { id: 'b' }])).toEqual({ a: 1, b: 2 });
  });

  it('refuses a clause twice or without id, naming the position', () => {
    expect(() => numberClauses([{ clauseId: 'a' }, { clauseId: 'a' }])).toThrow(
      'clauses[1].clauseId',
    );
    expect(() => numberClauses([{ clauseId: '' }])).toThrow('clauses[0].clauseId');
  });

  it('labels numbers by language', () => {
    expect(sectionLabel(4, 'de')).toBe('§ 4');
    expect(sectionLabel(4, 'en')).toBe('Section 4');
  });
});

describe('resolveContractText', () => {
  const numbering = { subject: 1, acceptance: 5, liability: 7 };

  it('fills variables and renders cross-references as the current number', () => {
    const result = resolveContractText(
      'Der Auftraggeber {{client.name}} nimmt das Werk gemäß {{ref:acceptance}} ab; Haftung nach {{ ref:liability }}. Preis: {{offer.grossTotal}}.',
      { 'client.name': 'Stadtwerke Aachen GmbH', 'offer.grossTotal': '119.000,00 €' },
      numbering,
    );
    expect(result).toEqual({
      text: 'Der Auftraggeber Stadtwerke Aachen GmbH nimmt das Werk gemäß § 5 ab; Haftung nach § 7. Preis: 119.000,00 €.',
      unknownPlaceholders: [],
      missingVariables: [],
      unknownReferences: [],
    });
    expect(
      resolveContractText('as set out in {{ref:liability}}', {}, numbering, { language: 'en' })
        .text,
    ).toBe('as set out in Section 7');
  });

  it('lists unknown placeholders, missing variables and unknown references, and leaves them visible', () => {
    const result = resolveContractText(
      '{{client.name}} / {{client.nmae}} / {{offer.grossTotal}} / {{sla.availability}} / {{ref:warranty}} / {{client.name}}',
      { 'client.name': '', 'offer.grossTotal': 1000, 'sla.availability': null },
      numbering,
    );
    expect(result).toEqual({
      text: '{{client.name}} / {{client.nmae}} / 1000 / {{sla.availability}} / {{ref:warranty}} / {{client.name}}',
      unknownPlaceholders: ['client.nmae'],
      missingVariables: ['client.name', 'sla.availability'],
      unknownReferences: ['warranty'],
    });
  });

  it('takes the known names from the caller when given', () => {
    const result = resolveContractText(
      '{{a}} {{b}} {{custom.field}}',
      { a: 'x', 'custom.field': 'y' },
      {},
      {
        known: ['a', 'b'],
      },
    );
    expect(result).toEqual({
      text: 'x {{b}} {{custom.field}}',
      unknownPlaceholders: ['custom.field'],
      missingVariables: ['b'],
      unknownReferences: [],
    });
  });

  it('counts a variable the caller supplies as known, and does not read inherited keys', () => {
    expect(resolveContractText('{{project.code}}', { 'project.code': 'P-7' }, {}).text).toBe('P-7');
    expect(
      resolveContractText('{{toString}} {{ref:constructor}}', {}, {}).unknownPlaceholders,
    ).toEqual(['toString']);
    expect(resolveContractText('{{ref:constructor}}', {}, {}).unknownReferences).toEqual([
      'constructor',
    ]);
  });

  it('refuses a body that is not text', () => {
    expect(() => resolveContractText(undefined as unknown as string, {}, {})).toThrow('body');
  });
});

describe('listPlaceholders', () => {
  it('lists variables and references once each', () => {
    expect(
      listPlaceholders(
        '{{client.name}} {{ref:a}} {{client.name}} {{offer.number}} {{ref:b}} {{ref:a}}',
      ),
    ).toEqual({
      variables: ['client.name', 'offer.number'],
      references: ['a', 'b'],
    });
  });
});

describe('parseClauseBody', () => {
  it('reads headings, paragraphs and lists', () => {
    expect(
      parseClauseBody(
        '# Abnahme\n\n(1) Der Auftragnehmer\nzeigt die Fertigstellung an.\n\nMängelklassen:\n- Klasse 1: betriebsverhindernd\n- Klasse 2:\n  betriebsbehindernd\n\n## Fristen\nZwei Wochen.',
      ),
    ).toEqual([
      { kind: 'heading', level: 1, text: 'Abnahme' },
      { kind: 'paragraph', text: '(1) Der Auftragnehmer zeigt die Fertigstellung an.' },
      { kind: 'paragraph', text: 'Mängelklassen:' },
      { kind: 'list', items: ['Klasse 1: betriebsverhindernd', 'Klasse 2: betriebsbehindernd'] },
      { kind: 'heading', level: 2, text: 'Fristen' },
      { kind: 'paragraph', text: 'Zwei Wochen.' },
    ]);
    expect(parseClauseBody('')).toEqual([]);
  });
});
