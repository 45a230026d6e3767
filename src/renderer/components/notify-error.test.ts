// @vitest-environment jsdom
import type i18next from 'i18next';
import { notifications } from '@mantine/notifications';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalculationError } from '#shared/calculation';
import { ImportFileError, importErrors } from '#shared/catalog-import/errors';
import { clientInputSchema, emptyClientInput } from '#shared/domain';
import { fileTooLargeError, ipcError } from '#shared/ipc/errors';
import { DraftEmlError } from '#shared/mail/eml';
import { MoneyError } from '#shared/money';
import { BundleItemMissingError } from '#shared/offers/pricing';
import { ClockDriftError, HlcParseError } from '#shared/sync/hlc';
import { SyncError } from '#shared/sync/sync-error';
import {
  BlobIntegrityError,
  BundleInvalidError,
  FollowUpDateError,
  OfferChangedError,
  OfferExistsError,
  OfferLockedError,
  RowNotFoundError,
  SectionDeletedError,
  TrashBlockedError,
  ValidationError,
  WorkspaceBoundError,
} from '#data';
import type { ValidationIssue } from '#data';
import { initAppI18n } from '#test/i18n';
import { PlatformError } from '../platform/errors';
import { errorMessage, notifyError } from './notify-error';

vi.mock('@mantine/notifications', () => ({
  notifications: { show: vi.fn(), update: vi.fn() },
}));

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = await initAppI18n('de');
});

const message = (error: unknown, language: 'de' | 'en') =>
  errorMessage(error, i18n.getFixedT(language), language);

function issue(path: PropertyKey[], text: string): ValidationIssue {
  return { code: 'custom', path, message: text, input: undefined } as ValidationIssue;
}

const nameIssues = clientInputSchema.safeParse({ ...emptyClientInput(), name: '' }).error?.issues;

