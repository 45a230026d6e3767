import type { OfferTotals } from '../../calculation';
import { Decimal, formatDecimal } from '../../money';
import type { DocumentData } from '../types';
import type { ChartConfiguration, Plugin } from './register';

/** The totals the chart reads; pass the result of offerTotals. */
export type ChartTotals = Pick<OfferTotals, 'oneTime' | 'monthly' | 'yearly' | 'contractValue'>;

/** One contract year: nets as decimal strings, cumulative since the start. */
export type ChartYear = { label: string; oneTime: string; recurring: string; cumulative: string };

export type ProposalChartConfig = ChartConfiguration<'bar' | 'line', number[], string>;

const LABELS = {
  de: {
    year: (n: number) => `Jahr ${n}`,
    oneTime: 'Einmalig',
    recurring: 'Laufend',
    cumulative: 'Kumuliert',
    title: (currency: string) => `Kosten über die Vertragslaufzeit (netto, ${currency})`,
  },
  en: {
    year: (n: number) => `Year ${n}`,
    oneTime: 'One-time',
    recurring: 'Recurring',
    cumulative: 'Cumulative',
    title: (currency: string) => `Costs over the contract term (net, ${currency})`,
  },
} as const;

// Arial where it exists, its metric twin on Linux, then whatever sans-serif there is.
const FONT_FAMILY = 'Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

/**
 * Net costs per contract year: the one-time net in year 1, monthly × months of that year
 * plus the yearly net; the last cumulative value is the engine's contract value.
 */
export function chartYears(
  data: Pick<DocumentData, 'language' | 'offer'>,
  totals: ChartTotals,
): ChartYear[] {
  const term = data.offer.termMonths;
  const years = Math.max(1, Math.ceil(term / 12));
  const monthly = new Decimal(totals.monthly.net);
  const yearly = new Decimal(totals.yearly.net);
  let cumulative = new Decimal(0);
  return Array.from({ length: years }, (_, index) => {
    const months = Math.max(0, Math.min(12, term - index * 12));
    const oneTime = new Decimal(index === 0 ? totals.oneTime.net : 0);
    const recurring = months > 0 ? monthly.times(months).plus(yearly) : new Decimal(0);
    cumulative = cumulative.plus(oneTime).plus(recurring);
    return {
      label: LABELS[data.language].year(index + 1),
      oneTime: oneTime.toFixed(2),
      recurring: recurring.toFixed(2),
      cumulative: cumulative.toFixed(2),
    };
  });
}

/** "#1c5d99" at the given opacity, as chart.js colours take it. */
function rgba(hex: string, alpha: number): string {
  const valid = /^#[0-9a-fA-F]{6}$/.test(hex) ? hex : '#1c5d99';
  const channel = (offset: number) => Number.parseInt(valid.slice(offset, offset + 2), 16);
  return `rgba(${channel(1)}, ${channel(3)}, ${channel(5)}, ${alpha})`;
}

/** Paints the canvas white first: PNGs are transparent by default and Word shows that grey. */
export const whiteBackground: Plugin<'bar' | 'line'> = {
  id: 'quotientWhiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/**
 * The proposal's chart: one-time and recurring net costs per contract year as stacked bars,
 * and the cumulative total as a line. Static (no animation, no responsiveness) for PNG output.
 */
export function proposalChartConfig(data: DocumentData, totals: ChartTotals): ProposalChartConfig {
  const labels = LABELS[data.language];
  const years = chartYears(data, totals);
  const brand = data.company.brandColor;
  const font = { family: FONT_FAMILY, size: 12 };
  const currency = data.offer.currency;
  return {
    type: 'bar',
    data: {
      labels: years.map((year) => year.label),
      datasets: [
        {
          type: 'bar',
          label: labels.oneTime,
          data: years.map((year) => Number(year.oneTime)),
          backgroundColor: rgba(brand, 1),
          stack: 'costs',
        },
        {
          type: 'bar',
          label: labels.recurring,
          data: years.map((year) => Number(year.recurring)),
          backgroundColor: rgba(brand, 0.45),
          stack: 'costs',
        },
        {
          type: 'line',
          label: labels.cumulative,
          data: years.map((year) => Number(year.cumulative)),
          borderColor: '#e07b00',
          backgroundColor: '#e07b00',
          borderWidth: 2,
          pointRadius: 4,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: 2,
      plugins: {
        title: { display: true, text: labels.title(currency), font: { ...font, size: 14 } },
        legend: { position: 'bottom', labels: { font } },
        tooltip: { enabled: false },
      },
      scales: {
        x: { stacked: true, ticks: { font } },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: {
            font,
            callback: (value) => formatDecimal(String(value), data.language, 0),
          },
        },
      },
    },
    plugins: [whiteBackground],
  };
}
