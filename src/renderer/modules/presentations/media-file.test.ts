import { describe, expect, it } from 'vitest';
import { mediaExtensions, slideMediaType } from './media-file';

describe('slide media files', () => {
  it('know the image and video types a slide takes by extension, in any case', () => {
    expect(slideMediaType('Stand.JPG')).toBe('image/jpeg');
    expect(slideMediaType('logo.png')).toBe('image/png');
    expect(slideMediaType('demo.final.webm')).toBe('video/webm');
    expect(slideMediaType('clip.mp4')).toBe('video/mp4');
    expect(slideMediaType('notes.pdf')).toBe('');
    expect(slideMediaType('no-extension')).toBe('');
  });

  it('offer videos only where the slide may show one', () => {
    expect(mediaExtensions(false)).toEqual(['png', 'jpg', 'jpeg', 'webp', 'gif']);
    expect(mediaExtensions(true)).toContain('mp4');
    expect(mediaExtensions(true)).toContain('webm');
  });
});