/** Every typed error with a word its German and its English message must contain. */
const cases: { name: string; error: Error; de: RegExp; en: RegExp }[] = [
  {
    name: 'ValidationError (one field)',
    error: new ValidationError(nameIssues ?? []),
    de: /Eingabe ist ungültig – Name: /,
    en: /An input is not valid – Name: /,
  },
  {
    name: 'ValidationError (many fields)',
    error: new ValidationError([
      issue(['items', 0, 'quantity'], 'validation.invalid'),
      issue(['vatPct'], 'validation.invalid'),
      issue(['email'], 'validation.invalid'),
      issue(['street'], 'validation.invalid'),
      issue(['zip'], 'validation.invalid'),
    ]),
    de: /^5 Eingaben .*Bestandteile › Zeile 1 › Menge: .*MwSt.-Satz: .*E-Mail: .*\(und 2 weitere\)$/,
    en: /^5 inputs .*Items › row 1 › Quantity: .*VAT rate: .*Email: .*\(and 2 more\)$/,
  },
  {
    name: "ValidationError (an area's key with the issue's values)",
    error: new ValidationError([
      {
        code: 'custom',
        path: ['predecessorId'],
        message: 'planning.validation.cycle',
        params: { cycle: '1.2 Konzeption → 2.1 Umsetzung → 1.2 Konzeption' },
        input: undefined,
      } as ValidationIssue,
    ]),
    de: /Vorgänger: Diese Abhängigkeit schließt einen Kreis: 1\.2 Konzeption → 2\.1 Umsetzung → 1\.2 Konzeption\./,
    en: /Predecessor: This dependency closes a loop: 1\.2 Konzeption → 2\.1 Umsetzung → 1\.2 Konzeption\./,
  },
  {
    name: 'RowNotFoundError',
    error: new RowNotFoundError('offerLines', 'x1'),
    de: /\(Position\).*gelöscht/,
    en: /\(line\).*deleted/,
  },
  {
    name: 'OfferLockedError',
    error: new OfferLockedError('o1', 'accepted'),
    de: /Angebot ist angenommen/,
    en: /offer is accepted/,
  },
  {
    name: 'OfferChangedError',
    error: new OfferChangedError('o1'),
    de: /beim Versenden geändert/,
    en: /changed while it was being sent/,
  },
  {
    name: 'SectionDeletedError',
    error: new SectionDeletedError('l1', 's1'),
    de: /Abschnitt wiederherstellen/,
    en: /restore the section first/,
  },
  {
    name: 'TrashBlockedError (parent deleted)',
    error: new TrashBlockedError('contact', 'c1', {
      reason: 'parentDeleted',
      parentKind: 'client',
      parentId: 'k1',
      parentLabel: 'Müller GmbH',
    }),
    de: /der Kunde „Müller GmbH“ liegt ebenfalls im Papierkorb/,
    en: /the client "Müller GmbH" is in the trash/,
  },
  {
    name: 'TrashBlockedError (offer locked)',
    error: new TrashBlockedError('offerLine', 'l1', {
      reason: 'offerLocked',
      offerLabel: 'A-2026-001',
      status: 'sent',
    }),
    de: /Angebot „A-2026-001“ ist versendet/,
    en: /offer "A-2026-001" is sent/,
  },
  {
    name: 'BlobIntegrityError',
    error: new BlobIntegrityError('ab12'),
    de: /Datei ist beschädigt/,
    en: /file is damaged/,
  },
  {
    name: 'FollowUpDateError (before sending)',
    error: new FollowUpDateError('2026-03-01', '2026-03-05', 'beforeSend'),
    de: /Versanddatum \(05\.03\.2026\)/,
    en: /day of sending \(05\/03\/2026\)/,
  },
  {
    name: 'FollowUpDateError (invalid)',
    error: new FollowUpDateError('2026-02-30', '2026-03-05', 'invalid'),
    de: /„2026-02-30“ ist kein gültiges Datum/,
    en: /"2026-02-30" is not a valid date/,
  },
  {
    name: 'BundleInvalidError',
    error: new BundleInvalidError([
      { path: 'offer.sections[1].quantity', message: 'validation.invalid' },
      { path: 'offer.validUntil', message: 'must not be before the offer date' },
    ]),
    de: /keine gültige Angebotsdatei \(2 Fehler\)\. Zuerst: offer\.sections\[1\]\.quantity: Ungültig/i,
    en: /not a valid offer file \(2 problems\)\. First: offer\.sections\[1\]\.quantity: /,
  },
  {
    name: 'OfferExistsError',
    error: new OfferExistsError('A-2026-007', 2),
    de: /Angebot A-2026-007 in Revision 2 ist in diesem Arbeitsbereich schon vorhanden/,
    en: /Offer A-2026-007 revision 2 already exists/,
  },
  {
    name: 'WorkspaceBoundError',
    error: new WorkspaceBoundError('w1', 'w2'),
    de: /anderen Arbeitsbereich/,
    en: /another workspace/,
  },
  {
    name: 'SyncError (network)',
    error: new SyncError('network', 'fetch failed'),
    de: /nicht erreichbar/,
    en: /cannot be reached/,
  },
  {
    name: 'SyncError (unauthorized)',
    error: new SyncError('unauthorized', 'HTTP 401', 401),
    de: /neu anmelden/,
    en: /sign in again/,
  },
  {
    name: 'SyncError (rejected, detail kept)',
    error: new SyncError('rejected', 'HTTP 413', 413),
    de: /abgelehnt\. Details: HTTP 413/,
    en: /refused the changes\. Details: HTTP 413/,
  },
  {
    name: 'ClockDriftError',
    error: new ClockDriftError('stamp 2099-01-01 too far ahead'),
    de: /Uhr dieses Geräts/,
    en: /clock is too far off/,
  },
  {
    name: 'HlcParseError',
    error: new HlcParseError('Malformed HLC "x"'),
    de: /Zeitstempel der Synchronisation/,
    en: /sync timestamp is damaged/,
  },
  {
    name: 'IPC error inside an Electron message',
    error: new Error(
      `Error invoking remote method 'file:open': Error: ${ipcError(fileTooLargeError({ name: 'big.pdf', size: 30 * 1024 * 1024, limit: 20 * 1024 * 1024 })).message}`,
    ),
    de: /„big\.pdf“ ist 30 MiB groß; Dateien über 20 MiB/,
    en: /"big\.pdf" is 30 MiB; files larger than 20 MiB/,
  },
  {
    name: 'PlatformError (io-failed)',
    error: new PlatformError({ code: 'io-failed', message: 'EACCES: permission denied' }),
    de: /nicht gelesen oder geschrieben werden\. Details: EACCES/,
    en: /could not be read or written\. Details: EACCES/,
  },
  {
    name: 'PlatformError (invalid-payload)',
    error: new PlatformError({ code: 'invalid-payload', message: 'Invalid payload' }),
    de: /ungültige Daten/,
    en: /invalid data/,
  },
  {
    name: 'BundleItemMissingError',
    error: new BundleItemMissingError('Starterpaket', 'i1'),
    de: /Paket „Starterpaket“ enthält einen Katalogartikel/,
    en: /bundle "Starterpaket" contains a catalog item/,
  },
  {
    name: 'CalculationError',
    error: new CalculationError('quantity', 'negative', 'must not be negative'),
    de: /„Menge“ darf nicht negativ sein/,
    en: /"Quantity" cannot be negative/,
  },
  {
    name: 'CalculationError (at a line of the offer)',
    error: new CalculationError('lines[0].quantity', 'decimal', '"zwei" is not a decimal number'),
    de: /„Positionen › Zeile 1 › Menge“ ist keine gültige Zahl/,
    en: /"Lines › row 1 › Quantity" is not a valid number/,
  },
  {
    name: 'MoneyError',
    error: new MoneyError('not a decimal: abc', 'abc'),
    de: /keine gültige Zahl: „abc“/,
    en: /not a valid number: "abc"/,
  },
  {
    name: 'DraftEmlError',
    error: new DraftEmlError('to', 'contains a line break'),
    de: /E-Mail-Entwurf/,
    en: /email draft/,
  },
  {
    name: 'ImportFileError',
    error: new ImportFileError(importErrors.unterminatedQuote, 'unterminated quote', 12),
    de: /Anführungszeichen/,
    en: /quotation mark/,
  },
  {
    name: 'StaleStampError (by name)',
    error: Object.assign(new Error('a changed field carries the newer stamp x'), {
      name: 'StaleStampError',
    }),
    de: /noch einmal versuchen/,
    en: /try again/,
  },
];

