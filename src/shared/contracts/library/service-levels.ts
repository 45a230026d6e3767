import type { ClauseSource } from './define';

const SLA_TYPES: ClauseSource['contractTypes'] = ['maintenance-sla', 'saas'];

const CREDIT_DE = {
  claim:
    '(2) Der Auftraggeber macht Gutschriften innerhalb von zwei Monaten nach Ablauf des betroffenen Messzeitraums in Textform geltend. Sie werden mit der nächsten Rechnung verrechnet.',
};
const CREDIT_EN = {
  claim:
    '(2) The Client claims credits in text form within two months after the end of the measurement period concerned. They are set off against the next invoice.',
};

export const serviceLevelClauses: ClauseSource[] = [
  {
    id: 'maintenance-scope',
    category: 'support',
    contractTypes: ['maintenance-sla'],
    de: {
      title: 'Pflege- und Supportleistungen',
      body: [
        '(1) Der Auftragnehmer pflegt die im Angebot {{offer.number}} bezeichnete Software und Systeme. Die Pflege umfasst',
        '- die Bereitstellung neuer Versionen, Updates und Sicherheitskorrekturen,\n- die Annahme und Bearbeitung von Störungsmeldungen über das Ticketsystem oder die Hotline des Auftragnehmers und\n- die Beratung zur Bedienung und zum Betrieb in angemessenem Umfang.',
        '(2) Gepflegt werden die jeweils aktuelle und die vorangehende Hauptversion. Nicht geschuldet ist die Beseitigung von Störungen, die durch Eingriffe des Auftraggebers oder Dritter, durch nicht freigegebene Systemumgebungen oder durch Bedienfehler verursacht wurden; solche Leistungen vergütet der Auftraggeber nach Aufwand.',
        '(3) Der Auftraggeber meldet Störungen mit einer nachvollziehbaren Beschreibung und unterstützt den Auftragnehmer bei der Analyse nach {{ref:cooperation}}.',
      ],
    },
    en: {
      title: 'Maintenance and support services',
      body: [
        '(1) The Contractor maintains the software and systems specified in offer {{offer.number}}. Maintenance comprises',
        '- providing new versions, updates and security fixes,\n- receiving and handling incident reports through the Contractor’s ticket system or hotline, and\n- advice on operation and use to a reasonable extent.',
        '(2) The current and the preceding major version are maintained. The Contractor does not owe the removal of incidents caused by interventions of the Client or third parties, by system environments not approved or by operating errors; the Client pays for such services on a time and material basis.',
        '(3) The Client reports incidents with a comprehensible description and supports the Contractor in the analysis in accordance with {{ref:cooperation}}.',
      ],
    },
  },
  {
    id: 'sla-availability',
    category: 'sla',
    contractTypes: SLA_TYPES,
    condition: { fact: 'slaAgreed' },
    covers: ['sla.service-levels'],
    de: {
      title: 'Servicezeiten und Verfügbarkeit',
      body: [
        '(1) Servicezeiten sind {{sla.serviceHours}}. Innerhalb der Servicezeiten nimmt der Auftragnehmer Störungsmeldungen entgegen und bearbeitet sie.',
        '(2) Der Auftragnehmer stellt eine Verfügbarkeit der vertraglichen Leistungen von {{sla.availability}} innerhalb der Servicezeiten sicher, gemessen je {{sla.measurementPeriod}} (Messzeitraum). Das entspricht einer zulässigen Ausfallzeit von {{sla.maxDowntime}} je Messzeitraum. Verfügbar ist die Leistung, wenn ihre wesentlichen Funktionen am Übergabepunkt genutzt werden können.',
        '(3) Bei der Berechnung bleiben unberücksichtigt: angekündigte Wartungsfenster außerhalb der Servicezeiten, Störungen, die der Auftraggeber zu vertreten hat, Störungen außerhalb des Verantwortungsbereichs des Auftragnehmers, insbesondere im Internet, sowie höhere Gewalt.',
        '(4) Maßgeblich ist die Messung des Überwachungssystems des Auftragnehmers. Der Auftragnehmer stellt dem Auftraggeber auf Verlangen für jeden Messzeitraum einen Bericht über die erreichte Verfügbarkeit zur Verfügung.',
      ],
    },
    en: {
      title: 'Service hours and availability',
      body: [
        '(1) The service hours are {{sla.serviceHours}}. During the service hours the Contractor receives and handles incident reports.',
        '(2) The Contractor ensures an availability of the contractual services of {{sla.availability}} within the service hours, measured per {{sla.measurementPeriod}} (measurement period). This corresponds to an allowed downtime of {{sla.maxDowntime}} per measurement period. A service is available if its essential functions can be used at the point of delivery.',
        '(3) The calculation disregards announced maintenance windows outside the service hours, incidents for which the Client is responsible, incidents outside the Contractor’s sphere of responsibility, in particular on the internet, and force majeure.',
        '(4) The measurement of the Contractor’s monitoring system is authoritative. On request, the Contractor provides the Client with a report on the availability achieved for each measurement period.',
      ],
    },
  },
  {
    id: 'sla-response',
    category: 'sla',
    contractTypes: SLA_TYPES,
    condition: { fact: 'slaAgreed' },
    covers: ['sla.response-times'],
    de: {
      title: 'Reaktions- und Lösungszeiten',
      body: [
        '(1) Der Auftragnehmer ordnet jede Störung nach Abstimmung mit dem Auftraggeber einer Priorität der folgenden Tabelle zu. Für die Prioritäten gelten die dort genannten Reaktions- und Lösungszeiten:',
        '{{sla.responseTable}}',
        '(2) Die Zeiten laufen ab Eingang der Störungsmeldung und nur innerhalb der Servicezeiten nach {{ref:sla-availability}}. Reaktion ist die qualifizierte Rückmeldung einer Fachkraft; Lösung ist die Beseitigung der Störung oder die Bereitstellung einer zumutbaren Umgehung. Lautet die Lösungszeit „nach bestem Bemühen“, bemüht sich der Auftragnehmer um eine Lösung in angemessener Zeit, ohne eine feste Frist zuzusagen.',
        '(3) Stuft der Auftraggeber eine Störung höher ein als der Auftragnehmer, gilt bis zur Klärung die höhere Priorität.',
      ],
      preferredNote:
        'Die Zeiten kommen aus der SLA-Tabelle des Entwurfs; die höhere Priorität gilt nur bis zur Klärung.',
      fallback: {
        body: [
          '(1) Der Auftragnehmer ordnet jede Störung nach Abstimmung mit dem Auftraggeber einer Priorität der folgenden Tabelle zu. Für die Prioritäten gelten die dort genannten Reaktions- und Lösungszeiten:',
          '{{sla.responseTable}}',
          '(2) Die Zeiten laufen ab Eingang der Störungsmeldung, für Störungen der höchsten Priorität rund um die Uhr, im Übrigen innerhalb der Servicezeiten nach {{ref:sla-availability}}. Reaktion ist die qualifizierte Rückmeldung einer Fachkraft; Lösung ist die Beseitigung der Störung oder die Bereitstellung einer zumutbaren Umgehung. Lautet die Lösungszeit „nach bestem Bemühen“, bemüht sich der Auftragnehmer um eine Lösung in angemessener Zeit, ohne eine feste Frist zuzusagen.',
          '(3) Die Priorität legt der Auftraggeber fest.',
        ],
        note: 'Höchste Priorität rund um die Uhr und Einstufung durch den Kunden: nur mit Rufbereitschaft und Zuschlag im Angebot.',
      },
    },
    en: {
      title: 'Response and resolution times',
      body: [
        '(1) After consulting the Client, the Contractor assigns each incident a priority from the following table. The response and resolution times stated there apply to the priorities:',
        '{{sla.responseTable}}',
        '(2) The times run from receipt of the incident report and only within the service hours under {{ref:sla-availability}}. Response means a qualified reply by a specialist; resolution means removing the incident or providing a reasonable workaround. Where the resolution time is “best effort”, the Contractor endeavours to resolve the incident within a reasonable time without committing to a fixed period.',
        '(3) If the Client classifies an incident higher than the Contractor, the higher priority applies until the matter is clarified.',
      ],
      preferredNote:
        'The times come from the draft’s SLA table; the higher priority applies only until clarified.',
      fallback: {
        body: [
          '(1) After consulting the Client, the Contractor assigns each incident a priority from the following table. The response and resolution times stated there apply to the priorities:',
          '{{sla.responseTable}}',
          '(2) The times run from receipt of the incident report, for incidents of the highest priority around the clock, otherwise within the service hours under {{ref:sla-availability}}. Response means a qualified reply by a specialist; resolution means removing the incident or providing a reasonable workaround. Where the resolution time is “best effort”, the Contractor endeavours to resolve the incident within a reasonable time without committing to a fixed period.',
          '(3) The Client determines the priority.',
        ],
        note: 'Highest priority around the clock and classification by the client: only with on-call duty and a surcharge in the offer.',
      },
    },
  },
  {
    id: 'sla-credits',
    category: 'sla',
    contractTypes: SLA_TYPES,
    condition: { all: [{ fact: 'slaAgreed' }, { fact: 'hasRecurringLines' }] },
    de: {
      title: 'Gutschriften bei Unterschreitung der Verfügbarkeit',
      body: [
        '(1) Unterschreitet die Verfügbarkeit in einem Messzeitraum den Wert nach {{ref:sla-availability}}, erhält der Auftraggeber für jeden angefangenen halben Prozentpunkt eine Gutschrift von 5 % des auf den Messzeitraum entfallenden Entgelts für die betroffene Leistung, insgesamt höchstens 20 %.',
        CREDIT_DE.claim,
        '(3) Mit den Gutschriften sind die Ansprüche des Auftraggebers wegen der Unterschreitung der Verfügbarkeit abgegolten. Die unbeschränkte Haftung nach {{ref:liability}} und das Recht zur Kündigung aus wichtigem Grund bleiben unberührt.',
      ],
      preferredNote: 'Gutschriften höchstens 20 % und als abschließende Regelung.',
      fallback: {
        body: [
          '(1) Unterschreitet die Verfügbarkeit in einem Messzeitraum den Wert nach {{ref:sla-availability}}, erhält der Auftraggeber für jeden angefangenen halben Prozentpunkt eine Gutschrift von 5 % des auf den Messzeitraum entfallenden Entgelts für die betroffene Leistung, insgesamt höchstens 30 %.',
          CREDIT_DE.claim,
          '(3) Gutschriften werden auf Schadensersatzansprüche wegen derselben Unterschreitung angerechnet. Die Haftung richtet sich im Übrigen nach {{ref:liability}}.',
        ],
        note: 'Bis 30 % und nicht abschließend: Schadensersatz bleibt möglich, Gutschriften werden angerechnet.',
      },
      walkAway: {
        body: [
          '(1) Unterschreitet die Verfügbarkeit in einem Messzeitraum den Wert nach {{ref:sla-availability}}, erhält der Auftraggeber für jeden angefangenen halben Prozentpunkt eine Gutschrift von 10 % des auf den Messzeitraum entfallenden Entgelts für die betroffene Leistung, insgesamt höchstens 50 %.',
          CREDIT_DE.claim,
          '(3) Gutschriften werden auf Schadensersatzansprüche wegen derselben Unterschreitung angerechnet. Wird die Verfügbarkeit in drei aufeinanderfolgenden Messzeiträumen unterschritten, kann der Auftraggeber den Vertrag außerordentlich kündigen.',
        ],
        note: 'Bis 50 % mit Sonderkündigungsrecht: nur bei redundantem Betrieb mit nachgewiesener Verfügbarkeit über dem zugesagten Wert.',
      },
    },
    en: {
      title: 'Service credits',
      body: [
        '(1) If availability in a measurement period falls below the value under {{ref:sla-availability}}, the Client receives, for each half percentage point or part of it, a credit of 5 % of the fee for the service concerned attributable to that measurement period, up to 20 % in total.',
        CREDIT_EN.claim,
        '(3) The credits settle the Client’s claims arising from the shortfall in availability. Unlimited liability under {{ref:liability}} and the right to terminate for good cause remain unaffected.',
      ],
      preferredNote: 'Credits capped at 20 % and as the exclusive remedy.',
      fallback: {
        body: [
          '(1) If availability in a measurement period falls below the value under {{ref:sla-availability}}, the Client receives, for each half percentage point or part of it, a credit of 5 % of the fee for the service concerned attributable to that measurement period, up to 30 % in total.',
          CREDIT_EN.claim,
          '(3) Credits are set off against claims for damages arising from the same shortfall. Liability is otherwise governed by {{ref:liability}}.',
        ],
        note: 'Up to 30 % and not exclusive: damages remain possible, credits are set off against them.',
      },
      walkAway: {
        body: [
          '(1) If availability in a measurement period falls below the value under {{ref:sla-availability}}, the Client receives, for each half percentage point or part of it, a credit of 10 % of the fee for the service concerned attributable to that measurement period, up to 50 % in total.',
          CREDIT_EN.claim,
          '(3) Credits are set off against claims for damages arising from the same shortfall. If availability falls short in three consecutive measurement periods, the Client may terminate the contract for good cause.',
        ],
        note: 'Up to 50 % with a termination right: only for redundant operation with proven availability above the promised value.',
      },
    },
  },
  {
    id: 'saas-service',
    category: 'services',
    contractTypes: ['saas'],
    requiredFor: ['saas'],
    covers: ['saas.service'],
    de: {
      title: 'Bereitstellung des Cloud-Dienstes',
      body: [
        '(1) Der Auftragnehmer stellt dem Auftraggeber den Dienst „{{offer.title}}“ nach dem Angebot {{offer.number}} zur Nutzung über das Internet bereit (Software as a Service). Übergabepunkt ist der Ausgang des Rechenzentrums des Auftragnehmers zum Internet; für die Verbindung bis zum Übergabepunkt ist der Auftraggeber verantwortlich.',
        '(2) Der Auftraggeber erhält das einfache, nicht übertragbare, auf die Vertragslaufzeit und die im Angebot genannte Zahl von Nutzern beschränkte Recht, den Dienst für eigene Geschäftszwecke zu nutzen.',
        '(3) Der Auftragnehmer darf den Dienst weiterentwickeln und an den Stand der Technik anpassen, soweit die vereinbarten Funktionen dadurch nicht wesentlich eingeschränkt werden. Er kündigt wesentliche Änderungen mindestens sechs Wochen vorher in Textform an.',
        '(4) Der Dienst wird in Rechenzentren innerhalb der Europäischen Union betrieben.',
      ],
      preferredNote: 'Betrieb in der EU.',
      fallback: {
        body: [
          '(1) Der Auftragnehmer stellt dem Auftraggeber den Dienst „{{offer.title}}“ nach dem Angebot {{offer.number}} zur Nutzung über das Internet bereit (Software as a Service). Übergabepunkt ist der Ausgang des Rechenzentrums des Auftragnehmers zum Internet; für die Verbindung bis zum Übergabepunkt ist der Auftraggeber verantwortlich.',
          '(2) Der Auftraggeber erhält das einfache, nicht übertragbare, auf die Vertragslaufzeit und die im Angebot genannte Zahl von Nutzern beschränkte Recht, den Dienst für eigene Geschäftszwecke zu nutzen.',
          '(3) Der Auftragnehmer darf den Dienst weiterentwickeln und an den Stand der Technik anpassen, soweit die vereinbarten Funktionen dadurch nicht wesentlich eingeschränkt werden. Er kündigt wesentliche Änderungen mindestens sechs Wochen vorher in Textform an.',
          '(4) Der Dienst wird ausschließlich in Rechenzentren in Deutschland betrieben; Zugriffe aus Staaten außerhalb der Europäischen Union finden nicht statt.',
        ],
        note: 'Betrieb nur in Deutschland ohne Drittstaatenzugriff: vorher mit dem Betrieb klären, ob Support und Unterauftragnehmer das einhalten.',
      },
    },
    en: {
      title: 'Provision of the cloud service',
      body: [
        '(1) The Contractor makes the service “{{offer.title}}” under offer {{offer.number}} available to the Client for use over the internet (software as a service). The point of delivery is the exit of the Contractor’s data centre to the internet; the Client is responsible for the connection up to the point of delivery.',
        '(2) The Client receives a non-exclusive, non-transferable right, limited to the term of the contract and to the number of users stated in the offer, to use the service for its own business purposes.',
        '(3) The Contractor may develop the service further and adapt it to the state of the art, provided the agreed functions are not materially restricted. It announces material changes in text form at least six weeks in advance.',
        '(4) The service is operated in data centres within the European Union.',
      ],
      preferredNote: 'Operation in the EU.',
      fallback: {
        body: [
          '(1) The Contractor makes the service “{{offer.title}}” under offer {{offer.number}} available to the Client for use over the internet (software as a service). The point of delivery is the exit of the Contractor’s data centre to the internet; the Client is responsible for the connection up to the point of delivery.',
          '(2) The Client receives a non-exclusive, non-transferable right, limited to the term of the contract and to the number of users stated in the offer, to use the service for its own business purposes.',
          '(3) The Contractor may develop the service further and adapt it to the state of the art, provided the agreed functions are not materially restricted. It announces material changes in text form at least six weeks in advance.',
          '(4) The service is operated exclusively in data centres in Germany; there is no access from countries outside the European Union.',
        ],
        note: 'Operation only in Germany without third-country access: check with operations first that support and subcontractors can comply.',
      },
    },
  },
  {
    id: 'saas-customer-data',
    category: 'security',
    contractTypes: ['saas'],
    de: {
      title: 'Daten des Auftraggebers',
      body: [
        '(1) Die Daten, die der Auftraggeber im Dienst speichert, stehen ihm zu. Der Auftragnehmer nutzt sie nur zur Erbringung der Leistungen.',
        '(2) Der Auftragnehmer sichert die Daten täglich und bewahrt die Sicherungen 30 Tage auf.',
        '(3) Der Auftraggeber kann seine Daten während der Laufzeit und bis 30 Tage nach Vertragsende in einem gängigen, maschinenlesbaren Format exportieren. Danach löscht der Auftragnehmer die Daten, soweit keine gesetzliche Pflicht zur Aufbewahrung besteht. Die Rechte des Auftraggebers beim Wechsel des Anbieters nach der Verordnung (EU) 2023/2854 (Data Act) bleiben unberührt.',
      ],
    },
    en: {
      title: 'Client data',
      body: [
        '(1) The data that the Client stores in the service belong to the Client. The Contractor uses them only to provide the services.',
        '(2) The Contractor backs up the data daily and keeps the backups for 30 days.',
        '(3) The Client may export its data in a common, machine-readable format during the term and for up to 30 days after the end of the contract. The Contractor then deletes the data unless there is a statutory obligation to retain them. The Client’s rights when switching provider under Regulation (EU) 2023/2854 (Data Act) remain unaffected.',
      ],
    },
  },
];
