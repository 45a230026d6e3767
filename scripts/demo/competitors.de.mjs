// Demo competitors of the fictional Nordlicht IT-Beratung (part of the demo workspace, issue 12):
// profiles with battlecards, observed prices, the competitors in play on opportunities, the loss
// forms of lost ones, and the analyses. All companies, people and numbers are invented; websites
// use the reserved .example domain. Dates are fixed: the demo is seen as of DEMO_AS_OF, and a
// profile or battlecard verified more than 90 days before it is stale (suedwerk, kaveri, and the
// battlecard of havelland). Differentiators and proof points may reach a customer (the "Warum
// wir" chapter of a proposal): they name no competitor and no open deal. Format: see
// generate-workspace.mjs.

/** The day the demo data describes (the last activities are of November 2026). */
export const DEMO_AS_OF = '2026-11-30';

/**
 * Competitor entries: CompetitorInput fields plus `key` (what opportunities, prices and analyses
 * refer to) and `battlecard` (BattlecardInput fields without competitorId; objections as
 * [objection, answer]).
 */
export const competitors = [
  {
    key: 'nordkap',
    name: 'Nordkap Systemhaus GmbH',
    website: 'https://www.nordkap-systemhaus.example',
    segment: 'Regionales Systemhaus (Niedersachsen, Bremen, Ostwestfalen)',
    size: 'medium',
    headquarters: 'Hannover',
    strengths:
      '- Sechs Standorte, Techniker in unter zwei Stunden vor Ort\n- Langjährige Beziehungen zu Handwerk, Handel und Kommunen\n- Günstige Hardware durch Distributionsrahmenverträge',
    weaknesses:
      '- Kein eigenes Rechenzentrum, Betrieb über einen Colocation-Anbieter\n- Security-Team mit zwei Personen, keine 24/7-Bereitschaft\n- Projektleitung oft durch Vertriebsmitarbeiter',
    pricingModel: 'Tagessätze, Wartungspauschalen je Gerät, Hardware mit geringer Marge',
    priceLevel: 'low',
    typicalDiscountPct: '15',
    marketSharePct: '6.5',
    notes:
      'Gewinnt über den Hardwarepreis und die Nähe. Bei Brandt & Söhne (OT-Segmentierung) rund 12 % unter uns.',
    lastVerified: '2026-11-12',
    battlecard: {
      objections: [
        [
          'Nordkap ist bei gleicher Hardware deutlich günstiger.',
          'Vergleichen Sie die **Gesamtkosten über drei Jahre**: unser Festpreis enthält Projektleitung, Dokumentation und Betrieb. Bei Nordkap kommen diese Stunden nach Aufwand dazu.',
        ],
        [
          'Nordkap ist in zwei Stunden vor Ort.',
          'Unser Service-Team ist in vier Stunden beim Kunden, 95 % der Störungen lösen wir per Fernwartung in unter einer Stunde, auch nachts und am Wochenende.',
        ],
        [
          'Wir arbeiten seit Jahren mit Nordkap zusammen.',
          'Gut so, für Arbeitsplätze und Drucker. Für Firewall, SOC und Rechenzentrum schlagen wir eine klare Aufteilung vor: Nordkap vor Ort, wir im Betrieb rund um die Uhr.',
        ],
      ],
      differentiators:
        '- 24/7-Betrieb aus dem eigenen Rechenzentrum in Hamburg\n- ISO 27001 zertifiziert, Security-Team mit acht Beraterinnen und Beratern\n- Festpreise für Projekte mit dokumentierter Abnahme',
      traps:
        '- Fragen Sie nach der Rufbereitschaft am Wochenende und nach den Reaktionszeiten im Vertrag.\n- Fragen Sie, wer die Firewall-Regeln dokumentiert und prüft.',
      landmines:
        '- Nicht über den Hardwarepreis diskutieren: dort ist Nordkap immer billiger.\n- Die regionale Nähe nicht kleinreden, der Kunde schätzt sie.',
      proofPoints:
        '- Hanseatische Kühllogistik: Managed Firewall an vier Standorten, seit Juni ohne Ausfall\n- Brandt & Söhne: Backup-Erneuerung mit Immutable Storage, Wiederherstellungstest bestanden',
      lastVerified: '2026-11-12',
    },
  },
  {
    key: 'suedwerk',
    name: 'Südwerk IT-Systeme GmbH & Co. KG',
    website: 'https://www.suedwerk-it.example',
    segment: 'Regionales Systemhaus (Bayern, Baden-Württemberg)',
    size: 'medium',
    headquarters: 'Regensburg',
    strengths:
      '- Stark bei Schulen und Kommunen, kennt das Vergaberecht\n- Eigene Rahmenverträge mit Landesbehörden\n- Schnelle Angebote mit knappen Preisen',
    weaknesses:
      '- Wenig Cloud- und Microsoft-365-Erfahrung\n- Hohe Fluktuation im Projektteam\n- Kein Standort nördlich von Frankfurt',
    pricingModel: 'Stückpreise und Pauschalen je Schule, Tagessätze für Projekte',
    priceLevel: 'medium',
    typicalDiscountPct: '10',
    marketSharePct: '5',
    notes: 'Bei der Ausschreibung MDM Schulen in Mittelbaden mit 9 % unter unserem Preis gewonnen.',
    lastVerified: '2026-06-18',
    battlecard: {
      objections: [
        [
          'Südwerk hat schon 40 Schulen im Landkreis ausgestattet.',
          'Fragen Sie nach dem Stand der Geräteverwaltung dort: wir liefern Intune mit Zero-Touch-Enrollment, neue Geräte sind in 20 Minuten einsatzbereit.',
        ],
        [
          'Das Angebot von Südwerk ist 9 % günstiger.',
          'Die Wertung nach Preis allein übersieht den Betrieb: unser Angebot enthält vier Jahre Support für Lehrkräfte, bei Südwerk ist er optional.',
        ],
      ],
      differentiators:
        '- Microsoft-365- und Intune-Projekte für über 3.000 Geräte\n- Support-Hotline für Lehrkräfte mit Rückruf in 30 Minuten\n- Ausschreibungsfähige Leistungsbeschreibungen mit Mengengerüst',
      traps:
        '- Lassen Sie sich die Wiederherstellung eines verlorenen Tablets vorführen.\n- Fragen Sie nach Referenzen mit mehr als 500 verwalteten Geräten.',
      landmines:
        '- Nicht die Vergabeerfahrung angreifen, Südwerk kennt die Verfahren besser als wir.',
      proofPoints:
        '- Möbelhaus Kessler: SD-WAN an sechs Standorten in acht Wochen, Filialen ohne Schließtag umgestellt\n- Brenner & Partner: Managed Microsoft 365 mit MFA und Backup für alle Arbeitsplätze',
      lastVerified: '2026-06-18',
    },
  },
  {
    key: 'havelland',
    name: 'Havelland IT-Service GmbH',
    website: 'https://www.havelland-it.example',
    segment: 'Regionales Systemhaus (Berlin, Brandenburg, Sachsen)',
    size: 'small',
    headquarters: 'Potsdam',
    strengths:
      '- Mietmodelle für Hardware mit Service aus einer Hand\n- Schnell bei kleinen Büros und Start-ups\n- Englischsprachiges Team',
    weaknesses:
      '- Keine Erfahrung mit Produktionsnetzen (OT)\n- Nur 25 Mitarbeitende, Engpässe bei größeren Rollouts',
    pricingModel: 'Monatsmiete je Arbeitsplatz inklusive Gerät und Service',
    priceLevel: 'low',
    typicalDiscountPct: '8',
    marketSharePct: '2.5',
    notes: 'Hat bei Kestrel Analytics die Büroausstattung Berlin mit einem Mietmodell gewonnen.',
    lastVerified: '2026-10-20',
    battlecard: {
      objections: [
        [
          'Havelland bietet alles zur Miete, ohne Investition.',
          'Wir bieten Arbeitsplatz-Service ebenfalls monatlich an. Vergleichen Sie Laufzeit, Restwert und was nach drei Jahren mit den Geräten passiert.',
        ],
      ],
      differentiators:
        '- Produktionsnetze und OT-Security aus einer Hand\n- Eigener Servicedesk mit 24/7-Überwachung',
      traps: '- Fragen Sie nach dem Vorgehen beim Rollout von mehr als 100 Geräten in einer Woche.',
      landmines: '- Nicht mit Mietpreisen je Monat gegen das Mietmodell antreten.',
      proofPoints:
        '- Northbridge Semiconductors: Netzwerk für Produktionslinie 4, Inbetriebnahme im Reinraum termingerecht',
      lastVerified: '2026-08-05',
    },
  },
  {
    key: 'brightwater',
    name: 'Brightwater Consulting Deutschland GmbH',
    website: 'https://www.brightwater-consulting.example',
    segment: 'Internationaler Beratungskonzern (Strategie, Technologie, Outsourcing)',
    size: 'enterprise',
    headquarters: 'Frankfurt am Main',
    strengths:
      '- Zugang zur Vorstandsebene, starke Marke\n- Große Teams in kurzer Zeit verfügbar\n- Regulatorik (DORA, NIS2, GxP) mit eigenen Methoden',
    weaknesses:
      '- Hohe Tagessätze, Junior-lastige Teams nach dem Pitch\n- Wenig Interesse an Aufträgen unter 250.000 EUR\n- Betrieb wird an Subunternehmer vergeben',
    pricingModel: 'Tagessätze nach Seniorität, Rahmenverträge mit Volumenrabatt',
    priceLevel: 'premium',
    typicalDiscountPct: '20',
    marketSharePct: '14',
    notes:
      'Bei Banken, Versicherungen und Pharma oft schon im Haus; gewinnt über Vorstandskontakte.',
    lastVerified: '2026-11-03',
    battlecard: {
      objections: [
        [
          'Brightwater ist die sichere Wahl, die kennt jeder Vorstand.',
          'Sicher ist, wer das Ergebnis betreibt. Bei uns arbeitet das Team aus dem Angebot auch im Projekt, und der Betrieb bleibt im Haus.',
        ],
        [
          'Brightwater hat eine eigene DORA-Methode.',
          'Unser DORA-Testprogramm folgt den RTS der Aufsicht und wird von zertifizierten Penetrationstestern durchgeführt, nicht von Folienautoren.',
        ],
        [
          'Brightwater bietet 20 % Rahmenrabatt.',
          'Rechnen Sie den Rabatt auf den Tagessatz eines Seniors: Sie zahlen immer noch rund 40 % mehr als bei uns, für weniger Erfahrung im Team.',
        ],
      ],
      differentiators:
        '- Senior-Beraterinnen und -Berater im Projekt, keine Pyramide\n- Umsetzung und Betrieb aus einer Hand\n- Entscheidungswege von zwei Tagen statt zwei Wochen',
      traps:
        '- Fragen Sie, wer aus dem Pitch-Team im Projekt arbeitet und zu wie viel Prozent.\n- Fragen Sie nach dem Betriebsmodell nach dem Go-live.',
      landmines:
        '- Nicht die Marke angreifen.\n- Keine Strategieberatung anbieten: dort ist Brightwater stärker.',
      proofPoints:
        '- Limmat Präzisionsmechanik: ISMS nach ISO 27001, Zertifikat im ersten Audit\n- Elbtal Energie & Wasser: Begleitung der KRITIS-Prüfung ohne Feststellung',
      lastVerified: '2026-11-03',
    },
  },
  {
    key: 'kaveri',
    name: 'Kaveri Digital Services GmbH',
    website: 'https://www.kaveri-digital.example',
    segment: 'Offshore-Dienstleister (SAP-Betrieb, Application Management, Servicedesk)',
    size: 'enterprise',
    headquarters: 'Frankfurt am Main (Konzernsitz Bengaluru)',
    strengths:
      '- Sehr niedrige Tagessätze durch Lieferzentren in Indien\n- Großer SAP-Basis-Pool, 24/7 im Follow-the-sun-Modell\n- Erfahrung mit langen Outsourcing-Verträgen',
    weaknesses:
      '- Wenig Präsenz vor Ort, Übergaben zwischen Zeitzonen\n- Hoher Abstimmungsaufwand beim Kunden\n- Deutschsprachiger Support nur zu Bürozeiten',
    pricingModel: 'Festpreis je Monat für den Betrieb, Offshore-Tagessätze für Projekte',
    priceLevel: 'low',
    typicalDiscountPct: '5',
    marketSharePct: '7',
    notes: 'Betreibt die SAP-Basis bei Müritz Frischmilch und hat dort mit Rabatt verlängert.',
    lastVerified: '2026-04-22',
    battlecard: {
      objections: [
        [
          'Kaveri betreibt SAP für die Hälfte unseres Preises.',
          'Fragen Sie nach den Stunden, die Ihr eigenes Team für Abstimmung und Tickets aufwendet. Bei uns spricht die Fachabteilung direkt mit dem Basis-Team in Hamburg.',
        ],
        [
          'Ein Wechsel ist zu aufwendig.',
          'Wir übernehmen den Betrieb in einer geplanten Übergabe über acht Wochen mit paralleler Betreuung, ohne Ausfall in der Produktion.',
        ],
      ],
      differentiators:
        '- SAP-Basis-Team in Deutschland, Ansprechpartner mit Namen\n- Deutschsprachiger Support rund um die Uhr\n- Anbindung von Produktion und Waagen an SAP aus einer Hand',
      traps:
        '- Fragen Sie nach der durchschnittlichen Lösungszeit von Tickets mit Priorität 2.\n- Fragen Sie, wer nachts deutschsprachig erreichbar ist.',
      landmines:
        '- Nicht mit dem Tagessatz argumentieren.\n- Die Bestandsbeziehung nicht schlechtreden, der IT-Leiter hat sie verantwortet.',
      proofPoints:
        '- Kraus Antriebstechnik: Migration von 420 VMs auf Hyper-V an zwölf Wochenenden ohne Ausfall',
      lastVerified: '2026-04-22',
    },
  },
  {
    key: 'wolkenwerk',
    name: 'Wolkenwerk Software GmbH',
    website: 'https://www.wolkenwerk.example',
    segment: 'SaaS-Anbieter (Backup, Geräteverwaltung und Shop-Hosting als Dienst)',
    size: 'medium',
    headquarters: 'München',
    strengths:
      '- Selbstbedienung im Webportal, in Minuten eingerichtet\n- Transparente Listenpreise je Gerät und Monat\n- Schnelle Produktentwicklung',
    weaknesses:
      '- Keine Beratung und keine Integration in bestehende Systeme\n- Daten in einer Public Cloud, Standort nur auf Nachfrage\n- Support nur per Ticket',
    pricingModel: 'Abonnement je Gerät, Nutzer oder Terabyte und Monat, Rabatt bei Jahreszahlung',
    priceLevel: 'medium',
    typicalDiscountPct: '',
    marketSharePct: '3',
    notes: 'Hat bei Modehaus Seidel das Shop-Hosting im Paket mit dem Shop-System gewonnen.',
    lastVerified: '2026-11-18',
    battlecard: {
      objections: [
        [
          'Wolkenwerk kostet 29 EUR je Terabyte, Sie 39 EUR.',
          'Unser Preis enthält die **Wiederherstellungstests** und die Überwachung. Bei Wolkenwerk testen Sie selbst, und wer meldet sich, wenn eine Sicherung nachts fehlschlägt?',
        ],
      ],
      differentiators:
        '- Daten ausschließlich in deutschen Rechenzentren\n- Halbjährliche Wiederherstellungstests mit Protokoll für die Cyberversicherung\n- Persönlicher Ansprechpartner',
      traps:
        '- Fragen Sie nach dem Ablauf einer vollständigen Wiederherstellung nach einem Ransomware-Angriff.',
      landmines: '- Nicht die Bedienoberfläche vergleichen, die ist bei Wolkenwerk sehr gut.',
      proofPoints:
        '- Brandt & Söhne: Wiederherstellung eines kompletten Servers in 3,5 Stunden im Test',
      lastVerified: '2026-11-18',
    },
  },
  {
    key: 'stratos',
    name: 'Stratos Cloud Partners GmbH',
    website: 'https://www.stratos-cloud.example',
    segment: 'Microsoft Solutions Partner und AWS Advanced Tier Partner',
    size: 'large',
    headquarters: 'Köln',
    strengths:
      '- Hohe Microsoft-Förderbudgets für Migrationen\n- Große Azure- und AWS-Teams\n- Gute Marketing-Präsenz (Webinare, Events)',
    weaknesses:
      '- Wenig Netzwerk- und Hardware-Kompetenz\n- Lizenzgetriebene Beratung\n- Kaum Erfahrung mit Produktionsumgebungen',
    pricingModel: 'Tagessätze, CSP-Lizenzen mit geringer Marge, Managed Services je Nutzer',
    priceLevel: 'high',
    typicalDiscountPct: '12',
    marketSharePct: '9',
    notes: 'Bringt oft Microsoft-Fördergelder mit, die den Projektpreis scheinbar senken.',
    lastVerified: '2026-09-24',
    battlecard: {
      objections: [
        [
          'Stratos bringt Microsoft-Fördergelder mit.',
          'Fördergelder stehen jedem Solutions Partner zu, auch uns. Fragen Sie, welcher Anteil des Projekts damit tatsächlich bezahlt wird.',
        ],
        [
          'Stratos ist der größere Microsoft-Partner.',
          'Für Ihre Landing Zone zählt das Team: unsere Architekten haben 14 Azure-Umgebungen im Mittelstand aufgebaut, mit Netzwerk und Firewall aus einer Hand.',
        ],
      ],
      differentiators:
        '- Cloud, Netzwerk und Security aus einer Hand\n- Herstellerneutrale Beratung (Azure, AWS, eigenes Rechenzentrum)\n- Betrieb nach dem Projekt aus Hamburg',
      traps:
        '- Fragen Sie, wer die Anbindung der Standorte und die Firewall verantwortet.\n- Fragen Sie nach den Lizenzkosten nach Ablauf der Förderung.',
      landmines:
        '- Nicht gegen Microsoft argumentieren, der Kunde hat sich für Microsoft entschieden.',
      proofPoints:
        '- Kraus Antriebstechnik: VMware-Ablösung auf Hyper-V statt teurer Azure-Migration\n- Möbelhaus Kessler: SD-WAN an sechs Standorten',
      lastVerified: '2026-09-24',
    },
  },
];

