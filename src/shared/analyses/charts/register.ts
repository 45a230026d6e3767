import {
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js';
import type { ChartComponentLike } from 'chart.js';
import { quadrantPlugin, swotPlugin, valueLabelPlugin } from './plugins';

/** What registerAnalysisCharts needs of chart.js's Chart (its static register). */
export type ChartRegistry = { register: (...items: ChartComponentLike[]) => void };

/**
 * Registers everything the analysis and win/loss charts use: controllers, elements, scales,
 * title, subtitle, legend, tooltip and Quotient's SWOT, quadrant and value-label plugins (they
 * read their options from the configuration, so a live chart follows its data). Registering
 * twice is harmless.
 */
export function registerAnalysisCharts(chart: ChartRegistry): void {
  chart.register(
    BarController,
    BarElement,
    BubbleController,
    CategoryScale,
    Filler,
    Legend,
    LineController,
    LineElement,
    LinearScale,
    PointElement,
    RadarController,
    RadialLinearScale,
    ScatterController,
    SubTitle,
    Title,
    Tooltip,
    swotPlugin,
    quadrantPlugin,
    valueLabelPlugin,
  );
}
