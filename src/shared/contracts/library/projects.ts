import type { ClauseSource } from './define';

const ACCEPT_DE = {
  notice:
    '(1) Der Auftragnehmer zeigt dem Auftraggeber die Fertigstellung des Werks oder in sich abgeschlossener, vereinbarter Teilleistungen in Textform an und stellt sie zur Prüfung bereit.',
  minor:
    '(3) Der Auftraggeber erklärt die Abnahme in Textform, in der Regel durch ein gemeinsames Abnahmeprotokoll. Wegen unwesentlicher Mängel darf er sie nicht verweigern; diese werden im Protokoll festgehalten und im Rahmen von {{ref:warranty}} beseitigt.',
  deemed:
    '(4) Das Werk gilt als abgenommen, wenn der Auftragnehmer dem Auftraggeber nach Fertigstellung eine angemessene Frist zur Abnahme gesetzt und der Auftraggeber die Abnahme nicht innerhalb dieser Frist unter Angabe mindestens eines Mangels verweigert hat (§ 640 Abs. 2 BGB).',
  effect:
    '(5) Mit der Abnahme wird die Vergütung nach {{ref:prices-payment}} fällig, und die Verjährung der Mängelansprüche beginnt.',
};
const ACCEPT_EN = {
  notice:
    '(1) The Contractor notifies the Client in text form of the completion of the work or of agreed, self-contained partial deliverables and makes them available for testing.',
  minor:
    '(3) The Client declares acceptance in text form, as a rule by a joint acceptance record. It may not refuse acceptance because of minor defects; these are recorded and removed under {{ref:warranty}}.',
  deemed:
    '(4) The work is deemed accepted if the Contractor, after completion, has set the Client a reasonable period for acceptance and the Client has not refused acceptance within that period, stating at least one defect (section 640 (2) German Civil Code).',
  effect:
    '(5) Upon acceptance the fee under {{ref:prices-payment}} becomes due and the limitation period for claims for defects begins.',
};

const TM_DE = {
  intro:
    '(1) Die Leistungen werden nach tatsächlichem Aufwand zu den Stunden- und Tagessätzen des Angebots {{offer.number}} vergütet. Ein Personentag umfasst acht Stunden; abgerechnet wird je angefangener Viertelstunde.',
  records:
    '(2) Der Auftragnehmer weist den Aufwand monatlich durch Tätigkeitsnachweise mit Datum, Person, Dauer und Tätigkeit nach und rechnet monatlich nachträglich ab; für die Zahlung gilt {{ref:prices-payment}}. Widerspricht der Auftraggeber einem Nachweis nicht innerhalb von 14 Tagen nach Zugang, gilt er als anerkannt; der Auftragnehmer weist bei Übersendung darauf hin.',
};
const TM_EN = {
  intro:
    '(1) The services are paid according to the actual time spent at the hourly and daily rates of offer {{offer.number}}. A person-day comprises eight hours; time is billed per quarter of an hour begun.',
  records:
    '(2) The Contractor records the time spent each month in activity reports stating date, person, duration and activity, and invoices monthly in arrears; payment is governed by {{ref:prices-payment}}. A report to which the Client does not object within 14 days of receipt is deemed approved; the Contractor points this out when sending it.',
};