/**
 * Competitors in play per client and opportunity title: [competitor keys, incumbent key or '',
 * loss?]. A loss is { reason, lostTo, price, gapPct, category } (a price becomes a price
 * observation from the loss, dated the opportunity's close date); a lost opportunity left out of
 * `losses` skipped the form.
 */
export const inPlay = {
  'Hanseatische Kühllogistik GmbH & Co. KG': {
    'Managed Firewall 4 Standorte': [['nordkap'], ''],
    'Migration Lagerverwaltung ins Rechenzentrum': [['stratos', 'nordkap'], ''],
  },
  'Brandt & Söhne Maschinenfabrik GmbH': {
    'OT-Segmentierung Produktionsnetz': [
      ['nordkap', 'havelland'],
      '',
      { reason: 'price', lostTo: 'nordkap', price: '57024.00', gapPct: '-12', category: 'service' },
    ],
    'Backup-Erneuerung mit Immutable Storage': [['wolkenwerk'], ''],
  },
  'Zweckverband Kommunale IT Mittelbaden': {
    'Mobile-Device-Management Schulen': [
      ['suedwerk'],
      'suedwerk',
      {
        reason: 'price',
        lostTo: 'suedwerk',
        price: '79534.00',
        gapPct: '-9',
        category: 'subscription',
      },
    ],
    'Rahmenvertrag Client-Management 2027–2030': [['suedwerk', 'kaveri'], 'suedwerk'],
  },
  'Müritz Frischmilch eG': {
    'SAP-Basisbetrieb': [
      ['kaveri', 'brightwater'],
      'kaveri',
      {
        reason: 'relationship',
        lostTo: 'kaveri',
        price: '47560.00',
        gapPct: '-18',
        category: 'service',
      },
    ],
    'Anbindung Abfüllung und Waagen an SAP': [['kaveri'], 'kaveri'],
  },
  'Modehaus Seidel GmbH': {
    'Hosting Onlineshop mit Lastspitzen': [
      ['wolkenwerk', 'stratos'],
      '',
      { reason: 'functionality', lostTo: 'wolkenwerk', price: '', gapPct: '', category: '' },
    ],
  },
  'Kestrel Analytics Ltd': {
    'Office IT Fit-out Berlin': [
      ['havelland'],
      '',
      { reason: 'price', lostTo: 'havelland', price: '', gapPct: '-15', category: '' },
    ],
  },
  'Klinikum am Wäldchen gGmbH': {
    'WLAN-Erneuerung Bettenhaus': [
      ['nordkap', 'stratos'],
      '',
      { reason: 'functionality', lostTo: 'nordkap', price: '', gapPct: '', category: '' },
    ],
  },
  'Cuxhavener Fischfeinkost GmbH': {
    'EDI-Anbindung Handelsketten': [
      ['kaveri'],
      '',
      { reason: 'functionality', lostTo: '', price: '', gapPct: '', category: '' },
    ],
  },
  'Autohaus Reinhardt GmbH & Co. KG': {
    'Cloud-Telefonie 3 Betriebe': [
      ['stratos'],
      '',
      { reason: 'other', lostTo: '', price: '', gapPct: '', category: '' },
    ],
  },
  'Donauhafen Logistik GmbH': {
    'Integrationsplattform statt SFTP-Schnittstellen': [
      ['brightwater'],
      '',
      { reason: 'timing', lostTo: '', price: '', gapPct: '', category: '' },
    ],
  },
  // Lost, the loss form skipped: counted by the win/loss report as skipped.
  'Druckerei Lehmann OHG': {
    'Servertausch mit Cloud-Backup': [['nordkap'], ''],
  },
  'Rheinknie Pharma Services AG': {
    'Validated Private Cloud for Lab Systems': [['brightwater', 'kaveri'], 'brightwater'],
  },
  'Kraus Antriebstechnik SE': {
    'Security Operations Center 24/7': [['brightwater', 'suedwerk'], ''],
    'Migration VMware auf Hyper-V (420 VMs)': [['stratos', 'kaveri'], ''],
  },
  'Möbelhaus Kessler KG': {
    'Migration Exchange Online und Intune': [['stratos', 'wolkenwerk'], ''],
    'SD-WAN Rollout 6 Standorte': [['suedwerk'], ''],
  },
  'Alpenland Versicherung AG': {
    'Azure Landing Zone Phase 1': [['stratos'], ''],
  },
  'Bodensee Privatbank AG': {
    'DORA-Testprogramm 2027': [['brightwater'], 'brightwater'],
  },
  'Elbtal Energie & Wasser GmbH': {
    'Managed SIEM für die Leitstelle': [['brightwater', 'havelland'], ''],
    'Begleitung KRITIS-Prüfung § 8a BSIG': [['brightwater'], ''],
  },
  'Northbridge Semiconductors Germany GmbH': {
    'Network for Production Line 4': [['havelland'], ''],
  },
  'Limmat Präzisionsmechanik AG': {
    'ISMS-Aufbau nach ISO 27001': [['brightwater'], ''],
  },
  'IT-Dienstleistungszentrum Weserbergland AöR': {
    'Backup-as-a-Service für Gemeinden': [['wolkenwerk', 'nordkap'], ''],
  },
};

