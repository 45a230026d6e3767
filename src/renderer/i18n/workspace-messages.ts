/**
 * Texts of the customer mode (merged under `customerMode`) and of the screen shortcuts (merged
 * under `keyboard`). English mirrors German.
 */
const customerModeDe = {
  label: 'Kundenmodus',
  switch: 'Kundenmodus',
  badge: 'Interne Werte ausgeblendet',
  hint: 'Blendet Einkaufspreise, Margen und interne Notizen auf allen Seiten aus, bis Sie ihn ausschalten ({{keys}} oder F9).',
  options: 'Einstellungen des Kundenmodus',
  hidePipelineValues: 'Pipeline-Werte im Kundenmodus ausblenden',
  internal: 'intern',
  hiddenValue: 'ausgeblendet',
};
const customerModeEn: typeof customerModeDe = {
  label: 'Customer mode',
  switch: 'Customer mode',
  badge: 'Internal values hidden',
  hint: 'Hides purchase prices, margins and internal notes on every screen until you switch it off ({{keys}} or F9).',
  options: 'Customer mode settings',
  hidePipelineValues: 'Hide pipeline values in customer mode',
  internal: 'internal',
  hiddenValue: 'hidden',
};

const keyboardDe = {
  global: 'Überall',
  customerMode: 'Kundenmodus ein/aus',
  screens: {
    offer: 'Angebots-Editor',
    pipeline: 'Pipeline',
    clients: 'Kundenliste',
    catalog: 'Katalog',
  },
  rows: {
    nextLine: 'Nächste Zeile, gleiche Spalte',
    previousLine: 'Vorige Zeile, gleiche Spalte',
    addLine: 'Neue Position darunter',
    duplicateLine: 'Position duplizieren',
    deleteLine: 'Position löschen',
    moveLine: 'Position nach oben/unten verschieben',
    lineDetails: 'Details der Position (Abrechnung, Art, EK, Langtext)',
    revertCell: 'Eingabe verwerfen',
    pickFirst: 'Katalogsuche: ersten Treffer übernehmen',
    openCard: 'Verkaufschance öffnen',
    moveCardStage: 'Karte in die vorige/nächste Phase',
    moveCardOrder: 'Karte nach oben/unten',
    searchToList: 'Aus der Suche in die Liste',
    rows: 'Vorige/nächste Zeile',
    pages: 'Zehn Zeilen weiter',
    openRow: 'Eintrag öffnen',
    clearSearch: 'Suche leeren',
  },
};
const keyboardEn: typeof keyboardDe = {
  global: 'Everywhere',
  customerMode: 'Customer mode on/off',
  screens: {
    offer: 'Offer editor',
    pipeline: 'Pipeline',
    clients: 'Client list',
    catalog: 'Catalog',
  },
  rows: {
    nextLine: 'Next line, same column',
    previousLine: 'Previous line, same column',
    addLine: 'New line below',
    duplicateLine: 'Duplicate line',
    deleteLine: 'Delete line',
    moveLine: 'Move line up/down',
    lineDetails: 'Line details (billing, kind, cost, long text)',
    revertCell: 'Discard the entry',
    pickFirst: 'Catalog search: take the first match',
    openCard: 'Open the opportunity',
    moveCardStage: 'Move the card to the previous/next stage',
    moveCardOrder: 'Move the card up/down',
    searchToList: 'From the search into the list',
    rows: 'Previous/next row',
    pages: 'Ten rows on',
    openRow: 'Open the entry',
    clearSearch: 'Clear the search',
  },
};

export const customerModeMessages = { de: customerModeDe, en: customerModeEn };
export const keyboardMessages = { de: keyboardDe, en: keyboardEn };
