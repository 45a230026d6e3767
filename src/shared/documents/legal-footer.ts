import type { CompanyProfile, Language } from '../domain';

type LegalCompany = Pick<
  CompanyProfile,
  | 'name'
  | 'legalForm'
  | 'registeredSeat'
  | 'commercialRegister'
  | 'managingDirectors'
  | 'supervisoryBoardChair'
  | 'vatId'
>;

/** How the law names who represents the company, by legal form. */
type Representation = 'board' | 'directors' | 'owner' | 'partners' | 'management';

const FORMS: [RegExp, Representation][] = [
  [/\b(AG|SE|KGaA)$/, 'board'],
  [/\b(GmbH|UG \(haftungsbeschränkt\)|UG|gGmbH|GmbH & Co\.? KG|mbH)$/, 'directors'],
  [/\be\.\s?K(fm|ffr)?\.?$/, 'owner'],
  [/\b(KG|OHG|oHG)$/, 'partners'],
];

const TEXT = {
  de: {
    seat: 'Sitz der Gesellschaft',
    register: 'Registergericht',
    board: 'Vorstand',
    chair: 'Vorsitzende(r) des Aufsichtsrats',
    directors: 'Geschäftsführer',
    owner: 'Inhaber',
    partners: 'Persönlich haftende Gesellschafter',
    management: 'Geschäftsführung',
    vatId: 'USt-IdNr.',
  },
  en: {
    seat: 'Registered office',
    register: 'Register court',
    board: 'Management board',
    chair: 'Chair of the supervisory board',
    directors: 'Managing directors',
    owner: 'Owner',
    partners: 'General partners',
    management: 'Management',
    vatId: 'VAT ID',
  },
} as const;

export type LegalEntry = { label: string; value: string };

/** The company's legal form: the profile's field, else the end of its name ("… GmbH"). */
export function legalFormOf(company: Pick<CompanyProfile, 'name' | 'legalForm'>): string {
  const form = (company.legalForm ?? '').trim();
  if (form !== '') return form;
  const name = company.name.trim();
  for (const [pattern] of FORMS) {
    const match = pattern.exec(name);
    if (match) return match[0];
  }
  return '';
}

/** The company name with its legal form, once ("Muster GmbH"). */
export function legalName(company: Pick<CompanyProfile, 'name' | 'legalForm'>): string {
  const name = company.name.trim();
  const form = legalFormOf(company);
  return form === '' || name.endsWith(form) ? name : `${name} ${form}`;
}

/**
 * The details German law requires on business letters (§ 35a GmbHG, § 80 AktG, § 37a HGB), by
 * legal form: name with legal form, registered seat, register court and number, who represents
 * the company (managing directors; for an AG the board and the supervisory board's chair), VAT
 * ID. Empty fields are left out. Every document prints these entries.
 */
export function legalFooter(company: LegalCompany, language: Language): LegalEntry[] {
  const text = TEXT[language];
  const form = legalFormOf(company);
  const representation: Representation =
    FORMS.find(([pattern]) => pattern.test(form))?.[1] ?? 'management';
  const entries: LegalEntry[] = [{ label: '', value: legalName(company) }];
  const add = (label: string, value: string | undefined) => {
    const trimmed = (value ?? '').trim();
    if (trimmed !== '') entries.push({ label, value: trimmed });
  };
  add(text.seat, company.registeredSeat);
  add(text.register, company.commercialRegister);
  add(text[representation], company.managingDirectors);
  if (representation === 'board') add(text.chair, company.supervisoryBoardChair);
  add(text.vatId, company.vatId);
  return entries;
}

/** One entry as printed: "Sitz der Gesellschaft: München", the name alone. */
export function legalEntryText(entry: LegalEntry): string {
  return entry.label === '' ? entry.value : `${entry.label}: ${entry.value}`;
}
