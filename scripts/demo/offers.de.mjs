// The demo's sent offers, one per opportunity in "Angebot", by client name. Lines name catalog
// items by `sku` (resources/demo/catalog.de.json) or rate-card roles by `role` with a
// three-point `estimate`; chapters name text blocks (resources/demo/text-blocks.json) by title.
// The import (src/renderer/db/demo-import-offers.ts) dates them `daysAgo` before the import day.
// Each opportunity's estimatedValue in the client files is its offer's contract value
// (src/renderer/db/demo-import.test.ts checks it).
export const offers = {
  'Alpenland Versicherung AG': [
    {
      opportunity: 'Azure Landing Zone Phase 1',
      contact: 'Eberl',
      title: 'Azure Landing Zone Phase 1: Konzept und Pilot',
      daysAgo: 12,
      validDays: 30,
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '3',
      chapters: [
        'Management Summary',
        'Ausgangssituation',
        'Vorgehen',
        'Hinweise zu den Preisen',
        'Konditionen',
      ],
      sections: [
        {
          title: 'Konzept und Architektur',
          lines: [
            {
              role: 'sa',
              name: 'Landing-Zone-Architektur und DORA-Exit-Strategie',
              estimate: {
                optimistic: '12',
                mostLikely: '16',
                pessimistic: '24',
                riskPct: '15',
              },
            },
            {
              sku: 'DL-PL',
              quantity: '8',
            },
            {
              sku: 'DL-SA',
              quantity: '6',
              name: 'Workshop Auslagerungsmanagement und Schlüsselverwaltung',
            },
          ],
        },
        {
          title: 'Pilot und Betrieb',
          lines: [
            {
              sku: 'DL-NE',
              quantity: '10',
              name: 'Pilot: Hub-Netzwerk, ExpressRoute und Firewall-Regelwerk',
            },
            {
              sku: 'MS-MON',
              quantity: '1',
            },
            {
              sku: 'MS-FW',
              quantity: '2',
              kind: 'optional',
            },
          ],
        },
      ],
    },
  ],
  'Brandt & Söhne Maschinenfabrik GmbH': [
    {
      opportunity: 'S/4HANA-Readiness-Check',
      contact: 'Hellmann',
      title: 'S/4HANA-Readiness-Check Infrastruktur',
      daysAgo: 8,
      validDays: 30,
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '',
      chapters: ['Management Summary', 'Vorgehen', 'Annahmen', 'Konditionen'],
      sections: [
        {
          title: 'Analyse',
          lines: [
            {
              role: 'sc',
              name: 'Readiness-Check Infrastruktur und Schnittstellen',
              estimate: {
                optimistic: '6',
                mostLikely: '8',
                pessimistic: '12',
                riskPct: '10',
              },
            },
            {
              sku: 'DL-PL',
              quantity: '2',
            },
            {
              sku: 'RK-PAU',
              quantity: '4',
            },
          ],
        },
        {
          title: 'Sicherung',
          lines: [
            {
              sku: 'SW-BACKUP',
              quantity: '2',
            },
            {
              sku: 'MS-BAAS',
              quantity: '4',
            },
          ],
        },
      ],
    },
  ],
  'Donauhafen Logistik GmbH': [
    {
      opportunity: 'Firewall-Cluster Hafenbüro',
      contact: 'Wimmer',
      title: 'Firewall-Cluster Hafenbüro Linz',
      daysAgo: 15,
      validDays: 30,
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '',
      reverseCharge: true,
      chapters: ['Management Summary', 'Vorgehen', 'Konditionen'],
      sections: [
        {
          title: 'Firewall-Cluster',
          lines: [
            {
              sku: 'HW-FW-M',
              quantity: '2',
            },
            {
              role: 'sa',
              name: 'Einrichtung Cluster und Migration des Regelwerks',
              estimate: {
                optimistic: '2',
                mostLikely: '3',
                pessimistic: '5',
                riskPct: '10',
              },
            },
            {
              sku: 'RK-PAU',
              quantity: '3',
            },
            {
              sku: 'MS-FW',
              quantity: '2',
            },
            {
              sku: 'SO-ENT',
              quantity: '1',
              kind: 'optional',
            },
          ],
        },
      ],
    },
  ],
  'Elbtal Energie & Wasser GmbH': [
    {
      // A project offer: its service lines and sections come from the project plan in
      // plans.de.mjs (30 work packages in 5 phases); these are the lines beside the plan.
      opportunity: 'Migration Rechenzentrum in die Private Cloud',
      contact: 'Wendler',
      title: 'Migration Rechenzentrum in die Private Cloud',
      daysAgo: 6,
      validDays: 45,
      paymentTermsDays: 30,
      cashDiscountPct: '',
      cashDiscountDays: 0,
      termMonths: 36,
      discountPct: '',
      chapters: ['Management Summary', 'Ausgangssituation', 'Vorgehen', 'Annahmen', 'Konditionen'],
      sections: [
        {
          title: 'Betrieb und Nebenleistungen',
          lines: [
            {
              sku: 'MS-BAAS',
              quantity: '12',
              name: 'Backup as a Service mit Offline-Kopie, je TB',
            },
            {
              sku: 'MS-MON',
              quantity: '1',
              name: 'Monitoring-Service Private Cloud und Standortkopplung',
            },
            {
              sku: 'RK-PAU',
              quantity: '18',
            },
            {
              sku: 'SO-ENT',
              quantity: '1',
            },
          ],
        },
      ],
    },
  ],
  'IT-Dienstleistungszentrum Weserbergland AöR': [
    {
      opportunity: 'IT-Grundschutz-Check Ausweich-Rechenzentrum',
      contact: 'Lüders',
      title: 'IT-Grundschutz-Check Ausweich-Rechenzentrum',
      daysAgo: 20,
      validDays: 45,
      paymentTermsDays: 30,
      cashDiscountPct: '',
      cashDiscountDays: 0,
      termMonths: 36,
      discountPct: '',
      chapters: ['Management Summary', 'Ausgangssituation', 'Vorgehen', 'Ihr Team', 'Konditionen'],
      sections: [
        {
          title: 'Grundschutz-Check',
          lines: [
            {
              role: 'sa',
              name: 'IT-Grundschutz-Check nach BSI-Standard 200-2',
              estimate: {
                optimistic: '8',
                mostLikely: '10',
                pessimistic: '15',
                riskPct: '10',
              },
            },
            {
              sku: 'DL-PL',
              quantity: '3',
            },
            {
              sku: 'RK-PAU',
              quantity: '6',
            },
            {
              sku: 'MS-MON',
              quantity: '1',
              name: 'Monitoring-Service Netzwerk (Ausweich-RZ)',
            },
          ],
        },
      ],
    },
  ],
  'Kraus Antriebstechnik SE': [
    {
      opportunity: 'Security Operations Center 24/7',
      contact: 'Wagner',
      title: 'Security Operations Center 24/7',
      // Its proposal has a "Warum wir" chapter from the competitor matrix (competitors.de.mjs).
      whyUsAnalysis: 'Wettbewerbsvergleich Managed Security und Cloud',
      daysAgo: 5,
      validDays: 30,
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 48,
      discountPct: '5',
      chapters: [
        'Management Summary',
        'Ausgangssituation',
        'Vorgehen',
        'Hinweise zu den Preisen',
        'Konditionen',
        'Annahmen',
      ],
      sections: [
        {
          title: 'Aufbau',
          lines: [
            {
              role: 'sa',
              name: 'SOC-Onboarding: Use Cases, Log-Quellen, Eskalationspfade',
              estimate: {
                optimistic: '20',
                mostLikely: '28',
                pessimistic: '40',
                riskPct: '15',
              },
            },
            {
              sku: 'DL-PL',
              quantity: '15',
            },
            {
              sku: 'HW-FW-M',
              quantity: '2',
            },
          ],
        },
        {
          title: 'Betrieb',
          lines: [
            {
              sku: 'MS-MON',
              quantity: '4',
              name: 'Monitoring-Service (SIEM-Anbindung, 4 Standorte)',
            },
            {
              sku: 'MS-FW',
              quantity: '2',
            },
            {
              sku: 'MS-BAAS',
              quantity: '20',
              kind: 'optional',
            },
          ],
        },
      ],
    },
  ],
  'Möbelhaus Kessler KG': [
    {
      opportunity: 'Migration Exchange Online und Intune',
      contact: 'Jansen',
      title: 'Migration Exchange Online und Intune',
      daysAgo: 10,
      validDays: 30,
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '',
      chapters: ['Management Summary', 'Vorgehen', 'Hinweise zu den Preisen', 'Konditionen'],
      sections: [
        {
          title: 'Migration',
          lines: [
            {
              role: 'sc',
              name: 'Migration der Postfächer nach Exchange Online',
              estimate: {
                optimistic: '8',
                mostLikely: '11',
                pessimistic: '16',
                riskPct: '10',
              },
            },
            {
              sku: 'DL-PL',
              quantity: '4',
            },
            {
              sku: 'HW-NB14',
              quantity: '5',
            },
            {
              sku: 'HW-DOCK',
              quantity: '5',
            },
          ],
        },
        {
          title: 'Lizenzen',
          lines: [
            {
              sku: 'SW-M365E3',
              quantity: '65',
            },
          ],
        },
      ],
    },
  ],
  'Ostseeblick Hotels GmbH': [
    {
      opportunity: 'Gäste-WLAN 6 Hotels',
      contact: 'Hansen',
      title: 'Gäste-WLAN für 6 Hotels',
      daysAgo: 18,
      validDays: 30,
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '4',
      chapters: [
        'Management Summary',
        'Ausgangssituation',
        'Vorgehen',
        'Hinweise zu den Preisen',
        'Konditionen',
      ],
      sections: [
        {
          title: 'Hardware',
          lines: [
            {
              sku: 'HW-AP7',
              quantity: '96',
            },
            {
              sku: 'HW-SW24',
              quantity: '12',
            },
            {
              sku: 'HW-SW48',
              quantity: '6',
              kind: 'alternative',
              replaces: 1,
              name: 'Switch 48 Port PoE+, Layer 3 (statt 2 × 24 Port je Haus)',
            },
          ],
        },
        {
          title: 'Installation',
          lines: [
            {
              role: 'ne',
              name: 'WLAN-Ausleuchtung und Konfiguration',
              estimate: {
                optimistic: '10',
                mostLikely: '14',
                pessimistic: '20',
                riskPct: '10',
              },
            },
            {
              sku: 'DL-TE',
              quantity: '18',
            },
            {
              sku: 'RK-PAU',
              quantity: '18',
            },
            {
              sku: 'MS-MON',
              quantity: '6',
            },
          ],
        },
      ],
    },
  ],
  'Schneider Pfalz-Logistik GmbH': [
    {
      opportunity: 'Handscanner-Tausch und WLAN Hochregallager',
      contact: 'Hauck',
      title: 'WLAN Hochregallager und Handscanner-Anbindung',
      daysAgo: 9,
      validDays: 30,
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '',
      chapters: ['Management Summary', 'Ausgangssituation', 'Vorgehen', 'Konditionen'],
      sections: [
        {
          title: 'WLAN Hochregallager',
          lines: [
            {
              sku: 'HW-AP7',
              quantity: '48',
            },
            {
              sku: 'HW-SW48',
              quantity: '4',
            },
            {
              sku: 'DL-TE',
              quantity: '8',
            },
            {
              role: 'ne',
              name: 'Funkplanung und Roaming-Optimierung für Handscanner',
              estimate: {
                optimistic: '6',
                mostLikely: '9',
                pessimistic: '14',
                riskPct: '10',
              },
            },
          ],
        },
        {
          title: 'Betrieb',
          lines: [
            {
              sku: 'MS-MON',
              quantity: '2',
            },
            {
              sku: 'SO-ENT',
              quantity: '1',
              kind: 'optional',
            },
          ],
        },
      ],
    },
  ],
  'Zweckverband Kommunale IT Mittelbaden': [
    {
      opportunity: 'Rahmenvertrag Client-Management 2027–2030',
      contact: 'Benz',
      title: 'Rahmenvertrag Client-Management 2027–2030',
      daysAgo: 3,
      validDays: 60,
      paymentTermsDays: 30,
      cashDiscountPct: '',
      cashDiscountDays: 0,
      termMonths: 48,
      discountPct: '',
      chapters: ['Management Summary', 'Vorgehen', 'Ihr Team', 'Annahmen', 'Konditionen'],
      sections: [
        {
          title: 'Einführung',
          lines: [
            {
              role: 'sc',
              name: 'Aufbau Client-Management und Paketierung',
              estimate: {
                optimistic: '25',
                mostLikely: '35',
                pessimistic: '50',
                riskPct: '15',
              },
            },
            {
              sku: 'DL-PL',
              quantity: '20',
            },
          ],
        },
        {
          title: 'Lizenzen und Betrieb',
          lines: [
            {
              sku: 'SW-M365E3',
              quantity: '120',
            },
            {
              sku: 'SW-WINSRV',
              quantity: '4',
            },
            {
              sku: 'MS-BAAS',
              quantity: '10',
            },
          ],
        },
      ],
    },
  ],
};
