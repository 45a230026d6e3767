import { Chart } from './register';
import type { ChartConfiguration, ChartItem, ChartType, DefaultDataPoint } from './register';

/**
 * What a canvas factory must return: Node's @napi-rs/canvas (`encode`/`toBuffer`) and the
 * browser's OffscreenCanvas (`convertToBlob`) both fit, without src/shared importing either.
 */
export type ChartCanvas = {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
  convertToBlob?: (options?: { type?: string }) => Promise<{ arrayBuffer(): Promise<ArrayBuffer> }>;
  encode?: (format: 'png') => Promise<Uint8Array>;
  toBuffer?: (mime: 'image/png') => Uint8Array;
};

export type RenderChartOptions = {
  /** Size in CSS pixels; the PNG has devicePixelRatio times as many. */
  width: number;
  height: number;
  createCanvas: (width: number, height: number) => ChartCanvas;
};

async function toPng(canvas: ChartCanvas): Promise<Uint8Array> {
  if (canvas.convertToBlob !== undefined) {
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  }
  if (canvas.encode !== undefined) return new Uint8Array(await canvas.encode('png'));
  if (canvas.toBuffer !== undefined) return new Uint8Array(canvas.toBuffer('image/png'));
  throw new Error('renderChartPng: the canvas can neither convertToBlob, encode nor toBuffer');
}

/** Draws a chart.js configuration onto a canvas from the factory and returns PNG bytes. */
export async function renderChartPng<
  TType extends ChartType,
  TData = DefaultDataPoint<TType>,
  TLabel = unknown,
>(
  config: ChartConfiguration<TType, TData, TLabel>,
  { width, height, createCanvas }: RenderChartOptions,
): Promise<Uint8Array> {
  const canvas = createCanvas(width, height);
  // Without a window chart.js uses its basic platform: it draws synchronously, no DOM needed.
  const chart = new Chart<TType, TData, TLabel>(canvas as unknown as ChartItem, config);
  try {
    return await toPng(canvas);
  } finally {
    chart.destroy();
  }
}
