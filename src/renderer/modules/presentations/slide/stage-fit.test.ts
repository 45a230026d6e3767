import { describe, expect, it } from 'vitest';
import { fitStage } from './stage-fit';

describe('fitStage', () => {
  it('fills a 16:9 box exactly', () => {
    expect(fitStage(960, 540)).toEqual({ scale: 0.5, left: 0, top: 0 });
  });

  it('letterboxes a wider box left and right, a taller one above and below', () => {
    expect(fitStage(1000, 270)).toEqual({ scale: 0.25, left: 260, top: 0 });
    expect(fitStage(480, 1000)).toEqual({ scale: 0.25, left: 0, top: 365 });
  });

  it('fits a box without a height by its width; an empty box draws nothing', () => {
    expect(fitStage(384, 0)).toEqual({ scale: 0.2, left: 0, top: 0 });
    expect(fitStage(0, 500)).toEqual({ scale: 0, left: 0, top: 0 });
  });
});