/** Prices recorded by hand: [competitor, sku or '', category or '', price, observedOn, note]. */
export const manualPrices = [
  [
    'nordkap',
    'DL-NE',
    '',
    '890.00',
    '2026-10-08',
    'Tagessatz Netzwerk-Engineering im Angebot an Hanseatische Kühllogistik, vom Kunden genannt',
  ],
  [
    'nordkap',
    'HW-FW-M',
    '',
    '4990.00',
    '2026-09-15',
    'Firewall M, Angebot für vier Standorte (Kunde)',
  ],
  [
    'suedwerk',
    'DL-TE',
    '',
    '690.00',
    '2026-05-20',
    'Vor-Ort-Installation, Preisblatt der Ausschreibung Mittelbaden',
  ],
  [
    'brightwater',
    'DL-SA',
    '',
    '1890.00',
    '2026-10-29',
    'Security-Beratung Senior, öffentliche Vergabe einer Landesbank',
  ],
  [
    'brightwater',
    'DL-PL',
    '',
    '1750.00',
    '2026-10-29',
    'Projektleitung, öffentliche Vergabe einer Landesbank',
  ],
  [
    'kaveri',
    '',
    'service',
    '540.00',
    '2026-03-10',
    'Offshore-Tagessatz SAP-Basis, remote (Müritz Frischmilch)',
  ],
  [
    'wolkenwerk',
    'MS-BAAS',
    '',
    '29.00',
    '2026-11-05',
    'Listenpreis je TB und Monat auf der Website',
  ],
  [
    'stratos',
    'SW-M365E3',
    '',
    '34.50',
    '2026-09-24',
    'CSP-Preis je Nutzer und Monat im Angebot an Möbelhaus Kessler',
  ],
  ['stratos', 'DL-NE', '', '1180.00', '2026-09-24', 'Tagessatz Cloud-Architekt, Webinar-Angebot'],
  [
    'havelland',
    'HW-NB14',
    '',
    '1390.00',
    '2026-07-14',
    'Notebook im Mietangebot an Kestrel Analytics, als Kaufpreis ausgewiesen',
  ],
];

