// Demo clients, part 1 of 2 (north and east of Germany, plus the English-speaking ones).
// All companies, people and numbers are invented. Format: see generate-workspace.mjs.

export const clientsNorth = [
  {
    name: 'Hanseatische Kühllogistik GmbH & Co. KG',
    legalForm: 'GmbH & Co. KG',
    industry: 'Logistik',
    size: '250-999',
    domain: 'hanseatische-kuehllogistik.de',
    street: 'Kühlhausstraße 14',
    postalCode: '20539',
    city: 'Hamburg',
    phone: '+49 40 789041',
    tags: ['Mittelstand', 'Logistik', 'Rechenzentrum', '24/7-Betrieb'],
    notes:
      'Vier Kühlhäuser im Hafen, die Lagerverwaltung läuft auf eigener Hardware im Technikraum von Halle 2. Das IT-Budget gibt die Geschäftsführung jeweils im Oktober frei.',
    contacts: [
      ['Jens', 'Petersen', 'IT-Leiter', '-10'],
      ['Maren', 'Ohlsen', 'Leiterin Einkauf', '-22'],
      ['Hauke', 'Brodersen', 'Geschäftsführer', '-01'],
    ],
    activities: [
      [
        'visit',
        '2026-01-20',
        'Erstgespräch vor Ort mit Herrn Petersen: Serverraum in Halle 2 besichtigt, die Klimatisierung ist im Sommer grenzwertig. Interesse an Hosting der Lagerverwaltung im Rechenzentrum.',
      ],
      [
        'call',
        '2026-02-17',
        'Anforderungen für die Firewall-Erneuerung an vier Standorten aufgenommen; die bestehenden Geräte fallen Ende Juni aus dem Herstellersupport.',
      ],
      [
        'email',
        '2026-04-08',
        'Angebot Managed Firewall an Frau Ohlsen geschickt und Rückfragen zur Laufzeit (36 statt 48 Monate) beantwortet.',
      ],
      [
        'visit',
        '2026-09-15',
        'Workshop RZ-Migration mit IT und Lagerleitung: Wartungsfenster nur sonntags von 2 bis 6 Uhr, die Kühlkette darf nicht unterbrochen werden.',
      ],
      [
        'call',
        '2026-11-10',
        'Herr Brodersen signalisiert Zustimmung, wünscht aber einen Festpreis für die Migrationsphase. Überarbeitetes Angebot bis Monatsende zugesagt.',
      ],
    ],
    opportunities: [
      ['Managed Firewall 4 Standorte', 'won', '38400.00', 100, '2026-05-29'],
      ['Migration Lagerverwaltung ins Rechenzentrum', 'negotiation', '186500.00', 75, '2026-12-18'],
    ],
  },
  {
    name: 'Brandt & Söhne Maschinenfabrik GmbH',
    legalForm: 'GmbH',
    industry: 'Maschinenbau',
    size: '250-999',
    domain: 'brandt-soehne-maschinen.de',
    street: 'Industriestraße 31',
    postalCode: '33609',
    city: 'Bielefeld',
    phone: '+49 521 938470',
    tags: ['Mittelstand', 'Fertigung', 'SAP', 'OT-Security'],
    notes:
      'Familienunternehmen in dritter Generation, Sondermaschinen für die Verpackungsindustrie. SAP ECC 6.0 läuft on-premise, der Umstieg auf S/4HANA ist bis 2027 geplant. Größere Ausgaben entscheidet die kaufmännische Geschäftsführerin.',
    contacts: [
      ['Tobias', 'Hellmann', 'IT-Leiter', '-40'],
      ['Friederike', 'Brandt', 'Kaufmännische Geschäftsführerin', '-10'],
      ['Sabine', 'Kortmann', 'Einkauf', '-52'],
    ],
    activities: [
      [
        'fair',
        '2026-04-21',
        'Herr Hellmann am Messestand auf der Hannover Messe: Interesse an einer Segmentierung der Produktionsnetze nach dem Ransomware-Vorfall bei einem Wettbewerber.',
      ],
      [
        'visit',
        '2026-05-12',
        'Netzwerkaufnahme in Halle 3 und 4: 38 Maschinensteuerungen hängen ungetrennt im Büronetz. Grobkonzept mit Zonen und Conduits nach IEC 62443 vorgestellt.',
      ],
      [
        'email',
        '2026-06-03',
        'Angebot OT-Segmentierung verschickt; Frau Kortmann bittet um einen Vergleich mit dem Angebot des Systemhauses vor Ort.',
      ],
      [
        'call',
        '2026-07-14',
        'Absage für die OT-Segmentierung, das lokale Systemhaus war günstiger. Das Thema Backup bleibt offen.',
      ],
      [
        'call',
        '2026-08-25',
        'Backup-Erneuerung mit unveränderlichem Speicher beauftragt; Umsetzung in den Werksferien im Oktober.',
      ],
      [
        'visit',
        '2026-10-06',
        'SAP-S/4HANA-Readiness-Check bei Frau Brandt und Herrn Hellmann vorgestellt; Angebot bis Mitte November erbeten.',
      ],
    ],
    opportunities: [
      [
        'OT-Segmentierung Produktionsnetz',
        'lost',
        '64800.00',
        0,
        '2026-07-14',
        'Preis zu hoch – lokales Systemhaus rund 12 % günstiger',
      ],
      ['Backup-Erneuerung mit Immutable Storage', 'won', '29750.00', 100, '2026-08-25'],
      ['S/4HANA-Readiness-Check', 'proposal', '21991.00', 50, '2027-01-29'],
    ],
  },
  {
    name: 'Elbtal Energie & Wasser GmbH',
    legalForm: 'GmbH',
    industry: 'Energieversorger',
    size: '250-999',
    domain: 'elbtal-energie.de',
    street: 'Am Wasserwerk 3',
    postalCode: '01796',
    city: 'Pirna',
    phone: '+49 3501 46820',
    tags: ['KRITIS', 'Energie', 'NIS2', 'Öffentliche Hand'],
    notes:
      'Kommunaler Versorger für Strom, Gas und Trinkwasser im Landkreis. KRITIS-Betreiber (Wasser), Nachweis nach § 8a BSIG alle zwei Jahre. Vergaben über 50.000 € nur mit beschränkter Ausschreibung.',
    contacts: [
      ['Katrin', 'Wendler', 'Leiterin IT und Informationssicherheit', '-30'],
      ['Uwe', 'Schönherr', 'Technischer Geschäftsführer', '-10'],
      ['Ronny', 'Kühn', 'Informationssicherheitsbeauftragter', '-34'],
    ],
    activities: [
      [
        'call',
        '2026-01-13',
        'Frau Wendler fragt nach Unterstützung für die KRITIS-Prüfung; die letzte Prüfung ergab drei Mängel bei der Netzwerksegmentierung.',
      ],
      [
        'visit',
        '2026-02-24',
        'Kick-off der ISMS-Gap-Analyse in Pirna, Dokumentenlage gesichtet. Das Notfallhandbuch ist veraltet (Stand 2021).',
      ],
      [
        'note',
        '2026-03-30',
        'Auftrag für Gap-Analyse und Begleitung der Prüfung nach § 8a BSIG schriftlich eingegangen.',
      ],
      [
        'visit',
        '2026-10-20',
        'Abschlussbesprechung der Prüfung: keine erheblichen Mängel. Herr Schönherr möchte die Leitstelle modernisieren und fragt nach SIEM als Dienstleistung.',
      ],
      [
        'email',
        '2026-11-04',
        'Unterlagen zu Managed SIEM und eine Referenz eines anderen Stadtwerks an Frau Wendler geschickt.',
      ],
      [
        'visit',
        '2026-11-17',
        'Aufforderung zur Angebotsabgabe in der beschränkten Ausschreibung: Der Serverraum am Wasserwerk soll in eine Private Cloud im Rechenzentrum Dresden umziehen. Gefordert sind ein Projektplan mit Meilensteinen und ein Zahlungsplan 30/40/30.',
      ],
    ],
    opportunities: [
      ['Begleitung KRITIS-Prüfung § 8a BSIG', 'won', '42600.00', 100, '2026-03-30'],
      ['Managed SIEM für die Leitstelle', 'qualified', '96000.00', 30, '2027-04-30'],
      ['Migration Rechenzentrum in die Private Cloud', 'proposal', '170643.82', 45, '2027-02-26'],
    ],
  },
  {
    name: 'Klinikum am Wäldchen gGmbH',
    legalForm: 'GmbH',
    industry: 'Gesundheitswesen',
    size: '1000+',
    domain: 'klinikum-am-waeldchen.de',
    street: 'Wäldchenallee 1',
    postalCode: '34121',
    city: 'Kassel',
    phone: '+49 561 31470',
    tags: ['KRITIS', 'Gesundheitswesen', 'KHZG', 'Ausschreibung'],
    notes:
      'Haus der Schwerpunktversorgung mit 620 Betten. Förderprojekte nach dem Krankenhauszukunftsgesetz laufen bis Ende 2026. Beschaffung über die Einkaufsgemeinschaft, Fristen im Vergabeportal beachten.',
    contacts: [
      ['Stefan', 'Lorenz', 'CIO', '-100'],
      ['Julia', 'Abendroth', 'Referentin Medizintechnik', '-140'],
      ['Markus', 'Feldmann', 'Zentraler Einkauf', '-210'],
      ['Anja', 'Roth', 'Datenschutzbeauftragte', '-118'],
    ],
    activities: [
      [
        'fair',
        '2026-04-15',
        'DMEA in Berlin: Herr Lorenz am Stand, Thema WLAN-Ausleuchtung auf den Stationen für die mobile Pflegedokumentation.',
      ],
      [
        'visit',
        '2026-05-28',
        'Begehung der Stationen 3A bis 5C mit der Medizintechnik; die Funkausleuchtung im Altbau ist wegen Stahlbeton schwierig.',
      ],
      ['email', '2026-07-02', 'Angebot WLAN-Erneuerung über die Einkaufsgemeinschaft eingereicht.'],
      [
        'call',
        '2026-08-19',
        'Der Zuschlag ging an einen Mitbewerber mit Komplettpaket inklusive Endgeräten.',
      ],
      [
        'visit',
        '2026-10-27',
        'Verhandlung zur Anbindung des Patientenportals (KHZG-Fördertatbestand 2): Der Preis steht, offen sind Haftungsgrenzen und SLA.',
      ],
      [
        'note',
        '2026-11-17',
        'Frau Roth fordert einen AV-Vertrag nach Art. 28 DSGVO mit den aktuellen Standardvertragsklauseln an.',
      ],
    ],
    opportunities: [
      [
        'WLAN-Erneuerung Bettenhaus',
        'lost',
        '214000.00',
        0,
        '2026-08-19',
        'Mitbewerber bot Komplettpaket mit Endgeräten und Finanzierung',
      ],
      ['Anbindung Patientenportal an das KIS', 'negotiation', '138500.00', 70, '2026-12-11'],
      ['Notfallübung Cyberangriff', 'lead', '24000.00', 10, ''],
    ],
  },
  {
    name: 'MVZ Dr. Wegener Zahnmedizin GmbH',
    legalForm: 'GmbH',
    industry: 'Gesundheitswesen',
    size: '50-249',
    domain: 'mvz-wegener.de',
    street: 'Georgstraße 12',
    postalCode: '30159',
    city: 'Hannover',
    phone: '+49 511 326890',
    tags: ['Gesundheitswesen', 'Telematikinfrastruktur', 'Praxis-IT'],
    notes:
      'Zahnmedizinisches Versorgungszentrum mit vier Standorten in der Region Hannover. Anbindung an die Telematikinfrastruktur über Konnektoren, die Praxissoftware läuft lokal.',
    contacts: [
      ['Oliver', 'Stein', 'Praxismanager', '-11'],
      ['Katharina', 'Wegener', 'Ärztliche Leiterin', '-10'],
    ],
    activities: [
      [
        'call',
        '2026-03-02',
        'Herr Stein meldet Ausfälle des TI-Konnektors am Standort Langenhagen; der bisherige Dienstleister reagiert langsam.',
      ],
      [
        'visit',
        '2026-03-19',
        'Standortbegehung; Umstieg auf das TI-Gateway und einen Wartungsvertrag besprochen.',
      ],
      [
        'note',
        '2026-04-14',
        'Wartungsvertrag Praxis-IT für alle vier Standorte unterschrieben, Start am 1. Mai.',
      ],
      [
        'email',
        '2026-10-22',
        'Frau Dr. Wegener plant einen fünften Standort in Hildesheim; die IT-Ausstattung soll von Anfang an mitgeplant werden.',
      ],
    ],
    opportunities: [
      ['Wartungsvertrag Praxis-IT und TI-Gateway', 'won', '31200.00', 100, '2026-04-14'],
      ['IT-Ausstattung Standort Hildesheim', 'lead', '22000.00', 15, ''],
    ],
  },
  {
    name: 'Lausitzer Windpark Betriebs GmbH & Co. KG',
    legalForm: 'GmbH & Co. KG',
    industry: 'Energieversorger',
    size: '10-49',
    domain: 'lausitzer-windpark.de',
    street: 'Windmühlenweg 9',
    postalCode: '03046',
    city: 'Cottbus',
    phone: '+49 355 493857',
    tags: ['Erneuerbare Energien', 'OT-Security', 'NIS2'],
    notes:
      'Betreibt 34 Windenergieanlagen in drei Parks. Fällt seit 2026 als wichtige Einrichtung unter NIS2; die Fernsteuerung der Anlagen läuft über den Direktvermarkter.',
    contacts: [
      ['Daniel', 'Richter', 'Technischer Betriebsleiter', '-20'],
      ['Franziska', 'Neumann', 'Kaufmännische Leiterin', '-10'],
    ],
    activities: [
      [
        'email',
        '2026-06-22',
        'Anfrage von Herrn Richter zur NIS2-Betroffenheitsprüfung und Registrierung beim BSI.',
      ],
      [
        'call',
        '2026-07-07',
        'Betroffenheit bestätigt; Bedarf an einer Risikoanalyse und an der Absicherung der Fernzugänge zu den Parkreglern.',
      ],
      [
        'visit',
        '2026-09-17',
        'Umspannstation Park Nord besichtigt: Die Parkregler sind per Mobilfunkrouter ohne Segmentierung erreichbar.',
      ],
    ],
    opportunities: [
      ['NIS2-Umsetzung und Absicherung der Fernzugänge', 'qualified', '48700.00', 35, '2027-02-26'],
    ],
  },
  {
    name: 'Cuxhavener Fischfeinkost GmbH',
    legalForm: 'GmbH',
    industry: 'Lebensmittel',
    size: '50-249',
    domain: 'cuxhavener-fischfeinkost.de',
    street: 'Am Fischereihafen 21',
    postalCode: '27472',
    city: 'Cuxhaven',
    phone: '+49 4721 59230',
    tags: ['Lebensmittel', 'Produktion', 'EDI'],
    notes:
      'Stellt Feinkostsalate und Marinaden für den Lebensmitteleinzelhandel her. Die EDI-Anbindung an die Handelsketten ist Pflicht.',
    contacts: [
      ['Birte', 'Janßen', 'Buchhaltung und IT', '-14'],
      ['Henning', 'Claußen', 'Geschäftsführer', '-10'],
    ],
    activities: [
      [
        'call',
        '2026-02-19',
        'Frau Janßen sucht eine neue EDI-Lösung, weil der bisherige Anbieter den Dienst Ende 2026 einstellt.',
      ],
      [
        'email',
        '2026-03-12',
        'Angebot für einen EDI-Konverter als Cloud-Dienst mit Anbindung der drei Handelsketten verschickt.',
      ],
      [
        'call',
        '2026-05-06',
        'Absage: Entscheidung für das EDI-Modul des ERP-Herstellers, weil dann alles aus einer Hand kommt.',
      ],
      [
        'visit',
        '2026-11-19',
        'Herr Claußen plant 2027 eine neue Produktionshalle und möchte Netzwerk und WLAN frühzeitig mitplanen.',
      ],
    ],
    opportunities: [
      [
        'EDI-Anbindung Handelsketten',
        'lost',
        '19800.00',
        0,
        '2026-05-06',
        'ERP-Hersteller bietet integriertes EDI-Modul an',
      ],
      ['Netzwerk und WLAN Produktionshalle 2', 'lead', '36000.00', 10, '2027-06-30'],
    ],
  },
  {
    name: 'Ingenieurbüro Vogt & Kaminski PartG mbB',
    legalForm: 'Other',
    industry: 'Bauingenieurwesen',
    size: '10-49',
    domain: 'vogt-kaminski.de',
    street: 'Käthe-Kollwitz-Straße 44',
    postalCode: '04109',
    city: 'Leipzig',
    phone: '+49 341 218580',
    tags: ['Ingenieurbüro', 'CAD', 'Kleinunternehmen'],
    notes:
      'Tragwerksplanung mit 22 Mitarbeitenden. Große CAD- und BIM-Modelle, Zusammenarbeit mit Architekturbüros über Cloud-Plattformen.',
    contacts: [
      ['Ewa', 'Kaminski', 'Partnerin', '-20'],
      ['Holger', 'Vogt', 'Partner', '-10'],
      ['Jan', 'Fiedler', 'CAD-Administrator', '-31'],
    ],
    activities: [
      [
        'visit',
        '2026-05-05',
        'Bedarfsaufnahme: Der Dateiserver ist zu langsam für BIM-Modelle, Homeoffice läuft über eine alte VPN-Lösung.',
      ],
      [
        'email',
        '2026-05-27',
        'Angebot für neuen Speicher mit 10-GbE-Netz und Cloud-Synchronisation verschickt.',
      ],
      [
        'call',
        '2026-06-18',
        'Frau Kaminski beauftragt das Projekt; Umsetzung in den Sommerferien.',
      ],
      [
        'note',
        '2026-08-28',
        'Projekt abgenommen, die Ladezeit der Modelle sank von vier Minuten auf unter 40 Sekunden.',
      ],
    ],
    opportunities: [['Speicher und 10-GbE-Netz für BIM', 'won', '34900.00', 100, '2026-06-18']],
  },
  {
    name: 'Ostseeblick Hotels GmbH',
    legalForm: 'GmbH',
    industry: 'Hotellerie',
    size: '250-999',
    domain: 'ostseeblick-hotels.de',
    street: 'Lange Straße 12',
    postalCode: '18055',
    city: 'Rostock',
    phone: '+49 381 458300',
    tags: ['Hotellerie', 'WLAN', 'Saisongeschäft'],
    notes:
      'Sechs Hotels an der Ostseeküste. Das Gäste-WLAN ist der häufigste Beschwerdegrund in den Bewertungen. Umbauten nur zwischen November und März.',
    contacts: [
      ['Lars', 'Hansen', 'Leiter IT', '-15'],
      ['Svenja', 'Möller', 'Direktorin Operations', '-10'],
    ],
    activities: [
      [
        'fair',
        '2026-03-05',
        'ITB Berlin: Herr Hansen am Stand, sucht ein Gäste-WLAN mit Bandbreitensteuerung je Zimmer.',
      ],
      [
        'visit',
        '2026-06-24',
        'Begehung des Hotels in Warnemünde: Access Points nur in den Fluren, in den Zimmern kaum Empfang.',
      ],
      [
        'email',
        '2026-09-03',
        'Angebot Gäste-WLAN für zwei Pilothäuser inklusive Portal und Betrieb verschickt.',
      ],
      [
        'call',
        '2026-10-15',
        'Frau Möller möchte das Angebot für alle sechs Häuser sehen; ein Pilot ab Januar ist denkbar.',
      ],
      [
        'email',
        '2026-11-02',
        'Frau Möller fragt nach Digital Signage für die Lobbys, Thema für 2027.',
      ],
    ],
    opportunities: [
      ['Gäste-WLAN 6 Hotels', 'proposal', '148644.48', 50, '2027-02-15'],
      ['Digital Signage Lobbys', 'lead', '28000.00', 10, ''],
    ],
  },
  {
    name: 'Druckerei Lehmann OHG',
    legalForm: 'OHG',
    industry: 'Druck und Medien',
    size: '10-49',
    domain: 'druckerei-lehmann.de',
    street: 'Am Holzhafen 9',
    postalCode: '28197',
    city: 'Bremen',
    phone: '+49 421 543200',
    tags: ['Druck', 'Familienbetrieb', 'Kleinunternehmen'],
    notes:
      'Offset- und Digitaldruck mit 31 Mitarbeitenden. Die Druckvorstufe arbeitet an Mac-Arbeitsplätzen, die Server stehen im Keller neben dem Papierlager.',
    contacts: [
      ['Nina', 'Lehmann', 'Gesellschafterin', '-12'],
      ['Klaus', 'Lehmann', 'Gesellschafter', '-11'],
      ['Mirko', 'Thiele', 'Druckvorstufe', '-30'],
    ],
    activities: [
      [
        'visit',
        '2026-03-25',
        'Serverraum im Keller besichtigt: keine USV, das Backup läuft auf USB-Festplatten.',
      ],
      ['email', '2026-04-15', 'Angebot für Servertausch mit Cloud-Backup verschickt.'],
      [
        'call',
        '2026-05-27',
        'Absage: Herr Lehmann hat die Hardware günstiger im Onlinehandel gekauft, ein Mitarbeiter richtet sie ein.',
      ],
      [
        'call',
        '2026-11-12',
        'Frau Lehmann meldet sich, der Versicherer fragt nach einem Backup-Konzept. Beratungstermin im Januar vereinbart.',
      ],
    ],
    opportunities: [
      [
        'Servertausch mit Cloud-Backup',
        'lost',
        '17600.00',
        0,
        '2026-05-27',
        'Hardware selbst im Onlinehandel gekauft, Einrichtung intern',
      ],
      ['Backup-Konzept für die Cyberversicherung', 'lead', '6500.00', 20, '2027-01-29'],
    ],
  },
  {
    name: 'Fachverband Gebäudetechnik Nord e.V.',
    legalForm: 'e.V.',
    industry: 'Verbände',
    size: '10-49',
    domain: 'fachverband-gebaeudetechnik-nord.de',
    street: 'Holstenstraße 12',
    postalCode: '24103',
    city: 'Kiel',
    phone: '+49 431 670940',
    vat: '',
    tags: ['Verband', 'Mitgliederverwaltung', 'Veranstaltungen'],
    notes:
      'Branchenverband mit rund 900 Mitgliedsbetrieben in Schleswig-Holstein und Hamburg. Der Vorstand ist ehrenamtlich, die Geschäftsstelle entscheidet bis 20.000 € selbst.',
    contacts: [
      ['Ute', 'Carstensen', 'Geschäftsführerin', '-10'],
      ['Fabian', 'Ketelsen', 'Referent Digitalisierung', '-14'],
    ],
    activities: [
      [
        'fair',
        '2026-05-06',
        'Vortrag auf dem Verbandstag gehalten; Frau Carstensen spricht uns auf die Mitgliederverwaltung an.',
      ],
      [
        'visit',
        '2026-07-15',
        'Bedarfsaufnahme Mitgliederverwaltung: Excel-Listen und eine Access-Datenbank von 2009.',
      ],
      [
        'call',
        '2026-10-26',
        'Herr Ketelsen bestätigt, dass der Vorstand das Projekt im Januar bewerten will.',
      ],
    ],
    opportunities: [
      ['Ablösung der Mitgliederverwaltung', 'qualified', '34500.00', 30, '2027-03-31'],
    ],
  },
  {
    name: 'Müritz Frischmilch eG',
    legalForm: 'Other',
    industry: 'Lebensmittel',
    size: '250-999',
    domain: 'mueritz-frischmilch.de',
    street: 'Molkereiweg 2',
    postalCode: '17192',
    city: 'Waren (Müritz)',
    phone: '+49 3991 63380',
    tags: ['Genossenschaft', 'Lebensmittel', 'IFS', 'SAP'],
    notes:
      'Molkereigenossenschaft mit 140 Milcherzeugern. Die IFS-Zertifizierung verlangt lückenlose Rückverfolgbarkeit, die Chargendaten liegen im SAP-System. Investitionen über 100.000 € genehmigt der Aufsichtsrat.',
    contacts: [
      ['Sven', 'Krüger', 'Leiter IT und Organisation', '-40'],
      ['Heike', 'Lange', 'Vorstand Finanzen', '-10'],
      ['Paul', 'Matthes', 'Produktionsleiter', '-60'],
    ],
    activities: [
      [
        'visit',
        '2026-02-12',
        'SAP-Basisbetrieb als Managed Service vorgestellt; bisher betreut ein einzelner interner Administrator das System.',
      ],
      ['email', '2026-03-03', 'Angebot SAP-Basisbetrieb mit drei Servicestufen verschickt.'],
      [
        'call',
        '2026-04-21',
        'Der Vorstand verlängert vorerst beim bisherigen Dienstleister; Herr Krüger bleibt interessiert.',
      ],
      [
        'visit',
        '2026-08-26',
        'Abfüllung besichtigt: Etikettendrucker und Waagen sollen direkt an SAP angebunden werden.',
      ],
      [
        'call',
        '2026-10-29',
        'Frau Lange bestätigt das Budget, der Aufsichtsrat tagt am 10. Dezember. Verhandlung über den Zahlungsplan läuft.',
      ],
    ],
    opportunities: [
      [
        'SAP-Basisbetrieb',
        'lost',
        '58000.00',
        0,
        '2026-04-21',
        'Bestandsdienstleister verlängert mit Rabatt, Wechselaufwand zu hoch',
      ],
      ['Anbindung Abfüllung und Waagen an SAP', 'negotiation', '112300.00', 75, '2026-12-10'],
    ],
  },
  {
    name: 'IT-Dienstleistungszentrum Weserbergland AöR',
    legalForm: 'Other',
    industry: 'Kommunen',
    size: '50-249',
    domain: 'itdz-weserbergland.de',
    street: 'Süntelstraße 9',
    postalCode: '31785',
    city: 'Hameln',
    phone: '+49 5151 80470',
    vat: '',
    tags: ['Öffentliche Hand', 'Rechenzentrum', 'BSI-Grundschutz'],
    notes:
      'Kommunales Rechenzentrum für den Landkreis und seine Gemeinden. Arbeitet nach IT-Grundschutz; Vergaben ab 25.000 € laufen über das Vergabeportal des Landes.',
    contacts: [
      ['Carsten', 'Lüders', 'Leiter Rechenzentrum', '-20'],
      ['Birgit', 'Hoppe', 'Vergabestelle', '-35'],
      ['Dennis', 'Wolff', 'Informationssicherheitsbeauftragter', '-27'],
    ],
    activities: [
      [
        'visit',
        '2026-06-04',
        'Unsere Grundschutz-Referenzen vorgestellt; Interesse an einem Modernisierungscheck nach IT-Grundschutz.',
      ],
      [
        'email',
        '2026-08-20',
        'Angebot Grundschutz-Check für das Ausweich-Rechenzentrum eingereicht (Direktauftrag unter dem Schwellenwert).',
      ],
      [
        'call',
        '2026-11-05',
        'Herr Lüders kündigt eine Ausschreibung für Backup-as-a-Service für die Gemeinden an, voraussichtlich im ersten Quartal 2027.',
      ],
    ],
    opportunities: [
      ['IT-Grundschutz-Check Ausweich-Rechenzentrum', 'proposal', '30676.50', 50, '2026-12-15'],
      ['Backup-as-a-Service für Gemeinden', 'lead', '180000.00', 10, '2027-06-30'],
    ],
  },
  {
    name: 'Northbridge Semiconductors Germany GmbH',
    legalForm: 'GmbH',
    industry: 'Halbleiter',
    size: '250-999',
    domain: 'northbridge-semi.com',
    street: 'Wilschdorfer Landstraße 101',
    postalCode: '01109',
    city: 'Dresden',
    phone: '+49 351 886450',
    language: 'en',
    tags: ['Halbleiter', 'Englisch', 'OT-Security', 'Reinraum'],
    notes:
      'Deutsche Fertigung eines US-Konzerns. Projektsprache Englisch, Freigaben durch die Konzern-IT in Austin. Zutritt zum Reinraum nur nach Sicherheitsunterweisung.',
    contacts: [
      ['Sarah', 'Mitchell', 'Site IT Manager', '-10'],
      ['Robert', 'Kaiser', 'Facility Manager', '-24'],
      ['Ines', 'Hartmann', 'Procurement', '-31'],
    ],
    activities: [
      [
        'visit',
        '2026-01-14',
        'Kick-off mit Frau Mitchell: Das Netzwerk für die neue Fertigungslinie muss bis Mai stehen.',
      ],
      [
        'note',
        '2026-02-09',
        'Auftrag Netzwerk Fertigungslinie 4 per Purchase Order aus Austin eingegangen.',
      ],
      [
        'visit',
        '2026-05-18',
        'Linie 4 ohne Verzögerung in Betrieb genommen, Abnahme durch die Konzern-IT.',
      ],
      [
        'call',
        '2026-08-11',
        'Frau Mitchell plant die Absicherung der Anlagen-PCs, auf einigen Lithografie-Steuerungen läuft noch Windows 7.',
      ],
      [
        'visit',
        '2026-10-21',
        'Workshop OT-Security mit Facility und IT: Monitoring nur passiv über Spiegelports, keine Agenten auf den Anlagen.',
      ],
      [
        'email',
        '2026-11-18',
        'Frau Hartmann schickt Rückfragen zum Rahmenvertrag Vor-Ort-Service; verhandelt werden die Reaktionszeiten.',
      ],
    ],
    opportunities: [
      ['Network for Production Line 4', 'won', '164000.00', 100, '2026-02-09'],
      ['OT Security Monitoring', 'qualified', '88000.00', 30, '2027-04-30'],
      ['On-site Service Framework Agreement', 'negotiation', '72000.00', 80, '2026-12-22'],
    ],
  },
  {
    name: 'Kestrel Analytics Ltd',
    legalForm: 'Ltd',
    industry: 'Software',
    size: '50-249',
    domain: 'kestrel-analytics.co.uk',
    street: 'Friedrichstraße 68',
    postalCode: '10117',
    city: 'Berlin',
    phone: '+49 30 201894',
    language: 'en',
    tags: ['Software', 'Englisch', 'Cloud'],
    notes:
      'Berliner Niederlassung eines britischen Analytics-Anbieters mit 60 Mitarbeitenden vor Ort. Arbeitssprache Englisch. Entscheidet schnell, verhandelt aber hart über den Preis.',
    contacts: [
      ['Priya', 'Raman', 'Head of Operations', '-40'],
      ['Tom', 'Fletcher', 'Finance Director', '-10'],
    ],
    activities: [
      [
        'email',
        '2026-02-23',
        'Ms Raman fragt nach Büro-IT für den neuen Standort: Netzwerk, WLAN und Meetingräume.',
      ],
      ['visit', '2026-03-09', 'Neue Büroetage besichtigt, der Einzug ist am 1. Mai.'],
      [
        'call',
        '2026-03-31',
        'Absage: Mr Fletcher hat einen Anbieter mit Mietmodell für die gesamte Ausstattung gewählt.',
      ],
      [
        'call',
        '2026-11-20',
        'Ms Raman meldet sich wieder: Kunden fordern eine ISO-27001-Zertifizierung, Gespräch im Dezember vereinbart.',
      ],
    ],
    opportunities: [
      [
        'Office IT Fit-out Berlin',
        'lost',
        '46500.00',
        0,
        '2026-03-31',
        'Wettbewerber mit Mietmodell für die gesamte Ausstattung',
      ],
      ['ISO 27001 Readiness', 'lead', '27000.00', 15, ''],
    ],
  },
  {
    name: 'Kiezkiste UG (haftungsbeschränkt)',
    legalForm: 'UG',
    industry: 'E-Commerce',
    size: '1-9',
    domain: 'kiezkiste.de',
    street: 'Wrangelstraße 40',
    postalCode: '10997',
    city: 'Berlin',
    phone: '+49 30 616270',
    tags: ['Start-up', 'E-Commerce', 'Kleinunternehmen'],
    notes:
      'Abo-Boxen mit Produkten aus Berliner Manufakturen, acht Mitarbeitende. Die Gründer sind technikaffin, haben aber keine Zeit für Administration.',
    contacts: [
      ['Leonie', 'Brückner', 'Gründerin und Geschäftsführerin', '-10'],
      ['Emre', 'Yılmaz', 'Mitgründer', '-11'],
    ],
    activities: [
      [
        'fair',
        '2026-09-10',
        'Frau Brückner am Stand auf einer Start-up-Messe: Sie braucht Geräteverwaltung und Backup für acht Laptops.',
      ],
      [
        'call',
        '2026-09-24',
        'Paket Arbeitsplatz-Service für acht Geräte besprochen, Angebot folgt per E-Mail.',
      ],
      ['email', '2026-10-02', 'Auftrag per E-Mail bestätigt, Start am 1. November.'],
    ],
    opportunities: [['Arbeitsplatz-Service 8 Geräte', 'won', '5760.00', 100, '2026-10-02']],
  },
];
