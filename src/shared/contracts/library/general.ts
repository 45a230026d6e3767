import type { ClauseSource } from './define';
import { COMMERCIAL, CONTINUING } from './define';

export const generalClauses: ClauseSource[] = [
  {
    id: 'subject',
    category: 'subject',
    contractTypes: COMMERCIAL,
    de: {
      title: 'Vertragsgegenstand',
      body: [
        '(1) {{company.name}} (nachfolgend „Auftragnehmer“) erbringt für {{client.name}} (nachfolgend „Auftraggeber“) die in diesem Vertrag und im Angebot {{offer.number}} vom {{offer.date}} beschriebenen Leistungen:',
        '{{offer.scope}}',
        '(2) Bestandteile des Vertrags sind in dieser Rangfolge: dieser Vertrag, die Leistungsbeschreibung des Angebots {{offer.number}} und die übrigen Anlagen. Bei Widersprüchen geht das vorrangige Dokument dem nachrangigen vor.',
        '(3) Allgemeine Geschäftsbedingungen des Auftraggebers werden nicht Vertragsbestandteil, auch wenn der Auftragnehmer ihnen nicht ausdrücklich widerspricht.',
      ],
    },
    en: {
      title: 'Subject matter',
      body: [
        '(1) {{company.name}} (the “Contractor”) provides to {{client.name}} (the “Client”) the services described in this contract and in offer {{offer.number}} of {{offer.date}}:',
        '{{offer.scope}}',
        '(2) The contract consists of the following documents in this order of precedence: this contract, the service description of offer {{offer.number}} and the other annexes. In case of conflict, the document ranking higher prevails.',
        '(3) General terms and conditions of the Client do not become part of the contract, even if the Contractor does not expressly object to them.',
      ],
    },
  },
  {
    id: 'prices-payment',
    category: 'payment',
    contractTypes: COMMERCIAL,
    requiredFor: COMMERCIAL,
    covers: ['payment.terms'],
    de: {
      title: 'Vergütung und Zahlung',
      body: [
        '(1) Für die Leistungen nach {{ref:subject}} zahlt der Auftraggeber die im Angebot {{offer.number}} ausgewiesene Vergütung von {{offer.grossTotal}} einschließlich der gesetzlichen Umsatzsteuer.',
        '(2) Rechnungen sind innerhalb von {{offer.paymentTermsDays}} Tagen nach Zugang ohne Abzug zahlbar. Der Auftragnehmer darf Rechnungen elektronisch übermitteln.',
        '(3) Reisekosten und Auslagen werden nur erstattet, soweit das Angebot dies vorsieht oder der Auftraggeber sie vorher in Textform freigegeben hat.',
        '(4) Der Auftraggeber kann nur mit unbestrittenen oder rechtskräftig festgestellten Forderungen aufrechnen.',
      ],
      preferredNote: 'Zahlungsziel aus dem Angebot, netto ohne Skonto.',
      fallback: {
        body: [
          '(1) Für die Leistungen nach {{ref:subject}} zahlt der Auftraggeber die im Angebot {{offer.number}} ausgewiesene Vergütung von {{offer.grossTotal}} einschließlich der gesetzlichen Umsatzsteuer.',
          '(2) Rechnungen sind innerhalb von {{offer.paymentTermsDays}} Tagen nach Zugang ohne Abzug zahlbar; bei Zahlung innerhalb von 10 Tagen nach Zugang darf der Auftraggeber 2 % Skonto abziehen.',
          '(3) Reisekosten und Auslagen werden nur erstattet, soweit das Angebot dies vorsieht oder der Auftraggeber sie vorher in Textform freigegeben hat.',
          '(4) Der Auftraggeber kann nur mit unbestrittenen oder rechtskräftig festgestellten Forderungen aufrechnen.',
        ],
        note: '2 % Skonto bei Zahlung in 10 Tagen: nur anbieten, wenn der Deckungsbeitrag es trägt.',
      },
      walkAway: {
        body: [
          '(1) Für die Leistungen nach {{ref:subject}} zahlt der Auftraggeber die im Angebot {{offer.number}} ausgewiesene Vergütung von {{offer.grossTotal}} einschließlich der gesetzlichen Umsatzsteuer.',
          '(2) Rechnungen sind innerhalb von 60 Tagen nach Zugang ohne Abzug zahlbar.',
          '(3) Reisekosten und Auslagen werden nur erstattet, soweit das Angebot dies vorsieht oder der Auftraggeber sie vorher in Textform freigegeben hat.',
          '(4) Der Auftraggeber kann nur mit unbestrittenen oder rechtskräftig festgestellten Forderungen aufrechnen.',
        ],
        note: 'Äußerstes Zahlungsziel 60 Tage (§ 271a BGB). Längere Ziele nicht annehmen; Finanzierungskosten in den Preis einrechnen.',
      },
    },
    en: {
      title: 'Fees and payment',
      body: [
        '(1) For the services under {{ref:subject}}, the Client pays the fee stated in offer {{offer.number}} of {{offer.grossTotal}} including statutory VAT.',
        '(2) Invoices are payable without deduction within {{offer.paymentTermsDays}} days of receipt. The Contractor may send invoices electronically.',
        '(3) Travel costs and expenses are reimbursed only where the offer provides for them or the Client has approved them in advance in text form.',
        '(4) The Client may set off only claims that are undisputed or have been finally established by a court.',
      ],
      preferredNote: 'Payment term from the offer, net, no early-payment discount.',
      fallback: {
        body: [
          '(1) For the services under {{ref:subject}}, the Client pays the fee stated in offer {{offer.number}} of {{offer.grossTotal}} including statutory VAT.',
          '(2) Invoices are payable without deduction within {{offer.paymentTermsDays}} days of receipt; if the Client pays within 10 days of receipt, it may deduct a 2 % early-payment discount.',
          '(3) Travel costs and expenses are reimbursed only where the offer provides for them or the Client has approved them in advance in text form.',
          '(4) The Client may set off only claims that are undisputed or have been finally established by a court.',
        ],
        note: '2 % discount for payment within 10 days: offer it only if the margin allows.',
      },
      walkAway: {
        body: [
          '(1) For the services under {{ref:subject}}, the Client pays the fee stated in offer {{offer.number}} of {{offer.grossTotal}} including statutory VAT.',
          '(2) Invoices are payable without deduction within 60 days of receipt.',
          '(3) Travel costs and expenses are reimbursed only where the offer provides for them or the Client has approved them in advance in text form.',
          '(4) The Client may set off only claims that are undisputed or have been finally established by a court.',
        ],
        note: 'Longest acceptable payment term is 60 days (section 271a German Civil Code). Do not accept longer terms; price in the financing cost.',
      },
    },
  },
  {
    id: 'recurring-fees',
    category: 'prices',
    contractTypes: CONTINUING,
    condition: { fact: 'hasRecurringLines' },
    de: {
      title: 'Wiederkehrende Entgelte',
      body: [
        '(1) Für die laufenden Leistungen zahlt der Auftraggeber die im Angebot {{offer.number}} als wiederkehrend ausgewiesenen Entgelte von {{offer.recurringTotal}}. Sie werden jeweils im Voraus für den Abrechnungszeitraum des Angebots in Rechnung gestellt; für die Zahlung gilt {{ref:prices-payment}}.',
        '(2) Der Auftragnehmer kann die wiederkehrenden Entgelte frühestens zwölf Monate nach Vertragsbeginn und danach höchstens einmal in zwölf Monaten anpassen, soweit sich seine Kosten für die Leistung verändert haben. Er kündigt die Anpassung mindestens drei Monate vorher in Textform an.',
        '(3) Beträgt eine Erhöhung mehr als 5 %, kann der Auftraggeber den Vertrag zum Zeitpunkt ihres Wirksamwerdens kündigen.',
      ],
      preferredNote:
        'Kostenbasierte Anpassung, höchstens jährlich, mit Sonderkündigungsrecht ab 5 %.',
      fallback: {
        body: [
          '(1) Für die laufenden Leistungen zahlt der Auftraggeber die im Angebot {{offer.number}} als wiederkehrend ausgewiesenen Entgelte von {{offer.recurringTotal}}. Sie werden jeweils im Voraus für den Abrechnungszeitraum des Angebots in Rechnung gestellt; für die Zahlung gilt {{ref:prices-payment}}.',
          '(2) Die wiederkehrenden Entgelte ändern sich jeweils zum 1. Januar, erstmals nach Ablauf von zwölf Monaten ab Vertragsbeginn, im selben Verhältnis wie der vom Statistischen Bundesamt veröffentlichte Verbraucherpreisindex für Deutschland (VPI) im vorangegangenen Kalenderjahr; eine Änderung um mehr als 5 % im Jahr ist ausgeschlossen.',
        ],
        note: 'Indexklausel am VPI: für den Kunden nachvollziehbar, dafür keine Weitergabe höherer Personalkosten über 5 %.',
      },
      walkAway: {
        body: [
          '(1) Für die laufenden Leistungen zahlt der Auftraggeber die im Angebot {{offer.number}} als wiederkehrend ausgewiesenen Entgelte von {{offer.recurringTotal}}. Sie werden jeweils im Voraus für den Abrechnungszeitraum des Angebots in Rechnung gestellt; für die Zahlung gilt {{ref:prices-payment}}.',
          '(2) Die Entgelte sind für die Mindestlaufzeit fest. Danach kann der Auftragnehmer sie mit einer Ankündigungsfrist von drei Monaten zum Ende eines Vertragsjahres anpassen; der Auftraggeber kann dann zum selben Zeitpunkt kündigen.',
        ],
        note: 'Festpreis über die ganze Mindestlaufzeit: nur bei Laufzeiten bis 36 Monate und mit Preisreserve im Angebot.',
      },
    },
    en: {
      title: 'Recurring fees',
      body: [
        '(1) For the continuing services, the Client pays the fees shown as recurring in offer {{offer.number}} of {{offer.recurringTotal}}. They are invoiced in advance for each billing period of the offer; payment is governed by {{ref:prices-payment}}.',
        '(2) The Contractor may adjust the recurring fees no earlier than twelve months after the start of the contract and thereafter no more than once in twelve months, to the extent its costs for the service have changed. It announces the adjustment in text form at least three months in advance.',
        '(3) If an increase exceeds 5 %, the Client may terminate the contract with effect from the date the increase takes effect.',
      ],
      preferredNote: 'Cost-based adjustment, at most yearly, with a termination right above 5 %.',
      fallback: {
        body: [
          '(1) For the continuing services, the Client pays the fees shown as recurring in offer {{offer.number}} of {{offer.recurringTotal}}. They are invoiced in advance for each billing period of the offer; payment is governed by {{ref:prices-payment}}.',
          '(2) The recurring fees change on 1 January of each year, for the first time after twelve months from the start of the contract, in the same proportion as the consumer price index for Germany (VPI) published by the Federal Statistical Office changed in the preceding calendar year; a change of more than 5 % per year is excluded.',
        ],
        note: 'Index clause based on the consumer price index: transparent for the client, but higher staff costs above 5 % cannot be passed on.',
      },
      walkAway: {
        body: [
          '(1) For the continuing services, the Client pays the fees shown as recurring in offer {{offer.number}} of {{offer.recurringTotal}}. They are invoiced in advance for each billing period of the offer; payment is governed by {{ref:prices-payment}}.',
          '(2) The fees are fixed for the minimum term. Thereafter the Contractor may adjust them with three months’ notice to the end of a contract year; the Client may then terminate with effect from the same date.',
        ],
        note: 'Fixed price for the whole minimum term: only for terms up to 36 months and with a price reserve in the offer.',
      },
    },
  },
  {
    id: 'term-termination',
    category: 'term',
    contractTypes: ['dienstvertrag', 'maintenance-sla', 'saas'],
    requiredFor: ['dienstvertrag', 'maintenance-sla', 'saas'],
    covers: ['term.termination'],
    de: {
      title: 'Laufzeit und Kündigung',
      body: [
        '(1) Der Vertrag beginnt am {{contract.start}} und hat eine Mindestlaufzeit von {{contract.termMonths}} Monaten.',
        '(2) Er verlängert sich jeweils um {{contract.renewalMonths}} Monate, wenn ihn keine Partei mit einer Frist von {{contract.noticeMonths}} Monaten zum Ende der Mindestlaufzeit oder eines Verlängerungszeitraums kündigt.',
        '(3) Das Recht jeder Partei zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt. Ein wichtiger Grund liegt für den Auftragnehmer insbesondere vor, wenn der Auftraggeber mit fälligen Zahlungen von mehr als zwei Monatsentgelten in Verzug ist.',
        '(4) Jede Kündigung bedarf der Textform.',
      ],
      preferredNote: 'Mindestlaufzeit und Verlängerung wie im Angebot kalkuliert.',
      fallback: {
        body: [
          '(1) Der Vertrag beginnt am {{contract.start}} und hat eine Mindestlaufzeit von {{contract.termMonths}} Monaten.',
          '(2) Nach Ablauf der Mindestlaufzeit läuft er auf unbestimmte Zeit weiter und kann von jeder Partei mit einer Frist von einem Monat zum Monatsende gekündigt werden.',
          '(3) Das Recht jeder Partei zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt. Ein wichtiger Grund liegt für den Auftragnehmer insbesondere vor, wenn der Auftraggeber mit fälligen Zahlungen von mehr als zwei Monatsentgelten in Verzug ist.',
          '(4) Jede Kündigung bedarf der Textform.',
        ],
        note: 'Keine stillschweigende Verlängerung um volle Zeiträume: wenn der Kunde das verlangt, die Mindestlaufzeit halten.',
      },
      walkAway: {
        body: [
          '(1) Der Vertrag beginnt am {{contract.start}} und läuft auf unbestimmte Zeit. Jede Partei kann ihn mit einer Frist von {{contract.noticeMonths}} Monaten zum Monatsende kündigen, der Auftraggeber frühestens zum Ablauf von zwölf Monaten nach Vertragsbeginn.',
          '(2) Das Recht jeder Partei zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt. Ein wichtiger Grund liegt für den Auftragnehmer insbesondere vor, wenn der Auftraggeber mit fälligen Zahlungen von mehr als zwei Monatsentgelten in Verzug ist.',
          '(3) Jede Kündigung bedarf der Textform.',
        ],
        note: 'Mindestens zwölf Monate Bindung. Einmalige Einrichtungskosten müssen dann im ersten Jahr vollständig abgerechnet sein.',
      },
    },
    en: {
      title: 'Term and termination',
      body: [
        '(1) The contract begins on {{contract.start}} and has a minimum term of {{contract.termMonths}} months.',
        '(2) It is extended by {{contract.renewalMonths}} months at a time unless either party terminates it with {{contract.noticeMonths}} months’ notice to the end of the minimum term or of an extension period.',
        '(3) Each party’s right to terminate for good cause remains unaffected. Good cause for the Contractor exists in particular if the Client is in default with due payments exceeding two monthly fees.',
        '(4) Any termination must be made in text form.',
      ],
      preferredNote: 'Minimum term and renewal as calculated in the offer.',
      fallback: {
        body: [
          '(1) The contract begins on {{contract.start}} and has a minimum term of {{contract.termMonths}} months.',
          '(2) After the minimum term it continues for an indefinite period and may be terminated by either party with one month’s notice to the end of a calendar month.',
          '(3) Each party’s right to terminate for good cause remains unaffected. Good cause for the Contractor exists in particular if the Client is in default with due payments exceeding two monthly fees.',
          '(4) Any termination must be made in text form.',
        ],
        note: 'No automatic renewal for full periods: if the client insists, keep the minimum term.',
      },
      walkAway: {
        body: [
          '(1) The contract begins on {{contract.start}} and runs for an indefinite period. Either party may terminate it with {{contract.noticeMonths}} months’ notice to the end of a calendar month, the Client no earlier than with effect from twelve months after the start of the contract.',
          '(2) Each party’s right to terminate for good cause remains unaffected. Good cause for the Contractor exists in particular if the Client is in default with due payments exceeding two monthly fees.',
          '(3) Any termination must be made in text form.',
        ],
        note: 'At least twelve months’ commitment. One-time set-up costs must then be fully invoiced in the first year.',
      },
    },
  },
  {
    id: 'liability',
    category: 'liability',
    contractTypes: COMMERCIAL,
    requiredFor: COMMERCIAL,
    covers: ['liability.limitation', 'liability.non-excludable'],
    de: {
      title: 'Haftung',
      body: [
        '(1) Der Auftragnehmer haftet unbeschränkt bei Vorsatz und grober Fahrlässigkeit, bei der Verletzung des Lebens, des Körpers oder der Gesundheit, nach dem Produkthaftungsgesetz sowie im Umfang einer von ihm übernommenen Garantie.',
        '(2) Bei leicht fahrlässiger Verletzung einer wesentlichen Vertragspflicht ist die Haftung auf den vertragstypischen, bei Vertragsschluss vorhersehbaren Schaden begrenzt, insgesamt höchstens auf 100 % der Vergütung nach dem Angebot {{offer.number}} ({{offer.grossTotal}}). Wesentlich ist eine Pflicht, deren Erfüllung die ordnungsgemäße Durchführung des Vertrags erst ermöglicht und auf deren Einhaltung der Auftraggeber regelmäßig vertrauen darf.',
        '(3) Im Übrigen ist die Haftung für leichte Fahrlässigkeit ausgeschlossen.',
        '(4) Für den Verlust von Daten haftet der Auftragnehmer nur bis zu dem Aufwand, der zu ihrer Wiederherstellung aus ordnungsgemäß und regelmäßig angefertigten Sicherungskopien erforderlich gewesen wäre; dies gilt nicht, soweit die Datensicherung zu den Leistungen des Auftragnehmers gehört.',
        '(5) Die Absätze 2 bis 4 gelten auch zugunsten der Organe, Mitarbeiter und Erfüllungsgehilfen des Auftragnehmers.',
      ],
      preferredNote: 'Haftungshöchstbetrag 100 % des Auftragswerts.',
      fallback: {
        body: [
          '(1) Der Auftragnehmer haftet unbeschränkt bei Vorsatz und grober Fahrlässigkeit, bei der Verletzung des Lebens, des Körpers oder der Gesundheit, nach dem Produkthaftungsgesetz sowie im Umfang einer von ihm übernommenen Garantie.',
          '(2) Bei leicht fahrlässiger Verletzung einer wesentlichen Vertragspflicht ist die Haftung auf den vertragstypischen, bei Vertragsschluss vorhersehbaren Schaden begrenzt, insgesamt höchstens auf 200 % der Vergütung nach dem Angebot {{offer.number}}. Wesentlich ist eine Pflicht, deren Erfüllung die ordnungsgemäße Durchführung des Vertrags erst ermöglicht und auf deren Einhaltung der Auftraggeber regelmäßig vertrauen darf.',
          '(3) Im Übrigen ist die Haftung für leichte Fahrlässigkeit ausgeschlossen.',
          '(4) Für den Verlust von Daten haftet der Auftragnehmer nur bis zu dem Aufwand, der zu ihrer Wiederherstellung aus ordnungsgemäß und regelmäßig angefertigten Sicherungskopien erforderlich gewesen wäre; dies gilt nicht, soweit die Datensicherung zu den Leistungen des Auftragnehmers gehört.',
          '(5) Die Absätze 2 bis 4 gelten auch zugunsten der Organe, Mitarbeiter und Erfüllungsgehilfen des Auftragnehmers.',
        ],
        note: 'Höchstbetrag 200 % des Auftragswerts. Vorher prüfen, ob die Deckungssumme der Haftpflichtversicherung reicht.',
      },
      walkAway: {
        body: [
          '(1) Der Auftragnehmer haftet unbeschränkt bei Vorsatz und grober Fahrlässigkeit, bei der Verletzung des Lebens, des Körpers oder der Gesundheit, nach dem Produkthaftungsgesetz sowie im Umfang einer von ihm übernommenen Garantie.',
          '(2) Bei leichter Fahrlässigkeit haftet der Auftragnehmer nach den gesetzlichen Vorschriften, für Schäden außerhalb der Verletzung wesentlicher Vertragspflichten jedoch nur bis zur Höhe der Vergütung nach dem Angebot {{offer.number}}.',
          '(3) Die Absätze 1 und 2 gelten auch zugunsten der Organe, Mitarbeiter und Erfüllungsgehilfen des Auftragnehmers.',
        ],
        note: 'Unbeschränkte Haftung für leicht fahrlässige Verletzung wesentlicher Pflichten: nur mit Freigabe der Geschäftsführung und nach Rücksprache mit der Versicherung. Darüber hinaus nicht abschließen.',
      },
    },
    en: {
      title: 'Liability',
      body: [
        '(1) The Contractor is liable without limitation for intent and gross negligence, for injury to life, body or health, under the German Product Liability Act (Produkthaftungsgesetz) and to the extent of any guarantee it has given.',
        '(2) For slightly negligent breach of an essential contractual obligation, liability is limited to the damage typical for the contract and foreseeable when the contract was concluded, and in total to no more than 100 % of the fee under offer {{offer.number}} ({{offer.grossTotal}}). An obligation is essential if its fulfilment makes the proper performance of the contract possible in the first place and the Client may regularly rely on its being fulfilled.',
        '(3) Otherwise, liability for slight negligence is excluded.',
        '(4) For loss of data, the Contractor is liable only up to the effort that would have been needed to restore the data from properly and regularly made backups; this does not apply where backing up the data is part of the Contractor’s services.',
        '(5) Paragraphs 2 to 4 also apply in favour of the Contractor’s officers, employees and vicarious agents.',
      ],
      preferredNote: 'Liability cap of 100 % of the order value.',
      fallback: {
        body: [
          '(1) The Contractor is liable without limitation for intent and gross negligence, for injury to life, body or health, under the German Product Liability Act (Produkthaftungsgesetz) and to the extent of any guarantee it has given.',
          '(2) For slightly negligent breach of an essential contractual obligation, liability is limited to the damage typical for the contract and foreseeable when the contract was concluded, and in total to no more than 200 % of the fee under offer {{offer.number}}. An obligation is essential if its fulfilment makes the proper performance of the contract possible in the first place and the Client may regularly rely on its being fulfilled.',
          '(3) Otherwise, liability for slight negligence is excluded.',
          '(4) For loss of data, the Contractor is liable only up to the effort that would have been needed to restore the data from properly and regularly made backups; this does not apply where backing up the data is part of the Contractor’s services.',
          '(5) Paragraphs 2 to 4 also apply in favour of the Contractor’s officers, employees and vicarious agents.',
        ],
        note: 'Cap of 200 % of the order value. Check first that the liability insurance covers the amount.',
      },
      walkAway: {
        body: [
          '(1) The Contractor is liable without limitation for intent and gross negligence, for injury to life, body or health, under the German Product Liability Act (Produkthaftungsgesetz) and to the extent of any guarantee it has given.',
          '(2) For slight negligence, the Contractor is liable in accordance with the statutory provisions, but for damage outside the breach of essential contractual obligations only up to the amount of the fee under offer {{offer.number}}.',
          '(3) Paragraphs 1 and 2 also apply in favour of the Contractor’s officers, employees and vicarious agents.',
        ],
        note: 'Unlimited liability for slightly negligent breach of essential obligations: only with management approval and after consulting the insurer. Do not go beyond this.',
      },
    },
  },
  {
    id: 'warranty',
    category: 'warranty',
    contractTypes: ['werkvertrag', 'software-licence'],
    de: {
      title: 'Mängelansprüche',
      body: [
        '(1) Der Auftragnehmer steht dafür ein, dass seine Leistungen die vereinbarte Beschaffenheit haben und frei von Rechten Dritter sind, die ihrer vertragsgemäßen Nutzung entgegenstehen.',
        '(2) Der Auftraggeber meldet Mängel unverzüglich in Textform mit einer nachvollziehbaren Beschreibung der Fehlersymptome.',
        '(3) Der Auftragnehmer leistet Nacherfüllung nach seiner Wahl durch Beseitigung des Mangels oder durch Lieferung einer mangelfreien Leistung. Eine zumutbare Umgehungslösung genügt, bis der Mangel beseitigt ist. Schlägt die Nacherfüllung fehl, kann der Auftraggeber nach den gesetzlichen Vorschriften mindern oder vom Vertrag zurücktreten; Schadensersatz leistet der Auftragnehmer nur nach {{ref:liability}}.',
        '(4) Mängelansprüche verjähren in zwölf Monaten ab Abnahme oder, wo keine Abnahme vorgesehen ist, ab Ablieferung. Dies gilt nicht für die Fälle unbeschränkter Haftung nach {{ref:liability}} und bei arglistig verschwiegenen Mängeln.',
      ],
      preferredNote: 'Verjährung zwölf Monate.',
      fallback: {
        body: [
          '(1) Der Auftragnehmer steht dafür ein, dass seine Leistungen die vereinbarte Beschaffenheit haben und frei von Rechten Dritter sind, die ihrer vertragsgemäßen Nutzung entgegenstehen.',
          '(2) Der Auftraggeber meldet Mängel unverzüglich in Textform mit einer nachvollziehbaren Beschreibung der Fehlersymptome.',
          '(3) Der Auftragnehmer leistet Nacherfüllung nach seiner Wahl durch Beseitigung des Mangels oder durch Lieferung einer mangelfreien Leistung. Eine zumutbare Umgehungslösung genügt, bis der Mangel beseitigt ist. Schlägt die Nacherfüllung fehl, kann der Auftraggeber nach den gesetzlichen Vorschriften mindern oder vom Vertrag zurücktreten; Schadensersatz leistet der Auftragnehmer nur nach {{ref:liability}}.',
          '(4) Mängelansprüche verjähren in 24 Monaten ab Abnahme oder, wo keine Abnahme vorgesehen ist, ab Ablieferung. Dies gilt nicht für die Fälle unbeschränkter Haftung nach {{ref:liability}} und bei arglistig verschwiegenen Mängeln.',
        ],
        note: 'Verjährung 24 Monate: Gewährleistungsrückstellung im Angebot entsprechend erhöhen.',
      },
      walkAway: {
        body: [
          '(1) Der Auftragnehmer steht dafür ein, dass seine Leistungen die vereinbarte Beschaffenheit haben und frei von Rechten Dritter sind, die ihrer vertragsgemäßen Nutzung entgegenstehen.',
          '(2) Der Auftraggeber meldet Mängel unverzüglich in Textform mit einer nachvollziehbaren Beschreibung der Fehlersymptome.',
          '(3) Die Rechte des Auftraggebers bei Mängeln richten sich nach den gesetzlichen Vorschriften mit der gesetzlichen Verjährungsfrist; Schadensersatz leistet der Auftragnehmer nur nach {{ref:liability}}.',
        ],
        note: 'Gesetzliche Mängelrechte ohne Verkürzung der Verjährung: nur bei geringem Anteil von Individualentwicklung.',
      },
    },
    en: {
      title: 'Defects',
      body: [
        '(1) The Contractor warrants that its deliverables have the agreed quality and are free from third-party rights that prevent their use in accordance with the contract.',
        '(2) The Client reports defects without undue delay in text form, with a comprehensible description of the symptoms.',
        '(3) The Contractor remedies defects at its option by repairing the defect or by delivering a deliverable free of defects. A reasonable workaround suffices until the defect is removed. If the remedy fails, the Client may reduce the fee or withdraw from the contract in accordance with the statutory provisions; the Contractor pays damages only in accordance with {{ref:liability}}.',
        '(4) Claims for defects become time-barred twelve months after acceptance or, where no acceptance is provided for, after delivery. This does not apply to the cases of unlimited liability under {{ref:liability}} or to defects fraudulently concealed.',
      ],
      preferredNote: 'Limitation period twelve months.',
      fallback: {
        body: [
          '(1) The Contractor warrants that its deliverables have the agreed quality and are free from third-party rights that prevent their use in accordance with the contract.',
          '(2) The Client reports defects without undue delay in text form, with a comprehensible description of the symptoms.',
          '(3) The Contractor remedies defects at its option by repairing the defect or by delivering a deliverable free of defects. A reasonable workaround suffices until the defect is removed. If the remedy fails, the Client may reduce the fee or withdraw from the contract in accordance with the statutory provisions; the Contractor pays damages only in accordance with {{ref:liability}}.',
          '(4) Claims for defects become time-barred 24 months after acceptance or, where no acceptance is provided for, after delivery. This does not apply to the cases of unlimited liability under {{ref:liability}} or to defects fraudulently concealed.',
        ],
        note: 'Limitation period 24 months: raise the warranty reserve in the offer accordingly.',
      },
      walkAway: {
        body: [
          '(1) The Contractor warrants that its deliverables have the agreed quality and are free from third-party rights that prevent their use in accordance with the contract.',
          '(2) The Client reports defects without undue delay in text form, with a comprehensible description of the symptoms.',
          '(3) The Client’s rights in case of defects are governed by the statutory provisions with the statutory limitation period; the Contractor pays damages only in accordance with {{ref:liability}}.',
        ],
        note: 'Statutory rights for defects without a shorter limitation period: only where custom development is a small share.',
      },
    },
  },
];
