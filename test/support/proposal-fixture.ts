import type { DocumentData, DocumentLine } from '../../src/shared/documents/types';

// A realistic German proposal for the proposal tests: three sections, optional and
// alternative lines, monthly and yearly lines, mixed VAT, an offer discount and Skonto.

const line = (
  overrides: Partial<DocumentLine> & Pick<DocumentLine, 'id' | 'name'>,
): DocumentLine => ({
  description: '',
  quantity: '1',
  unit: 'piece',
  unitPrice: '0',
  discountPct: '',
  vatPct: '19',
  billing: 'one-time',
  kind: 'normal',
  replaces: '',
  unitCost: '',
  estimate: null,
  ...overrides,
});

const chapters = [
  {
    title: 'Management Summary',
    body: [
      'Die **Brandt & Söhne Maschinenbau GmbH** modernisiert ihre IT-Infrastruktur an den Standorten Bielefeld und Gütersloh. Wir schlagen ein Vorgehen in drei Phasen vor, das den laufenden Betrieb *nicht* unterbricht.',
      '',
      '## Ihr Nutzen auf einen Blick',
      '- **Ausfallsicherheit:** redundante Firewalls und ein zweites Rechenzentrum',
      '- **Planbare Kosten:** Betrieb und Support zum monatlichen Festpreis',
      '- **Schneller Start:** erste Ergebnisse nach vier Wochen',
    ].join('\n'),
  },
  {
    title: 'Ausgangslage und Ziele',
    body: [
      '# Ausgangslage',
      'Die bestehende Infrastruktur wurde über zehn Jahre gewachsen. Server und Netzwerkkomponenten erreichen 2027 das Ende ihres Herstellersupports; Backups werden bisher *manuell* geprüft.',
      '',
      '# Ziele',
      '1. Eine dokumentierte, wartbare Netzwerkarchitektur',
      '2. Wiederherstellung kritischer Systeme in **unter vier Stunden**',
      '3. Entlastung der internen IT durch Managed Services',
    ].join('\n'),
  },
  {
    title: 'Annahmen und Rahmenbedingungen',
    body: [
      'Diesem Angebot liegen folgende Annahmen zugrunde:',
      '',
      '- Die Leistungen werden überwiegend remote erbracht; Vor-Ort-Termine stimmen wir ab.',
      '- Ein Ansprechpartner auf Kundenseite steht mit ca. **einem Tag pro Woche** zur Verfügung.',
      '- Reisekosten werden nach Aufwand berechnet.',
      '',
      'Es gelten unsere Allgemeinen Geschäftsbedingungen in der Fassung vom 1. Januar 2026.',
    ].join('\n'),
  },
];

