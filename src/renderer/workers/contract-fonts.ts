// The DejaVu fonts the contract PDF and the signing pages are set in, bundled as assets: Vite gives their
// URL (app://… in Electron, which serves .ttf as font/ttf; the web build's own origin), fetched on first use.
import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url';
import type { ContractPdfFonts } from '#shared/documents/contracts/contract-pdf';

let loading: Promise<ContractPdfFonts> | undefined;

async function load(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url} could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The fonts, loaded once per worker; a failed load is tried again next time. */
export function contractFonts(): Promise<ContractPdfFonts> {
  loading ??= Promise.all([load(regularUrl), load(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
