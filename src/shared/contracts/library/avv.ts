import type { ClauseSource } from './define';

const AVV: ClauseSource['contractTypes'] = ['avv'];

const SUB_DE = {
  duty: (n: number) =>
    `(${n}) Der Auftragnehmer erlegt jedem Unterauftragsverarbeiter durch Vertrag dieselben Datenschutzpflichten auf, die in dieser Vereinbarung festgelegt sind, insbesondere hinreichende Garantien für geeignete technische und organisatorische Maßnahmen (Art. 28 Abs. 4 DSGVO). Er haftet gegenüber dem Auftraggeber dafür, dass der Unterauftragsverarbeiter seine Pflichten erfüllt.`,
  note: (n: number) =>
    `(${n}) Nicht als Unterauftragsverarbeitung gelten Nebenleistungen wie Telekommunikation, Post- und Transportdienste oder die Entsorgung von Datenträgern; der Auftragnehmer sichert auch dabei den Schutz der Daten durch angemessene Vereinbarungen.`,
};
const SUB_EN = {
  duty: (n: number) =>
    `(${n}) The Contractor imposes on each sub-processor by contract the same data protection obligations as set out in this agreement, in particular sufficient guarantees for appropriate technical and organisational measures (Art. 28 (4) GDPR). It remains liable to the Client for the sub-processor’s performance of its obligations.`,
  note: (n: number) =>
    `(${n}) Ancillary services such as telecommunications, postal and transport services or the disposal of data carriers are not sub-processing; the Contractor nevertheless protects the data in such cases by appropriate agreements.`,
};

const AUDIT_DE = {
  info: '(1) Der Auftragnehmer stellt dem Auftraggeber alle erforderlichen Informationen zum Nachweis der Einhaltung der Pflichten aus Art. 28 DSGVO und dieser Vereinbarung zur Verfügung. Als Nachweis genügen in der Regel aktuelle Zertifikate oder Prüfberichte unabhängiger Stellen, etwa nach ISO/IEC 27001, oder die Einhaltung genehmigter Verhaltensregeln (Art. 40 DSGVO) oder einer genehmigten Zertifizierung (Art. 42 DSGVO).',
};
const AUDIT_EN = {
  info: '(1) The Contractor makes available to the Client all information necessary to demonstrate compliance with the obligations under Art. 28 GDPR and this agreement. Current certificates or audit reports of independent bodies, for example under ISO/IEC 27001, or adherence to approved codes of conduct (Art. 40 GDPR) or an approved certification (Art. 42 GDPR) are generally sufficient evidence.',
};

