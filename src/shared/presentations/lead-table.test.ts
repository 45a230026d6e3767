import { describe, expect, it } from 'vitest';
import type { Lead, LeadConsent } from '../domain/presentations';
import { sampleConsent, sampleLead } from '#test/presentation-fixtures';
import { defuseCell, leadTable, leadsCsv } from './lead-table';

const lead = (id: string, patch: Partial<Lead> = {}): Lead =>
  sampleLead(id, { interestItemIds: ['item-backup', 'item-gone'], ...patch });
const consent = (leadId: string, patch: Partial<LeadConsent> = {}): LeadConsent =>
  sampleConsent(leadId, patch);
const names = new Map([['item-backup', 'Managed Backup']]);

describe('leadTable', () => {
  it('one row per live lead with its consent evidence', () => {
    const table = leadTable(
      [
        lead('l1'),
        lead('l2', { status: 'converted', rating: 'hot' }),
        lead('l3', { deleted: true }),
      ],
      [
        consent('l1'),
        consent('l2', { newsletterOptIn: true, newsletterOptInAt: '2027-10-08T10:30:00.000Z' }),
      ],
      'de',
      names,
    );
    expect(table.header).toEqual([
      'Erfasst am',
      'Messe',
      'Vorname',
      'Nachname',
      'Firma',
      'E-Mail',
      'Telefon',
      'Interessen',
      'Notiz',
      'Bewertung',
      'Nachfassen am',
      'Status',
      'Erfasst von',
      'Hinweis gezeigt am',
      'Hinweis SHA-256',
      'Newsletter-Einwilligung',
      'Newsletter-Einwilligung am',
    ]);
    expect(table.rows).toEqual([
      [
        '2027-10-08T10:30:00.000Z',
        'it-sa 2027, Nürnberg',
        'Jonas',
        'Weber',
        'Spedition Weber GmbH',
        'j.weber@spedition-weber.example.de',
        '+49 911 123456',
        'Managed Backup, item-gone, Backup',
        'Sucht Ersatz für Bandsicherung, 40 Server.',
        'warm',
        '2027-10-12',
        'neu',
        'Max Mustermann',
        '2027-10-08T10:29:00.000Z',
        'f'.repeat(64),
        'nein',
        '',
      ],
      [
        '2027-10-08T10:30:00.000Z',
        'it-sa 2027, Nürnberg',
        'Jonas',
        'Weber',
        'Spedition Weber GmbH',
        'j.weber@spedition-weber.example.de',
        '+49 911 123456',
        'Managed Backup, item-gone, Backup',
        'Sucht Ersatz für Bandsicherung, 40 Server.',
        'heiß',
        '2027-10-12',
        'umgewandelt',
        'Max Mustermann',
        '2027-10-08T10:29:00.000Z',
        'f'.repeat(64),
        'ja',
        '2027-10-08T10:30:00.000Z',
      ],
    ]);
  });

  it('English headers and values; a lead without consent has empty evidence cells', () => {
    const table = leadTable([lead('l1', { rating: 'cold' })], [], 'en', names);
    expect(table.header[0]).toBe('Captured at');
    expect(table.rows[0]?.slice(9, 12)).toEqual(['cold', '2027-10-12', 'new']);
    expect(table.rows[0]?.slice(13)).toEqual(['', '', '', '']);
  });
});

describe('leadsCsv', () => {
  it('UTF-8 BOM, semicolons, CRLF, RFC 4180 quoting, formulas defused', () => {
    const csv = leadsCsv({
      header: ['Name', 'Notiz', 'Telefon'],
      rows: [
        ['Müller; Söhne', 'Sagte "sofort"\nbitte anrufen', '+49 911 1'],
        ['=HYPERLINK("http://x")', '@SUM(A1)', '-2+3'],
        ['Weber', '', 'plain'],
      ],
    });
    expect(csv).toBe(
      '\uFEFFName;Notiz;Telefon\r\n' +
        '"Müller; Söhne";"Sagte ""sofort""\nbitte anrufen";\'+49 911 1\r\n' +
        '"\'=HYPERLINK(""http://x"")";\'@SUM(A1);\'-2+3\r\n' +
        'Weber;;plain\r\n',
    );
  });

  it('defuses every formula start', () => {
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'a=1', ''].map(defuseCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      'a=1',
      '',
    ]);
  });

  it('a whole lead table reads back: as many lines as leads plus the header', () => {
    const csv = leadsCsv(leadTable([lead('l1'), lead('l2')], [consent('l1')], 'de', names));
    expect(csv.startsWith('\uFEFFErfasst am;Messe;')).toBe(true);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(3);
  });
});
