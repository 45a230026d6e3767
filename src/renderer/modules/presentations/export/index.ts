// The deck's PDF and PowerPoint export and the fair leads' CSV/Excel export (issue 14), built in
// the document worker from the presentable deck.
export { deckExportInput, deckPdfBytes, deckPptxBytes, exportLeads } from './deck-export';
export type { DeckExportKind, LeadExportFilter, LeadExportKind } from './deck-export';
export { useDeckExport } from './useDeckExport';
export type { DeckExport } from './useDeckExport';
export { presentationExportMessages } from './messages';
