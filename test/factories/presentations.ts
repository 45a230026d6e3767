// Test factories for presentations (issue 14): decks, slides, lead forms, leads and consent records.
import { encode } from '@cantoo/pdf-lib/upng';
import { emptyDeck, emptySlide } from '../../src/shared/domain/presentations';
import type {
  DeckInput,
  LeadConsentInput,
  LeadInput,
  SlideInput,
  SlideKind,
} from '../../src/shared/domain/presentations';

/** A valid deck input (a German IT fair, prices shown); override any field. */
export function makeDeckInput(overrides: Partial<DeckInput> = {}): DeckInput {
  return {
    ...emptyDeck('de'),
    title: 'Portfolio it-sa 2027',
    fairName: 'it-sa 2027, Nürnberg',
    ...overrides,
  };
}

/** A valid slide input of `deckId` and `kind` at `position`; override any field. */
export function makeSlideInput(
  deckId: string,
  kind: SlideKind = 'text',
  overrides: Partial<SlideInput> = {},
): SlideInput {
  return {
    ...emptySlide(deckId, kind, 'a0'),
    title: 'Managed Backup',
    body: 'Täglich gesichert, monatlich getestet.',
    notes: 'Kunden aus der Logistik nach Wiederherstellungszeiten fragen.',
    ...overrides,
  };
}

/** What the lead form holds (LeadForm of #shared/presentations): a complete, valid visitor. */
export type LeadFormInput = {
  firstName: string;
  lastName: string;
  company: string;
  email: string;
  phone: string;
  interestItemIds: string[];
  interestCategories: string[];
  note: string;
  rating: 'hot' | 'warm' | 'cold';
  followUpDate: string;
};

/** A valid lead form; override any field. */
export function makeLeadForm(overrides: Partial<LeadFormInput> = {}): LeadFormInput {
  return {
    firstName: 'Jonas',
    lastName: 'Weber',
    company: 'Spedition Weber GmbH',
    email: 'j.weber@spedition-weber.example.de',
    phone: '+49 911 123456',
    interestItemIds: [],
    interestCategories: ['Backup'],
    note: 'Sucht Ersatz für Bandsicherung, 40 Server.',
    rating: 'warm',
    followUpDate: '2027-10-12',
    ...overrides,
  };
}

/** A valid lead row's input (captured, not converted) of `deckId`; override any field. */
export function makeLeadInput(deckId: string, overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    deckId,
    fairName: 'it-sa 2027, Nürnberg',
    ...makeLeadForm(),
    capturedAt: '2027-10-08T10:30:00.000Z',
    capturedBy: 'MM',
    capturedByName: 'Max Mustermann',
    status: 'new',
    clientId: '',
    contactId: '',
    opportunityId: '',
    activityId: '',
    offerId: '',
    convertedAt: '',
    ...overrides,
  };
}

/** A valid consent record of `leadId` (notice shown, no newsletter); override any field. */
export function makeLeadConsentInput(
  leadId: string,
  overrides: Partial<LeadConsentInput> = {},
): LeadConsentInput {
  return {
    leadId,
    deckId: '',
    language: 'de',
    noticeText: 'Datenschutzhinweis nach Art. 13 DSGVO: Verantwortlicher ist die Beispiel GmbH.',
    // SHA-256 of the text above is not checked by the schema; tests that need it compute it.
    noticeSha256: '0'.repeat(64),
    noticeShownAt: '2027-10-08T10:29:00.000Z',
    capturedAt: '2027-10-08T10:30:00.000Z',
    staffId: 'MM',
    staffName: 'Max Mustermann',
    legalBasis: 'legitimate-interest',
    newsletterOptIn: false,
    newsletterText: '',
    newsletterOptInAt: '',
    ...overrides,
  };
}

/** A small real PNG (a coloured square) as slide media bytes. */
export function makeSlidePng(size = 16, rgb: [number, number, number] = [0, 94, 184]): Uint8Array {
  const data = new Uint8Array(size * size * 4);
  for (let at = 0; at < data.length; at += 4) data.set([...rgb, 255], at);
  return new Uint8Array(encode([data.buffer], size, size, 0));
}
