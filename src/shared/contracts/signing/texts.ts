import type { SignerRole, SigningLanguage } from './types';

type SigningTexts = {
  signaturesHeading: string;
  revision: (n: number) => string;
  forParty: (party: string) => string;
  roleParty: Record<SignerRole, string>;
  signaturesNote: string;
  auditHeading: string;
  contract: string;
  pages: string;
  documentHash: string;
  device: string;
  appVersion: string;
  signers: string;
  signedAt: string;
  placeDate: string;
  imageHash: string;
  legalHeading: string;
  storedHashNote: string;
  month: readonly string[];
};

export const SIGNING_TEXTS: Record<SigningLanguage, SigningTexts> = {
  de: {
    signaturesHeading: 'Unterschriften',
    revision: (n) => `Revision ${n}`,
    forParty: (party) => `Für ${party}`,
    roleParty: { company: 'Für den Anbieter', client: 'Für den Kunden' },
    signaturesNote:
      'Auf dem Bildschirm gezeichnete Unterschriften (einfache elektronische Signatur); Prüfprotokoll auf der letzten Seite.',
    auditHeading: 'Prüfprotokoll der Unterzeichnung',
    contract: 'Vertrag',
    pages: 'Seiten des Vertragsdokuments',
    documentHash: 'SHA-256 des Vertragsdokuments vor der Unterzeichnung',
    device: 'Gerät',
    appVersion: 'App-Version',
    signers: 'Unterzeichner',
    signedAt: 'Unterschrieben',
    placeDate: 'Ort, Datum',
    imageHash: 'SHA-256 des Unterschriftsbilds',
    legalHeading: 'Rechtlicher Hinweis / Legal notice',
    storedHashNote:
      'Der SHA-256-Wert dieser unterschriebenen PDF-Datei wird in Quotient gespeichert und beim Öffnen geprüft; jede Änderung der Datei ändert ihn.',
    month: [],
  },
  en: {
    signaturesHeading: 'Signatures',
    revision: (n) => `Revision ${n}`,
    forParty: (party) => `For ${party}`,
    roleParty: { company: 'For the supplier', client: 'For the client' },
    signaturesNote:
      'Signatures drawn on screen (simple electronic signature); audit record on the last page.',
    auditHeading: 'Signing audit record',
    contract: 'Contract',
    pages: 'Pages of the contract document',
    documentHash: 'SHA-256 of the contract document before signing',
    device: 'Device',
    appVersion: 'App version',
    signers: 'Signers',
    signedAt: 'Signed',
    placeDate: 'Place, date',
    imageHash: 'SHA-256 of the signature image',
    legalHeading: 'Legal notice / Rechtlicher Hinweis',
    storedHashNote:
      'The SHA-256 of this signed PDF file is stored in Quotient and checked when it is opened; any change to the file changes it.',
    month: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
};

/** The plain statement on what this signature is, in each language. */
export const SIMPLE_SIGNATURE_STATEMENT: Record<SigningLanguage, string> = {
  de:
    'Dies ist eine einfache elektronische Signatur. Sie erfüllt die Textform (§ 126b BGB), ' +
    'nicht aber die Schriftform (§ 126 BGB); diese erfordert eine qualifizierte elektronische ' +
    'Signatur (§ 126a BGB) oder eine eigenhändige Unterschrift mit Tinte auf Papier.',
  en:
    'This is a simple electronic signature. It satisfies text form (§ 126b BGB, German Civil Code) ' +
    'but not written form (§ 126 BGB), which requires a qualified electronic signature ' +
    '(§ 126a BGB) or a handwritten signature in ink on paper.',
};

/** "Berlin, 04.03.2027" or "Berlin, 4 March 2027". */
export function placeAndDate(place: string, date: string, language: SigningLanguage): string {
  const [year, month, day] = date.split('-');
  if (language === 'de') return `${place}, ${day}.${month}.${year}`;
  return `${place}, ${Number(day)} ${SIGNING_TEXTS.en.month[Number(month) - 1]} ${year}`;
}

/** An ISO time as "2027-03-04 10:15:00 UTC". */
export function utcTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
