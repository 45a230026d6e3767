import type { ClauseSource } from './define';
import { ALL_TYPES, COMMERCIAL } from './define';

const RIGHTS_DE = {
  preexisting:
    '(2) Vorbestehende Programme, Werkzeuge, Bibliotheken und allgemeines Know-how des Auftragnehmers bleiben bei ihm. Soweit sie Teil der Arbeitsergebnisse sind, erhält der Auftraggeber daran ein einfaches, zeitlich unbeschränktes Nutzungsrecht im Umfang, der für die Nutzung der Arbeitsergebnisse erforderlich ist. Für Open-Source-Komponenten gelten vorrangig deren Lizenzbedingungen.',
  payment:
    '(3) Bis zur vollständigen Zahlung der Vergütung nach {{ref:prices-payment}} ist die Nutzung nur widerruflich gestattet.',
};
const RIGHTS_EN = {
  preexisting:
    '(2) Pre-existing programs, tools, libraries and general know-how of the Contractor remain with it. To the extent they form part of the work results, the Client receives a non-exclusive, perpetual right to use them as far as needed to use the work results. Open-source components are governed primarily by their licence terms.',
  payment:
    '(3) Until the fee under {{ref:prices-payment}} has been paid in full, use is permitted only on a revocable basis.',
};

const LAW_DE =
  '(1) Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts (CISG).';
const LAW_EN =
  '(1) This contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods (CISG).';

const WRITTEN_DE = {
  rest: [
    '(2) Der Auftraggeber kann Rechte aus diesem Vertrag nur mit Zustimmung des Auftragnehmers abtreten; § 354a HGB bleibt unberührt.',
    '(3) Die Anlagen sind Bestandteil dieses Vertrags.',
  ],
};
const WRITTEN_EN = {
  rest: [
    '(2) The Client may assign rights under this contract only with the Contractor’s consent; section 354a of the German Commercial Code (HGB) remains unaffected.',
    '(3) The annexes form part of this contract.',
  ],
};

