import { Chart as ChartJS, type ChartConfiguration, type Plugin } from 'chart.js';
import { useMemo, useRef } from 'react';
import { Chart } from 'react-chartjs-2';
import { registerAnalysisCharts } from '#shared/analyses/charts';

// The controllers, scales and Quotient's plugins every analysis chart needs, registered once.
registerAnalysisCharts(ChartJS);

type Props = {
  config: ChartConfiguration;
  /** Height in CSS pixels; the width follows the container. */
  height?: number;
  testId?: string;
};

/** Whether this DOM can draw at all (a test DOM has no 2D canvas context). */
let canDraw: boolean | undefined;
const drawable = () =>
  (canDraw ??= (() => {
    try {
      return document.createElement('canvas').getContext('2d') !== null;
    } catch {
      return false;
    }
  })());

/** A stable key per set of inline plugins (by identity): another set builds the chart anew. */
const pluginIds = new WeakMap<Plugin, number>();
let nextPluginId = 1;
const pluginsKey = (plugins: readonly Plugin[] | undefined) =>
  (plugins ?? [])
    .map((plugin) => {
      if (!pluginIds.has(plugin)) pluginIds.set(plugin, nextPluginId++);
      return pluginIds.get(plugin);
    })
    .join('-');

/**
 * Draws a chart.js configuration (the analysis charts, win/loss) with react-chartjs-2 on a canvas
 * that follows its container's width: the same configuration the documents draw off-screen to
 * PNG. A new configuration of the same type and plugins updates the chart in place without
 * animation, so a keystroke in an editor redraws at once; another type or plugin set builds it
 * anew. The wrapper's `data-draw-count` counts the draws, so tests and the bench can wait for one.
 */
export function ChartView({ config, height = 320, testId }: Props) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const draws = useRef(0);
  const counter = useMemo<Plugin>(
    () => ({
      id: 'quotientDrawCount',
      afterRender: () => {
        draws.current += 1;
        wrapperRef.current?.setAttribute('data-draw-count', String(draws.current));
      },
    }),
    [],
  );
  const plugins = useMemo(() => [...(config.plugins ?? []), counter], [config.plugins, counter]);
  // A configuration made for PNG (fixed size) still follows the wrapper here.
  const options = useMemo(
    () => ({ ...config.options, responsive: true, maintainAspectRatio: false }),
    [config.options],
  );
  return (
    <div
      ref={wrapperRef}
      data-testid={testId ?? 'analysis-chart'}
      data-draw-count="0"
      style={{ position: 'relative', width: '100%', height }}
    >
      {drawable() && (
        <Chart
          key={`${config.type}:${pluginsKey(config.plugins)}`}
          type={config.type}
          data={config.data}
          options={options}
          plugins={plugins}
          updateMode="none"
        />
      )}
    </div>
  );
}