describe('errorMessage', () => {
  for (const { name, error, de, en } of cases) {
    it(`${name}: German and English, never the raw data-layer text`, () => {
      const german = message(error, 'de');
      const english = message(error, 'en');
      expect(german).toMatch(de);
      expect(english).toMatch(en);
      expect(german).not.toBe(error.message);
      expect(english).not.toBe(error.message);
      expect(german).not.toBe(english);
      // No i18n key leaks through untranslated.
      expect(german).not.toMatch(/\berrors\.|\bvalidation\.|\bimport\.errors/);
      expect(english).not.toMatch(/\berrors\.|\bvalidation\.|\bimport\.errors/);
    });
  }

  it('an unknown error: a translated sentence with the raw message as detail', () => {
    const error = new TypeError('x is undefined');
    expect(message(error, 'de')).toBe('Das hat nicht geklappt. Details: x is undefined');
    expect(message(error, 'en')).toBe('That did not work. Details: x is undefined');
    expect(message('plain string', 'de')).toBe('Das hat nicht geklappt. Details: plain string');
  });

  it('a status or field the texts do not know is named as it is', () => {
    expect(message(new OfferLockedError('o1', 'archived'), 'de')).toMatch(/ist archived/);
    expect(message(new ValidationError([issue(['weird'], 'validation.invalid')]), 'en')).toMatch(
      /– weird: /,
    );
  });

  it('a data-layer table nobody labelled is a "record"', () => {
    expect(message(new RowNotFoundError('somethingNew', 'x'), 'de')).toMatch(/\(Datensatz\)/);
  });
});

describe('notifyError', () => {
  beforeEach(() => vi.mocked(notifications.show).mockClear());

  it('shows the translated message in red under "Fehler" or the given title', async () => {
    await i18n.changeLanguage('de');
    notifyError(new OfferChangedError('o1'), i18n.t);
    expect(notifications.show).toHaveBeenCalledWith({
      color: 'red',
      title: 'Fehler',
      message: 'Das Angebot hat sich beim Versenden geändert. Bitte noch einmal versuchen.',
    });
    await i18n.changeLanguage('en');
    notifyError(new FollowUpDateError('2026-03-01', '2026-03-05', 'beforeSend'), i18n.t, {
      title: 'Not sent',
    });
    expect(notifications.show).toHaveBeenLastCalledWith({
      color: 'red',
      title: 'Not sent',
      message: 'The follow-up cannot be before the day of sending (05/03/2026).',
    });
    await i18n.changeLanguage('de');
  });

  it("uses an area's own sentence where it has one, errorMessage's otherwise", () => {
    const explain = (error: unknown) => (error instanceof RangeError ? 'Zu groß' : undefined);
    notifyError(new RangeError('a file of 9 bytes is larger than 8 bytes'), i18n.t, { explain });
    notifyError(new OfferExistsError('A-1', 1), i18n.t, { explain });
    expect(vi.mocked(notifications.show).mock.calls.map(([shown]) => shown.message)).toEqual([
      'Zu groß',
      'Das Angebot A-1 in Revision 1 ist in diesem Arbeitsbereich schon vorhanden.',
    ]);
  });

  it('turns a shown (loading) notification into the error', () => {
    notifyError(new BlobIntegrityError('ab'), i18n.t, { id: 'export-1', title: 'Export' });
    expect(notifications.update).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'export-1', color: 'red', loading: false, autoClose: false }),
    );
  });
});
