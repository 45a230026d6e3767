import type { CompanyProfile } from '../../domain';

/** A person who signs for a party; without a name the block leaves a line to write it. */
export type ContractSignatory = { name: string; function?: string };

/** The company's profile as the proposal prints it (legal details included), and who signs for it. */
export type ContractCompanyParty = Omit<CompanyProfile, 'logo' | 'brandColor'> & {
  /** Who represents the company in this contract; default: the profile's managing directors. */
  representative?: string;
  signatory?: ContractSignatory;
};

export type ContractClientParty = {
  name: string;
  /** The postal address; lines separated by line breaks or commas. */
  address: string;
  representative?: string;
  signatory?: ContractSignatory;
};

/** An address as lines: split at line breaks and commas. */
export const addressLines = (text: string): string[] =>
  text
    .split(/\r?\n|,\s*/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The company's street and "postal code city". */
export function companyAddress(company: ContractCompanyParty): string[] {
  return [company.street, `${company.postalCode} ${company.city}`.trim()].filter(
    (line) => line.trim() !== '',
  );
}

/** Who represents the company: the given representative, else its managing directors. */
export function companyRepresentative(company: ContractCompanyParty): string {
  return (company.representative ?? '').trim() || company.managingDirectors.trim();
}

/** A single representative is the signatory by default; several (a list) leave the line to write on. */
export function companySignatory(company: ContractCompanyParty): ContractSignatory | undefined {
  if (company.signatory !== undefined) return company.signatory;
  const representative = companyRepresentative(company);
  return representative === '' || /,| und | and /.test(representative)
    ? undefined
    : { name: representative };
}
