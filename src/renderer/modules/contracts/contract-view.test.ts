import { describe, expect, it } from 'vitest';
import type { ContractExportIssue } from '#shared/documents/contracts/contract-text';
import {
  availabilityFor,
  availablePositions,
  draftNumbering,
  isPublicSectorClient,
  issueTarget,
  issueVariable,
  positionNote,
  previewClauses,
  slaTable,
  splitMinutes,
  termView,
  unresolvedItems,
  variableRows,
} from './contract-view';
import { suggestKey } from './clause-form';

const clause = (id: string, key: string, title: string, body: string) => ({ id, key, title, body });

describe('preview', () => {
  const clauses = [
    clause(
      'r1',
      'subject',
      'Vertragsgegenstand',
      'Der {{client.name}} beauftragt gemäß {{ref:acceptance}}.',
    ),
    clause('r2', 'werk-scope', 'Leistungsumfang', '# Umfang\n\n- {{offer.scope}}\n- Zeile zwei'),
    clause(
      'r3',
      'acceptance',
      'Abnahme',
      'Frist {{contract.acceptanceDays}} Tage; siehe {{ref:missing-clause}}. {{client.nmae}}',
    ),
  ];

  it('numbers the clauses in draft order and resolves references to their current number', () => {
    const preview = previewClauses(
      clauses,
      { 'client.name': 'Stadt Lindau', 'offer.scope': 'Portal' },
      'de',
    );
    expect(preview.map((one) => one.label)).toEqual(['§ 1', '§ 2', '§ 3']);
    expect(preview[0]!.blocks).toEqual([
      { kind: 'paragraph', segments: [{ text: 'Der Stadt Lindau beauftragt gemäß § 3.' }] },
    ]);
    expect(preview[1]!.blocks).toEqual([
      { kind: 'heading', level: 1, segments: [{ text: 'Umfang' }] },
      { kind: 'list', items: [[{ text: 'Portal' }], [{ text: 'Zeile zwei' }]] },
    ]);
    // After a move the reference follows the clause.
    const moved = previewClauses(
      [clauses[2]!, clauses[0]!, clauses[1]!],
      { 'client.name': 'X' },
      'en',
    );
    expect(moved[1]!.blocks[0]).toEqual({
      kind: 'paragraph',
      segments: [{ text: 'Der X beauftragt gemäß Section 1.' }],
    });
  });

  it('marks what does not resolve (missing value, unknown placeholder, unknown reference) and counts it', () => {
    const preview = previewClauses(clauses, { 'client.name': 'A', 'offer.scope': '' }, 'de');
    expect(preview[1]!.unresolved).toBe(1);
    expect(preview[1]!.blocks[1]).toEqual({
      kind: 'list',
      items: [[{ text: '{{offer.scope}}', unresolved: true }], [{ text: 'Zeile zwei' }]],
    });
    // contract.acceptanceDays is free (not in the catalogue, no value): an unknown placeholder.
    expect(preview[2]!.unresolved).toBe(3);
    expect(
      preview[2]!.blocks[0]!.kind === 'paragraph' &&
        preview[2]!.blocks[0]!.segments.filter((one) => one.unresolved).map((one) => one.text),
    ).toEqual(['{{contract.acceptanceDays}}', '{{ref:missing-clause}}', '{{client.nmae}}']);
  });

  it('lists the unresolved items like the export does, each with the clauses that use it', () => {
    const items = unresolvedItems(
      [...clauses, clause('r4', 'x', 'X', '{{client.name}} {{offer.scope}}')],
      { 'client.name': 'A' },
      'de',
    );
    expect(items).toEqual([
      {
        kind: 'missingVariable',
        name: 'offer.scope',
        clauses: [
          { id: 'werk-scope', number: 2 },
          { id: 'x', number: 4 },
        ],
      },
      {
        kind: 'unknownPlaceholder',
        name: 'contract.acceptanceDays',
        clauses: [{ id: 'acceptance', number: 3 }],
      },
      {
        kind: 'unknownPlaceholder',
        name: 'client.nmae',
        clauses: [{ id: 'acceptance', number: 3 }],
      },
      {
        kind: 'unknownReference',
        name: 'missing-clause',
        clauses: [{ id: 'acceptance', number: 3 }],
      },
    ]);
  });

  it('numbers a custom clause without a key by its row id and survives a key twice', () => {
    expect(
      draftNumbering([
        { id: 'a', key: '' },
        { id: 'b', key: 'k' },
        { id: 'c', key: 'k' },
      ]),
    ).toEqual({
      a: 1,
      k: 2,
      c: 3,
    });
  });
});

