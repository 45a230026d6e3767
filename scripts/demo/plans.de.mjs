// The demo's project plans (issue 15): the work breakdown, estimates, dependencies, milestones and
// payment plan of a project offer, by client name and offer title (offers.de.mjs). All people,
// companies and numbers are invented. Format: see src/renderer/data/planning/workspace-import.ts.
//
// The plan *is* the offer's service part: the import writes the plan rows and generates the offer's
// service lines and sections from them with the planning core (analysePlan, planOfferLines), ahead
// of the offer's own sections; so the client file's estimatedValue of the opportunity is the value
// with those lines (src/renderer/data/core/demo-import.test.ts checks it).
//
// Dates count from the import day as the offers do: the project starts `startAfterWorkingDays`
// working days after it (on the plan's calendar), the customer's deadline is `deadlineWorkingDays`
// working days after the start; company holidays are month-day ranges applied to the years the
// plan spans. A package names its predecessors by key, with an optional lag in working days
// ('key+2'). Estimates are [optimistic, most likely, pessimistic] person-days; `team` people of the
// role work on a package at once (default 1).
export const plans = [
  {
    client: 'Elbtal Energie & Wasser GmbH',
    offer: 'Migration Rechenzentrum in die Private Cloud',
    startAfterWorkingDays: 20,
    deadlineWorkingDays: 92,
    country: 'DE',
    region: 'SN',
    companyHolidays: [['12-24', '12-31', 'Betriebsruhe zwischen den Jahren']],
    confidencePct: '80',
    contingency: 'line',
    phases: [
      {
        name: 'Analyse und Konzeption',
        packages: [
          {
            key: 'kickoff',
            name: 'Kick-off und Projektorganisation',
            role: 'pl',
            estimate: ['1', '2', '3'],
            deliverables: 'Projekthandbuch, Kommunikationsplan, Termine der Lenkungskreise',
            after: [],
          },
          {
            key: 'inventory',
            name: 'Bestandsaufnahme Server, Anwendungen und Schnittstellen',
            role: 'sc',
            estimate: ['4', '6', '9'],
            deliverables: 'Inventar der 64 Server und 41 Anwendungen mit Verantwortlichen',
            after: ['kickoff'],
          },
          {
            key: 'security-req',
            name: 'Sicherheits- und KRITIS-Anforderungen',
            role: 'sa',
            estimate: ['2', '3', '5'],
            deliverables: 'Anforderungskatalog nach IT-Grundschutz und B3S Wasser/Abwasser',
            after: ['kickoff'],
          },
          {
            key: 'dependencies',
            name: 'Abhängigkeitsanalyse und Migrationswellen',
            role: 'sc',
            estimate: ['3', '4', '7'],
            deliverables: 'Abhängigkeitskarte, Zuordnung der Systeme zu vier Migrationswellen',
            after: ['inventory'],
          },
          {
            key: 'architecture',
            name: 'Zielarchitektur Private Cloud',
            role: 'sa',
            estimate: ['4', '5', '8'],
            deliverables:
              'Architekturdokument: Cluster, Storage, Netzzonen, Backup mit Offline-Kopie',
            after: ['dependencies', 'security-req'],
          },
          {
            key: 'migration-concept',
            name: 'Migrations- und Rückfallkonzept',
            role: 'sc',
            estimate: ['3', '4', '6'],
            deliverables: 'Runbook je Welle mit Rückfallpunkten und Wartungsfenstern',
            after: ['architecture'],
          },
          {
            key: 'concept-acceptance',
            name: 'Abnahme Konzept',
            role: 'pl',
            estimate: ['0.5', '1', '1.5'],
            deliverables: 'Abnahmeprotokoll Konzept',
            after: ['migration-concept'],
          },
        ],
      },
      {
        name: 'Aufbau Private-Cloud-Plattform',
        packages: [
          {
            key: 'racks',
            name: 'Rechenzentrumsflächen und Racks bereitstellen',
            role: 'te',
            estimate: ['2', '3', '5'],
            deliverables: 'Zwei Racks im Rechenzentrum Dresden, verkabelt und dokumentiert',
            after: ['concept-acceptance'],
          },
          {
            key: 'wan',
            name: 'Netzanbindung und Standortkopplung Pirna',
            role: 'ne',
            estimate: ['4', '6', '9'],
            deliverables: 'Redundante Anbindung über zwei Carrier, Routing und QoS',
            after: ['concept-acceptance+5'],
          },
          {
            key: 'cluster',
            name: 'Aufbau Virtualisierungscluster',
            role: 'sc',
            estimate: ['5', '7', '11'],
            team: 2,
            deliverables: 'Vier-Knoten-Cluster mit Hochverfügbarkeit, gehärtet nach Konzept',
            after: ['racks'],
          },
          {
            key: 'storage-backup',
            name: 'Storage und Backup mit Offline-Kopie',
            role: 'sc',
            estimate: ['3', '5', '8'],
            deliverables:
              'Storage-Richtlinien, Backup-Jobs, wöchentliche Offline-Kopie, Wiederherstellungstest',
            after: ['cluster'],
          },
          {
            key: 'firewall',
            name: 'Firewall-Regelwerk und Segmentierung',
            role: 'sa',
            estimate: ['3', '4', '7'],
            deliverables: 'Zonenmodell und Regelwerk, Freigabe durch den ISB',
            after: ['wan'],
          },
          {
            key: 'identities',
            name: 'Identitäten, Rollen und privilegierte Zugänge',
            role: 'sa',
            estimate: ['2', '3', '5'],
            deliverables: 'Rollenmodell, Admin-Tiering, Zugang nur über Sprungserver mit MFA',
            after: ['cluster'],
          },
          {
            key: 'monitoring',
            name: 'Monitoring und Protokollierung anbinden',
            role: 'ne',
            estimate: ['2', '3', '4'],
            deliverables: 'Überwachung aller Plattformkomponenten, Protokolle an das SIEM',
            after: ['storage-backup', 'firewall'],
          },
          {
            key: 'platform-acceptance',
            name: 'Plattformtest und Betriebsbereitschaft',
            role: 'pl',
            estimate: ['1', '2', '3'],
            deliverables: 'Testprotokoll Ausfall- und Wiederanlauftests, Freigabe der Plattform',
            after: ['identities', 'monitoring'],
          },
        ],
      },
      {
        name: 'Pilotmigration',
        packages: [
          {
            key: 'pilot-prep',
            name: 'Pilotgruppe vorbereiten',
            role: 'sc',
            estimate: ['2', '3', '4'],
            deliverables:
              'Testsysteme und ein Fileserver als Pilot, Abstimmung mit den Fachbereichen',
            after: ['platform-acceptance'],
          },
          {
            key: 'pilot-run',
            name: 'Pilotmigration durchführen',
            role: 'sc',
            estimate: ['2', '3', '5'],
            deliverables: 'Pilotsysteme in der Private Cloud, Migrationsprotokoll',
            after: ['pilot-prep'],
          },
          {
            key: 'pilot-tests',
            name: 'Funktions- und Lasttests mit den Fachbereichen',
            role: 'sc',
            estimate: ['2', '3', '5'],
            deliverables: 'Testberichte, Messwerte Antwortzeiten vorher/nachher',
            after: ['pilot-run'],
          },
          {
            key: 'lessons',
            name: 'Erkenntnisse auswerten und Runbooks anpassen',
            role: 'pl',
            estimate: ['1', '1.5', '2'],
            deliverables: 'Aktualisierte Runbooks, Go für die Produktivmigration',
            after: ['pilot-tests'],
          },
        ],
      },
      {
        name: 'Migration der Produktivsysteme',
        packages: [
          {
            key: 'wave-infra',
            name: 'Welle 1: Infrastrukturdienste (AD, DNS, DHCP, Druck)',
            role: 'sc',
            estimate: ['3', '4', '6'],
            deliverables: 'Basisdienste in der Private Cloud, alte Domänencontroller abgeschaltet',
            after: ['lessons'],
          },
          {
            key: 'wave-erp',
            name: 'Welle 2: Abrechnung, ERP und Kundenportal',
            role: 'sc',
            estimate: ['6', '8', '13'],
            team: 2,
            deliverables: 'Fachanwendungen migriert, Abnahme durch die Fachbereiche',
            after: ['wave-infra'],
          },
          {
            key: 'wave-scada',
            name: 'Welle 3: Schnittstellen Netzleittechnik und GIS',
            role: 'sa',
            estimate: ['4', '6', '10'],
            deliverables: 'Schnittstellen über die Datendiode, Freigabe durch die Leitstelle',
            after: ['wave-infra'],
          },
          {
            key: 'wave-files',
            name: 'Welle 4: Fileserver und Archiv',
            role: 'sc',
            estimate: ['2', '3', '5'],
            deliverables: '11 TB Daten übernommen, Berechtigungen geprüft',
            after: ['wave-infra'],
          },
          {
            key: 'clients',
            name: 'Arbeitsplätze und Drucker vor Ort umstellen',
            role: 'te',
            estimate: ['4', '6', '8'],
            team: 2,
            deliverables: '180 Arbeitsplätze an drei Standorten umgestellt',
            after: ['wave-erp'],
          },
          {
            key: 'hypercare',
            name: 'Hypercare nach der Umstellung',
            role: 'sc',
            estimate: ['3', '5', '8'],
            deliverables: 'Zwei Wochen erhöhte Bereitschaft, Störungen nachverfolgt',
            after: ['clients', 'wave-scada', 'wave-files'],
          },
        ],
      },
      {
        name: 'Abschluss und Übergabe',
        packages: [
          {
            key: 'decommission',
            name: 'Rückbau Serverraum und Entsorgung',
            role: 'te',
            estimate: ['2', '3', '4'],
            deliverables: 'Altgeräte datenschutzgerecht entsorgt, Löschprotokolle',
            after: ['hypercare'],
          },
          {
            key: 'documentation',
            name: 'Betriebsdokumentation und Notfallhandbuch',
            role: 'sc',
            estimate: ['3', '4', '6'],
            deliverables: 'Betriebshandbuch, aktualisiertes Notfallhandbuch für die KRITIS-Prüfung',
            after: ['hypercare'],
          },
          {
            key: 'training',
            name: 'Schulung IT-Team',
            role: 'sc',
            estimate: ['1', '2', '3'],
            deliverables: 'Zwei Schulungstage, Unterlagen',
            after: ['documentation'],
          },
          {
            key: 'handover',
            name: 'Übergabe in den Betrieb',
            role: 'pl',
            estimate: ['1', '1.5', '2'],
            deliverables: 'Übergabeprotokoll, offene Punkte mit Terminen',
            after: ['training', 'decommission'],
          },
          {
            key: 'final-acceptance',
            name: 'Projektabschluss und Abnahme',
            role: 'pl',
            estimate: ['0.5', '1', '1.5'],
            deliverables: 'Abnahmeprotokoll, Abschlussbericht',
            after: ['handover'],
          },
        ],
      },
    ],
    milestones: [
      { name: 'Abnahme Konzept', package: 'concept-acceptance' },
      { name: 'Betriebsbereitschaft Plattform', package: 'platform-acceptance' },
      { name: 'Abschluss Produktivmigration', package: 'hypercare' },
      { name: 'Projektabnahme', package: 'final-acceptance' },
    ],
    payments: [
      { label: 'Abschlag nach Abnahme Konzept', percent: '30', milestone: 'Abnahme Konzept' },
      {
        label: 'Abschlag nach Migration der Produktivsysteme',
        percent: '40',
        milestone: 'Abschluss Produktivmigration',
      },
      { label: 'Schlussrate nach Projektabnahme', percent: '30', milestone: 'Projektabnahme' },
    ],
  },
];
