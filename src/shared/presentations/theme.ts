import type { CompanyProfile } from '../domain/settings';
import type { Deck, DeckTheme } from './types';

const WHITE = '#ffffff';
const INK = '#1f2933';
const MUTED = '#52606d';
const FALLBACK = '#1c5d99';

const HEX = /^#[0-9a-fA-F]{6}$/;

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const LOGO = /^data:(image\/(?:png|jpeg|svg\+xml));base64,[A-Za-z0-9+/=]+$/;

/**
 * The deck's look: its own brand colour or the company's, text on it in white or ink
 * (whichever contrasts more), and the company logo (a data URL in the company profile).
 */
export function deckTheme(
  deck: Pick<Deck, 'brandColor'>,
  company: Pick<CompanyProfile, 'name' | 'brandColor' | 'logo'>,
): DeckTheme {
  const primary =
    [deck.brandColor, company.brandColor].find((color) => HEX.test(color)) ?? FALLBACK;
  const logo = LOGO.exec(company.logo);
  return {
    primary: primary.toLowerCase(),
    onPrimary: contrastRatio(primary, WHITE) >= contrastRatio(primary, INK) ? WHITE : INK,
    background: WHITE,
    text: INK,
    mutedText: MUTED,
    companyName: company.name,
    logo: logo ? { sha256: '', mimeType: logo[1] ?? 'image/png', dataUrl: company.logo } : null,
  };
}
