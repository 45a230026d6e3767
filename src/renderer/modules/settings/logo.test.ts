import { describe, expect, it } from 'vitest';
import { logoDataUrl } from './logo';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const text = (value: string) => new TextEncoder().encode(value);

describe('logoDataUrl', () => {
  it('encodes an image with the mime type of its kind', () => {
    expect(logoDataUrl('Logo.PNG', PNG)).toBe('data:image/png;base64,iVBORw0KGgoAAAAN');
    expect(logoDataUrl('logo.jpg', JPEG)).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    expect(logoDataUrl('a.svg', text('<svg/>'))).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    expect(
      logoDataUrl('b.svg', text('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg width="1">')),
    ).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('rejects other file types with an i18n key', () => {
    expect(() => logoDataUrl('logo.gif', new Uint8Array([1]))).toThrow('settings.logoType');
  });

  it('rejects a file whose content is not the image its name says', () => {
    expect(() => logoDataUrl('logo.png', text('%PDF-1.7'))).toThrow('settings.logoNotImage');
    expect(() => logoDataUrl('logo.jpg', PNG)).toThrow('settings.logoNotImage');
    expect(() => logoDataUrl('logo.svg', text('<html><body>no</body></html>'))).toThrow(
      'settings.logoNotImage',
    );
    expect(() => logoDataUrl('logo.png', new Uint8Array())).toThrow('settings.logoNotImage');
  });
});