describe('export issue links', () => {
  const draft = [
    { id: 'r1', key: 'subject' },
    { id: 'r2', key: 'acceptance' },
    { id: 'r3', key: '' },
  ];
  it('sends a missing variable to its input, a placeholder or reference to the clause, the SLA table to its tab', () => {
    const issues: ContractExportIssue[] = [
      { kind: 'missingVariable', name: 'contract.start', clauses: [{ id: 'subject', number: 1 }] },
      { kind: 'unknownPlaceholder', name: 'x.y', clauses: [{ id: 'acceptance', number: 2 }] },
      { kind: 'unknownReference', name: 'nope', clauses: [{ id: 'r3', number: 3 }] },
      { kind: 'missingParty', field: 'parties.client.address' },
      { kind: 'slaTable', issues: [] },
      { kind: 'missingVariable', name: 'contract.termEnd', clauses: [{ id: 'x', number: 2 }] },
      { kind: 'missingVariable', name: 'sla.responseTable', clauses: [{ id: 'x', number: 2 }] },
    ];
    expect(issues.map((issue) => issueTarget(issue, draft))).toEqual([
      { tab: 'variables', variable: 'contract.start' },
      { tab: 'clauses', clauseIndex: 1 },
      { tab: 'clauses', clauseIndex: 2 },
      { tab: 'variables', variable: 'client.address' },
      { tab: 'sla' },
      { tab: 'term' },
      { tab: 'sla' },
    ]);
  });
});

describe('variables panel', () => {
  it('lists every catalogue variable with labels plus free ones, and marks used empty ones missing', () => {
    const rows = variableRows(
      { 'client.name': 'Stadt Lindau', 'contract.start': '', 'custom.flag': 'ja' },
      [
        { body: '{{client.name}} ab {{contract.start}}; {{project.lead}} {{ref:subject}}' },
        { body: '{{project.lead}} {{contract.termEnd}}' },
      ],
      'de',
    );
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('client.name')).toMatchObject({
      label: 'Kunde: Name',
      group: 'client',
      usedIn: 1,
      missing: false,
    });
    expect(byName.get('contract.start')).toMatchObject({ group: 'contract', missing: true });
    expect(byName.get('company.vatId')).toMatchObject({ usedIn: 0, missing: false });
    expect(byName.get('contract.termEnd')).toMatchObject({ computed: true, missing: false });
    expect(byName.get('project.lead')).toMatchObject({
      group: 'free',
      label: 'project.lead',
      usedIn: 2,
      missing: true,
    });
    expect(byName.get('custom.flag')).toMatchObject({ group: 'free', usedIn: 0, value: 'ja' });
    expect(rows.filter((row) => row.group === 'free').map((row) => row.name)).toEqual([
      'custom.flag',
      'project.lead',
    ]);
    expect(variableRows({}, [], 'en').find((row) => row.name === 'sla.availability')?.label).toBe(
      'SLA: availability in %',
    );
  });

  it('reads the variable a validation issue names from its path', () => {
    const names = ['contract.termMonths', 'contract.noticeMonths', 'sla.availability'];
    expect(issueVariable(['contract.noticeMonths'], names)).toBe('contract.noticeMonths');
    expect(issueVariable(['variables', 'sla.availability'], names)).toBe('sla.availability');
    expect(issueVariable(['contract', 'termMonths'], names)).toBe('contract.termMonths');
    expect(issueVariable(['name'], names)).toBeUndefined();
  });
});

