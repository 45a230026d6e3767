import type { CatalogItemInput } from '../domain';
import { fold } from './normalize';

/** The catalog item fields a file column can fill. */
export const mappingFields = [
  'sku',
  'name',
  'kind',
  'unit',
  'purchasePrice',
  'listPrice',
  'currency',
  'vatPct',
  'billing',
  'description',
  'active',
] as const satisfies readonly (keyof CatalogItemInput)[];
export type MappingField = (typeof mappingFields)[number];

/** Fields without which an import cannot start. */
export const requiredMappingFields: readonly MappingField[] = ['name', 'listPrice'];

/** Which column (0-based) fills which field; unmapped fields take the defaults. */
export type Mapping = Partial<Record<MappingField, number>>;

const headerNames: Record<MappingField, readonly string[]> = {
  sku: [
    'Artikelnummer',
    'Artikel-Nr',
    'Art.-Nr.',
    'ArtNr',
    'Artikelnr',
    'Produktnummer',
    'Materialnummer',
    'Bestellnummer',
    'Nummer',
    'Nr',
    'SKU',
    'Item number',
    'Item no',
    'Part number',
    'Part no',
    'Product number',
    'Article number',
  ],
  name: [
    'Bezeichnung',
    'Artikelbezeichnung',
    'Produktbezeichnung',
    'Name',
    'Artikelname',
    'Produktname',
    'Produkt',
    'Artikel',
    'Kurztext',
    'Titel',
    'Product',
    'Product name',
    'Item',
    'Item name',
    'Title',
  ],
  kind: [
    'Art',
    'Typ',
    'Artikelart',
    'Artikeltyp',
    'Kategorie',
    'Kind',
    'Type',
    'Item type',
    'Category',
  ],
  unit: ['Einheit', 'Mengeneinheit', 'ME', 'Unit', 'UoM', 'Unit of measure'],
  purchasePrice: [
    'Einkaufspreis',
    'EK',
    'EK-Preis',
    'EK netto',
    'Einkauf',
    'Einstandspreis',
    'Bezugspreis',
    'Purchase price',
    'Cost',
    'Cost price',
    'Unit cost',
  ],
  listPrice: [
    'Listenpreis',
    'VK',
    'VK-Preis',
    'VK netto',
    'Verkaufspreis',
    'Preis',
    'Einzelpreis',
    'Nettopreis',
    'List price',
    'Price',
    'Sales price',
    'Unit price',
    'Net price',
  ],
  currency: ['Währung', 'Whg', 'Currency'],
  vatPct: [
    'MwSt',
    'MwSt-Satz',
    'USt',
    'USt-Satz',
    'Mehrwertsteuer',
    'Umsatzsteuer',
    'Steuersatz',
    'Steuer',
    'VAT',
    'VAT rate',
    'Tax',
    'Tax rate',
  ],
  billing: [
    'Abrechnung',
    'Abrechnungsart',
    'Abrechnungsintervall',
    'Zahlweise',
    'Intervall',
    'Billing',
    'Billing cycle',
    'Interval',
  ],
  description: [
    'Beschreibung',
    'Langtext',
    'Artikelbeschreibung',
    'Details',
    'Description',
    'Long description',
  ],
  active: ['Aktiv', 'Active', 'Enabled'],
};

const fieldByHeader = new Map<string, MappingField>(
  mappingFields.flatMap((field) => headerNames[field].map((name) => [fold(name), field] as const)),
);

/** Folded header candidates: as written, then without a bracketed or trailing unit ("Preis (EUR)", "MwSt %"). */
function candidates(header: string): string[] {
  const plain = header.replace(/[([].*?[)\]]/g, ' ');
  const bare = plain.replace(/\s*(in\s+)?(€|eur|chf|usd|gbp|%|netto|net)\s*$/i, '');
  return [fold(header), fold(plain), fold(bare)];
}

/**
 * Guesses which column fills which field from German and English header names. The first
 * column matching a field wins; each column fills at most one field.
 */
export function guessMapping(headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  headers.forEach((header, column) => {
    for (const key of candidates(header)) {
      const field = fieldByHeader.get(key);
      if (field !== undefined && mapping[field] === undefined) {
        mapping[field] = column;
        return;
      }
    }
  });
  return mapping;
}
