import type { ClauseSource } from './define';

const RENT_DE = {
  grant:
    '(1) Der Auftragnehmer überlässt dem Auftraggeber die im Angebot {{offer.number}} bezeichnete Standardsoftware im Objektcode mit Anwenderdokumentation für die Vertragslaufzeit gegen die Entgelte nach {{ref:recurring-fees}}. Der Auftraggeber erhält das einfache, nicht übertragbare, auf die Laufzeit und den im Angebot genannten Umfang (Nutzer, Installationen) beschränkte Recht, die Software für eigene Geschäftszwecke zu nutzen.',
  maintain:
    '(2) Der Auftragnehmer erhält die Software während der Laufzeit in vertragsgemäßem Zustand und stellt dazu neue Versionen bereit. Für Mängel gilt das Mietrecht (§§ 535 ff. BGB) mit den Maßgaben dieses Vertrags; {{ref:warranty}} gilt für die Mietsoftware nicht.',
  term: '(4) Der Vertrag beginnt am {{contract.start}} und hat eine Mindestlaufzeit von {{contract.termMonths}} Monaten. Er verlängert sich jeweils um {{contract.renewalMonths}} Monate, wenn ihn keine Partei mit einer Frist von {{contract.noticeMonths}} Monaten zum Ende der Mindestlaufzeit oder eines Verlängerungszeitraums in Textform kündigt. Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt.',
  end: '(5) Mit dem Ende des Vertrags endet das Nutzungsrecht. Der Auftraggeber löscht die Software und alle Kopien und bestätigt dies auf Verlangen in Textform.',
};
const RENT_EN = {
  grant:
    '(1) The Contractor provides the Client with the standard software specified in offer {{offer.number}} in object code with user documentation for the term of the contract against the fees under {{ref:recurring-fees}}. The Client receives a non-exclusive, non-transferable right, limited to the term and to the scope stated in the offer (users, installations), to use the software for its own business purposes.',
  maintain:
    '(2) The Contractor keeps the software in a condition fit for contractual use during the term and provides new versions for this purpose. Defects are governed by the German law of lease (sections 535 et seqq. German Civil Code) as modified by this contract; {{ref:warranty}} does not apply to the rented software.',
  term: '(4) The contract begins on {{contract.start}} and has a minimum term of {{contract.termMonths}} months. It is extended by {{contract.renewalMonths}} months at a time unless either party terminates it in text form with {{contract.noticeMonths}} months’ notice to the end of the minimum term or of an extension period. The right to terminate for good cause remains unaffected.',
  end: '(5) The right of use ends when the contract ends. The Client deletes the software and all copies and confirms this in text form on request.',
};

export const licenceClauses: ClauseSource[] = [
  {
    id: 'licence-purchase',
    category: 'licence',
    contractTypes: ['software-licence'],
    condition: { not: { fact: 'hasRecurringLines' } },
    covers: ['licence.grant'],
    de: {
      title: 'Überlassung der Software auf Dauer',
      body: [
        '(1) Der Auftragnehmer überlässt dem Auftraggeber die im Angebot {{offer.number}} bezeichnete Standardsoftware im Objektcode mit Anwenderdokumentation auf Dauer gegen Einmalentgelt.',
        '(2) Der Auftraggeber erhält das einfache, zeitlich unbeschränkte Recht, die Software in dem im Angebot genannten Umfang (Nutzer, Installationen) für eigene Geschäftszwecke zu nutzen. Er darf die für den Betrieb nötigen Vervielfältigungen und eine Sicherungskopie anfertigen (§ 69d Abs. 2 UrhG). Dekompilieren ist nur in den Grenzen des § 69e UrhG zulässig.',
        '(3) Der Auftraggeber darf die Software insgesamt an einen Dritten weitergeben, wenn er ihre Nutzung vollständig aufgibt, alle eigenen Kopien löscht und der Dritte sich gegenüber dem Auftragnehmer zur Einhaltung dieser Nutzungsbedingungen verpflichtet.',
        '(4) Will der Auftraggeber die Software über den vereinbarten Umfang hinaus nutzen, erwirbt er die zusätzlichen Lizenzen vorher zu den dann gültigen Preisen des Auftragnehmers.',
      ],
    },
    en: {
      title: 'Perpetual licence',
      body: [
        '(1) The Contractor provides the Client with the standard software specified in offer {{offer.number}} in object code with user documentation permanently against a one-time fee.',
        '(2) The Client receives a non-exclusive, perpetual right to use the software for its own business purposes to the extent stated in the offer (users, installations). It may make the copies needed for operation and one backup copy (section 69d (2) German Copyright Act). Decompiling is permitted only within the limits of section 69e German Copyright Act.',
        '(3) The Client may pass the software on to a third party as a whole if it gives up its own use entirely, deletes all its copies and the third party undertakes towards the Contractor to comply with these terms of use.',
        '(4) If the Client wishes to use the software beyond the agreed scope, it first acquires the additional licences at the Contractor’s prices then applicable.',
      ],
    },
  },
  {
    id: 'licence-rental',
    category: 'licence',
    contractTypes: ['software-licence'],
    condition: { fact: 'hasRecurringLines' },
    covers: ['licence.grant'],
    de: {
      title: 'Überlassung der Software auf Zeit',
      body: [
        RENT_DE.grant,
        RENT_DE.maintain,
        '(3) Die verschuldensunabhängige Haftung für Mängel, die bereits bei Vertragsschluss vorhanden waren (§ 536a Abs. 1 BGB), ist ausgeschlossen. Die Haftung nach {{ref:liability}} bleibt unberührt.',
        RENT_DE.term,
        RENT_DE.end,
      ],
      preferredNote: 'Keine verschuldensunabhängige Haftung für anfängliche Mängel.',
      fallback: {
        body: [
          RENT_DE.grant,
          RENT_DE.maintain,
          '(3) Für Mängel, die bereits bei Vertragsschluss vorhanden waren, haftet der Auftragnehmer ohne Verschulden (§ 536a Abs. 1 BGB) nur bis zur Höhe der Entgelte für zwölf Monate. Die Haftung nach {{ref:liability}} bleibt unberührt.',
          RENT_DE.term,
          RENT_DE.end,
        ],
        note: 'Garantiehaftung für anfängliche Mängel, begrenzt auf ein Jahresentgelt: nur für erprobte Standardsoftware.',
      },
    },
    en: {
      title: 'Software rental',
      body: [
        RENT_EN.grant,
        RENT_EN.maintain,
        '(3) Strict liability for defects that already existed when the contract was concluded (section 536a (1) German Civil Code) is excluded. Liability under {{ref:liability}} remains unaffected.',
        RENT_EN.term,
        RENT_EN.end,
      ],
      preferredNote: 'No strict liability for initial defects.',
      fallback: {
        body: [
          RENT_EN.grant,
          RENT_EN.maintain,
          '(3) For defects that already existed when the contract was concluded, the Contractor is liable regardless of fault (section 536a (1) German Civil Code) only up to the fees for twelve months. Liability under {{ref:liability}} remains unaffected.',
          RENT_EN.term,
          RENT_EN.end,
        ],
        note: 'Strict liability for initial defects capped at one year’s fees: only for proven standard software.',
      },
    },
  },
];
