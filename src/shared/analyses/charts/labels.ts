import type { AnalysisKind, FiveForceKey } from '../../domain/analyses';

/** The language of a chart, a slide and an analysis document. */
export type ChartLanguage = 'de' | 'en';

export type Attractiveness = 'high' | 'medium' | 'low';
export type BcgQuadrantName = 'star' | 'cash-cow' | 'question-mark' | 'poor-dog';

/** Every text the analysis charts, slides and documents print, in German and English. */
export type AnalysisLabels = {
  kind: Record<AnalysisKind, string>;
  swot: { strengths: string; weaknesses: string; opportunities: string; threats: string };
  strategies: { so: string; st: string; wo: string; wt: string; title: string };
  forces: Record<FiveForceKey, string>;
  force: string;
  rating: string;
  reason: string;
  average: string;
  attractiveness: string;
  attractivenessValue: Record<Attractiveness, string>;
  forcesSummary: (average: string, attractiveness: string) => string;
  criterion: string;
  weight: string;
  weightSum: string;
  weightedScore: string;
  rank: string;
  participant: string;
  matrixInvalid: string;
  matrixHint: string;
  slope: string;
  intercept: string;
  matrixSummary: (name: string, rank: number, score: string, count: number) => string;
  priceIndex: string;
  priceIndexShort: string;
  performanceShort: string;
  measure: string;
  value: string;
  performance: string;
  marketShare: string;
  bubbleShare: string;
  fairValue: string;
  fairPrice: string;
  deviation: string;
  positioningSummary: (slope: string, intercept: string) => string;
  customers: string;
  revenuePerCustomer: string;
  samShare: string;
  somShare: string;
  tam: string;
  sam: string;
  som: string;
  marketSummary: (tam: string, sam: string, som: string) => string;
  solution: string;
  marketGrowth: string;
  relativeShare: string;
  revenue: string;
  quadrant: string;
  bcg: Record<BcgQuadrantName, string>;
  won: string;
  lost: string;
  winLossTitle: string;
  notes: string;
  us: string;
  /** File names: "SWOT Kunde.docx". */
  fileStem: Record<AnalysisKind, string>;
};

const DE: AnalysisLabels = {
  kind: {
    swot: 'SWOT-Analyse',
    'five-forces': 'Branchenstrukturanalyse (Five Forces)',
    'competitor-matrix': 'Wettbewerbsmatrix',
    positioning: 'Preis-Leistungs-Positionierung',
    'market-size': 'Marktgröße (TAM, SAM, SOM)',
    portfolio: 'Portfolio (BCG-Matrix)',
  },
  swot: {
    strengths: 'Stärken',
    weaknesses: 'Schwächen',
    opportunities: 'Chancen',
    threats: 'Risiken',
  },
  strategies: {
    title: 'Strategien',
    so: 'SO: Stärken nutzen, Chancen ergreifen',
    st: 'ST: Stärken nutzen, Risiken abwehren',
    wo: 'WO: Schwächen abbauen, Chancen nutzen',
    wt: 'WT: Schwächen abbauen, Risiken vermeiden',
  },
  forces: {
    rivalry: 'Wettbewerbsintensität',
    threatOfNewEntrants: 'Bedrohung durch neue Anbieter',
    threatOfSubstitutes: 'Bedrohung durch Ersatzprodukte',
    buyerPower: 'Verhandlungsmacht der Kunden',
    supplierPower: 'Verhandlungsmacht der Lieferanten',
  },
  force: 'Kraft',
  rating: 'Bewertung (1–5)',
  reason: 'Begründung',
  average: 'Durchschnitt',
  attractiveness: 'Attraktivität',
  attractivenessValue: { high: 'hoch', medium: 'mittel', low: 'niedrig' },
  forcesSummary: (average, attractiveness) =>
    `Durchschnitt ${average}, Attraktivität der Branche: ${attractiveness}`,
  criterion: 'Kriterium',
  weight: 'Gewicht (%)',
  weightSum: 'Summe der Gewichte',
  weightedScore: 'Gewichtete Punktzahl',
  rank: 'Rang',
  participant: 'Anbieter',
  matrixInvalid: 'Die Gewichte ergeben nicht 100 % oder es fehlen Bewertungen',
  matrixHint:
    'Ändern Sie ein Gewicht oder eine Bewertung (1–5): Punktzahl und Rang rechnen neu. Die Gewichte müssen zusammen 100 ergeben.',
  slope: 'Steigung',
  intercept: 'Achsenabschnitt',
  matrixSummary: (name, rank, score, count) =>
    `${name}: Rang ${rank} von ${count} mit ${score} Punkten`,
  priceIndex: 'Preisindex (100 = Marktdurchschnitt)',
  priceIndexShort: 'Preisindex',
  performanceShort: 'Leistung',
  measure: 'Größe',
  value: 'Wert',
  performance: 'Leistung (0–100)',
  marketShare: 'Marktanteil (%)',
  bubbleShare: 'Blasengröße: Marktanteil',
  fairValue: 'Fair-Value-Linie',
  fairPrice: 'Fairer Preisindex',
  deviation: 'Abweichung',
  positioningSummary: (slope, intercept) =>
    `Fair-Value-Linie: Preisindex = ${intercept} + ${slope} × Leistung`,
  customers: 'Anzahl Kunden',
  revenuePerCustomer: 'Umsatz je Kunde',
  samShare: 'Anteil SAM (%)',
  somShare: 'Anteil SOM (%)',
  tam: 'TAM (Gesamtmarkt)',
  sam: 'SAM (bedienbarer Markt)',
  som: 'SOM (erreichbarer Markt)',
  marketSummary: (tam, sam, som) => `TAM ${tam}, SAM ${sam}, SOM ${som}`,
  solution: 'Lösung',
  marketGrowth: 'Marktwachstum (%)',
  relativeShare: 'Relativer Marktanteil',
  revenue: 'Umsatz',
  quadrant: 'Quadrant',
  bcg: {
    star: 'Stars',
    'cash-cow': 'Cash Cows',
    'question-mark': 'Fragezeichen',
    'poor-dog': 'Arme Hunde',
  },
  won: 'Gewonnen',
  lost: 'Verloren',
  winLossTitle: 'Gewonnen und verloren je Wettbewerber',
  notes: 'Anmerkungen',
  us: 'Wir',
  fileStem: {
    swot: 'SWOT',
    'five-forces': 'Five Forces',
    'competitor-matrix': 'Wettbewerbsmatrix',
    positioning: 'Positionierung',
    'market-size': 'Marktgröße',
    portfolio: 'Portfolio',
  },
};

