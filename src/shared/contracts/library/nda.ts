import type { ClauseSource } from './define';

const NDA: ClauseSource['contractTypes'] = ['nda'];

const TERM_DE = {
  return:
    '(3) Auf Verlangen der offenlegenden Partei, spätestens mit dem Ende der Zusammenarbeit, gibt die empfangende Partei vertrauliche Informationen zurück oder vernichtet sie und bestätigt dies in Textform. Ausgenommen sind Kopien, die aufgrund gesetzlicher Aufbewahrungspflichten oder in automatischen Datensicherungen vorgehalten werden müssen; für sie gelten die Pflichten nach {{ref:nda-obligations}} fort.',
};
const TERM_EN = {
  return:
    '(3) At the request of the disclosing party, and at the latest at the end of the cooperation, the receiving party returns or destroys confidential information and confirms this in text form. Excepted are copies that must be kept under statutory retention obligations or in automatic backups; the obligations under {{ref:nda-obligations}} continue to apply to them.',
};

export const ndaClauses: ClauseSource[] = [
  {
    id: 'nda-purpose',
    category: 'definitions',
    contractTypes: NDA,
    requiredFor: NDA,
    covers: ['nda.confidential-information'],
    de: {
      title: 'Zweck und vertrauliche Informationen',
      body: [
        '(1) {{company.name}} und {{client.name}} (jeweils „Partei“) prüfen eine Zusammenarbeit im Vorhaben „{{offer.title}}“ (nachfolgend „Zweck“) und tauschen dazu vertrauliche Informationen aus.',
        '(2) Vertrauliche Informationen sind alle Informationen gleich welcher Form, die eine Partei (offenlegende Partei) der anderen (empfangende Partei) im Zusammenhang mit dem Zweck zugänglich macht und die als vertraulich gekennzeichnet sind oder deren Vertraulichkeit sich aus den Umständen ergibt, insbesondere Geschäftsgeheimnisse im Sinne des § 2 Nr. 1 GeschGehG, Quellcode, Systemarchitekturen, Preise, Kalkulationen sowie Daten über Kunden und Mitarbeiter.',
      ],
    },
    en: {
      title: 'Purpose and confidential information',
      body: [
        '(1) {{company.name}} and {{client.name}} (each a “Party”) are exploring a cooperation in the project “{{offer.title}}” (the “Purpose”) and exchange confidential information for this purpose.',
        '(2) Confidential information means all information in whatever form that one Party (the disclosing party) makes available to the other (the receiving party) in connection with the Purpose and that is marked as confidential or whose confidentiality is evident from the circumstances, in particular trade secrets within the meaning of section 2 no. 1 of the German Trade Secrets Act (GeschGehG), source code, system architectures, prices, calculations and data about customers and employees.',
      ],
    },
  },
  {
    id: 'nda-obligations',
    category: 'confidentiality',
    contractTypes: NDA,
    requiredFor: NDA,
    covers: ['nda.obligations'],
    de: {
      title: 'Geheimhaltungspflichten',
      body: [
        '(1) Die empfangende Partei hält vertrauliche Informationen geheim, verwendet sie ausschließlich für den Zweck nach {{ref:nda-purpose}} und gibt sie nicht an Dritte weiter. Sie schützt sie mit angemessenen Geheimhaltungsmaßnahmen, mindestens mit der Sorgfalt, die sie für eigene vertrauliche Informationen anwendet.',
        '(2) Zugang erhalten nur Mitarbeiter, verbundene Unternehmen und Berater, die die Informationen für den Zweck benötigen und selbst zur Verschwiegenheit verpflichtet sind, sei es vertraglich oder von Berufs wegen.',
        '(3) Die empfangende Partei darf vertrauliche Informationen, insbesondere überlassene Software und Prototypen, nicht durch Beobachten, Untersuchen, Rückbauen oder Testen (Reverse Engineering) analysieren.',
        '(4) Diese Vereinbarung räumt keine Rechte an den vertraulichen Informationen ein und verpflichtet keine Partei zum Abschluss weiterer Verträge.',
      ],
    },
    en: {
      title: 'Confidentiality obligations',
      body: [
        '(1) The receiving party keeps confidential information secret, uses it solely for the Purpose under {{ref:nda-purpose}} and does not pass it on to third parties. It protects the information with appropriate confidentiality measures and at least with the care it applies to its own confidential information.',
        '(2) Access is given only to employees, affiliated companies and advisers who need the information for the Purpose and are themselves bound to confidentiality, whether by contract or by professional duty.',
        '(3) The receiving party may not analyse confidential information, in particular software and prototypes provided, by observing, studying, disassembling or testing it (reverse engineering).',
        '(4) This agreement grants no rights in the confidential information and does not oblige either Party to conclude further contracts.',
      ],
    },
  },
  {
    id: 'nda-exceptions',
    category: 'confidentiality',
    contractTypes: NDA,
    requiredFor: NDA,
    covers: ['nda.exceptions'],
    de: {
      title: 'Ausnahmen',
      body: [
        '(1) Die Pflichten nach {{ref:nda-obligations}} gelten nicht für Informationen, die',
        '- der empfangenden Partei bei der Offenlegung bereits rechtmäßig bekannt waren,\n- ohne Verstoß gegen diese Vereinbarung öffentlich bekannt sind oder werden,\n- die empfangende Partei von einem Dritten ohne Verpflichtung zur Geheimhaltung rechtmäßig erhalten hat oder\n- die empfangende Partei unabhängig und ohne Nutzung der vertraulichen Informationen selbst entwickelt hat.',
        '(2) Muss die empfangende Partei vertrauliche Informationen aufgrund Gesetzes, gerichtlicher oder behördlicher Anordnung offenlegen, informiert sie die offenlegende Partei vorher, soweit das zulässig ist, und beschränkt die Offenlegung auf das Erforderliche.',
        '(3) Die Partei, die sich auf eine Ausnahme beruft, muss deren Voraussetzungen nachweisen.',
      ],
    },
    en: {
      title: 'Exceptions',
      body: [
        '(1) The obligations under {{ref:nda-obligations}} do not apply to information that',
        '- the receiving party already knew lawfully when it was disclosed,\n- is or becomes public without breach of this agreement,\n- the receiving party received lawfully from a third party without an obligation of confidentiality, or\n- the receiving party developed independently without using the confidential information.',
        '(2) If the receiving party must disclose confidential information by law or by order of a court or authority, it informs the disclosing party in advance where permitted and limits the disclosure to what is necessary.',
        '(3) The Party relying on an exception must prove that its conditions are met.',
      ],
    },
  },
  {
    id: 'nda-term',
    category: 'term',
    contractTypes: NDA,
    requiredFor: NDA,
    covers: ['nda.term'],
    de: {
      title: 'Laufzeit und Rückgabe',
      body: [
        '(1) Diese Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und gilt für alle vertraulichen Informationen, die im Zusammenhang mit dem Zweck ausgetauscht werden, auch für solche, die vor der Unterzeichnung ausgetauscht wurden.',
        '(2) Die Pflichten nach {{ref:nda-obligations}} enden drei Jahre nach dem Ende der Zusammenarbeit, für Geschäftsgeheimnisse jedoch nicht, solange sie Geschäftsgeheimnisse sind.',
        TERM_DE.return,
      ],
      preferredNote: 'Drei Jahre nach Ende der Zusammenarbeit.',
      fallback: {
        body: [
          '(1) Diese Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und gilt für alle vertraulichen Informationen, die im Zusammenhang mit dem Zweck ausgetauscht werden, auch für solche, die vor der Unterzeichnung ausgetauscht wurden.',
          '(2) Die Pflichten nach {{ref:nda-obligations}} enden fünf Jahre nach dem Ende der Zusammenarbeit, für Geschäftsgeheimnisse jedoch nicht, solange sie Geschäftsgeheimnisse sind.',
          TERM_DE.return,
        ],
        note: 'Fünf Jahre: üblich bei Konzernen und Banken.',
      },
      walkAway: {
        body: [
          '(1) Diese Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und gilt für alle vertraulichen Informationen, die im Zusammenhang mit dem Zweck ausgetauscht werden, auch für solche, die vor der Unterzeichnung ausgetauscht wurden.',
          '(2) Die Pflichten nach {{ref:nda-obligations}} gelten zeitlich unbefristet.',
          TERM_DE.return,
        ],
        note: 'Unbefristete Geheimhaltung: nur, wenn die Pflichten gegenseitig gelten und die eigenen Informationen ebenso geschützt sind.',
      },
    },
    en: {
      title: 'Term and return',
      body: [
        '(1) This agreement enters into force when signed and applies to all confidential information exchanged in connection with the Purpose, including information exchanged before signature.',
        '(2) The obligations under {{ref:nda-obligations}} end three years after the end of the cooperation, but not for trade secrets as long as they remain trade secrets.',
        TERM_EN.return,
      ],
      preferredNote: 'Three years after the end of the cooperation.',
      fallback: {
        body: [
          '(1) This agreement enters into force when signed and applies to all confidential information exchanged in connection with the Purpose, including information exchanged before signature.',
          '(2) The obligations under {{ref:nda-obligations}} end five years after the end of the cooperation, but not for trade secrets as long as they remain trade secrets.',
          TERM_EN.return,
        ],
        note: 'Five years: usual for large groups and banks.',
      },
      walkAway: {
        body: [
          '(1) This agreement enters into force when signed and applies to all confidential information exchanged in connection with the Purpose, including information exchanged before signature.',
          '(2) The obligations under {{ref:nda-obligations}} apply without time limit.',
          TERM_EN.return,
        ],
        note: 'Confidentiality without time limit: only if the obligations are mutual and our own information is protected in the same way.',
      },
    },
  },
  {
    id: 'nda-remedies',
    category: 'liability',
    contractTypes: NDA,
    de: {
      title: 'Folgen von Verstößen',
      body: [
        '(1) Verletzt eine Partei ihre Pflichten aus dieser Vereinbarung, kann die andere Partei Unterlassung und Ersatz des entstandenen Schadens nach den gesetzlichen Vorschriften verlangen.',
        '(2) Die Ansprüche nach dem Gesetz zum Schutz von Geschäftsgeheimnissen bleiben unberührt.',
      ],
      preferredNote: 'Keine Vertragsstrafe; Unterlassung und Schadensersatz nach Gesetz.',
      fallback: {
        body: [
          '(1) Verletzt eine Partei ihre Pflichten aus dieser Vereinbarung, kann die andere Partei Unterlassung und Ersatz des entstandenen Schadens nach den gesetzlichen Vorschriften verlangen.',
          '(2) Für jeden schuldhaften Verstoß zahlt die verletzende Partei eine Vertragsstrafe, deren Höhe die verletzte Partei nach billigem Ermessen bestimmt und die im Streitfall das zuständige Gericht überprüft. Die Vertragsstrafe wird auf einen Schadensersatz angerechnet.',
          '(3) Die Ansprüche nach dem Gesetz zum Schutz von Geschäftsgeheimnissen bleiben unberührt.',
        ],
        note: 'Vertragsstrafe nach billigem Ermessen (neuer Hamburger Brauch): kein fester Betrag, gerichtlich überprüfbar.',
      },
      walkAway: {
        body: [
          '(1) Verletzt eine Partei ihre Pflichten aus dieser Vereinbarung, kann die andere Partei Unterlassung und Ersatz des entstandenen Schadens nach den gesetzlichen Vorschriften verlangen.',
          '(2) Für jeden schuldhaften Verstoß zahlt die verletzende Partei eine Vertragsstrafe von 10.000 Euro; die Einrede des Fortsetzungszusammenhangs ist nicht ausgeschlossen. Die Vertragsstrafe wird auf einen Schadensersatz angerechnet.',
          '(3) Die Ansprüche nach dem Gesetz zum Schutz von Geschäftsgeheimnissen bleiben unberührt.',
        ],
        note: 'Feste Vertragsstrafe: höchstens 10.000 Euro je Verstoß, angerechnet auf den Schaden. Höhere Beträge nicht annehmen.',
      },
    },
    en: {
      title: 'Consequences of breaches',
      body: [
        '(1) If a Party breaches its obligations under this agreement, the other Party may demand that the breach cease and claim compensation for the damage incurred in accordance with the statutory provisions.',
        '(2) Claims under the German Trade Secrets Act remain unaffected.',
      ],
      preferredNote: 'No contractual penalty; injunction and damages under the law.',
      fallback: {
        body: [
          '(1) If a Party breaches its obligations under this agreement, the other Party may demand that the breach cease and claim compensation for the damage incurred in accordance with the statutory provisions.',
          '(2) For each culpable breach, the breaching Party pays a contractual penalty, the amount of which the injured Party determines at its reasonable discretion and which the competent court reviews in case of dispute. The penalty is credited against any damages.',
          '(3) Claims under the German Trade Secrets Act remain unaffected.',
        ],
        note: 'Penalty at reasonable discretion (“new Hamburg custom”): no fixed amount, subject to review by the court.',
      },
      walkAway: {
        body: [
          '(1) If a Party breaches its obligations under this agreement, the other Party may demand that the breach cease and claim compensation for the damage incurred in accordance with the statutory provisions.',
          '(2) For each culpable breach, the breaching Party pays a contractual penalty of EUR 10,000; the defence of a continuing breach is not excluded. The penalty is credited against any damages.',
          '(3) Claims under the German Trade Secrets Act remain unaffected.',
        ],
        note: 'Fixed penalty: no more than EUR 10,000 per breach, credited against damages. Do not accept higher amounts.',
      },
    },
  },
];
