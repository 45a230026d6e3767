import { describe, expect, it } from 'vitest';
import { logoDataUrl } from './logo';

describe('logoDataUrl', () => {
  it('encodes bytes with the mime type of the extension', () => {
    expect(logoDataUrl('Logo.PNG', new Uint8Array([137, 80, 78, 71]))).toBe(
      'data:image/png;base64,iVBORw==',
    );
    expect(logoDataUrl('a.svg', new TextEncoder().encode('<svg/>'))).toBe(
      'data:image/svg+xml;base64,PHN2Zy8+',
    );
  });

  it('rejects other file types with an i18n key', () => {
    expect(() => logoDataUrl('logo.gif', new Uint8Array([1]))).toThrow('settings.logoType');
  });
});