export const provisionClauses: ClauseSource[] = [
  {
    id: 'rights-of-use',
    category: 'ip-rights',
    contractTypes: ['werkvertrag', 'dienstvertrag'],
    condition: { fact: 'hasCustomDevelopment' },
    de: {
      title: 'Nutzungsrechte an Arbeitsergebnissen',
      body: [
        '(1) Der Auftragnehmer räumt dem Auftraggeber an den für ihn individuell erstellten Arbeitsergebnissen, insbesondere Programmen, Konfigurationen und Dokumentationen, das einfache, zeitlich und räumlich unbeschränkte Recht ein, sie für eigene Zwecke zu nutzen, zu vervielfältigen und zu bearbeiten. Quellcode wird übergeben, soweit das Angebot {{offer.number}} dies vorsieht.',
        RIGHTS_DE.preexisting,
        RIGHTS_DE.payment,
      ],
      preferredNote:
        'Einfaches Nutzungsrecht: der Auftragnehmer kann Teile in anderen Projekten wiederverwenden.',
      fallback: {
        body: [
          '(1) Der Auftragnehmer räumt dem Auftraggeber an den für ihn individuell erstellten Arbeitsergebnissen, insbesondere Programmen, Konfigurationen und Dokumentationen, das ausschließliche, zeitlich und räumlich unbeschränkte und übertragbare Recht ein, sie in allen bekannten Nutzungsarten zu nutzen, zu vervielfältigen, zu bearbeiten und zu verbreiten. Der Quellcode wird mit der Abnahme übergeben. Der Auftragnehmer darf die dabei gewonnenen allgemeinen Kenntnisse und Methoden weiter nutzen.',
          RIGHTS_DE.preexisting,
          RIGHTS_DE.payment,
        ],
        note: 'Ausschließliche Rechte nur an der Individualentwicklung; Bibliotheken und Know-how bleiben beim Auftragnehmer. Im Preis berücksichtigen.',
      },
      walkAway: {
        body: [
          '(1) Der Auftragnehmer räumt dem Auftraggeber an den für ihn individuell erstellten Arbeitsergebnissen das ausschließliche, zeitlich und räumlich unbeschränkte und übertragbare Recht ein, sie in allen bekannten Nutzungsarten zu nutzen, zu vervielfältigen, zu bearbeiten und zu verbreiten, und übergibt den Quellcode laufend, mindestens zu jedem Meilenstein.',
          RIGHTS_DE.preexisting,
        ],
        note: 'Ausschließliche Rechte und laufende Quellcodeübergabe ohne Zahlungsvorbehalt: nur bei Kunden mit einwandfreier Bonität.',
      },
    },
    en: {
      title: 'Rights of use in work results',
      body: [
        '(1) The Contractor grants the Client a non-exclusive right, unlimited in time and territory, to use, copy and modify for its own purposes the work results created specifically for it, in particular programs, configurations and documentation. Source code is handed over where offer {{offer.number}} provides for it.',
        RIGHTS_EN.preexisting,
        RIGHTS_EN.payment,
      ],
      preferredNote: 'Non-exclusive right: the Contractor may reuse parts in other projects.',
      fallback: {
        body: [
          '(1) The Contractor grants the Client an exclusive and transferable right, unlimited in time and territory, to use, copy, modify and distribute in all known types of use the work results created specifically for it, in particular programs, configurations and documentation. The source code is handed over on acceptance. The Contractor may continue to use the general knowledge and methods gained.',
          RIGHTS_EN.preexisting,
          RIGHTS_EN.payment,
        ],
        note: 'Exclusive rights only in the custom development; libraries and know-how stay with the Contractor. Reflect it in the price.',
      },
      walkAway: {
        body: [
          '(1) The Contractor grants the Client an exclusive and transferable right, unlimited in time and territory, to use, copy, modify and distribute in all known types of use the work results created specifically for it, and hands over the source code continuously, at least at every milestone.',
          RIGHTS_EN.preexisting,
        ],
        note: 'Exclusive rights and continuous source-code handover without a payment reservation: only for clients with sound credit standing.',
      },
    },
  },
  {
    id: 'confidentiality',
    category: 'confidentiality',
    contractTypes: COMMERCIAL,
    de: {
      title: 'Vertraulichkeit',
      body: [
        '(1) Die Parteien behandeln alle Informationen der jeweils anderen Partei, die als vertraulich bezeichnet sind oder deren Vertraulichkeit sich aus den Umständen ergibt, insbesondere Geschäftsgeheimnisse, vertraulich und nutzen sie nur zur Durchführung dieses Vertrags.',
        '(2) Dies gilt nicht für Informationen, die der empfangenden Partei bereits rechtmäßig bekannt waren, die ohne ihr Verschulden öffentlich bekannt sind oder werden, die sie von einem Dritten rechtmäßig ohne Geheimhaltungspflicht erhalten oder selbst unabhängig entwickelt hat. Muss eine Partei Informationen aufgrund gesetzlicher oder behördlicher Anordnung offenlegen, informiert sie die andere Partei vorher, soweit dies zulässig ist.',
        '(3) Die Pflichten nach diesem Paragraphen gelten nach Vertragsende drei Jahre fort, für Geschäftsgeheimnisse so lange, wie sie Geschäftsgeheimnisse sind.',
      ],
    },
    en: {
      title: 'Confidentiality',
      body: [
        '(1) The parties treat as confidential all information of the other party that is designated as confidential or whose confidentiality is evident from the circumstances, in particular trade secrets, and use it only for the performance of this contract.',
        '(2) This does not apply to information that the receiving party already knew lawfully, that is or becomes public through no fault of its own, that it received lawfully from a third party without a duty of confidentiality, or that it developed independently. If a party must disclose information by law or by order of an authority, it informs the other party in advance where permitted.',
        '(3) The obligations under this section continue for three years after the end of the contract and, for trade secrets, for as long as they remain trade secrets.',
      ],
    },
  },
  {
    id: 'data-protection',
    category: 'data-protection',
    contractTypes: ['werkvertrag', 'dienstvertrag', 'maintenance-sla', 'saas'],
    condition: { fact: 'personalDataProcessed' },
    covers: ['data-protection.avv'],
    de: {
      title: 'Datenschutz',
      body: [
        '(1) Die Parteien halten die für sie geltenden Vorschriften zum Datenschutz ein, insbesondere die Datenschutz-Grundverordnung (DSGVO) und das Bundesdatenschutzgesetz.',
        '(2) Soweit der Auftragnehmer bei der Erbringung der Leistungen personenbezogene Daten im Auftrag des Auftraggebers verarbeitet, schließen die Parteien eine Vereinbarung zur Auftragsverarbeitung nach Art. 28 DSGVO. Sie ist Anlage zu diesem Vertrag und geht ihm in Fragen des Datenschutzes vor.',
        '(3) Bis zum Abschluss dieser Vereinbarung verarbeitet der Auftragnehmer personenbezogene Daten des Auftraggebers nur, soweit es für die Vorbereitung der Leistungen unerlässlich ist.',
      ],
    },
    en: {
      title: 'Data protection',
      body: [
        '(1) The parties comply with the data protection provisions that apply to them, in particular the General Data Protection Regulation (GDPR) and the German Federal Data Protection Act (BDSG).',
        '(2) Where the Contractor processes personal data on behalf of the Client in performing the services, the parties conclude a data processing agreement under Art. 28 GDPR. It is an annex to this contract and prevails over it in matters of data protection.',
        '(3) Until that agreement is concluded, the Contractor processes personal data of the Client only to the extent indispensable for preparing the services.',
      ],
    },
  },
  {
    id: 'applicable-law',
    category: 'general',
    contractTypes: ALL_TYPES,
    de: {
      title: 'Anwendbares Recht und Gerichtsstand',
      body: [
        LAW_DE,
        '(2) Ist der Auftraggeber Kaufmann, juristische Person des öffentlichen Rechts oder öffentlich-rechtliches Sondervermögen, ist ausschließlicher Gerichtsstand für alle Streitigkeiten aus diesem Vertrag der Sitz des Auftragnehmers in {{company.city}}. Der Auftragnehmer darf auch am Sitz des Auftraggebers klagen.',
      ],
      preferredNote: 'Gerichtsstand am Sitz des Auftragnehmers.',
      fallback: {
        body: [
          LAW_DE,
          '(2) Ist der Auftraggeber Kaufmann, juristische Person des öffentlichen Rechts oder öffentlich-rechtliches Sondervermögen, ist Gerichtsstand für alle Streitigkeiten aus diesem Vertrag der Sitz der jeweils beklagten Partei.',
        ],
        note: 'Gerichtsstand beim Beklagten: neutral, oft von öffentlichen Auftraggebern verlangt.',
      },
    },
    en: {
      title: 'Governing law and jurisdiction',
      body: [
        LAW_EN,
        '(2) If the Client is a merchant, a legal entity under public law or a special fund under public law, the exclusive place of jurisdiction for all disputes arising from this contract is the Contractor’s registered office in {{company.city}}. The Contractor may also bring an action at the Client’s registered office.',
      ],
      preferredNote: 'Jurisdiction at the Contractor’s registered office.',
      fallback: {
        body: [
          LAW_EN,
          '(2) If the Client is a merchant, a legal entity under public law or a special fund under public law, the place of jurisdiction for all disputes arising from this contract is the registered office of the defendant party.',
        ],
        note: 'Jurisdiction at the defendant’s seat: neutral, often required by public clients.',
      },
    },
  },
  {
    id: 'foreign-client',
    category: 'general',
    contractTypes: ALL_TYPES,
    condition: { fact: 'clientOutsideGermany' },
    de: {
      title: 'Auftraggeber mit Sitz außerhalb Deutschlands',
      body: [
        '(1) Die Rechtswahl nach {{ref:applicable-law}} gilt auch für Auftraggeber mit Sitz außerhalb Deutschlands; Kollisionsnormen, die auf ein anderes Recht verweisen, sind nicht anzuwenden.',
        '(2) Maßgeblich ist die Sprachfassung, in der dieser Vertrag unterzeichnet wird. Übersetzungen dienen nur der Information.',
        '(3) Schuldet der Auftraggeber als Leistungsempfänger die Umsatzsteuer (Reverse-Charge-Verfahren), stellt der Auftragnehmer die Vergütung ohne Umsatzsteuer in Rechnung; der Auftraggeber teilt seine Umsatzsteuer-Identifikationsnummer mit. Zahlungen erfolgen ohne Abzug von Quellensteuern; muss der Auftraggeber Quellensteuer einbehalten, erhöht sich die Zahlung so, dass der Auftragnehmer den vereinbarten Betrag erhält.',
      ],
      preferredNote: 'Deutsches Recht und deutsche Gerichte auch im Ausland.',
      fallback: {
        body: [
          '(1) Die Rechtswahl nach {{ref:applicable-law}} gilt auch für Auftraggeber mit Sitz außerhalb Deutschlands; Kollisionsnormen, die auf ein anderes Recht verweisen, sind nicht anzuwenden. Abweichend von der dortigen Gerichtsstandsregel werden alle Streitigkeiten aus diesem Vertrag nach der Schiedsgerichtsordnung der Deutschen Institution für Schiedsgerichtsbarkeit (DIS) unter Ausschluss des ordentlichen Rechtswegs endgültig entschieden. Schiedsort ist Frankfurt am Main, Verfahrenssprache Englisch.',
          '(2) Der Vertrag wird in deutscher und englischer Sprache geschlossen; beide Fassungen sind gleichermaßen verbindlich.',
          '(3) Schuldet der Auftraggeber als Leistungsempfänger die Umsatzsteuer (Reverse-Charge-Verfahren), stellt der Auftragnehmer die Vergütung ohne Umsatzsteuer in Rechnung; der Auftraggeber teilt seine Umsatzsteuer-Identifikationsnummer mit. Zahlungen erfolgen ohne Abzug von Quellensteuern; muss der Auftraggeber Quellensteuer einbehalten, erhöht sich die Zahlung so, dass der Auftragnehmer den vereinbarten Betrag erhält.',
        ],
        note: 'Schiedsverfahren: Urteile deutscher Gerichte sind in vielen Staaten außerhalb der EU nicht vollstreckbar, Schiedssprüche nach dem New Yorker Übereinkommen meist schon. Kosten des Verfahrens bedenken.',
      },
    },
    en: {
      title: 'Clients established outside Germany',
      body: [
        '(1) The choice of law under {{ref:applicable-law}} also applies to Clients established outside Germany; conflict-of-law rules referring to another law do not apply.',
        '(2) The language version in which this contract is signed is authoritative. Translations are for information only.',
        '(3) If the Client as recipient of the services owes the VAT (reverse charge), the Contractor invoices the fee without VAT; the Client provides its VAT identification number. Payments are made without deduction of withholding taxes; if the Client must withhold tax, the payment is increased so that the Contractor receives the agreed amount.',
      ],
      preferredNote: 'German law and German courts also for foreign clients.',
      fallback: {
        body: [
          '(1) The choice of law under {{ref:applicable-law}} also applies to Clients established outside Germany; conflict-of-law rules referring to another law do not apply. Notwithstanding the jurisdiction rule there, all disputes arising from this contract are finally settled under the Arbitration Rules of the German Arbitration Institute (DIS) without recourse to the ordinary courts. The seat of arbitration is Frankfurt am Main, the language of the proceedings English.',
          '(2) The contract is concluded in German and English; both versions are equally binding.',
          '(3) If the Client as recipient of the services owes the VAT (reverse charge), the Contractor invoices the fee without VAT; the Client provides its VAT identification number. Payments are made without deduction of withholding taxes; if the Client must withhold tax, the payment is increased so that the Contractor receives the agreed amount.',
        ],
        note: 'Arbitration: judgments of German courts cannot be enforced in many countries outside the EU, arbitral awards under the New York Convention usually can. Consider the cost of the proceedings.',
      },
    },
  },
  {
    id: 'public-sector',
    category: 'public-sector',
    contractTypes: COMMERCIAL,
    condition: { fact: 'publicSectorClient' },
    covers: ['public-sector.evb-it'],
    de: {
      title: 'Öffentliche Auftraggeber',
      body: [
        '(1) Der Auftraggeber ist öffentlicher Auftraggeber im Sinne des § 99 GWB. Zwingende Vorschriften des Vergabe- und Haushaltsrechts gehen diesem Vertrag vor.',
        '(2) Haben die Parteien Ergänzende Vertragsbedingungen für die Beschaffung von IT-Leistungen (EVB-IT) vereinbart, gelten diese in der im Vertragsformular angegebenen Fassung; dieser Vertrag ergänzt sie, soweit das Formular abweichende Vereinbarungen zulässt.',
        '(3) Abweichend von {{ref:prices-payment}} sind Rechnungen innerhalb von 30 Tagen nach Zugang zu zahlen (§ 271a Abs. 2 BGB). Der Auftragnehmer übermittelt Rechnungen als elektronische Rechnung im Format XRechnung über den vom Auftraggeber benannten Eingangskanal.',
        '(4) Der Auftragnehmer kennzeichnet Betriebs- und Geschäftsgeheimnisse in den Vertragsunterlagen, damit der Auftraggeber sie bei Anfragen nach Informationsfreiheits- oder Transparenzgesetzen schützen kann.',
      ],
    },
    en: {
      title: 'Public-sector clients',
      body: [
        '(1) The Client is a public contracting authority within the meaning of section 99 of the German Act against Restraints of Competition (GWB). Mandatory rules of public procurement and budget law take precedence over this contract.',
        '(2) Where the parties have agreed on the Supplementary Terms of Contract for the Procurement of IT Services (EVB-IT), these apply in the version stated in the contract form; this contract supplements them to the extent the form allows deviating agreements.',
        '(3) Notwithstanding {{ref:prices-payment}}, invoices are payable within 30 days of receipt (section 271a (2) German Civil Code). The Contractor sends invoices as electronic invoices in the XRechnung format through the channel named by the Client.',
        '(4) The Contractor marks business and trade secrets in the contract documents so that the Client can protect them against requests under freedom-of-information or transparency laws.',
      ],
    },
  },
  {
    id: 'force-majeure',
    category: 'general',
    contractTypes: COMMERCIAL,
    de: {
      title: 'Höhere Gewalt',
      body: [
        '(1) Keine Partei ist für die Nichterfüllung oder verspätete Erfüllung ihrer Pflichten verantwortlich, soweit diese auf Ereignissen außerhalb ihres Einflussbereichs beruht, die sie auch mit zumutbarer Sorgfalt nicht abwenden konnte, insbesondere Naturereignisse, Krieg, Pandemien, behördliche Anordnungen, Arbeitskämpfe in Drittbetrieben oder großflächige Ausfälle von Strom- und Kommunikationsnetzen (höhere Gewalt).',
        '(2) Die betroffene Partei informiert die andere unverzüglich und tut das Zumutbare, um die Folgen zu begrenzen. Die betroffenen Leistungspflichten ruhen für die Dauer der Behinderung und eine angemessene Anlaufzeit; Termine verschieben sich entsprechend.',
        '(3) Dauert die Behinderung länger als drei Monate, kann jede Partei den Vertrag hinsichtlich der betroffenen Leistungen in Textform kündigen. Der Anspruch auf Vergütung bereits erbrachter Leistungen bleibt unberührt.',
      ],
    },
    en: {
      title: 'Force majeure',
      body: [
        '(1) Neither party is responsible for failure to perform or late performance of its obligations to the extent this is due to events beyond its control that it could not avert even with reasonable care, in particular natural events, war, pandemics, orders of authorities, industrial action at third-party businesses or large-scale failures of power and communication networks (force majeure).',
        '(2) The party affected informs the other without undue delay and does what can reasonably be expected to limit the consequences. The obligations affected are suspended for the duration of the hindrance and a reasonable start-up period; dates are postponed accordingly.',
        '(3) If the hindrance lasts longer than three months, either party may terminate the contract in text form with regard to the services affected. The claim to payment for services already rendered remains unaffected.',
      ],
    },
  },
  {
    id: 'final-provisions',
    category: 'general',
    contractTypes: ALL_TYPES,
    de: {
      title: 'Schlussbestimmungen',
      body: [
        '(1) Änderungen und Ergänzungen dieses Vertrags bedürfen der Schriftform (§ 126 BGB); die elektronische Form mit qualifizierter elektronischer Signatur (§ 126a BGB) genügt. Vorrangige individuelle Abreden (§ 305b BGB) bleiben unberührt.',
        ...WRITTEN_DE.rest,
      ],
      preferredNote: 'Schriftform für Änderungen.',
      fallback: {
        body: [
          '(1) Änderungen und Ergänzungen dieses Vertrags bedürfen der Textform (§ 126b BGB). Vorrangige individuelle Abreden (§ 305b BGB) bleiben unberührt.',
          ...WRITTEN_DE.rest,
        ],
        note: 'Textform genügt: nötig, wenn Änderungen per E-Mail oder mit der Unterschrift auf dem Bildschirm vereinbart werden sollen. Die Unterschrift auf dem Bildschirm erfüllt die Textform, nicht die Schriftform.',
      },
    },
    en: {
      title: 'Final provisions',
      body: [
        '(1) Amendments and additions to this contract must be made in writing (section 126 German Civil Code); the electronic form with a qualified electronic signature (section 126a German Civil Code) suffices. Individual agreements that take precedence (section 305b German Civil Code) remain unaffected.',
        ...WRITTEN_EN.rest,
      ],
      preferredNote: 'Written form for amendments.',
      fallback: {
        body: [
          '(1) Amendments and additions to this contract must be made in text form (section 126b German Civil Code). Individual agreements that take precedence (section 305b German Civil Code) remain unaffected.',
          ...WRITTEN_EN.rest,
        ],
        note: 'Text form suffices: needed when amendments are to be agreed by e-mail or with a signature drawn on screen. A signature drawn on screen satisfies text form, not written form.',
      },
    },
  },
  {
    id: 'severability',
    category: 'general',
    contractTypes: ALL_TYPES,
    de: {
      title: 'Salvatorische Klausel',
      body: [
        '(1) Sollte eine Bestimmung dieses Vertrags unwirksam oder undurchführbar sein oder werden, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.',
        '(2) Die Parteien ersetzen eine unwirksame oder undurchführbare Individualvereinbarung durch eine wirksame Regelung, die dem wirtschaftlichen Zweck der ursprünglichen am nächsten kommt. Für Allgemeine Geschäftsbedingungen gilt § 306 BGB. Entsprechendes gilt für Lücken des Vertrags.',
      ],
    },
    en: {
      title: 'Severability',
      body: [
        '(1) Should any provision of this contract be or become invalid or unenforceable, the validity of the remaining provisions remains unaffected.',
        '(2) The parties replace an invalid or unenforceable individually negotiated provision with a valid one that comes closest to the economic purpose of the original provision. Standard business terms are governed by section 306 German Civil Code. The same applies to gaps in the contract.',
      ],
    },
  },
];
