// Demo contracts of the fictional Nordlicht IT-Beratung (part of the demo workspace, issue 13),
// drafted from demo offers (offers.de.mjs) with the shipped clause library
// (src/shared/contracts/library): a maintenance contract for the SOC of Kraus Antriebstechnik,
// sent, renegotiated and signed on site in revision 2; a Werkvertrag for the Exchange migration of
// Möbelhaus Kessler in review with the fallback position on acceptance; an AVV for the guest WLAN
// of Ostseeblick Hotels, which processes guests' personal data. Dates are fixed around DEMO_AS_OF
// (competitors.de.mjs). contracts-build.ts turns these entries into the workspace file's
// `contracts` (clause texts from the library, content hashes, the signed PDF and the signature
// PNGs as `blobs`); see generate-workspace.mjs.
//
// Entry: client (name), offer (its title among the client's demo offers), type, title, status,
// facts (the conditions' facts, as offerFacts would read them, with the sales engineer's answers
// for personal data and SLA), revisions: each with `variables` (on top of those taken from the
// company, client and offer), `negotiation` (clause key → position other than preferred),
// optional `slaTable`, `frozenAt` (sent), and for the signed one `signatures`.

/** The SLA table of the SOC contract: priority 1 answered around the clock (revision 2). */
const socSlaTable = [
  {
    priority: '1',
    label: 'Kritisch',
    description: 'Sicherheitsvorfall oder Ausfall des SOC-Monitorings für einen Standort',
    responseHours: '0.5',
    resolutionHours: '4',
  },
  {
    priority: '2',
    label: 'Hoch',
    description: 'Erhebliche Einschränkung, z. B. fehlende Log-Quelle oder gestörte Firewall-Regel',
    responseHours: '2',
    resolutionHours: '8',
  },
  {
    priority: '3',
    label: 'Mittel',
    description: 'Einzelne Funktion gestört, Umgehung möglich',
    responseHours: '4',
    resolutionHours: '24',
  },
  {
    priority: '4',
    label: 'Niedrig',
    description: 'Anfrage, Regeländerung oder Berichtswunsch',
    responseHours: '8',
    resolutionHours: '',
  },
];

const socVariables = {
  'contract.date': '2026-11-27',
  'contract.place': 'Augsburg',
  'contract.start': '2027-01-01',
  'contract.noticeMonths': '3',
  'contract.renewalMonths': '12',
  'sla.availability': '99.5',
  'sla.serviceHours':
    'Montag bis Freitag, 7 bis 19 Uhr (außer an bundeseinheitlichen Feiertagen); Priorität 1 rund um die Uhr',
  'sla.measurementPeriod': 'Kalendermonat',
};

export const contracts = [
  {
    client: 'Kraus Antriebstechnik SE',
    offer: 'Security Operations Center 24/7',
    type: 'maintenance-sla',
    title: 'Wartungs- und Servicevertrag Security Operations Center',
    status: 'signed',
    facts: { personalDataProcessed: true, slaAgreed: true },
    // The offer number and date as they stood in the offer the contract was sent with.
    offerNumber: 'A-2026-MT-0014',
    offerDate: '2026-11-20',
    revisions: [
      {
        // Sent with the preferred texts and a 36-month term.
        variables: { ...socVariables, 'contract.date': '2026-11-23', 'contract.termMonths': '36' },
        slaTable: socSlaTable.map((row, index) =>
          index === 0 ? { ...row, responseHours: '1', resolutionHours: '8' } : row,
        ),
        negotiation: {},
        frozenAt: '2026-11-23T15:40:00.000Z',
      },
      {
        // Herr Maier (Einkauf) agreed to the on-call surcharge; in return priority 1 runs around
        // the clock and the client classifies incidents (fallback), and the term is 24 months.
        variables: { ...socVariables, 'contract.termMonths': '24' },
        slaTable: socSlaTable,
        negotiation: { 'sla-response': 'fallback' },
        frozenAt: '2026-11-26T16:10:00.000Z',
        signatures: [
          {
            role: 'company',
            name: 'Mats Thorsen',
            function: 'Geschäftsführer',
            place: 'Augsburg',
            date: '2026-11-27',
            signedAt: '2026-11-27T10:42:00.000Z',
          },
          {
            role: 'client',
            name: 'Thomas Wagner',
            function: 'CIO',
            place: 'Augsburg',
            date: '2026-11-27',
            signedAt: '2026-11-27T10:44:00.000Z',
          },
        ],
        device: 'Windows 11 · Surface Pro 9 (Stift)',
        appVersion: '1.0.0',
      },
    ],
  },
  {
    client: 'Möbelhaus Kessler KG',
    offer: 'Migration Exchange Online und Intune',
    type: 'werkvertrag',
    title: 'Werkvertrag Migration Exchange Online und Intune',
    status: 'in-review',
    facts: { personalDataProcessed: true },
    revisions: [
      {
        // Frau Jansen wants three weeks to test the migrated mailboxes: fallback on acceptance.
        variables: {
          'contract.date': '2026-11-30',
          'contract.place': 'Hamburg',
          'contract.start': '2027-01-11',
          'offer.paymentPlan':
            '40 % bei Auftragserteilung, 60 % nach Abnahme der migrierten Postfächer',
        },
        negotiation: { acceptance: 'fallback' },
      },
    ],
  },
  {
    client: 'Ostseeblick Hotels GmbH',
    offer: 'Gäste-WLAN für 6 Hotels',
    type: 'avv',
    title: 'Auftragsverarbeitungsvertrag Gäste-WLAN und Monitoring',
    status: 'draft',
    facts: { personalDataProcessed: true, slaAgreed: true },
    revisions: [
      {
        variables: {
          'contract.date': '2026-11-30',
          'contract.place': 'Hamburg',
          'contract.start': '2027-03-01',
        },
        negotiation: {},
      },
    ],
  },
];