describe('clauses', () => {
  const row = {
    preferredNote: 'Standard',
    fallbackBody: 'Rückfall',
    fallbackNote: 'Nur mit Freigabe',
    walkAwayBody: '',
    walkAwayNote: '',
  };
  it('offers only the positions the library clause has, with their notes', () => {
    expect(availablePositions(row)).toEqual(['preferred', 'fallback']);
    expect(availablePositions(undefined)).toEqual(['preferred']);
    expect(positionNote(row, 'fallback')).toBe('Nur mit Freigabe');
    expect(positionNote(row, 'preferred')).toBe('Standard');
  });

  it('suggests a custom key from a German title', () => {
    expect(suggestKey('Übergabe der Quellcodes & Dokumentation')).toBe(
      'custom-uebergabe-der-quellcodes-dokumentation',
    );
    expect(suggestKey('  ')).toBe('');
  });
});

describe('term', () => {
  it('waits for start, term and notice; then shows the end and the last notice day', () => {
    expect(
      termView({ 'contract.start': '2027-01-01', 'contract.termMonths': '24' }, '2027-02-01'),
    ).toEqual({
      state: 'incomplete',
    });
    expect(
      termView(
        {
          'contract.start': '2027-01-01',
          'contract.termMonths': '24',
          'contract.noticeMonths': '3',
          'contract.renewalMonths': '12',
        },
        '2027-02-01',
      ),
    ).toEqual({
      state: 'ok',
      details: {
        termStart: '2027-01-01',
        termEnd: '2028-12-31',
        lastNoticeDate: '2028-09-30',
        renewals: 0,
      },
    });
  });

  it('follows renewals once the notice day has passed, and reports a notice longer than the term', () => {
    const renewed = termView(
      {
        'contract.start': '2027-01-01',
        'contract.termMonths': '24',
        'contract.noticeMonths': '3',
        'contract.renewalMonths': '12',
      },
      '2028-10-01',
    );
    expect(renewed).toMatchObject({ state: 'ok', details: { termEnd: '2029-12-31', renewals: 1 } });
    expect(
      termView(
        {
          'contract.start': '2027-01-01',
          'contract.termMonths': '3',
          'contract.noticeMonths': '6',
        },
        '2027-01-01',
      ),
    ).toMatchObject({ state: 'invalid', field: 'noticeMonths' });
  });
});

describe('SLA calculator', () => {
  it('gives the allowed downtime for every period, around the clock or in service hours', () => {
    expect(slaTable('99.5', undefined, '30')).toEqual({
      ok: true,
      rows: [
        { period: 'day', minutes: 7.2 },
        { period: 'week', minutes: 50.4 },
        { period: 'month', minutes: 216 },
        { period: 'year', minutes: 2628 },
      ],
    });
    // 10 hours on 5 days a week: a week has 3,000 service minutes.
    const business = slaTable('99,9', { hoursPerDay: '10', daysPerWeek: '5' }, '30');
    expect(business.ok && business.rows.find((row) => row.period === 'week')?.minutes).toBe(3);
  });

  it('refuses an availability over 100 % or not a number, and bad service hours', () => {
    expect(slaTable('100.5', undefined, '30')).toEqual({ ok: false, field: 'availability' });
    expect(slaTable('abc', undefined, '30')).toEqual({ ok: false, field: 'availability' });
    expect(slaTable('99', { hoursPerDay: '25', daysPerWeek: '5' }, '30')).toEqual({
      ok: false,
      field: 'serviceHours',
    });
  });

  it('goes back from a downtime to the availability, and refuses one longer than the period', () => {
    expect(availabilityFor('216', 'month', undefined, '30')).toBe(99.5);
    expect(availabilityFor('43,2', 'month', undefined, '30')).toBe(99.9);
    expect(availabilityFor('1441', 'day', undefined, '30')).toBeNull();
    expect(availabilityFor('-1', 'day', undefined, '30')).toBeNull();
  });

  it('splits minutes into hours and minutes', () => {
    expect(splitMinutes(2628)).toEqual({ hours: 43, minutes: 48 });
    expect(splitMinutes(7.2)).toEqual({ hours: 0, minutes: 7.2 });
  });
});

describe('public sector', () => {
  it('reads authorities and municipalities from the industry or a tag', () => {
    expect(isPublicSectorClient({ industry: 'Kommunen', tags: [] })).toBe(true);
    expect(isPublicSectorClient({ industry: 'Logistik', tags: ['Öffentliche Hand'] })).toBe(true);
    expect(isPublicSectorClient({ industry: 'Maschinenbau', tags: ['Bestandskunde'] })).toBe(false);
  });
});
