/** Labels of the company's legal details (§ 35a GmbHG, § 80 AktG, § 37a HGB) in the profile form. */
export const legalMessages = {
  de: {
    title: 'Pflichtangaben auf Geschäftsbriefen',
    hint: 'Jedes Dokument nennt Rechtsform, Sitz, Registergericht und -nummer, alle Geschäftsführer (bei einer AG Vorstand und Aufsichtsratsvorsitz) und die USt-IdNr.',
    legalForm: 'Rechtsform',
    legalFormPlaceholder: 'z. B. GmbH, AG, e.K. (leer: aus dem Firmennamen)',
    registeredSeat: 'Sitz der Gesellschaft',
    supervisoryBoardChair: 'Aufsichtsratsvorsitz (AG)',
  },
  en: {
    title: 'Details required on business letters',
    hint: 'Every document names the legal form, registered office, register court and number, all managing directors (for an AG the management board and the supervisory board chair) and the VAT ID.',
    legalForm: 'Legal form',
    legalFormPlaceholder: 'e.g. GmbH, AG, e.K. (empty: from the company name)',
    registeredSeat: 'Registered office',
    supervisoryBoardChair: 'Supervisory board chair (AG)',
  },
} as const;
