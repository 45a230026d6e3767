// Demo clients, part 2 of 2 (west and south of Germany, Austria, Switzerland).
// All companies, people and numbers are invented. Format: see generate-workspace.mjs.
import { austrianVatId, swissVatId } from './check-digits.mjs';

export const clientsSouth = [
  {
    name: 'Alpenland Versicherung AG',
    legalForm: 'AG',
    industry: 'Versicherungen',
    size: '1000+',
    domain: 'alpenland-versicherung.de',
    street: 'Arnulfstraße 150',
    postalCode: '80634',
    city: 'München',
    phone: '+49 89 512478',
    tags: ['Konzern', 'Finanzsektor', 'DORA', 'Cloud'],
    notes:
      'Regionaler Sach- und Lebensversicherer. Seit Januar 2025 gilt DORA; Auslagerungen in die Cloud müssen dem Auslagerungsbeauftragten vorgelegt werden. Der Einkauf verlangt drei Vergleichsangebote.',
    contacts: [
      ['Claudia', 'Eberl', 'Head of IT Infrastructure', '-310'],
      ['Maximilian', 'Huber', 'Auslagerungsbeauftragter', '-420'],
      ['Veronika', 'Steiner', 'Strategischer Einkauf', '-255'],
    ],
    activities: [
      [
        'email',
        '2026-02-05',
        'Anfrage von Frau Eberl zu einem Azure-Landing-Zone-Konzept mit DORA-konformer Exit-Strategie.',
      ],
      [
        'visit',
        '2026-03-18',
        'Workshop mit Infrastruktur und Auslagerungsmanagement. Anforderung: Daten nur in EU-Regionen, Schlüsselverwaltung beim Kunden.',
      ],
      [
        'call',
        '2026-06-09',
        'Herr Huber bestätigt, dass die Auslagerungsanalyse positiv ausfällt; die Konzeptphase kann angeboten werden.',
      ],
      ['email', '2026-09-23', 'Angebot Landing Zone Phase 1 (Konzept und Pilot) eingereicht.'],
      [
        'call',
        '2026-11-12',
        'Frau Steiner meldet, dass wir in der engeren Auswahl sind. Präsentation vor dem IT-Lenkungskreis am 8. Dezember.',
      ],
    ],
    opportunities: [
      ['Azure Landing Zone Phase 1', 'proposal', '63177.56', 50, '2027-01-15'],
      ['Penetrationstest Kundenportal', 'qualified', '32500.00', 25, '2027-03-31'],
    ],
  },
  {
    name: 'Zweckverband Kommunale IT Mittelbaden',
    legalForm: 'Other',
    industry: 'Kommunen',
    size: '50-249',
    domain: 'kit-mittelbaden.de',
    street: 'Hauptstraße 90',
    postalCode: '77652',
    city: 'Offenburg',
    phone: '+49 781 964200',
    vat: '',
    tags: ['Öffentliche Hand', 'OZG', 'Ausschreibung', 'Rahmenvertrag'],
    notes:
      'IT-Dienstleister für 23 Gemeinden. Vergaben nach UVgO bzw. VgV, Angebote nur über die Vergabeplattform. Haushaltsjahr ist das Kalenderjahr; die Mittel für 2027 werden im Dezember beschlossen.',
    contacts: [
      ['Sandra', 'Benz', 'Leiterin Infrastruktur', '-21'],
      ['Bernd', 'Falk', 'Geschäftsleiter', '-10'],
      ['Matthias', 'Kiefer', 'Vergabestelle', '-35'],
    ],
    activities: [
      [
        'note',
        '2026-01-27',
        'Vorinformation im Vergabeportal: Rahmenvertrag Client-Management für rund 2.400 Arbeitsplätze ab 2027.',
      ],
      [
        'email',
        '2026-03-10',
        'Bieterfrage zur Mengenstaffel der Lizenzen gestellt; die Vergabestelle antwortet nach einer Woche.',
      ],
      [
        'note',
        '2026-04-30',
        'Angebot Mobile-Device-Management für die Schulen über die Plattform abgegeben.',
      ],
      [
        'call',
        '2026-06-16',
        'Vorabinformation nach § 134 GWB: Zuschlag an ein wirtschaftlicheres Angebot, wir lagen auf Platz 2.',
      ],
      [
        'visit',
        '2026-10-14',
        'Gespräch mit Frau Benz zur Ausschreibung Client-Management; das Leistungsverzeichnis erscheint im November.',
      ],
    ],
    opportunities: [
      [
        'Mobile-Device-Management Schulen',
        'lost',
        '87400.00',
        0,
        '2026-06-16',
        'Zuschlag nach Preis: Wettbewerber 9 % günstiger bei gleicher Wertung',
      ],
      ['Rahmenvertrag Client-Management 2027–2030', 'proposal', '310135.00', 40, '2027-02-26'],
    ],
  },
  {
    name: 'Schwarzwald Präzisionsteile GmbH',
    legalForm: 'GmbH',
    industry: 'Automotive-Zulieferer',
    size: '250-999',
    domain: 'schwarzwald-praezision.de',
    street: 'Im Gewerbepark 7',
    postalCode: '78056',
    city: 'Villingen-Schwenningen',
    phone: '+49 7720 83150',
    tags: ['TISAX', 'Automotive', 'Mittelstand', 'Schichtbetrieb'],
    notes:
      'Drehteile und Baugruppen für Einspritzsysteme, Hauptkunden sind zwei Fahrzeughersteller. Das TISAX-Label AL3 muss im März verlängert werden. Dreischichtbetrieb, Wartungsfenster nur samstags.',
    contacts: [
      ['Ralf', 'Hummel', 'IT-Leiter', '-40'],
      ['Melanie', 'Schwarz', 'Qualitätsmanagement', '-52'],
      ['Jürgen', 'Straub', 'Geschäftsführer', '-10'],
    ],
    activities: [
      [
        'call',
        '2026-01-08',
        'Herr Hummel bittet kurzfristig um Unterstützung beim TISAX-Reassessment, der bisherige Berater ist ausgefallen.',
      ],
      [
        'visit',
        '2026-01-22',
        'Vor-Audit vor Ort: Lücken bei den Zugriffsrechten auf Konstruktionsdaten und im Lieferantenmanagement.',
      ],
      ['note', '2026-02-02', 'Auftrag TISAX-Begleitung zum Festpreis erteilt.'],
      [
        'visit',
        '2026-03-24',
        'Reassessment bestanden, Label für drei Jahre verlängert. Frau Schwarz lobt die Dokumentation.',
      ],
      [
        'email',
        '2026-09-08',
        'Herr Straub sucht eine Fernwartungslösung für die Maschinenhersteller ohne dauerhaft offene VPN-Zugänge.',
      ],
    ],
    opportunities: [
      ['TISAX-Reassessment AL3', 'won', '27800.00', 100, '2026-02-02'],
      ['Fernwartungsportal für Maschinenlieferanten', 'qualified', '45200.00', 30, '2027-03-15'],
    ],
  },
  {
    name: 'Feinkost Hofmann e.K.',
    legalForm: 'e.K.',
    industry: 'Lebensmittel',
    size: '10-49',
    domain: 'feinkost-hofmann.de',
    street: 'Marktplatz 5',
    postalCode: '97070',
    city: 'Würzburg',
    phone: '+49 931 352740',
    tags: ['Einzelhandel', 'Kassensystem', 'Kleinunternehmen'],
    notes:
      'Inhabergeführtes Feinkostgeschäft mit Onlineshop und zwei Filialen. Die Kassen brauchen nach KassenSichV eine TSE; die aktuelle TSE-Lösung läuft 2027 aus.',
    contacts: [
      ['Theresa', 'Hofmann', 'Inhaberin', '-10'],
      ['Lukas', 'Reuter', 'Filialleiter', '-20'],
    ],
    activities: [
      [
        'fair',
        '2026-09-29',
        'Frau Hofmann auf der Regionalmesse angesprochen: Kassen, Onlineshop und Warenwirtschaft laufen getrennt, die Bestände werden abends von Hand abgeglichen.',
      ],
      [
        'call',
        '2026-11-03',
        'Kurzer Bedarfsabgleich: Das Budget ist eher klein, entschieden wird erst nach dem Weihnachtsgeschäft.',
      ],
    ],
    opportunities: [
      ['Anbindung der Kassen an Warenwirtschaft und Onlineshop', 'lead', '12400.00', 10, ''],
    ],
  },
  {
    name: 'Möbelhaus Kessler KG',
    legalForm: 'KG',
    industry: 'Handel',
    size: '250-999',
    domain: 'moebel-kessler.de',
    street: 'Gremberger Ring 12',
    postalCode: '51105',
    city: 'Köln',
    phone: '+49 221 887431',
    tags: ['Einzelhandel', 'Filialen', 'SD-WAN', 'Microsoft 365'],
    notes:
      'Fünf Einrichtungshäuser im Rheinland und ein Zentrallager. Die Filialen hingen bis Sommer 2026 am MPLS-Netz. Der Geschäftsführer entscheidet schnell, wenn die Wirtschaftlichkeit klar ist.',
    contacts: [
      ['Nicole', 'Jansen', 'IT-Leiterin', '-20'],
      ['Andreas', 'Kessler', 'Geschäftsführer', '-10'],
      ['Timo', 'Berger', 'Netzwerkadministrator', '-23'],
    ],
    activities: [
      [
        'visit',
        '2026-02-03',
        'Ist-Aufnahme der Filialnetze: MPLS-Leitungen mit 20 Mbit/s reichen für Kasse und Videoberatung nicht mehr.',
      ],
      [
        'email',
        '2026-03-16',
        'Angebot SD-WAN-Rollout für fünf Häuser und das Zentrallager verschickt.',
      ],
      [
        'visit',
        '2026-04-09',
        'Verhandlung mit Herrn Kessler, Auftrag am selben Tag unterschrieben.',
      ],
      [
        'note',
        '2026-07-31',
        'Letzte Filiale (Leverkusen) umgestellt, das MPLS-Netz kann gekündigt werden.',
      ],
      [
        'call',
        '2026-10-13',
        'Frau Jansen fragt nach einer Migration zu Exchange Online und Intune für die 180 Tablets der Verkaufsberater.',
      ],
      [
        'email',
        '2026-11-05',
        'Angebot Migration Exchange Online mit Intune-Einführung verschickt.',
      ],
    ],
    opportunities: [
      ['SD-WAN Rollout 6 Standorte', 'won', '76900.00', 100, '2026-04-09'],
      ['Migration Exchange Online und Intune', 'proposal', '114761.00', 55, '2027-01-29'],
    ],
  },
  {
    name: 'Kraus Antriebstechnik SE',
    legalForm: 'SE',
    industry: 'Maschinenbau',
    size: '1000+',
    domain: 'kraus-antriebe.de',
    street: 'Werkstraße 1',
    postalCode: '86153',
    city: 'Augsburg',
    phone: '+49 821 347100',
    tags: ['Konzern', 'Maschinenbau', 'SAP', 'Rahmenvertrag', 'International'],
    notes:
      'Getriebe und Antriebe, Werke in Augsburg, Ungarn und China. Die Konzern-IT sitzt in Augsburg; beschafft wird über Rahmenverträge mit Abrufen. Lieferantenbewertung jährlich im Januar.',
    contacts: [
      ['Thomas', 'Wagner', 'CIO', '-200'],
      ['Elena', 'Popescu', 'Teamleiterin SAP Basis', '-231'],
      ['Florian', 'Maier', 'Einkauf IT', '-412'],
      ['Stefanie', 'Zimmermann', 'CISO', '-205'],
    ],
    activities: [
      [
        'visit',
        '2026-01-29',
        'Jahresgespräch mit Herrn Wagner. Prioritäten 2026: Hyper-V statt VMware, SAP-Basisbetrieb für Ungarn und ein Security Operations Center.',
      ],
      ['email', '2026-03-05', 'Angebot Migration von VMware auf Hyper-V (420 VMs) eingereicht.'],
      [
        'visit',
        '2026-05-07',
        'Verhandlung mit dem Einkauf, Abruf aus dem Rahmenvertrag vereinbart.',
      ],
      ['call', '2026-05-20', 'Abruf für die Virtualisierungsmigration erhalten, Start im Juni.'],
      [
        'visit',
        '2026-09-30',
        'Workshop SAP-Basisbetrieb Werk Győr mit Frau Popescu; eine Übernahme ab April 2027 ist denkbar.',
      ],
      [
        'call',
        '2026-11-18',
        'Herr Maier verhandelt die Stundensätze für die Rufbereitschaft; Einigung bis KW 50 angestrebt.',
      ],
    ],
    opportunities: [
      ['Migration VMware auf Hyper-V (420 VMs)', 'won', '268000.00', 100, '2026-05-20'],
      ['SAP-Basisbetrieb Werk Győr', 'negotiation', '154800.00', 80, '2026-12-16'],
      ['Security Operations Center 24/7', 'proposal', '140924.90', 45, '2027-03-31'],
    ],
  },
  {
    name: 'Schneider Pfalz-Logistik GmbH',
    legalForm: 'GmbH',
    industry: 'Logistik',
    size: '50-249',
    domain: 'pfalz-logistik-schneider.de',
    street: 'Logistikring 4',
    postalCode: '67663',
    city: 'Kaiserslautern',
    phone: '+49 631 415620',
    tags: ['Logistik', 'Lager', 'Mobile Datenerfassung'],
    notes:
      'Kontraktlogistik für Automotive und Onlinehandel auf 42.000 m² Lagerfläche. Die Handscanner sind acht Jahre alt, Ersatzteile gibt es kaum noch.',
    contacts: [
      ['Petra', 'Hauck', 'Leiterin Lager und IT', '-30'],
      ['Christian', 'Schneider', 'Geschäftsführer', '-10'],
    ],
    activities: [
      [
        'visit',
        '2026-07-09',
        'Halle C besichtigt: Die WLAN-Abdeckung in den Hochregalgassen ist lückenhaft, die Scanner verlieren die Verbindung.',
      ],
      [
        'call',
        '2026-08-04',
        'Anforderungen abgestimmt: 120 Handscanner, WLAN-Ausbau und Anbindung an das bestehende Lagerverwaltungssystem.',
      ],
      [
        'email',
        '2026-10-01',
        'Angebot für Scanner und WLAN mit Mietmodell über 48 Monate verschickt.',
      ],
      ['call', '2026-11-16', 'Frau Hauck möchte im Dezember eine Teststellung mit zehn Geräten.'],
    ],
    opportunities: [
      ['Handscanner-Tausch und WLAN Hochregallager', 'proposal', '70200.00', 55, '2027-01-29'],
    ],
  },
  {
    name: 'Brenner & Partner Versicherungsmakler GbR',
    legalForm: 'GbR',
    industry: 'Versicherungen',
    size: '1-9',
    domain: 'brenner-partner.de',
    street: 'Kasernenstraße 27',
    postalCode: '40213',
    city: 'Düsseldorf',
    phone: '+49 211 869342',
    tags: ['Microsoft 365', 'Datenschutz', 'Kleinunternehmen'],
    notes:
      'Maklerbüro mit sechs Mitarbeitenden und ohne eigenen Administrator; bisher hat ein Bekannter die IT nebenbei betreut.',
    contacts: [
      ['Michael', 'Brenner', 'Gesellschafter', '-1'],
      ['Aylin', 'Demir', 'Büroleiterin', '-3'],
    ],
    activities: [
      [
        'call',
        '2026-01-15',
        'Herr Brenner meldet einen Phishing-Vorfall, ein Postfach war kompromittiert. Soforthilfe für morgen vereinbart.',
      ],
      [
        'visit',
        '2026-01-16',
        'Postfach bereinigt, MFA für alle Konten aktiviert und Passwörter zurückgesetzt.',
      ],
      [
        'note',
        '2026-02-10',
        'Managed-Service-Vertrag Microsoft 365 für sechs Arbeitsplätze unterschrieben.',
      ],
    ],
    opportunities: [
      ['Managed Microsoft 365 mit MFA und Backup', 'won', '8640.00', 100, '2026-02-10'],
    ],
  },
  {
    name: 'Modehaus Seidel GmbH',
    legalForm: 'GmbH',
    industry: 'Handel',
    size: '50-249',
    domain: 'modehaus-seidel.de',
    street: 'Karolinenstraße 19',
    postalCode: '90402',
    city: 'Nürnberg',
    phone: '+49 911 234056',
    tags: ['Einzelhandel', 'Onlineshop', 'Kasse'],
    notes:
      'Traditionshaus in der Innenstadt mit Onlineshop. Hohe Saisonspitze im Dezember: keine Umstellungen zwischen Mitte November und Mitte Januar.',
    contacts: [
      ['Kevin', 'Pohl', 'E-Commerce-Manager', '-40'],
      ['Gabriele', 'Seidel', 'Geschäftsführerin', '-10'],
    ],
    activities: [
      [
        'email',
        '2026-02-26',
        'Herr Pohl fragt nach Hosting für den Onlineshop mit Absicherung gegen Lastspitzen.',
      ],
      ['visit', '2026-03-26', 'Shop-Hosting bei Frau Seidel und Herrn Pohl präsentiert.'],
      [
        'call',
        '2026-05-13',
        'Absage: Der Shop-Anbieter bietet jetzt selbst SaaS-Hosting an, man hat sich dafür entschieden.',
      ],
      [
        'fair',
        '2026-10-08',
        'Herr Pohl am Stand auf einer Handelsmesse: Interesse an einer Omnichannel-Bestandsanzeige im Laden.',
      ],
    ],
    opportunities: [
      [
        'Hosting Onlineshop mit Lastspitzen',
        'lost',
        '26400.00',
        0,
        '2026-05-13',
        'Shop-Anbieter liefert SaaS-Hosting im Paket',
      ],
      ['Omnichannel-Bestandsanzeige im Laden', 'lead', '18500.00', 10, ''],
    ],
  },
  {
    name: 'Kunststoffwerk Obermain GmbH',
    legalForm: 'GmbH',
    industry: 'Automotive-Zulieferer',
    size: '250-999',
    domain: 'kunststoffwerk-obermain.de',
    street: 'Robert-Bosch-Straße 6',
    postalCode: '96215',
    city: 'Lichtenfels',
    phone: '+49 9571 947600',
    tags: ['Automotive', 'TISAX', 'Fertigung', 'Schichtbetrieb'],
    notes:
      'Spritzguss für Innenraumteile, 64 Maschinen. Ein Ransomware-Angriff hat 2024 die Produktion vier Tage lang gestoppt; seitdem große Sensibilität für Backup und Wiederanlauf.',
    contacts: [
      ['Sebastian', 'Will', 'IT-Leiter', '-12'],
      ['Monika', 'Graßer', 'Geschäftsführerin', '-10'],
      ['Alexander', 'Dietz', 'Einkauf', '-25'],
    ],
    activities: [
      [
        'visit',
        '2026-03-04',
        'Notfall- und Wiederanlaufkonzept vorgestellt; Herr Will möchte ein Offline-Backup und regelmäßige Wiederherstellungstests.',
      ],
      [
        'call',
        '2026-04-23',
        'Das Budget für das Backup-Konzept ist vorerst zurückgestellt, Vorrang hat das MES-Update.',
      ],
      [
        'visit',
        '2026-08-13',
        'Neuer Termin mit Frau Graßer: Der Versicherer verlangt für die Cyber-Police nachweisbare Wiederherstellungstests.',
      ],
      [
        'email',
        '2026-09-10',
        'Angebot Backup mit Offline-Kopie und halbjährlichem Wiederherstellungstest verschickt.',
      ],
      [
        'call',
        '2026-11-09',
        'Herr Dietz bittet um 5 % Nachlass bei 36 Monaten Laufzeit; Rückmeldung bis Freitag zugesagt.',
      ],
    ],
    opportunities: [
      [
        'Backup mit Offline-Kopie und Wiederherstellungstests',
        'negotiation',
        '67900.00',
        75,
        '2026-12-04',
      ],
      ['Segmentierung MES-Netzwerk', 'qualified', '41000.00', 25, '2027-05-31'],
    ],
  },
  {
    name: 'Autohaus Reinhardt GmbH & Co. KG',
    legalForm: 'GmbH & Co. KG',
    industry: 'Kfz-Handel',
    size: '50-249',
    domain: 'autohaus-reinhardt.de',
    street: 'Hannoversche Straße 50',
    postalCode: '49084',
    city: 'Osnabrück',
    phone: '+49 541 580930',
    tags: ['Kfz-Handel', 'Mittelstand', 'Telefonie'],
    notes:
      'Drei Markenbetriebe mit Werkstatt. Das Dealer-Management-System gibt der Hersteller vor; die Telefonanlage ist veraltet und verliert in Stoßzeiten Anrufe.',
    contacts: [
      ['Yvonne', 'Albers', 'Serviceleiterin', '-20'],
      ['Frank', 'Reinhardt', 'Geschäftsführer', '-10'],
    ],
    activities: [
      [
        'visit',
        '2026-02-18',
        'Cloud-Telefonie mit Anbindung an das Dealer-Management-System vorgestellt.',
      ],
      ['email', '2026-03-20', 'Angebot Cloud-Telefonie für drei Betriebe verschickt.'],
      [
        'call',
        '2026-04-29',
        'Absage: Der Hersteller schreibt dem Händlernetz eine Telefonielösung vor.',
      ],
      [
        'visit',
        '2026-10-28',
        'Frau Albers möchte Terminbuchung und Werkstattannahme digitalisieren; Anforderungen aufgenommen.',
      ],
    ],
    opportunities: [
      [
        'Cloud-Telefonie 3 Betriebe',
        'lost',
        '23900.00',
        0,
        '2026-04-29',
        'Hersteller schreibt Telefonielösung für das Händlernetz vor',
      ],
      ['Digitale Werkstattannahme', 'qualified', '31500.00', 25, '2027-03-31'],
    ],
  },
  {
    name: 'Bodensee Privatbank AG',
    legalForm: 'AG',
    industry: 'Finanzdienstleistungen',
    size: '250-999',
    domain: 'bodensee-privatbank.de',
    street: 'Marktstätte 8',
    postalCode: '78462',
    city: 'Konstanz',
    phone: '+49 7531 904100',
    tags: ['Finanzsektor', 'DORA', 'BaFin'],
    notes:
      'Privatbank mit Filialen in Konstanz, Ravensburg und Friedrichshafen, beaufsichtigt durch die BaFin. Wir würden im DORA-Informationsregister der Bank als IKT-Drittdienstleister geführt.',
    contacts: [
      ['Philipp', 'Graf', 'Leiter IT', '-25'],
      ['Martina', 'Ebner', 'Informationssicherheitsbeauftragte', '-27'],
      ['Georg', 'Wiedemann', 'Vorstand', '-10'],
    ],
    activities: [
      [
        'call',
        '2026-04-07',
        'Frau Ebner sucht Unterstützung für das DORA-Testprogramm (Schwachstellenscans und Szenariotests).',
      ],
      [
        'visit',
        '2026-05-14',
        'Workshop DORA-Testprogramm; Herr Graf möchte zusätzlich eine Notfallübung zum Ausfall des Kernbankensystems.',
      ],
      [
        'email',
        '2026-07-21',
        'Angebot DORA-Testprogramm 2027 verschickt, Vertragsentwurf mit den Klauseln nach Art. 30 DORA angehängt.',
      ],
      [
        'visit',
        '2026-10-01',
        'Verhandlung mit Herrn Wiedemann: Kündigungs- und Prüfungsrechte der Aufsicht sind akzeptiert, offen ist die Haftungsobergrenze.',
      ],
      [
        'call',
        '2026-11-19',
        'Herr Graf fragt nach einem Angebot für Privileged Access Management.',
      ],
    ],
    opportunities: [
      ['DORA-Testprogramm 2027', 'negotiation', '96500.00', 75, '2026-12-18'],
      ['Privileged Access Management', 'qualified', '58000.00', 25, '2027-05-28'],
    ],
  },
  {
    name: 'Limmat Präzisionsmechanik AG',
    legalForm: 'AG',
    industry: 'Maschinenbau',
    size: '50-249',
    domain: 'limmat-praezision.ch',
    street: 'Hardstrasse 201',
    postalCode: '8005',
    city: 'Zürich',
    country: 'CH',
    currency: 'CHF',
    phone: '+41 44 273 51',
    vat: swissVatId('10938475'),
    tags: ['Maschinenbau', 'Schweiz', 'Medizintechnik'],
    notes:
      'Feinmechanik für Medizintechnik und Uhrenindustrie. Angebote in CHF; Einsätze vor Ort übernimmt unser Partner in Winterthur. Daten müssen in der Schweiz bleiben (revDSG und Kundenvorgaben).',
    contacts: [
      ['Reto', 'Baumann', 'Leiter Informatik', ' 10'],
      ['Corinne', 'Keller', 'CFO', ' 20'],
    ],
    activities: [
      [
        'visit',
        '2026-04-28',
        'Kennenlernen in Zürich: Herr Baumann braucht Unterstützung beim Aufbau eines ISMS nach ISO 27001, gefordert von einem Medizintechnik-Kunden.',
      ],
      ['email', '2026-05-19', 'Angebot ISMS-Aufbau in CHF verschickt.'],
      [
        'call',
        '2026-06-11',
        'Auftrag erteilt; das Zertifizierungsaudit ist für das Frühjahr 2027 geplant.',
      ],
      [
        'call',
        '2026-11-11',
        'Frau Keller fragt nach einem Microsoft-365-Tenant mit Datenhaltung in der Schweiz; das Budget 2027 wird im Dezember freigegeben.',
      ],
    ],
    opportunities: [
      ['ISMS-Aufbau nach ISO 27001', 'won', '58500.00', 100, '2026-06-11'],
      ['Microsoft-365-Tenant mit Datenhaltung Schweiz', 'qualified', '39000.00', 30, '2027-03-31'],
    ],
  },
  {
    name: 'Rheinknie Pharma Services AG',
    legalForm: 'AG',
    industry: 'Pharma',
    size: '250-999',
    domain: 'rheinknie-pharma.ch',
    street: 'Klybeckstrasse 141',
    postalCode: '4057',
    city: 'Basel',
    country: 'CH',
    currency: 'CHF',
    language: 'en',
    phone: '+41 61 638 24',
    vat: swissVatId('28461937'),
    tags: ['Pharma', 'GxP', 'Schweiz', 'Englisch'],
    notes:
      'Auftragsforschung und Analytik. Konzernsprache Englisch, Angebote und Verträge auf Englisch. Die Laborsysteme unterliegen GxP, Änderungen brauchen eine Validierung nach GAMP 5.',
    contacts: [
      ['Nadia', 'Frei', 'Head of IT', ' 30'],
      ['James', 'Whitfield', 'Procurement Manager', ' 45'],
      ['Beat', 'Meier', 'QA Computer System Validation', ' 52'],
    ],
    activities: [
      [
        'visit',
        '2026-05-21',
        'Termin in Basel (auf Englisch): Die Laborsysteme sollen aus dem eigenen Serverraum in eine validierte Private Cloud umziehen.',
      ],
      [
        'email',
        '2026-07-09',
        'Entwurf des Validierungskonzepts nach GAMP 5 an Herrn Meier geschickt.',
      ],
      [
        'call',
        '2026-10-07',
        'Mr Whitfield verhandelt Tagessätze und Haftung und wünscht einen Festpreis für die Validierung.',
      ],
      ['email', '2026-11-13', 'Überarbeitetes englisches Angebot mit Festpreisanteil verschickt.'],
    ],
    opportunities: [
      ['Validated Private Cloud for Lab Systems', 'negotiation', '276000.00', 65, '2027-01-22'],
      ['Annual Disaster Recovery Test', 'lead', '18500.00', 15, ''],
    ],
  },
  {
    name: 'Donauhafen Logistik GmbH',
    legalForm: 'GmbH',
    industry: 'Logistik',
    size: '50-249',
    domain: 'donauhafen-logistik.at',
    street: 'Industriezeile 47',
    postalCode: '4020',
    city: 'Linz',
    country: 'AT',
    phone: '+43 732 784020',
    vat: austrianVatId('6284719'),
    tags: ['Logistik', 'Österreich', 'Zoll'],
    notes:
      'Umschlag zwischen Schiff, Bahn und Lkw im Linzer Hafen. Die Zollabwicklung läuft über e-zoll, die Schnittstellen zum Hafenbetreiber über SFTP.',
    contacts: [
      ['Sabine', 'Wimmer', 'IT-Koordinatorin', '-15'],
      ['Gernot', 'Pichler', 'Prokurist', '-10'],
    ],
    activities: [
      [
        'call',
        '2026-03-17',
        'Frau Wimmer möchte die SFTP-Schnittstellen durch eine Integrationsplattform ablösen.',
      ],
      ['visit', '2026-04-16', 'Workshop in Linz: 14 Schnittstellen, davon 5 ohne Dokumentation.'],
      ['email', '2026-05-08', 'Angebot Integrationsplattform verschickt.'],
      [
        'call',
        '2026-06-30',
        'Absage: Das Projekt wird wegen des Umsatzrückgangs auf 2028 verschoben.',
      ],
      [
        'email',
        '2026-10-19',
        'Herr Pichler fragt nach einem Firewall-Tausch, weil die alten Geräte Ende 2026 aus der Wartung fallen.',
      ],
      ['email', '2026-11-06', 'Angebot Firewall-Cluster mit Installation vor Ort verschickt.'],
    ],
    opportunities: [
      [
        'Integrationsplattform statt SFTP-Schnittstellen',
        'lost',
        '92000.00',
        0,
        '2026-06-30',
        'Projekt wegen Umsatzrückgang auf 2028 verschoben',
      ],
      ['Firewall-Cluster Hafenbüro', 'proposal', '29578.00', 60, '2026-12-18'],
    ],
  },
];