const matrixCriteria = [
  { id: 'price', name: 'Preis', weightPct: '25' },
  { id: 'expertise', name: 'Fachliche Kompetenz', weightPct: '25' },
  { id: 'proximity', name: 'Nähe und Vor-Ort-Service', weightPct: '15' },
  { id: 'operations', name: 'Betrieb rund um die Uhr', weightPct: '15' },
  { id: 'references', name: 'Referenzen im Mittelstand', weightPct: '10' },
  { id: 'certifications', name: 'Zertifizierungen', weightPct: '10' },
];

/** Scores per participant, in the order of matrixCriteria. */
const matrixScores = {
  self: [3, 5, 4, 5, 4, 5],
  nordkap: [5, 3, 5, 2, 4, 2],
  suedwerk: [4, 3, 4, 2, 3, 3],
  brightwater: [1, 5, 2, 3, 3, 5],
  kaveri: [5, 3, 1, 4, 3, 4],
  stratos: [2, 4, 3, 4, 4, 4],
};

const scoreRows = (criteria, scores) =>
  Object.fromEntries(
    Object.entries(scores).map(([participant, values]) => [
      participant,
      Object.fromEntries(criteria.map((criterion, index) => [criterion.id, values[index]])),
    ]),
  );

const pharmaCriteria = [
  { id: 'gxp', name: 'GxP-Validierung und Dokumentation', weightPct: '35' },
  { id: 'price', name: 'Preis', weightPct: '25' },
  { id: 'hosting', name: 'Betrieb in der Schweiz', weightPct: '20' },
  { id: 'references', name: 'Referenzen Pharma', weightPct: '20' },
];

