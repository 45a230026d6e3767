import type { Language } from '../domain/common';
import type { Lead, LeadConsent } from '../domain/presentations';
import { presentationLabels } from './labels';

export type LeadTable = { header: string[]; rows: string[][] };

const HEADERS: Record<Language, string[]> = {
  de: [
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
  ],
  en: [
    'Captured at',
    'Fair',
    'First name',
    'Last name',
    'Company',
    'E-mail',
    'Phone',
    'Interests',
    'Note',
    'Rating',
    'Follow up on',
    'Status',
    'Captured by',
    'Notice shown at',
    'Notice SHA-256',
    'Newsletter consent',
    'Newsletter consent at',
  ],
};

/** Column numbers of the dates, for exports that write date cells (`YYYY-MM-DD` or ISO time). */
export const LEAD_TABLE_DATE_COLUMNS = [0, 10, 13, 16] as const;

/**
 * The leads (not the discarded-and-deleted ones) as a table for CSV and Excel: one row per lead
 * in the given order with its consent evidence; interests by catalog name (an item no longer in
 * the catalog by its id) and category; dates as stored (ISO), texts in `language`.
 */
export function leadTable(
  leads: readonly Lead[],
  consents: readonly LeadConsent[],
  language: Language,
  catalogNames: ReadonlyMap<string, string>,
): LeadTable {
  const labels = presentationLabels(language);
  const consentOf = new Map(
    consents.filter((consent) => !consent.deleted).map((consent) => [consent.leadId, consent]),
  );
  const yes = language === 'de' ? 'ja' : 'yes';
  const no = language === 'de' ? 'nein' : 'no';
  const rows = leads
    .filter((lead) => !lead.deleted)
    .map((lead) => {
      const consent = consentOf.get(lead.id);
      const interests = [
        ...lead.interestItemIds.map((id) => catalogNames.get(id) ?? id),
        ...lead.interestCategories,
      ];
      return [
        lead.capturedAt,
        lead.fairName,
        lead.firstName,
        lead.lastName,
        lead.company,
        lead.email,
        lead.phone,
        interests.join(', '),
        lead.note,
        labels.ratings[lead.rating],
        lead.followUpDate,
        labels.statuses[lead.status],
        lead.capturedByName,
        consent?.noticeShownAt ?? '',
        consent?.noticeSha256 ?? '',
        consent ? (consent.newsletterOptIn ? yes : no) : '',
        consent?.newsletterOptInAt ?? '',
      ];
    });
  return { header: [...HEADERS[language]], rows };
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
export function defuseCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = defuseCell(cell);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV for German spreadsheets: UTF-8 with BOM, `;` between cells, CRLF between
 * rows, quoted as RFC 4180 says (a cell with ; " or a line break in quotes, quotes doubled),
 * and formulas defused (a cell starting with = + - @ gets a leading apostrophe).
 */
export function leadsCsv(table: LeadTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