export const avvClauses: ClauseSource[] = [
  {
    id: 'avv-subject-duration',
    category: 'subject',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.subject-and-duration'],
    de: {
      title: 'Gegenstand und Dauer der Verarbeitung',
      body: [
        '(1) {{company.name}} (nachfolgend „Auftragnehmer“) verarbeitet personenbezogene Daten im Auftrag von {{client.name}} (nachfolgend „Auftraggeber“) als Auftragsverarbeiter im Sinne des Art. 28 DSGVO. Gegenstand der Verarbeitung sind die Leistungen nach dem Angebot {{offer.number}} „{{offer.title}}“ und dem darauf beruhenden Vertrag (nachfolgend „Hauptvertrag“).',
        '(2) Die Verarbeitung dauert so lange wie der Hauptvertrag. Die Pflichten aus {{ref:avv-deletion-return}} und {{ref:avv-confidentiality}} bestehen darüber hinaus fort.',
        '(3) Bei Widersprüchen geht diese Vereinbarung in Fragen des Datenschutzes dem Hauptvertrag vor.',
      ],
    },
    en: {
      title: 'Subject matter and duration of the processing',
      body: [
        '(1) {{company.name}} (the “Contractor”) processes personal data on behalf of {{client.name}} (the “Client”) as a processor within the meaning of Art. 28 GDPR. The subject matter of the processing is the services under offer {{offer.number}} “{{offer.title}}” and the contract based on it (the “Main Contract”).',
        '(2) The processing lasts as long as the Main Contract. The obligations under {{ref:avv-deletion-return}} and {{ref:avv-confidentiality}} continue beyond it.',
        '(3) In case of conflict, this agreement prevails over the Main Contract in matters of data protection.',
      ],
    },
  },
  {
    id: 'avv-nature-purpose',
    category: 'data-protection',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.nature-and-purpose'],
    de: {
      title: 'Art und Zweck der Verarbeitung',
      body: [
        '(1) Die Verarbeitung umfasst die folgenden Tätigkeiten, soweit sie für die Leistungen aus dem Hauptvertrag erforderlich sind:',
        '- Speichern, Hosten und Sichern der Daten,\n- Einsicht in Daten bei Installation, Wartung, Fehleranalyse und Support, auch per Fernzugriff,\n- Übertragen und Umwandeln von Daten bei Einrichtung und Migration und\n- Löschen von Daten.',
        '(2) Zweck der Verarbeitung ist ausschließlich die Erbringung der Leistungen aus dem Hauptvertrag. Der Auftragnehmer verarbeitet die Daten nicht für eigene Zwecke.',
        '(3) Die Verarbeitung findet in einem Mitgliedstaat der Europäischen Union oder einem Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum statt. Eine Verarbeitung in einem Drittland bedarf einer Weisung nach {{ref:avv-instructions}} und ist nur zulässig, wenn die Voraussetzungen der Art. 44 ff. DSGVO erfüllt sind.',
      ],
      preferredNote:
        'Die Liste der Tätigkeiten vor dem Versand an die tatsächlichen Leistungen anpassen.',
    },
    en: {
      title: 'Nature and purpose of the processing',
      body: [
        '(1) The processing comprises the following activities to the extent they are needed for the services under the Main Contract:',
        '- storing, hosting and backing up the data,\n- viewing data during installation, maintenance, error analysis and support, including by remote access,\n- transferring and converting data during set-up and migration, and\n- deleting data.',
        '(2) The sole purpose of the processing is to provide the services under the Main Contract. The Contractor does not process the data for its own purposes.',
        '(3) The processing takes place in a member state of the European Union or a state party to the Agreement on the European Economic Area. Processing in a third country requires an instruction under {{ref:avv-instructions}} and is permitted only if the conditions of Art. 44 et seqq. GDPR are met.',
      ],
      preferredNote: 'Adapt the list of activities to the actual services before sending.',
    },
  },
  {
    id: 'avv-data-categories',
    category: 'data-protection',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.data-and-subjects'],
    de: {
      title: 'Art der Daten und Kategorien betroffener Personen',
      body: [
        '(1) Verarbeitet werden die folgenden Arten personenbezogener Daten:',
        '- Stamm- und Kontaktdaten (Name, Funktion, dienstliche Anschrift, E-Mail-Adresse, Telefonnummer),\n- Zugangs-, Nutzungs- und Protokolldaten (Benutzerkennungen, Rollen, Anmeldezeiten, IP-Adressen) und\n- Inhaltsdaten, die der Auftraggeber in den betreuten Systemen speichert.',
        '(2) Betroffen sind die folgenden Kategorien von Personen:',
        '- Beschäftigte des Auftraggebers,\n- Kunden, Interessenten und Lieferanten des Auftraggebers und deren Ansprechpartner sowie\n- sonstige Nutzer der betreuten Systeme.',
        '(3) Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO) werden nur verarbeitet, soweit sie in Absatz 1 ausdrücklich genannt sind.',
      ],
      preferredNote:
        'Datenarten und Personenkreise mit dem Kunden abgleichen; nicht Zutreffendes streichen, Fehlendes ergänzen.',
    },
    en: {
      title: 'Type of personal data and categories of data subjects',
      body: [
        '(1) The following types of personal data are processed:',
        '- master and contact data (name, position, business address, e-mail address, telephone number),\n- access, usage and log data (user IDs, roles, login times, IP addresses), and\n- content data that the Client stores in the systems supported.',
        '(2) The following categories of persons are affected:',
        '- employees of the Client,\n- customers, prospects and suppliers of the Client and their contact persons, and\n- other users of the systems supported.',
        '(3) Special categories of personal data (Art. 9 GDPR) are processed only where expressly listed in paragraph 1.',
      ],
      preferredNote:
        'Check the types of data and groups of persons with the client; delete what does not apply, add what is missing.',
    },
  },
  {
    id: 'avv-instructions',
    category: 'data-protection',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.instructions'],
    de: {
      title: 'Weisungen des Auftraggebers',
      body: [
        '(1) Der Auftragnehmer verarbeitet die personenbezogenen Daten nur auf dokumentierte Weisung des Auftraggebers, auch in Bezug auf die Übermittlung in ein Drittland oder an eine internationale Organisation, es sei denn, er ist nach dem Recht der Union oder eines Mitgliedstaats, dem er unterliegt, zur Verarbeitung verpflichtet. In diesem Fall teilt er dem Auftraggeber diese Pflicht vor der Verarbeitung mit, sofern das betreffende Recht die Mitteilung nicht wegen eines wichtigen öffentlichen Interesses verbietet.',
        '(2) Die Weisungen ergeben sich aus dem Hauptvertrag und dieser Vereinbarung. Einzelweisungen erteilt der Auftraggeber in Textform; mündliche Weisungen bestätigt er unverzüglich in Textform.',
        '(3) Ist der Auftragnehmer der Auffassung, dass eine Weisung gegen Datenschutzvorschriften verstößt, informiert er den Auftraggeber unverzüglich. Er darf die Ausführung der Weisung aussetzen, bis der Auftraggeber sie bestätigt oder ändert.',
        '(4) Weisungen, die über die Leistungen des Hauptvertrags hinausgehen, vergütet der Auftraggeber nach Aufwand.',
      ],
    },
    en: {
      title: 'Instructions of the Client',
      body: [
        '(1) The Contractor processes the personal data only on documented instructions from the Client, including with regard to transfers to a third country or an international organisation, unless it is required to do so by Union or Member State law to which it is subject. In that case it informs the Client of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest.',
        '(2) The instructions are set out in the Main Contract and this agreement. The Client gives individual instructions in text form; it confirms oral instructions in text form without undue delay.',
        '(3) If the Contractor considers that an instruction infringes data protection provisions, it informs the Client without undue delay. It may suspend carrying out the instruction until the Client confirms or changes it.',
        '(4) The Client pays for instructions that go beyond the services of the Main Contract on a time and material basis.',
      ],
    },
  },
  {
    id: 'avv-confidentiality',
    category: 'confidentiality',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.confidentiality'],
    de: {
      title: 'Vertraulichkeit',
      body: [
        '(1) Der Auftragnehmer gewährleistet, dass sich die zur Verarbeitung der personenbezogenen Daten befugten Personen zur Vertraulichkeit verpflichtet haben oder einer angemessenen gesetzlichen Verschwiegenheitspflicht unterliegen.',
        '(2) Er macht diese Personen mit den für sie maßgeblichen Bestimmungen des Datenschutzes vertraut. Die Verpflichtung zur Vertraulichkeit besteht auch nach Beendigung ihrer Tätigkeit fort.',
      ],
    },
    en: {
      title: 'Confidentiality',
      body: [
        '(1) The Contractor ensures that persons authorised to process the personal data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.',
        '(2) It familiarises these persons with the data protection provisions relevant to them. The commitment to confidentiality continues after their work has ended.',
      ],
    },
  },
  {
    id: 'avv-security',
    category: 'security',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.security-measures'],
    de: {
      title: 'Technische und organisatorische Maßnahmen',
      body: [
        '(1) Der Auftragnehmer trifft alle nach Art. 32 DSGVO erforderlichen technischen und organisatorischen Maßnahmen. Er berücksichtigt dabei den Stand der Technik, die Implementierungskosten, Art, Umfang, Umstände und Zwecke der Verarbeitung sowie die Eintrittswahrscheinlichkeit und Schwere des Risikos für die Rechte und Freiheiten der betroffenen Personen.',
        '(2) Die Maßnahmen umfassen insbesondere',
        '- die Pseudonymisierung und Verschlüsselung personenbezogener Daten, soweit angemessen,\n- die Fähigkeit, die Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit der Systeme und Dienste auf Dauer sicherzustellen,\n- die Fähigkeit, die Verfügbarkeit der Daten und den Zugang zu ihnen bei einem Zwischenfall rasch wiederherzustellen, und\n- ein Verfahren zur regelmäßigen Überprüfung und Bewertung der Wirksamkeit der Maßnahmen.',
        '(3) Die bei Vertragsschluss getroffenen Maßnahmen sind in einer Anlage beschrieben. Der Auftragnehmer darf sie an die technische Entwicklung anpassen, wenn das Schutzniveau nicht unterschritten wird; wesentliche Änderungen dokumentiert er und teilt sie dem Auftraggeber mit.',
      ],
    },
    en: {
      title: 'Technical and organisational measures',
      body: [
        '(1) The Contractor takes all technical and organisational measures required under Art. 32 GDPR. In doing so it takes into account the state of the art, the costs of implementation, the nature, scope, context and purposes of the processing and the likelihood and severity of the risk to the rights and freedoms of the data subjects.',
        '(2) The measures include in particular',
        '- the pseudonymisation and encryption of personal data where appropriate,\n- the ability to ensure the ongoing confidentiality, integrity, availability and resilience of the systems and services,\n- the ability to restore the availability of and access to the data in a timely manner in the event of an incident, and\n- a process for regularly testing and evaluating the effectiveness of the measures.',
        '(3) The measures in place when the contract is concluded are described in an annex. The Contractor may adapt them to technical developments provided the level of protection is not reduced; it documents material changes and informs the Client of them.',
      ],
    },
  },
  {
    id: 'avv-subprocessors',
    category: 'subcontractors',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.sub-processors'],
    de: {
      title: 'Unterauftragsverarbeiter',
      body: [
        '(1) Der Auftraggeber erteilt dem Auftragnehmer die allgemeine Genehmigung, weitere Auftragsverarbeiter (Unterauftragsverarbeiter) einzusetzen. Die bei Vertragsschluss eingesetzten Unterauftragsverarbeiter sind in einer Anlage aufgeführt und gelten als genehmigt.',
        '(2) Der Auftragnehmer informiert den Auftraggeber mindestens 30 Tage vorher in Textform über jede beabsichtigte Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters. Der Auftraggeber kann der Änderung innerhalb dieser Frist aus wichtigem datenschutzrechtlichem Grund widersprechen. Einigen sich die Parteien nicht, kann jede Partei den Hauptvertrag für die betroffenen Leistungen zum Zeitpunkt der Änderung kündigen.',
        SUB_DE.duty(3),
        SUB_DE.note(4),
      ],
      preferredNote: 'Allgemeine Genehmigung mit 30 Tagen Widerspruchsfrist.',
      fallback: {
        body: [
          '(1) Der Auftraggeber erteilt dem Auftragnehmer die allgemeine Genehmigung, weitere Auftragsverarbeiter (Unterauftragsverarbeiter) einzusetzen. Die bei Vertragsschluss eingesetzten Unterauftragsverarbeiter sind in einer Anlage aufgeführt und gelten als genehmigt.',
          '(2) Der Auftragnehmer informiert den Auftraggeber mindestens 60 Tage vorher in Textform über jede beabsichtigte Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters. Der Auftraggeber kann der Änderung innerhalb dieser Frist widersprechen; der Auftragnehmer setzt den Unterauftragsverarbeiter dann für die Daten des Auftraggebers nicht ein oder der Auftraggeber kann den Hauptvertrag für die betroffenen Leistungen kündigen.',
          SUB_DE.duty(3),
          SUB_DE.note(4),
        ],
        note: '60 Tage und Widerspruch ohne Begründung: nur annehmen, wenn der Betrieb die Daten dieses Kunden getrennt halten kann.',
      },
      walkAway: {
        body: [
          '(1) Der Auftragnehmer setzt Unterauftragsverarbeiter nur mit vorheriger gesonderter Genehmigung des Auftraggebers in Textform ein; der Auftraggeber verweigert sie nicht ohne wichtigen Grund. Die in der Anlage aufgeführten Unterauftragsverarbeiter sind genehmigt.',
          SUB_DE.duty(2),
          SUB_DE.note(3),
        ],
        note: 'Einzelgenehmigung für jeden Unterauftragsverarbeiter: bremst jeden Wechsel von Rechenzentrum oder Supportdienstleister. Nur für einzelne, kritische Verarbeitungen.',
      },
    },
    en: {
      title: 'Sub-processors',
      body: [
        '(1) The Client gives the Contractor general authorisation to engage other processors (sub-processors). The sub-processors engaged when the contract is concluded are listed in an annex and are deemed authorised.',
        '(2) The Contractor informs the Client in text form at least 30 days in advance of any intended addition or replacement of a sub-processor. The Client may object to the change within this period for an important reason relating to data protection. If the parties cannot agree, either party may terminate the Main Contract for the services concerned with effect from the date of the change.',
        SUB_EN.duty(3),
        SUB_EN.note(4),
      ],
      preferredNote: 'General authorisation with a 30-day objection period.',
      fallback: {
        body: [
          '(1) The Client gives the Contractor general authorisation to engage other processors (sub-processors). The sub-processors engaged when the contract is concluded are listed in an annex and are deemed authorised.',
          '(2) The Contractor informs the Client in text form at least 60 days in advance of any intended addition or replacement of a sub-processor. The Client may object to the change within this period; the Contractor then does not use the sub-processor for the Client’s data, or the Client may terminate the Main Contract for the services concerned.',
          SUB_EN.duty(3),
          SUB_EN.note(4),
        ],
        note: '60 days and objection without reasons: accept only if operations can keep this client’s data separate.',
      },
      walkAway: {
        body: [
          '(1) The Contractor engages sub-processors only with the Client’s prior specific authorisation in text form; the Client does not refuse it without good reason. The sub-processors listed in the annex are authorised.',
          SUB_EN.duty(2),
          SUB_EN.note(3),
        ],
        note: 'Specific authorisation for each sub-processor: slows down every change of data centre or support provider. Only for individual, critical processing.',
      },
    },
  },
  {
    id: 'avv-data-subject-rights',
    category: 'data-protection',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.data-subject-rights'],
    de: {
      title: 'Unterstützung bei Rechten betroffener Personen',
      body: [
        '(1) Der Auftragnehmer unterstützt den Auftraggeber angesichts der Art der Verarbeitung nach Möglichkeit mit geeigneten technischen und organisatorischen Maßnahmen dabei, Anträge betroffener Personen auf Wahrnehmung ihrer Rechte nach Kapitel III DSGVO zu beantworten.',
        '(2) Wendet sich eine betroffene Person unmittelbar an den Auftragnehmer, leitet er das Ersuchen unverzüglich an den Auftraggeber weiter. Er beantwortet es nicht selbst, es sei denn, der Auftraggeber weist ihn dazu an.',
        '(3) Der Auftraggeber vergütet die Unterstützung nach Aufwand, soweit sie über die Funktionen hinausgeht, die die Leistungen des Hauptvertrags dafür bereits bieten.',
      ],
      preferredNote: 'Unterstützung über vorhandene Funktionen hinaus nach Aufwand.',
      fallback: {
        body: [
          '(1) Der Auftragnehmer unterstützt den Auftraggeber angesichts der Art der Verarbeitung nach Möglichkeit mit geeigneten technischen und organisatorischen Maßnahmen dabei, Anträge betroffener Personen auf Wahrnehmung ihrer Rechte nach Kapitel III DSGVO zu beantworten.',
          '(2) Wendet sich eine betroffene Person unmittelbar an den Auftragnehmer, leitet er das Ersuchen unverzüglich an den Auftraggeber weiter. Er beantwortet es nicht selbst, es sei denn, der Auftraggeber weist ihn dazu an.',
          '(3) Die Unterstützung ist mit der Vergütung nach dem Hauptvertrag abgegolten.',
        ],
        note: 'Unentgeltliche Unterstützung: vertretbar, wenn wenige Anfragen zu erwarten sind.',
      },
    },
    en: {
      title: 'Assistance with data-subject rights',
      body: [
        '(1) Taking into account the nature of the processing, the Contractor assists the Client by appropriate technical and organisational measures, insofar as possible, in responding to requests from data subjects exercising their rights under Chapter III GDPR.',
        '(2) If a data subject contacts the Contractor directly, it forwards the request to the Client without undue delay. It does not answer the request itself unless the Client instructs it to do so.',
        '(3) The Client pays for the assistance on a time and material basis to the extent it goes beyond the functions that the services of the Main Contract already offer for this purpose.',
      ],
      preferredNote: 'Assistance beyond existing functions on a time and material basis.',
      fallback: {
        body: [
          '(1) Taking into account the nature of the processing, the Contractor assists the Client by appropriate technical and organisational measures, insofar as possible, in responding to requests from data subjects exercising their rights under Chapter III GDPR.',
          '(2) If a data subject contacts the Contractor directly, it forwards the request to the Client without undue delay. It does not answer the request itself unless the Client instructs it to do so.',
          '(3) The assistance is covered by the fee under the Main Contract.',
        ],
        note: 'Assistance free of charge: acceptable if few requests are expected.',
      },
    },
  },
  {
    id: 'avv-assistance',
    category: 'data-protection',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.assistance-32-36'],
    de: {
      title: 'Unterstützung bei Sicherheit, Meldepflichten und Folgenabschätzung',
      body: [
        '(1) Der Auftragnehmer unterstützt den Auftraggeber unter Berücksichtigung der Art der Verarbeitung und der ihm zur Verfügung stehenden Informationen bei der Einhaltung der Pflichten nach Art. 32 bis 36 DSGVO, also bei der Sicherheit der Verarbeitung, bei der Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde und der Benachrichtigung betroffener Personen, bei Datenschutz-Folgenabschätzungen und bei der vorherigen Konsultation der Aufsichtsbehörde.',
        '(2) Der Auftragnehmer meldet dem Auftraggeber eine Verletzung des Schutzes personenbezogener Daten unverzüglich, nachdem sie ihm bekannt geworden ist. Die Meldung enthält, soweit bekannt, die Angaben nach Art. 33 Abs. 3 DSGVO; fehlende Angaben reicht er nach.',
      ],
      preferredNote: 'Meldung „unverzüglich“ ohne feste Stundenfrist.',
      fallback: {
        body: [
          '(1) Der Auftragnehmer unterstützt den Auftraggeber unter Berücksichtigung der Art der Verarbeitung und der ihm zur Verfügung stehenden Informationen bei der Einhaltung der Pflichten nach Art. 32 bis 36 DSGVO, also bei der Sicherheit der Verarbeitung, bei der Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde und der Benachrichtigung betroffener Personen, bei Datenschutz-Folgenabschätzungen und bei der vorherigen Konsultation der Aufsichtsbehörde.',
          '(2) Der Auftragnehmer meldet dem Auftraggeber eine Verletzung des Schutzes personenbezogener Daten unverzüglich, spätestens innerhalb von 48 Stunden, nachdem sie ihm bekannt geworden ist. Die Meldung enthält, soweit bekannt, die Angaben nach Art. 33 Abs. 3 DSGVO; fehlende Angaben reicht er nach.',
        ],
        note: 'Feste Frist von 48 Stunden: Bereitschaft des Sicherheitsteams auch am Wochenende prüfen.',
      },
      walkAway: {
        body: [
          '(1) Der Auftragnehmer unterstützt den Auftraggeber unter Berücksichtigung der Art der Verarbeitung und der ihm zur Verfügung stehenden Informationen bei der Einhaltung der Pflichten nach Art. 32 bis 36 DSGVO, also bei der Sicherheit der Verarbeitung, bei der Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde und der Benachrichtigung betroffener Personen, bei Datenschutz-Folgenabschätzungen und bei der vorherigen Konsultation der Aufsichtsbehörde.',
          '(2) Der Auftragnehmer meldet dem Auftraggeber eine Verletzung des Schutzes personenbezogener Daten unverzüglich, spätestens innerhalb von 24 Stunden, nachdem sie ihm bekannt geworden ist. Die Meldung enthält, soweit bekannt, die Angaben nach Art. 33 Abs. 3 DSGVO; fehlende Angaben reicht er nach.',
        ],
        note: 'Frist von 24 Stunden: nur mit Rufbereitschaft rund um die Uhr. Kürzer nicht zusagen.',
      },
    },
    en: {
      title: 'Assistance with security, notifications and impact assessments',
      body: [
        '(1) Taking into account the nature of the processing and the information available to it, the Contractor assists the Client in complying with the obligations under Art. 32 to 36 GDPR, that is with the security of processing, the notification of personal data breaches to the supervisory authority and their communication to data subjects, data protection impact assessments and prior consultation of the supervisory authority.',
        '(2) The Contractor notifies the Client of a personal data breach without undue delay after becoming aware of it. The notification contains, as far as known, the information under Art. 33 (3) GDPR; missing information is provided later.',
      ],
      preferredNote: 'Notification “without undue delay”, without a fixed number of hours.',
      fallback: {
        body: [
          '(1) Taking into account the nature of the processing and the information available to it, the Contractor assists the Client in complying with the obligations under Art. 32 to 36 GDPR, that is with the security of processing, the notification of personal data breaches to the supervisory authority and their communication to data subjects, data protection impact assessments and prior consultation of the supervisory authority.',
          '(2) The Contractor notifies the Client of a personal data breach without undue delay and at the latest within 48 hours after becoming aware of it. The notification contains, as far as known, the information under Art. 33 (3) GDPR; missing information is provided later.',
        ],
        note: 'Fixed period of 48 hours: check that the security team is available at weekends too.',
      },
      walkAway: {
        body: [
          '(1) Taking into account the nature of the processing and the information available to it, the Contractor assists the Client in complying with the obligations under Art. 32 to 36 GDPR, that is with the security of processing, the notification of personal data breaches to the supervisory authority and their communication to data subjects, data protection impact assessments and prior consultation of the supervisory authority.',
          '(2) The Contractor notifies the Client of a personal data breach without undue delay and at the latest within 24 hours after becoming aware of it. The notification contains, as far as known, the information under Art. 33 (3) GDPR; missing information is provided later.',
        ],
        note: 'Period of 24 hours: only with round-the-clock on-call duty. Do not promise less.',
      },
    },
  },
  {
    id: 'avv-deletion-return',
    category: 'data-protection',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.deletion-or-return'],
    de: {
      title: 'Löschung und Rückgabe',
      body: [
        '(1) Nach Abschluss der Erbringung der Verarbeitungsleistungen löscht der Auftragnehmer nach Wahl des Auftraggebers alle personenbezogenen Daten oder gibt sie ihm zurück und löscht die vorhandenen Kopien, sofern nicht nach dem Unionsrecht oder dem Recht der Mitgliedstaaten eine Verpflichtung zur Speicherung besteht.',
        '(2) Der Auftraggeber trifft seine Wahl innerhalb von 30 Tagen nach Vertragsende in Textform; trifft er keine Wahl, löscht der Auftragnehmer die Daten. Die Rückgabe erfolgt in einem gängigen, maschinenlesbaren Format.',
        '(3) Daten in Sicherungskopien werden im regulären Sicherungszyklus, spätestens nach 90 Tagen, gelöscht und bis dahin gesperrt. Der Auftragnehmer bestätigt die Löschung auf Verlangen in Textform.',
      ],
    },
    en: {
      title: 'Deletion and return',
      body: [
        '(1) After the end of the provision of the processing services, the Contractor, at the choice of the Client, deletes or returns all personal data to the Client and deletes existing copies, unless Union or Member State law requires storage of the personal data.',
        '(2) The Client makes its choice in text form within 30 days after the end of the contract; if it makes no choice, the Contractor deletes the data. Data are returned in a common, machine-readable format.',
        '(3) Data in backups are deleted in the regular backup cycle, at the latest after 90 days, and blocked until then. On request the Contractor confirms the deletion in text form.',
      ],
    },
  },
  {
    id: 'avv-audits',
    category: 'audit',
    contractTypes: AVV,
    requiredFor: AVV,
    covers: ['avv.audits-and-information'],
    de: {
      title: 'Nachweise und Überprüfungen',
      body: [
        AUDIT_DE.info,
        '(2) Der Auftragnehmer ermöglicht Überprüfungen, einschließlich Inspektionen, die vom Auftraggeber oder einem von ihm beauftragten Prüfer durchgeführt werden, und trägt zu ihnen bei. Inspektionen vor Ort kündigt der Auftraggeber mindestens 14 Tage vorher an; sie finden während der Geschäftszeiten ohne vermeidbare Störung des Betriebs statt. Prüfer müssen zur Verschwiegenheit verpflichtet sein und dürfen nicht mit dem Auftragnehmer im Wettbewerb stehen.',
        '(3) Den Aufwand des Auftragnehmers für Inspektionen vor Ort vergütet der Auftraggeber nach Aufwand, soweit er einen Personentag im Kalenderjahr übersteigt.',
      ],
      preferredNote:
        'Nachweis vorrangig durch Zertifikate; Vor-Ort-Prüfungen über einen Tag im Jahr nach Aufwand.',
      fallback: {
        body: [
          AUDIT_DE.info,
          '(2) Der Auftragnehmer ermöglicht Überprüfungen, einschließlich Inspektionen, die vom Auftraggeber oder einem von ihm beauftragten Prüfer durchgeführt werden, und trägt zu ihnen bei. Inspektionen vor Ort kündigt der Auftraggeber mindestens 14 Tage vorher an; sie finden während der Geschäftszeiten ohne vermeidbare Störung des Betriebs statt.',
          '(3) Eine Inspektion vor Ort im Kalenderjahr ist für den Auftraggeber unentgeltlich; weitere vergütet er nach Aufwand, es sei denn, sie sind durch eine Verletzung des Schutzes personenbezogener Daten veranlasst.',
        ],
        note: 'Eine unentgeltliche Vor-Ort-Prüfung im Jahr: Aufwand für die Begleitung im Angebot einrechnen.',
      },
    },
    en: {
      title: 'Information and audits',
      body: [
        AUDIT_EN.info,
        '(2) The Contractor allows for and contributes to audits, including inspections, conducted by the Client or an auditor mandated by it. The Client announces on-site inspections at least 14 days in advance; they take place during business hours without avoidable disruption of operations. Auditors must be bound to confidentiality and must not be competitors of the Contractor.',
        '(3) The Client pays for the Contractor’s effort for on-site inspections on a time and material basis to the extent it exceeds one person-day per calendar year.',
      ],
      preferredNote:
        'Evidence primarily by certificates; on-site audits beyond one day a year on a time and material basis.',
      fallback: {
        body: [
          AUDIT_EN.info,
          '(2) The Contractor allows for and contributes to audits, including inspections, conducted by the Client or an auditor mandated by it. The Client announces on-site inspections at least 14 days in advance; they take place during business hours without avoidable disruption of operations.',
          '(3) One on-site inspection per calendar year is free of charge for the Client; it pays for further inspections on a time and material basis unless they are prompted by a personal data breach.',
        ],
        note: 'One free on-site audit a year: include the effort of accompanying it in the offer.',
      },
    },
  },
  {
    id: 'avv-liability',
    category: 'liability',
    contractTypes: AVV,
    de: {
      title: 'Haftung',
      body: [
        '(1) Im Verhältnis zu betroffenen Personen haften die Parteien nach Art. 82 DSGVO.',
        '(2) Im Verhältnis der Parteien zueinander gelten die Haftungsregeln des Hauptvertrags, soweit Art. 82 DSGVO nicht zwingend etwas anderes bestimmt.',
      ],
    },
    en: {
      title: 'Liability',
      body: [
        '(1) In relation to data subjects, the parties are liable in accordance with Art. 82 GDPR.',
        '(2) Between the parties, the liability provisions of the Main Contract apply unless Art. 82 GDPR mandatorily provides otherwise.',
      ],
    },
  },
];
