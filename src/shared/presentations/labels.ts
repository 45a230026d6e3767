import type { BillingKind, Unit } from '../domain/catalog';
import type { PriceLevel } from '../domain/analyses';
import type { Language } from '../domain/common';
import type { LeadRating, LeadStatus } from '../domain/presentations';

/** The fixed texts slides, lead exports and conversions print, in the deck's language. */
export type PresentationLabels = {
  missing: string;
  untitled: string;
  reference: string;
  comparison: string;
  leadHeadline: string;
  leadText: string;
  unit: string;
  billing: string;
  listPrice: string;
  packagePrice: Record<BillingKind, string>;
  units: Record<Unit, string>;
  billings: Record<BillingKind, string>;
  provider: string;
  segment: string;
  strengths: string;
  weaknesses: string;
  priceLevel: string;
  typicalDiscount: string;
  priceLevels: Record<PriceLevel, string>;
  ratings: Record<LeadRating, string>;
  statuses: Record<LeadStatus, string>;
};

const de: PresentationLabels = {
  missing: 'Inhalt nicht mehr verfügbar',
  untitled: 'Ohne Titel',
  reference: 'Referenz',
  comparison: 'Im Vergleich',
  leadHeadline: 'Sprechen Sie uns an!',
  leadText:
    'Wir nehmen Ihre Fragen gleich hier am Stand auf und melden uns nach der Messe mit einem passenden Vorschlag.',
  unit: 'Einheit',
  billing: 'Abrechnung',
  listPrice: 'Listenpreis (netto)',
  packagePrice: {
    'one-time': 'Paketpreis (netto)',
    monthly: 'Paketpreis monatlich (netto)',
    yearly: 'Paketpreis jährlich (netto)',
  },
  units: {
    piece: 'Stück',
    licence: 'Lizenz',
    user: 'Nutzer',
    'person-day': 'Personentag',
    hour: 'Stunde',
    month: 'Monat',
    flat: 'pauschal',
  },
  billings: { 'one-time': 'einmalig', monthly: 'monatlich', yearly: 'jährlich' },
  provider: 'Anbieter',
  segment: 'Segment',
  strengths: 'Stärken',
  weaknesses: 'Schwächen',
  priceLevel: 'Preisniveau',
  typicalDiscount: 'Typischer Rabatt',
  priceLevels: { low: 'niedrig', medium: 'mittel', high: 'hoch', premium: 'Premium' },
  ratings: { hot: 'heiß', warm: 'warm', cold: 'kalt' },
  statuses: { new: 'neu', converted: 'umgewandelt', discarded: 'verworfen' },
};

const en: PresentationLabels = {
  missing: 'Content no longer available',
  untitled: 'Untitled',
  reference: 'Reference',
  comparison: 'How we compare',
  leadHeadline: 'Talk to us!',
  leadText:
    'We take down your questions right here at the booth and get back to you after the fair with a suitable proposal.',
  unit: 'Unit',
  billing: 'Billing',
  listPrice: 'List price (net)',
  packagePrice: {
    'one-time': 'Package price (net)',
    monthly: 'Package price per month (net)',
    yearly: 'Package price per year (net)',
  },
  units: {
    piece: 'piece',
    licence: 'licence',
    user: 'user',
    'person-day': 'person-day',
    hour: 'hour',
    month: 'month',
    flat: 'flat rate',
  },
  billings: { 'one-time': 'one-time', monthly: 'monthly', yearly: 'yearly' },
  provider: 'Provider',
  segment: 'Segment',
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  priceLevel: 'Price level',
  typicalDiscount: 'Typical discount',
  priceLevels: { low: 'low', medium: 'medium', high: 'high', premium: 'premium' },
  ratings: { hot: 'hot', warm: 'warm', cold: 'cold' },
  statuses: { new: 'new', converted: 'converted', discarded: 'discarded' },
};

const LABELS: Record<Language, PresentationLabels> = { de, en };

/** The presentation texts in `language`. */
export function presentationLabels(language: Language): PresentationLabels {
  return LABELS[language];
}
