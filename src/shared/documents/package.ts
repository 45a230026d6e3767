import type { Billing } from '../calculation';
import type { Language } from '../domain';
import { billingWord } from './totals';

/**
 * A package section (a bundle priced as one): its counted lines are listed without unit price,
 * discount and net ("im Paket"), and one package price per billing kind equals the section's
 * subtotal of that kind. Optional and alternative lines keep their prices: they are not part of
 * the package price. Totals, VAT and the discount chain do not change.
 */
const PACKAGE_TEXT = {
  de: {
    inPackage: 'im Paket',
    credit: 'Gutschrift',
    price: (title: string) => `Paketpreis ${title}`,
  },
  en: {
    inPackage: 'included',
    credit: 'Credit',
    price: (title: string) => `Package price ${title}`,
  },
} as const;

/** Whether a line of a section shows its price: all but the counted lines of a package. */
export function hidesPrice(
  section: { package?: boolean },
  line: { kind: 'normal' | 'optional' | 'alternative' },
): boolean {
  return section.package === true && line.kind === 'normal';
}

/** "im Paket" / "included": the price cells of a line inside a package. */
export function inPackageText(language: Language): string {
  return PACKAGE_TEXT[language].inPackage;
}

/** "Gutschrift" / "Credit": the marker of a credit line (a deliberate negative price). */
export function creditText(language: Language): string {
  return PACKAGE_TEXT[language].credit;
}

/** "Paketpreis Starterpaket", "(monatlich)" added for recurring or a split package. */
export function packagePriceLabel({
  title,
  billing,
  split,
  language,
}: {
  title: string;
  billing: Billing;
  /** Whether the package has more than one billing kind. */
  split: boolean;
  language: Language;
}): string {
  const label = PACKAGE_TEXT[language].price(title);
  return split || billing !== 'one-time' ? `${label} (${billingWord(billing, language)})` : label;
}