/**
 * Analyses: AnalysisInput fields, with competitors named by key ('self' for Nordlicht), the
 * portfolio's catalog items by sku, and an analysis of a client or an opportunity naming the
 * client (`client`) and the opportunity (`opportunity`, its title).
 */
export const analyses = [
  {
    kind: 'swot',
    title: 'SWOT Nordlicht IT-Beratung 2027',
    subject: 'company',
    notes: 'Aus dem Strategie-Workshop der Geschäftsführung im Oktober 2026.',
    strengths: [
      'Eigenes Rechenzentrum in Hamburg mit 24/7-Betrieb',
      'ISO 27001 zertifiziert, erfahrenes Security-Team',
      'Netzwerk, Cloud und Security aus einer Hand',
      'Festpreisprojekte mit hoher Termintreue',
    ],
    weaknesses: [
      'Wenig Präsenz in Süddeutschland',
      'Höhere Tagessätze als regionale Systemhäuser',
      'Kleiner SAP-Bereich, abhängig von zwei Personen',
    ],
    opportunities: [
      'NIS2 verpflichtet tausende Mittelständler zu Sicherheitsmaßnahmen',
      'DORA-Tests bei Banken und Versicherungen ab 2027',
      'Ende des VMware-Bestandsmodells treibt Migrationen',
    ],
    threats: [
      'Offshore-Anbieter mit sehr niedrigen Tagessätzen',
      'SaaS-Anbieter ersetzen klassischen Betrieb',
      'Fachkräftemangel bei Security-Spezialisten',
    ],
    strategies: {
      so: ['NIS2-Paket aus Analyse, Umsetzung und Managed SOC für den Mittelstand'],
      st: ['Deutschsprachigen 24/7-Betrieb gegen Offshore-Angebote herausstellen'],
      wo: ['Partnerschaft mit einem Systemhaus in Bayern für Vor-Ort-Einsätze'],
      wt: ['SAP-Basis-Team um zwei Personen verstärken oder das Angebot bündeln'],
    },
  },
  {
    kind: 'five-forces',
    title: 'Fünf Kräfte: IT-Dienstleistungen für den Mittelstand in Norddeutschland',
    subject: 'company',
    notes: '',
    forces: {
      rivalry: {
        rating: 4,
        reason:
          'Viele regionale Systemhäuser, dazu Konzerne und Offshore-Anbieter im oberen Segment.',
      },
      threatOfNewEntrants: {
        rating: 2,
        reason: 'Zertifizierungen, 24/7-Betrieb und Referenzen sind hohe Hürden.',
      },
      threatOfSubstitutes: {
        rating: 3,
        reason:
          'SaaS-Dienste ersetzen Teile des Betriebs, aber nicht Netzwerk und Security vor Ort.',
      },
      buyerPower: {
        rating: 4,
        reason: 'Ausschreibungen und Preisvergleiche, vor allem bei Kommunen.',
      },
      supplierPower: {
        rating: 3,
        reason:
          'Wenige Hersteller bei Firewalls und Lizenzen, Preiserhöhungen werden weitergegeben.',
      },
    },
  },
  {
    kind: 'competitor-matrix',
    title: 'Wettbewerbsvergleich Managed Security und Cloud',
    subject: 'company',
    notes: 'Bewertung 1 (schwach) bis 5 (stark); beim Preis heißt 5: günstig.',
    criteria: matrixCriteria,
    participants: Object.keys(matrixScores),
    scores: scoreRows(matrixCriteria, matrixScores),
  },
  {
    kind: 'competitor-matrix',
    title: 'Rheinknie Pharma: Wettbewerbsvergleich Validated Private Cloud',
    subject: 'opportunity',
    client: 'Rheinknie Pharma Services AG',
    opportunity: 'Validated Private Cloud for Lab Systems',
    notes: 'Für das Kapitel „Warum wir“ im Angebot.',
    criteria: pharmaCriteria,
    participants: ['self', 'brightwater', 'kaveri'],
    scores: scoreRows(pharmaCriteria, {
      self: [5, 3, 4, 4],
      brightwater: [4, 1, 3, 5],
      kaveri: [3, 5, 1, 2],
    }),
  },
  {
    kind: 'positioning',
    title: 'Preis-Leistungs-Positionierung Managed Services',
    subject: 'company',
    notes:
      'Preisindex 100 = Marktdurchschnitt der Tagessätze; Leistung aus dem Wettbewerbsvergleich.',
    positions: [
      { competitorId: 'self', priceIndex: '108', performanceScore: '86', marketSharePct: '4.5' },
      { competitorId: 'nordkap', priceIndex: '86', performanceScore: '62', marketSharePct: '6.5' },
      { competitorId: 'suedwerk', priceIndex: '92', performanceScore: '58', marketSharePct: '5' },
      {
        competitorId: 'havelland',
        priceIndex: '84',
        performanceScore: '48',
        marketSharePct: '2.5',
      },
      {
        competitorId: 'brightwater',
        priceIndex: '148',
        performanceScore: '80',
        marketSharePct: '14',
      },
      { competitorId: 'kaveri', priceIndex: '70', performanceScore: '60', marketSharePct: '7' },
      { competitorId: 'wolkenwerk', priceIndex: '95', performanceScore: '55', marketSharePct: '3' },
      { competitorId: 'stratos', priceIndex: '118', performanceScore: '74', marketSharePct: '9' },
    ],
  },
  {
    kind: 'market-size',
    title: 'Marktgröße Managed Security im norddeutschen Mittelstand',
    subject: 'company',
    notes:
      'Unternehmen mit 50 bis 999 Beschäftigten in Hamburg, Schleswig-Holstein, Niedersachsen, Bremen und Mecklenburg-Vorpommern; Ausgaben für Security-Dienstleistungen laut Branchenumfrage.',
    market: {
      customers: '18500',
      revenuePerCustomer: '42000.00',
      samPct: '30',
      somPct: '4',
      currency: 'EUR',
    },
  },
  {
    kind: 'portfolio',
    title: 'Portfolio unserer Lösungen (BCG)',
    subject: 'company',
    notes: 'Umsatz 2026 hochgerechnet; relativer Marktanteil gegenüber dem größten Wettbewerber.',
    portfolio: [
      {
        id: 'managed-firewall',
        catalogItemId: 'MS-FW',
        name: 'Managed Firewall',
        marketGrowthPct: '14',
        relativeMarketShare: '1.3',
        revenue: '410000.00',
      },
      {
        id: 'monitoring',
        catalogItemId: 'MS-MON',
        name: 'Monitoring-Service Netzwerk',
        marketGrowthPct: '6',
        relativeMarketShare: '1.5',
        revenue: '520000.00',
      },
      {
        id: 'baas',
        catalogItemId: 'MS-BAAS',
        name: 'Backup as a Service',
        marketGrowthPct: '18',
        relativeMarketShare: '0.6',
        revenue: '180000.00',
      },
      {
        id: 'security-consulting',
        catalogItemId: 'DL-SA',
        name: 'Security-Beratung',
        marketGrowthPct: '16',
        relativeMarketShare: '0.8',
        revenue: '640000.00',
      },
      {
        id: 'network-engineering',
        catalogItemId: 'DL-NE',
        name: 'Netzwerk-Engineering',
        marketGrowthPct: '3',
        relativeMarketShare: '0.7',
        revenue: '760000.00',
      },
      {
        id: 'workplace',
        catalogItemId: 'SW-M365E3',
        name: 'Managed Microsoft 365',
        marketGrowthPct: '8',
        relativeMarketShare: '0.5',
        revenue: '230000.00',
      },
    ],
  },
];