/** The proposal test document; the logo is added by the tests that draw one. */
export function proposalFixture(overrides: Partial<DocumentData> = {}): DocumentData {
  return {
    language: 'de',
    internal: false,
    company: {
      name: 'Nordlicht IT-Beratung GmbH',
      street: 'Speicherstadt 12',
      postalCode: '20457',
      city: 'Hamburg',
      country: 'DE',
      vatId: 'DE123456789',
      taxNumber: '',
      commercialRegister: 'Amtsgericht Hamburg HRB 123456',
      managingDirectors: 'Dr. Jana Petersen, Tobias Krüger',
      bankName: 'Hamburger Sparkasse',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      email: 'angebote@nordlicht-it.de',
      phone: '+49 40 1234567',
      website: 'www.nordlicht-it.de',
      logo: null,
      brandColor: '#1c5d99',
    },
    client: {
      name: 'Brandt & Söhne Maschinenbau GmbH',
      street: 'Industriestraße 7',
      postalCode: '33602',
      city: 'Bielefeld',
      country: 'DE',
      vatId: '',
      contactName: 'Frau Dr. Anna Schmidt',
    },
    author: {
      name: 'Max Mustermann',
      position: 'Senior IT-Consultant',
      email: 'max.mustermann@nordlicht-it.de',
      phone: '+49 40 1234567-12',
    },
    offer: {
      number: 'A-2026-0042',
      revision: 2,
      title: 'Modernisierung der IT-Infrastruktur',
      date: '2026-11-28',
      validUntil: '2026-12-31',
      currency: 'EUR',
      exchangeRate: '',
      paymentTermsDays: 30,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '3',
      reverseCharge: false,
    },
    sections: [
      {
        title: 'Analyse und Konzeption',
        lines: [
          line({
            id: 'l1',
            name: 'Ist-Aufnahme Netzwerk und Server',
            description: 'Workshops an beiden Standorten, Dokumentation der Ist-Architektur',
            quantity: '4',
            unit: 'person-day',
            unitPrice: '1250.00',
          }),
          line({
            id: 'l2',
            name: 'Zielarchitektur und Migrationsplan',
            quantity: '6.5',
            unit: 'person-day',
            unitPrice: '1250.00',
            discountPct: '10',
          }),
          line({
            id: 'l3',
            name: 'Schulungsunterlagen (gedruckt)',
            quantity: '12',
            unit: 'piece',
            unitPrice: '39.90',
            vatPct: '7',
          }),
        ],
      },
      {
        title: 'Hardware und Lizenzen',
        lines: [
          line({
            id: 'l4',
            name: 'Firewall-Cluster FortiGate 100F (2 Geräte)',
            description: 'inkl. Montage im Rack und Grundkonfiguration',
            quantity: '1',
            unit: 'flat',
            unitPrice: '8940.00',
          }),
          line({
            id: 'l5',
            name: 'Microsoft 365 Business Premium',
            quantity: '85',
            unit: 'user',
            unitPrice: '20.60',
            billing: 'monthly',
          }),
          line({
            id: 'l6',
            name: 'Firewall-Cluster FortiGate 200F (2 Geräte)',
            description: 'für höheren Durchsatz und Wachstum',
            quantity: '1',
            unit: 'flat',
            unitPrice: '14380.00',
            kind: 'alternative',
            replaces: 'l4',
          }),
          line({
            id: 'l7',
            name: 'Zusätzlicher Access Point Wi-Fi 6E',
            quantity: '4',
            unit: 'piece',
            unitPrice: '489.00',
            kind: 'optional',
          }),
        ],
      },
      {
        title: 'Betrieb und Support',
        lines: [
          line({
            id: 'l8',
            name: 'Managed Firewall & Monitoring 24/7',
            quantity: '1',
            unit: 'month',
            unitPrice: '690.00',
            billing: 'monthly',
          }),
          line({
            id: 'l9',
            name: 'Wartungsvertrag Hardware (Next Business Day)',
            quantity: '1',
            unit: 'flat',
            unitPrice: '1180.00',
            billing: 'yearly',
          }),
          line({
            id: 'l10',
            name: 'Support-Kontingent 10 Stunden',
            quantity: '1',
            unit: 'month',
            unitPrice: '950.00',
            billing: 'monthly',
            kind: 'optional',
          }),
        ],
      },
    ],
    chapters,
    ...overrides,
  };
}

/** The canvas the logo is drawn on: @napi-rs/canvas in Node tests, passed in by the caller. */
type LogoCanvas = {
  getContext(type: '2d'): {
    fillStyle: unknown;
    font: unknown;
    fillRect(x: number, y: number, width: number, height: number): void;
    fillText(text: string, x: number, y: number): void;
  };
  encode(format: 'png'): Promise<Uint8Array>;
};

/** Draws a small PNG logo (a blue mark and the company name) for tests. */
export async function drawTestLogo(
  createCanvas: (width: number, height: number) => LogoCanvas,
): Promise<Uint8Array> {
  const canvas = createCanvas(360, 100);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 360, 100);
  ctx.fillStyle = '#1c5d99';
  ctx.fillRect(0, 10, 80, 80);
  ctx.fillStyle = '#f2a900';
  ctx.fillRect(20, 30, 40, 40);
  ctx.fillStyle = '#1c5d99';
  ctx.font = 'bold 34px sans-serif';
  ctx.fillText('NORDLICHT', 96, 52);
  ctx.font = '20px sans-serif';
  ctx.fillText('IT-Beratung', 98, 82);
  return new Uint8Array(await canvas.encode('png'));
}
