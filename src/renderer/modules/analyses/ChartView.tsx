import { Chart, type ChartConfiguration, type ChartTypeRegistry, type Plugin } from 'chart.js';
import { useEffect, useRef } from 'react';
import { registerAnalysisCharts } from '#shared/analyses/charts';

// The controllers, scales and Quotient's plugins every analysis chart needs, registered once.
registerAnalysisCharts(Chart);

type Props = {
  config: ChartConfiguration;
  /** Height in CSS pixels; the width follows the container. */
  height?: number;
  testId?: string;
};

type AnyChart = Chart<keyof ChartTypeRegistry, unknown[], unknown>;

/** Whether two configurations carry the same inline plugins (by identity, in order). */
const samePlugins = (a: readonly Plugin[] | undefined, b: readonly Plugin[] | undefined) =>
  (a ?? []).length === (b ?? []).length &&
  (a ?? []).every((plugin, index) => plugin === b?.[index]);

/** The options with the canvas following the wrapper's size (also for a configuration made for PNG). */
const sized = (config: ChartConfiguration) => ({
  ...config.options,
  responsive: true,
  maintainAspectRatio: false,
});

/**
 * Draws a chart.js configuration (the analysis charts, win/loss) on a canvas that follows its
 * container's width. A new configuration of the same type and plugins updates the chart in place
 * without animation, so a keystroke in an editor redraws at once; another type or plugin set
 * builds the chart anew. The wrapper's `data-draw-count` counts the draws, so tests and the bench
 * can wait for a redraw.
 */
export function ChartView({ config, height = 320, testId }: Props) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<{
    chart: AnyChart;
    type: string;
    plugins: readonly Plugin[] | undefined;
  } | null>(null);
  const drawsRef = useRef(0);

  useEffect(() => {
    const canvas = canvasRef.current;
    const wrapper = wrapperRef.current;
    if (!canvas || !wrapper) return;
    const current = chartRef.current;
    if (current && current.type === config.type) {
      if (samePlugins(current.plugins, config.plugins)) {
        current.chart.data = config.data;
        current.chart.options = sized(config);
        current.chart.update('none');
        return;
      }
    }
    current?.chart.destroy();
    chartRef.current = null;
    // Without a 2D context (a test DOM) there is nothing to draw on.
    if (!canvas.getContext('2d')) return;
    const counter: Plugin = {
      id: 'quotientDrawCount',
      afterRender: () => {
        drawsRef.current += 1;
        wrapper.setAttribute('data-draw-count', String(drawsRef.current));
      },
    };
    const chart = new Chart(canvas, {
      ...config,
      options: sized(config),
      plugins: [...(config.plugins ?? []), counter],
    }) as unknown as AnyChart;
    chartRef.current = { chart, type: config.type, plugins: config.plugins };
  }, [config]);

  useEffect(
    () => () => {
      chartRef.current?.chart.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <div
      ref={wrapperRef}
      data-testid={testId ?? 'analysis-chart'}
      data-draw-count="0"
      style={{ position: 'relative', width: '100%', height }}
    >
      <canvas ref={canvasRef} />
    </div>
  );
}