export const projectClauses: ClauseSource[] = [
  {
    id: 'werk-scope',
    category: 'scope',
    contractTypes: ['werkvertrag'],
    requiredFor: ['werkvertrag'],
    covers: ['werk.subject'],
    de: {
      title: 'Werkleistung',
      body: [
        '(1) Der Auftragnehmer erstellt für den Auftraggeber das Werk „{{offer.title}}“ mit den Leistungen nach {{ref:subject}}. Die Leistungsbeschreibung legt die geschuldete Beschaffenheit abschließend fest.',
        '(2) Der Auftragnehmer erbringt die Leistungen eigenverantwortlich nach dem bei Vertragsschluss anerkannten Stand der Technik. Er bestimmt Art und Weise der Ausführung und die eingesetzten Mitarbeiter.',
        '(3) Termine sind nur verbindlich, wenn sie ausdrücklich als verbindlich bezeichnet sind. Fehlende Mitwirkung nach {{ref:cooperation}} oder Änderungen nach {{ref:change-requests}} verschieben sie angemessen.',
      ],
    },
    en: {
      title: 'The work',
      body: [
        '(1) The Contractor creates for the Client the work “{{offer.title}}” comprising the services under {{ref:subject}}. The service description conclusively defines the quality owed.',
        '(2) The Contractor performs the services on its own responsibility according to the state of the art recognised when the contract is concluded. It determines the manner of performance and the staff deployed.',
        '(3) Dates are binding only where expressly designated as binding. Missing cooperation under {{ref:cooperation}} or changes under {{ref:change-requests}} postpone them by a reasonable period.',
      ],
    },
  },
  {
    id: 'change-requests',
    category: 'scope',
    contractTypes: ['werkvertrag'],
    de: {
      title: 'Änderungen der Leistung',
      body: [
        '(1) Jede Partei kann Änderungen der vereinbarten Leistungen in Textform vorschlagen. Der Auftragnehmer teilt dem Auftraggeber innerhalb von zehn Werktagen mit, wie sich die Änderung auf Vergütung, Termine und übrige Leistungen auswirkt.',
        '(2) Eine Änderung wird erst wirksam, wenn beide Parteien sie in Textform vereinbart haben. Bis dahin arbeitet der Auftragnehmer nach dem bisherigen Vertrag weiter, soweit die Parteien nichts anderes vereinbaren.',
        '(3) Erfordert die Prüfung eines Änderungswunsches des Auftraggebers mehr als einen Personentag, vergütet der Auftraggeber den Aufwand zu den Sätzen des Angebots {{offer.number}}, wenn der Auftragnehmer vorher darauf hingewiesen hat.',
      ],
    },
    en: {
      title: 'Changes to the services',
      body: [
        '(1) Either party may propose changes to the agreed services in text form. Within ten working days the Contractor informs the Client how the change affects the fee, the dates and the other services.',
        '(2) A change takes effect only once both parties have agreed it in text form. Until then the Contractor continues to work under the existing contract unless the parties agree otherwise.',
        '(3) If assessing a change requested by the Client takes more than one person-day, the Client pays for the effort at the rates of offer {{offer.number}}, provided the Contractor pointed this out beforehand.',
      ],
    },
  },
  {
    id: 'cooperation',
    category: 'cooperation',
    contractTypes: ['werkvertrag', 'dienstvertrag', 'maintenance-sla'],
    de: {
      title: 'Mitwirkung des Auftraggebers',
      body: [
        '(1) Der Auftraggeber unterstützt den Auftragnehmer bei der Erbringung der Leistungen. Er wird insbesondere',
        '- einen Ansprechpartner benennen, der die erforderlichen Entscheidungen trifft oder kurzfristig herbeiführt,\n- den Zugang zu Räumen, Systemen und, soweit vereinbart, einen gesicherten Fernzugriff bereitstellen,\n- Informationen, Unterlagen und Testdaten rechtzeitig zur Verfügung stellen und\n- seine Daten regelmäßig und dem Stand der Technik entsprechend sichern.',
        '(2) Die Mitwirkungsleistungen erbringt der Auftraggeber rechtzeitig und unentgeltlich. Erbringt er sie nicht, nicht rechtzeitig oder nicht wie vereinbart, verschieben sich betroffene Termine angemessen; der Auftragnehmer kann den dadurch entstehenden Mehraufwand zu den Sätzen des Angebots {{offer.number}} berechnen.',
      ],
    },
    en: {
      title: 'Cooperation of the Client',
      body: [
        '(1) The Client supports the Contractor in performing the services. In particular, it will',
        '- name a contact person who takes the necessary decisions or obtains them at short notice,\n- provide access to premises, systems and, where agreed, secure remote access,\n- provide information, documents and test data in good time, and\n- back up its data regularly and in line with the state of the art.',
        '(2) The Client provides its cooperation in good time and free of charge. If it fails to do so, or not in time or not as agreed, the dates affected are postponed by a reasonable period; the Contractor may charge the resulting additional effort at the rates of offer {{offer.number}}.',
      ],
    },
  },
  {
    id: 'acceptance',
    category: 'acceptance',
    contractTypes: ['werkvertrag'],
    requiredFor: ['werkvertrag'],
    covers: ['werk.acceptance'],
    de: {
      title: 'Abnahme',
      body: [
        ACCEPT_DE.notice,
        '(2) Der Auftraggeber prüft die Leistung innerhalb von zehn Werktagen nach der Anzeige.',
        ACCEPT_DE.minor,
        ACCEPT_DE.deemed,
        ACCEPT_DE.effect,
      ],
      preferredNote: 'Prüffrist zehn Werktage, Teilabnahmen möglich.',
      fallback: {
        body: [
          ACCEPT_DE.notice,
          '(2) Der Auftraggeber prüft die Leistung innerhalb von 20 Werktagen nach der Anzeige anhand der gemeinsam festgelegten Testfälle.',
          ACCEPT_DE.minor,
          ACCEPT_DE.deemed,
          ACCEPT_DE.effect,
        ],
        note: 'Prüffrist 20 Werktage mit Testfällen: Testfälle früh im Projekt gemeinsam festlegen, sonst verzögert sich die Abnahme.',
      },
      walkAway: {
        body: [
          ACCEPT_DE.notice,
          '(2) Der Abnahme geht ein Probebetrieb von 30 Kalendertagen voraus. Die Abnahmereife liegt vor, wenn während des Probebetriebs keine Mängel aufgetreten sind, die die Nutzung verhindern oder erheblich einschränken.',
          ACCEPT_DE.minor,
          ACCEPT_DE.deemed,
          ACCEPT_DE.effect,
        ],
        note: 'Probebetrieb verschiebt die Fälligkeit um mindestens einen Monat: nur mit Abschlagszahlungen nach Meilensteinen vereinbaren.',
      },
    },
    en: {
      title: 'Acceptance',
      body: [
        ACCEPT_EN.notice,
        '(2) The Client tests the deliverable within ten working days of the notification.',
        ACCEPT_EN.minor,
        ACCEPT_EN.deemed,
        ACCEPT_EN.effect,
      ],
      preferredNote: 'Test period of ten working days, partial acceptance possible.',
      fallback: {
        body: [
          ACCEPT_EN.notice,
          '(2) The Client tests the deliverable within 20 working days of the notification, using the jointly defined test cases.',
          ACCEPT_EN.minor,
          ACCEPT_EN.deemed,
          ACCEPT_EN.effect,
        ],
        note: 'Test period of 20 working days with test cases: define the test cases jointly early in the project, otherwise acceptance is delayed.',
      },
      walkAway: {
        body: [
          ACCEPT_EN.notice,
          '(2) Acceptance is preceded by a trial operation of 30 calendar days. The work is ready for acceptance if no defects preventing or considerably restricting its use have occurred during the trial operation.',
          ACCEPT_EN.minor,
          ACCEPT_EN.deemed,
          ACCEPT_EN.effect,
        ],
        note: 'Trial operation postpones payment by at least a month: agree only together with instalments on milestones.',
      },
    },
  },
  {
    id: 'services-scope',
    category: 'services',
    contractTypes: ['dienstvertrag'],
    requiredFor: ['dienstvertrag'],
    covers: ['dienst.services'],
    de: {
      title: 'Dienstleistungen',
      body: [
        '(1) Der Auftragnehmer erbringt für den Auftraggeber Beratungs- und Unterstützungsleistungen zum Vorhaben „{{offer.title}}“ nach dem Angebot {{offer.number}}. Die Leistungen sind Dienste im Sinne der §§ 611 ff. BGB; geschuldet ist ihre fachgerechte Erbringung, nicht ein bestimmter Erfolg.',
        '(2) Die Verantwortung für die Nutzung der Ergebnisse, für Entscheidungen und für die Projektleitung liegt beim Auftraggeber, soweit nicht ausdrücklich etwas anderes vereinbart ist.',
        '(3) Zeit und Ort der Leistungen stimmen die Parteien ab. Leistungen außerhalb der üblichen Arbeitszeiten von Montag bis Freitag, 8 bis 18 Uhr, erbringt der Auftragnehmer nur nach Vereinbarung.',
      ],
    },
    en: {
      title: 'Services',
      body: [
        '(1) The Contractor provides the Client with consulting and support services for the project “{{offer.title}}” according to offer {{offer.number}}. The services are services within the meaning of sections 611 et seqq. German Civil Code; what is owed is their professional performance, not a particular result.',
        '(2) Responsibility for the use of the results, for decisions and for project management lies with the Client unless expressly agreed otherwise.',
        '(3) The parties agree on the time and place of the services. The Contractor provides services outside the usual working hours of Monday to Friday, 8 am to 6 pm, only by agreement.',
      ],
    },
  },
  {
    id: 'time-material',
    category: 'prices',
    contractTypes: ['dienstvertrag'],
    de: {
      title: 'Vergütung nach Aufwand',
      body: [
        TM_DE.intro,
        TM_DE.records,
        '(3) Aufwandsschätzungen sind unverbindlich. Zeichnet sich ab, dass eine Schätzung um mehr als 10 % überschritten wird, teilt der Auftragnehmer dies dem Auftraggeber unverzüglich mit.',
      ],
      preferredNote: 'Reine Aufwandsvergütung, Schätzungen unverbindlich.',
      fallback: {
        body: [
          TM_DE.intro,
          TM_DE.records,
          '(3) Der Aufwand ist auf den im Angebot {{offer.number}} genannten Betrag von {{offer.grossTotal}} begrenzt. Leistungen darüber hinaus erbringt der Auftragnehmer nur nach Freigabe in Textform; er informiert den Auftraggeber, sobald 80 % des Betrags erreicht sind.',
        ],
        note: 'Budgetobergrenze mit Freigabe: die Leistungen enden beim Budget, wenn der Kunde nicht freigibt. Budget im Projekt laufend verfolgen.',
      },
      walkAway: {
        body: [
          TM_DE.intro,
          TM_DE.records,
          '(3) Der Aufwand ist auf den im Angebot {{offer.number}} genannten Betrag von {{offer.grossTotal}} begrenzt. Überschreitet der Auftragnehmer diesen Betrag ohne vorherige Freigabe des Auftraggebers in Textform, trägt er den Aufwand über 110 % des Betrags selbst.',
        ],
        note: 'Teilweise Festpreisrisiko ab 110 %: nur bei gut abschätzbarem Umfang und erfahrenem Team.',
      },
    },
    en: {
      title: 'Time and material',
      body: [
        TM_EN.intro,
        TM_EN.records,
        '(3) Estimates of effort are not binding. If it becomes apparent that an estimate will be exceeded by more than 10 %, the Contractor informs the Client without undue delay.',
      ],
      preferredNote: 'Pure time and material, estimates not binding.',
      fallback: {
        body: [
          TM_EN.intro,
          TM_EN.records,
          '(3) The effort is capped at the amount of {{offer.grossTotal}} stated in offer {{offer.number}}. The Contractor provides services beyond it only after approval in text form; it informs the Client as soon as 80 % of the amount has been reached.',
        ],
        note: 'Budget cap with approval: the services stop at the budget unless the client approves more. Track the budget throughout the project.',
      },
      walkAway: {
        body: [
          TM_EN.intro,
          TM_EN.records,
          '(3) The effort is capped at the amount of {{offer.grossTotal}} stated in offer {{offer.number}}. If the Contractor exceeds this amount without the Client’s prior approval in text form, it bears the effort beyond 110 % of the amount itself.',
        ],
        note: 'Partial fixed-price risk above 110 %: only where the scope can be estimated well and the team is experienced.',
      },
    },
  },
  {
    id: 'personnel',
    category: 'services',
    contractTypes: ['dienstvertrag', 'werkvertrag'],
    de: {
      title: 'Einsatz von Mitarbeitern und Subunternehmern',
      body: [
        '(1) Der Auftragnehmer wählt die Mitarbeiter aus, die er für die Leistungen einsetzt, und kann sie austauschen; dabei nimmt er auf die Interessen des Auftraggebers angemessen Rücksicht.',
        '(2) Die Mitarbeiter des Auftragnehmers unterliegen allein seinem Weisungsrecht und werden nicht in die Arbeitsorganisation des Auftraggebers eingegliedert. Der Auftraggeber richtet Wünsche zur Leistung ausschließlich an den Ansprechpartner des Auftragnehmers. Eine Arbeitnehmerüberlassung ist nicht vereinbart.',
        '(3) Der Auftragnehmer darf Subunternehmer einsetzen; er bleibt dem Auftraggeber für deren Leistungen verantwortlich.',
      ],
    },
    en: {
      title: 'Staff and subcontractors',
      body: [
        '(1) The Contractor selects the staff it deploys for the services and may replace them; in doing so it takes due account of the Client’s interests.',
        '(2) The Contractor’s staff are subject solely to its right to give instructions and are not integrated into the Client’s work organisation. The Client addresses requests concerning the services exclusively to the Contractor’s contact person. No temporary agency work (Arbeitnehmerüberlassung) is agreed.',
        '(3) The Contractor may use subcontractors; it remains responsible to the Client for their services.',
      ],
    },
  },
  {
    id: 'payment-schedule',
    category: 'payment',
    contractTypes: ['werkvertrag', 'dienstvertrag'],
    condition: { fact: 'hasPaymentPlan' },
    de: {
      title: 'Zahlungsplan',
      body: [
        '(1) Ergänzend zu {{ref:prices-payment}} wird die einmalige Vergütung nach dem Zahlungsplan des Projektplans zum Angebot {{offer.number}} in Raten fällig, jeweils mit dem Erreichen des genannten Meilensteins oder zum genannten Datum. Die Beträge verstehen sich zuzüglich der gesetzlichen Umsatzsteuer:',
        '{{plan.paymentPlan}}',
        '(2) Die Fälligkeitsdaten beruhen auf dem Projektplan mit Projektbeginn am {{plan.start}} und voraussichtlichem Projektende am {{plan.finish}}; das Zahlungsziel nach {{ref:prices-payment}} ist eingerechnet. Verschiebt sich ein Meilenstein, verschiebt sich die Fälligkeit der zugehörigen Rate entsprechend.',
        '(3) Ein Meilenstein ist erreicht, wenn die zugehörigen Leistungen fertiggestellt und, soweit eine Abnahme vorgesehen ist, abgenommen sind. Der Auftragnehmer stellt jede Rate nach Erreichen ihres Meilensteins in Rechnung.',
      ],
    },
    en: {
      title: 'Payment schedule',
      body: [
        '(1) In addition to {{ref:prices-payment}}, the one-time fee falls due in instalments under the payment plan of the project plan for offer {{offer.number}}, each on reaching the milestone named or on the date named. The amounts are net of statutory VAT:',
        '{{plan.paymentPlan}}',
        '(2) The due dates are based on the project plan with the project starting on {{plan.start}} and expected to finish on {{plan.finish}}; they include the payment term under {{ref:prices-payment}}. If a milestone moves, the due date of the instalment tied to it moves accordingly.',
        '(3) A milestone is reached when the services belonging to it are completed and, where acceptance is provided for, accepted. The Contractor invoices each instalment once its milestone is reached.',
      ],
    },
  },
];