const EN: AnalysisLabels = {
  kind: {
    swot: 'SWOT analysis',
    'five-forces': "Porter's five forces",
    'competitor-matrix': 'Competitor matrix',
    positioning: 'Price–performance positioning',
    'market-size': 'Market size (TAM, SAM, SOM)',
    portfolio: 'Portfolio (BCG matrix)',
  },
  swot: {
    strengths: 'Strengths',
    weaknesses: 'Weaknesses',
    opportunities: 'Opportunities',
    threats: 'Threats',
  },
  strategies: {
    title: 'Strategies',
    so: 'SO: use strengths to seize opportunities',
    st: 'ST: use strengths to counter threats',
    wo: 'WO: overcome weaknesses through opportunities',
    wt: 'WT: reduce weaknesses, avoid threats',
  },
  forces: {
    rivalry: 'Competitive rivalry',
    threatOfNewEntrants: 'Threat of new entrants',
    threatOfSubstitutes: 'Threat of substitutes',
    buyerPower: 'Buyer power',
    supplierPower: 'Supplier power',
  },
  force: 'Force',
  rating: 'Rating (1–5)',
  reason: 'Reason',
  average: 'Average',
  attractiveness: 'Attractiveness',
  attractivenessValue: { high: 'high', medium: 'medium', low: 'low' },
  forcesSummary: (average, attractiveness) =>
    `Average ${average}, industry attractiveness: ${attractiveness}`,
  criterion: 'Criterion',
  weight: 'Weight (%)',
  weightSum: 'Sum of weights',
  weightedScore: 'Weighted score',
  rank: 'Rank',
  participant: 'Vendor',
  matrixInvalid: 'The weights do not sum to 100 % or scores are missing',
  matrixHint:
    'Change a weight or a score (1–5): the scores and ranks recalculate. The weights must sum to 100.',
  slope: 'Slope',
  intercept: 'Intercept',
  matrixSummary: (name, rank, score, count) =>
    `${name}: rank ${rank} of ${count} with ${score} points`,
  priceIndex: 'Price index (100 = market average)',
  priceIndexShort: 'Price index',
  performanceShort: 'Performance',
  measure: 'Measure',
  value: 'Value',
  performance: 'Performance (0–100)',
  marketShare: 'Market share (%)',
  bubbleShare: 'Bubble size: market share',
  fairValue: 'Fair-value line',
  fairPrice: 'Fair price index',
  deviation: 'Deviation',
  positioningSummary: (slope, intercept) =>
    `Fair-value line: price index = ${intercept} + ${slope} × performance`,
  customers: 'Number of customers',
  revenuePerCustomer: 'Revenue per customer',
  samShare: 'SAM share (%)',
  somShare: 'SOM share (%)',
  tam: 'TAM (total market)',
  sam: 'SAM (serviceable market)',
  som: 'SOM (obtainable market)',
  marketSummary: (tam, sam, som) => `TAM ${tam}, SAM ${sam}, SOM ${som}`,
  solution: 'Solution',
  marketGrowth: 'Market growth (%)',
  relativeShare: 'Relative market share',
  revenue: 'Revenue',
  quadrant: 'Quadrant',
  bcg: {
    star: 'Stars',
    'cash-cow': 'Cash Cows',
    'question-mark': 'Question Marks',
    'poor-dog': 'Poor Dogs',
  },
  won: 'Won',
  lost: 'Lost',
  winLossTitle: 'Won and lost per competitor',
  notes: 'Notes',
  us: 'Us',
  fileStem: {
    swot: 'SWOT',
    'five-forces': 'Five forces',
    'competitor-matrix': 'Competitor matrix',
    positioning: 'Positioning',
    'market-size': 'Market size',
    portfolio: 'Portfolio',
  },
};

/** The analysis texts of a language. */
export function analysisLabels(language: ChartLanguage): AnalysisLabels {
  return language === 'en' ? EN : DE;
}
