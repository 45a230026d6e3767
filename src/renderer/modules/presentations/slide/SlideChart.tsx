import { Chart as ChartJS, type ChartConfiguration, type Plugin } from 'chart.js';
import { memo, useMemo, useRef } from 'react';
import { Chart } from 'react-chartjs-2';
import { registerAnalysisCharts } from '#shared/analyses/charts';

// The controllers, scales and Quotient's plugins the analysis charts need (registering twice is harmless).
registerAnalysisCharts(ChartJS);

/** The analysis charts' fonts are sized for a document page; on a slide they are drawn this much larger. */
const ZOOM = 1.75;

let canDraw: boolean | undefined;
/** Whether this DOM can draw at all (a test DOM has no 2D canvas context). */
const drawable = () =>
  (canDraw ??= (() => {
    try {
      return document.createElement('canvas').getContext('2d') !== null;
    } catch {
      return false;
    }
  })());

type Props = { config: ChartConfiguration; width: number; height: number; label: string };

/**
 * An analysis chart on a slide: the same chart.js configuration the documents draw, laid out at
 * 1/ZOOM of its box and scaled up, so its labels read from across a booth. Drawn once without
 * animation; `data-draw-count` counts the draws (tests and the bench wait for one).
 */
export const SlideChart = memo(function SlideChart({ config, width, height, label }: Props) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const draws = useRef(0);
  const counter = useMemo<Plugin>(
    () => ({
      id: 'quotientSlideDrawCount',
      afterRender: () => {
        draws.current += 1;
        wrapperRef.current?.setAttribute('data-draw-count', String(draws.current));
      },
    }),
    [],
  );
  const plugins = useMemo(() => [...(config.plugins ?? []), counter], [config.plugins, counter]);
  const options = useMemo(
    () => ({
      ...config.options,
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      // Sharp after the zoom and the stage's own scale on a large screen.
      devicePixelRatio: Math.max(2, globalThis.devicePixelRatio || 1),
    }),
    [config.options],
  );
  return (
    <div
      ref={wrapperRef}
      role="img"
      aria-label={label}
      data-testid="slide-chart"
      data-draw-count="0"
      style={{ width, height, position: 'relative' }}
    >
      <div
        style={{
          position: 'absolute',
          left: 0,
          top: 0,
          width: width / ZOOM,
          height: height / ZOOM,
          transform: `scale(${ZOOM})`,
          transformOrigin: '0 0',
        }}
      >
        {drawable() && (
          <Chart
            type={config.type}
            data={config.data}
            options={options}
            plugins={plugins}
            updateMode="none"
          />
        )}
      </div>
    </div>
  );
});
