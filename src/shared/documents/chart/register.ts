// The one place chart.js is imported: its tree-shakable parts are registered here once, so
// every chart in Quotient (proposal PNGs, the app's views) sees the same setup.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Title,
  Tooltip,
);

export { Chart };
export type { ChartConfiguration, ChartItem, ChartType, DefaultDataPoint, Plugin } from 'chart.js';
