// The demo's fair deck (issue 14): Nordlicht IT-Beratung at it-sa 2026 in Nürnberg, the slides
// built from the demo catalog, clients, analyses and competitors, and the visitors whose leads
// were captured at the booth (not yet reviewed as of DEMO_AS_OF). All people and companies are
// invented. Built by presentations-build.ts (the consent evidence: the notice text shown and its
// SHA-256; the follow-ups; the slide pictures drawn as PNG blobs); format: see
// src/renderer/data/presentations/workspace-import.ts.
//
// Slides refer to the rest of the demo by name: `sku` (catalog item), `bundle` (bundle name),
// `client` (client name), `analysis` (analysis title), `competitors` (competitor keys), `media`
// (a picture key of presentations-build.ts). Leads name their interests by `sku`; `contactOf`
// takes the e-mail of an existing demo contact ([client name, last name]): the duplicate the
// review list finds.

export const deck = {
  title: 'Portfolio it-sa 2026',
  fairName: 'it-sa 2026, Nürnberg',
  language: 'de',
  hidePrices: false,
  brandColor: '',
  loopIdleSeconds: 45,
  privacyNotice: '',
  newsletterText: '',
};

export const slides = [
  {
    kind: 'title',
    title: 'Sicher vernetzt im Mittelstand',
    subtitle: 'Nordlicht IT-Beratung · it-sa 2026, Halle 7A, Stand 7A-214',
    durationSeconds: 8,
    notes: 'Begrüßen, nach Branche und Standortzahl fragen. Zum Lead-Formular: Taste L.',
  },
  {
    kind: 'text',
    title: 'Was wir für Sie tun',
    body: '- Netzwerke und WLAN, geplant und gebaut\n- **Managed Firewall** und Monitoring rund um die Uhr\n- Backup as a Service aus Hamburger Rechenzentren\n- Security-Beratung nach NIS2 und ISO 27001',
    media: 'messestand',
    durationSeconds: 12,
    notes: 'Vier Säulen, je ein Satz. Nicht in Details verlieren, lieber nachfragen.',
  },
  {
    kind: 'catalog-item',
    sku: 'MS-FW',
    title: 'Managed Firewall',
    subtitle: 'Betrieb, Updates und Überwachung aus einer Hand',
    showPrices: true,
    durationSeconds: 10,
    notes: 'Läuft bei Hanseatische Kühllogistik an vier Standorten. Hardware separat (HW-FW-M).',
  },
  {
    kind: 'bundle',
    bundle: 'Firewall-Paket mit Betrieb',
    subtitle: 'Firewall, Einrichtung durch unsere Security-Beratung, Betrieb im ersten Monat',
    showPrices: true,
    durationSeconds: 12,
    notes: 'Paketpreis gilt für einen Standort; ab drei Standorten Projektpreis anbieten.',
  },
  {
    kind: 'catalog-item',
    sku: 'DL-SA',
    title: 'NIS2 ohne Umwege',
    subtitle: 'Betroffenheit prüfen, Lücken schließen, Nachweise führen',
    body: 'In zwei Tagen wissen Sie, ob NIS2 Sie betrifft und was bis zur Umsetzungsfrist zu tun ist: Bestandsaufnahme vor Ort, Maßnahmenplan mit Prioritäten, Vorlage für die Geschäftsleitung.',
    showPrices: false,
    durationSeconds: 12,
    notes: 'Tagessatz nur auf Nachfrage nennen; Einstieg ist der zweitägige Check.',
  },
  {
    kind: 'reference',
    client: 'Kraus Antriebstechnik SE',
    title: 'Referenz: 420 VMs von VMware auf Hyper-V',
    body: 'Migration in neun Wartungsfenstern am Wochenende, ohne Produktionsausfall in den Werken Augsburg und Győr.',
    quote: 'Am Montag lief alles, als wäre nichts passiert – genau so soll eine Migration sein.',
    quoteAuthor: 'Thomas Wagner, CIO',
    media: 'rechenzentrum',
    durationSeconds: 12,
    notes: 'Herr Wagner ist bereit, Referenzanrufe anzunehmen (vorher ankündigen).',
  },
  {
    kind: 'analysis',
    analysis: 'Wettbewerbsvergleich Managed Security und Cloud',
    title: 'Warum Nordlicht',
    durationSeconds: 15,
    notes: 'Stärke Service vor Ort betonen; beim Preis liegen wir im Mittelfeld.',
  },
  {
    kind: 'analysis',
    analysis: 'Preis-Leistungs-Positionierung Managed Services',
    title: 'Faire Preise für starke Leistung',
    durationSeconds: 12,
    notes: 'Nur zeigen, wenn nach Preisen gefragt wird; Hyperscaler-Vergleich vermeiden.',
  },
  {
    kind: 'competitor-comparison',
    competitors: ['nordkap', 'suedwerk', 'stratos'],
    title: 'Systemhaus, Cloud-Partner oder Nordlicht?',
    showPrices: false,
    durationSeconds: 15,
    notes: 'Keine Wettbewerber schlechtreden; Unterschiede sachlich nennen.',
  },
  {
    kind: 'media',
    title: 'Unser Rechenzentrum in Hamburg',
    subtitle: 'Zwei Brandabschnitte, ISO 27001, Notstrom für 72 Stunden',
    media: 'rechenzentrum',
    durationSeconds: 8,
    notes: 'Führungen durchs Rechenzentrum anbieten (Termin über Frau Feddersen).',
  },
  {
    kind: 'lead-capture',
    title: 'Sprechen Sie uns an!',
    body: 'Erzählen Sie uns von Ihrem Netzwerk – wir melden uns innerhalb von zwei Werktagen nach der Messe mit einem Vorschlag.',
    durationSeconds: 20,
    notes: 'Formular mit L öffnen, Datenschutzhinweis zeigen, Newsletter nur auf Wunsch ankreuzen.',
  },
];

