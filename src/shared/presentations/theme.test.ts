import { describe, expect, it } from 'vitest';
import { sampleCompany } from '#test/presentation-fixtures';
import { contrastRatio, deckTheme } from './theme';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('deckTheme', () => {
  it('the company colour, white text on a dark colour, the logo data URL', () => {
    const company = sampleCompany({ brandColor: '#1C5D99', logo: PNG });
    expect(deckTheme({ brandColor: '' }, company)).toEqual({
      primary: '#1c5d99',
      onPrimary: '#ffffff',
      background: '#ffffff',
      text: '#1f2933',
      mutedText: '#52606d',
      companyName: 'Muster IT-Beratung GmbH',
      logo: { sha256: '', mimeType: 'image/png', dataUrl: PNG },
    });
  });

  it('the deck colour wins; ink on a light colour; no logo without one', () => {
    const theme = deckTheme({ brandColor: '#ffd23f' }, sampleCompany({ brandColor: '#1c5d99' }));
    expect(theme).toMatchObject({ primary: '#ffd23f', onPrimary: '#1f2933', logo: null });
  });

  it('the text on the brand colour always has the better contrast', () => {
    for (const color of ['#000000', '#777777', '#808080', '#e07b00', '#2e8b57', '#ffffff']) {
      const { onPrimary } = deckTheme({ brandColor: color }, sampleCompany());
      const other = onPrimary === '#ffffff' ? '#1f2933' : '#ffffff';
      expect(contrastRatio(color, onPrimary), color).toBeGreaterThanOrEqual(
        contrastRatio(color, other),
      );
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
