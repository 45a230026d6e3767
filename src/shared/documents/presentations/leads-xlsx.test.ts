// The leads sheet read back with ExcelJS: header with filters and frozen pane, dates as dates,
// texts as texts (a formula-looking entry is never a formula).
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Lead, LeadConsent } from '#shared/domain/presentations';
import { LEAD_TABLE_DATE_COLUMNS, leadTable } from '#shared/presentations';
import { buildLeadsWorkbook, excelDate } from './leads-xlsx';

const meta = {
  createdAt: '2026-10-07T09:00:00.000Z',
  updatedAt: '2026-10-07T09:00:00.000Z',
  createdBy: 'user-1',
  updatedBy: 'user-1',
  deleted: false,
};

const lead = (id: string, patch: Partial<Lead>): Lead => ({
  ...meta,
  id,
  deckId: 'deck-1',
  fairName: 'it-sa 2026',
  firstName: 'Jana',
  lastName: 'Vogt',
  company: 'Stadtwerke Lemgo GmbH',
  email: 'jana.vogt@example.de',
  phone: '+49 5261 1234',
  interestItemIds: ['item-fw'],
  interestCategories: ['Security'],
  note: 'Will Angebot bis Q1',
  rating: 'hot',
  followUpDate: '2026-10-09',
  capturedAt: '2026-10-07T09:15:00.000Z',
  capturedBy: 'user-1',
  capturedByName: 'Tom Brandt',
  status: 'new',
  clientId: '',
  contactId: '',
  opportunityId: '',
  activityId: '',
  offerId: '',
  convertedAt: '',
  ...patch,
});

const consent: LeadConsent = {
  ...meta,
  id: 'consent-1',
  leadId: 'lead-1',
  deckId: 'deck-1',
  language: 'de',
  noticeText: 'Datenschutzhinweis …',
  noticeSha256: 'c'.repeat(64),
  noticeShownAt: '2026-10-07T09:14:00.000Z',
  capturedAt: '2026-10-07T09:15:00.000Z',
  staffId: 'user-1',
  staffName: 'Tom Brandt',
  legalBasis: 'legitimate-interest',
  newsletterOptIn: true,
  newsletterText: 'Ja, Newsletter',
  newsletterOptInAt: '2026-10-07T09:15:00.000Z',
} as LeadConsent;

async function sheetOf(bytes: Uint8Array): Promise<Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook.worksheets[0] as Worksheet;
}

describe('buildLeadsWorkbook', () => {
  it('writes the lead table with a filtered, frozen header and date cells', async () => {
    const table = leadTable(
      [lead('lead-1', {}), lead('lead-2', { lastName: '=HYPERLINK("http://x")', company: '' })],
      [consent],
      'de',
      new Map([['item-fw', 'Managed Firewall Pro']]),
    );
    const sheet = await sheetOf(
      await buildLeadsWorkbook({ ...table, dateColumns: LEAD_TABLE_DATE_COLUMNS, language: 'de' }),
    );
    expect(sheet.name).toBe('Messe-Leads');
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(table.header);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(table.header).toHaveLength(17);
    expect(sheet.autoFilter).toBe('A1:Q1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = sheet.getRow(2);
    expect(row.getCell(4).value).toBe('Vogt');
    expect(row.getCell(8).value).toBe('Managed Firewall Pro, Security');
    // Follow-up day and capture time as dates.
    expect(row.getCell(11).value).toEqual(new Date(Date.UTC(2026, 9, 9)));
    expect(row.getCell(11).numFmt).toBe('dd.mm.yyyy');
    expect(row.getCell(1).value).toEqual(excelDate('2026-10-07T09:15:00.000Z')!.date);
    expect(row.getCell(1).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(row.getCell(16).value).toBe('ja');
    // The second lead has no consent: empty date cells stay empty text, never "Invalid Date".
    expect(sheet.getRow(3).getCell(14).value).toBe('');
    expect(sheet.getRow(3).getCell(4).value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getRow(3).getCell(4).formula).toBeUndefined();
  });

  it('formats dates the English way for an English export', async () => {
    const table = leadTable([lead('lead-1', {})], [consent], 'en', new Map());
    const sheet = await sheetOf(
      await buildLeadsWorkbook({ ...table, dateColumns: LEAD_TABLE_DATE_COLUMNS, language: 'en' }),
    );
    expect(sheet.name).toBe('Leads');
    expect(sheet.getRow(1).getCell(1).value).toBe('Captured at');
    expect(sheet.getRow(2).getCell(11).numFmt).toBe('yyyy-mm-dd');
  });

  it('reads ISO days and times, nothing else', () => {
    expect(excelDate('2026-02-30')).toBeNull();
    expect(excelDate('07.10.2026')).toBeNull();
    expect(excelDate('')).toBeNull();
    expect(excelDate('2026-12-24')).toEqual({
      date: new Date(Date.UTC(2026, 11, 24)),
      withTime: false,
    });
  });

  it('refuses a table without columns', async () => {
    await expect(
      buildLeadsWorkbook({ header: [], rows: [], dateColumns: [], language: 'de' }),
    ).rejects.toThrow('header must name at least one column');
  });
});