/** Who stood at the booth and captured the leads. */
export const staff = ['Mats Thorsen', 'Jana Feddersen'];

export const leads = [
  {
    // The same e-mail as an existing contact: the review list offers his client.
    contactOf: ['Hanseatische Kühllogistik GmbH & Co. KG', 'Petersen'],
    firstName: 'Jens',
    lastName: 'Petersen',
    company: 'Hanseatische Kühllogistik',
    phone: '+49 40 78904110',
    interests: ['MS-FW', 'MS-MON'],
    categories: [],
    note: 'Will den Firewall-Betrieb auf das neue Kühlhaus in Bremerhaven ausweiten und das Netzwerk-Monitoring dazunehmen. Angebot für den fünften Standort gewünscht.',
    rating: 'hot',
    capturedAt: '2026-10-27T09:42:00.000Z',
    staff: 'Mats Thorsen',
    newsletter: true,
  },
  {
    // A similar company name ("Möbelhaus Kessler KG" in the demo): a branch typing it its way.
    firstName: 'Katrin',
    lastName: 'Vossen',
    company: 'Kessler Möbelhaus AG',
    email: 'k.vossen@kessler-moebelhaus.example',
    phone: '+49 221 5580312',
    interests: ['HW-AP7'],
    categories: ['WLAN'],
    note: 'Filialleiterin Köln-Marsdorf; das Kunden-WLAN in der Ausstellung bricht an Samstagen zusammen. Weiß nichts vom SD-WAN-Projekt der Zentrale – erst intern abstimmen.',
    rating: 'warm',
    capturedAt: '2026-10-27T13:15:00.000Z',
    staff: 'Jana Feddersen',
    newsletter: false,
  },
  {
    firstName: 'Tobias',
    lastName: 'Wendt',
    company: 'Stadtwerke Heidekreis GmbH',
    email: 'tobias.wendt@stadtwerke-heidekreis.example',
    phone: '+49 5191 60340',
    interests: ['DL-SA'],
    categories: ['NIS2'],
    note: 'Informationssicherheitsbeauftragter. Wasserversorgung knapp unter der KRITIS-Schwelle, NIS2-Betroffenheit ungeklärt. Möchte den zweitägigen Check noch 2026.',
    rating: 'hot',
    capturedAt: '2026-10-28T10:05:00.000Z',
    staff: 'Mats Thorsen',
    newsletter: false,
    // Agreed at the booth instead of the default two working days.
    followUpDate: '2026-11-09',
  },
  {
    firstName: 'Aylin',
    lastName: 'Demir',
    company: 'Demir Transporte UG (haftungsbeschränkt)',
    email: 'a.demir@demir-transporte.example',
    phone: '',
    interests: ['MS-BAAS'],
    categories: ['Backup'],
    note: '12 Fahrzeuge, ein Server im Büro, Sicherung bisher auf USB-Platten. Budget erst ab Q2 2027.',
    rating: 'warm',
    capturedAt: '2026-10-28T15:48:00.000Z',
    staff: 'Jana Feddersen',
    newsletter: true,
  },
  {
    firstName: 'Florian',
    lastName: 'Kuhn',
    company: '',
    email: 'florian.kuhn@posteo.example',
    phone: '',
    interests: [],
    categories: ['WLAN', 'Netzwerk'],
    note: 'Student der Informatik, interessiert an einem Praktikum im Netzwerkteam. An Frau Feddersen weitergeben.',
    rating: 'cold',
    capturedAt: '2026-10-29T11:20:00.000Z',
    staff: 'Mats Thorsen',
    newsletter: true,
  },
];
