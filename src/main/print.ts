import { APP_ENTRY_URL } from './app-origin';

/** The print view of one offer, on the app's own origin (or the dev server in development). */
export function offerPrintUrl({
  offerId,
  devServerUrl,
}: {
  offerId: string;
  devServerUrl?: string;
}): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(offerId)) throw new Error(`not an offer id: ${offerId}`);
  const base = devServerUrl ?? APP_ENTRY_URL;
  return `${base.split('#')[0]}#/print/offers/${offerId}`;
}

/** printToPDF options: A4 portrait, backgrounds (brand colours) printed, CSS page size wins. */
export const pdfOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
} as const;

/** How long the print view may take to load its data and report ready. */
export const PRINT_READY_TIMEOUT_MS = 20_000;
