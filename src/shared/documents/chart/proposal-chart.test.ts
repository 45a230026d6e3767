import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { offerTotals } from '../../offers/totals';
import { proposalFixture } from '#test/proposal-fixture';
import { proposalModel } from '../proposal/model';
import { chartYears, proposalChartConfig } from './proposal-chart';
import { renderChartPng } from './render';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('chartYears', () => {
  it('puts one-time costs in year 1 and recurring ones in every year of the term', () => {
    const data = proposalFixture();
    const { totals } = proposalModel(data);
    expect(chartYears(data, totals)).toEqual([
      { label: 'Jahr 1', oneTime: '21079.37', recurring: '29557.84', cumulative: '50637.21' },
      { label: 'Jahr 2', oneTime: '0.00', recurring: '29557.84', cumulative: '80195.05' },
      { label: 'Jahr 3', oneTime: '0.00', recurring: '29557.84', cumulative: '109752.89' },
    ]);
    // The last cumulative value is the engine's contract value.
    expect(totals.contractValue).toBe('109752.89');
  });

  it('counts a part year by its months and a zero term as one year without recurring costs', () => {
    const totals = offerTotals({
      offer: { discountPct: '', termMonths: 14, reverseCharge: false },
      lines: [
        {
          id: 'a',
          sectionId: 's',
          quantity: '1',
          unitPrice: '100',
          discountPct: '',
          vatPct: '19',
          billing: 'monthly',
          kind: 'normal',
          unitCost: '',
        },
        {
          id: 'b',
          sectionId: 's',
          quantity: '1',
          unitPrice: '50',
          discountPct: '',
          vatPct: '19',
          billing: 'yearly',
          kind: 'normal',
          unitCost: '',
        },
      ],
    });
    const data = proposalFixture();
    expect(
      chartYears({ language: 'en', offer: { ...data.offer, termMonths: 14 } }, totals),
    ).toEqual([
      { label: 'Year 1', oneTime: '0.00', recurring: '1250.00', cumulative: '1250.00' },
      { label: 'Year 2', oneTime: '0.00', recurring: '250.00', cumulative: '1500.00' },
    ]);
    expect(chartYears({ language: 'de', offer: { ...data.offer, termMonths: 0 } }, totals)).toEqual(
      [{ label: 'Jahr 1', oneTime: '0.00', recurring: '0.00', cumulative: '0.00' }],
    );
  });
});

describe('renderChartPng', () => {
  it('draws the proposal chart as a PNG at twice its size on white', async () => {
    const data = proposalFixture();
    const config = proposalChartConfig(data, proposalModel(data).totals);
    expect(config.options?.animation).toBe(false);
    expect(config.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Einmalig',
      'Laufend',
      'Kumuliert',
    ]);
    const png = await renderChartPng(config, { width: 640, height: 320, createCanvas });
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const image = await loadImage(Buffer.from(png));
    expect([image.width, image.height]).toEqual([1280, 640]);
    // The white-background plugin: a corner pixel is opaque white, not transparent.
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(2, 2, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });

  it('rejects a canvas it cannot encode', async () => {
    const data = proposalFixture();
    const config = proposalChartConfig(data, proposalModel(data).totals);
    const bare = (width: number, height: number) => {
      const canvas = createCanvas(width, height);
      return { width, height, getContext: (type: '2d') => canvas.getContext(type) };
    };
    await expect(
      renderChartPng(config, { width: 100, height: 50, createCanvas: bare }),
    ).rejects.toThrow(/convertToBlob, encode nor toBuffer/);
  });
});
