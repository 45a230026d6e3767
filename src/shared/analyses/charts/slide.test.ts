import { describe, expect, it } from 'vitest';
import {
  sampleAnalyses,
  sampleFiveForces,
  sampleMarketSize,
  sampleMatrix,
  sampleNames,
  samplePortfolio,
  samplePositioning,
  sampleSwot,
} from '#test/analysis-samples';
import { analysisKinds } from '../../domain/analyses';
import { analysisChartConfig, analysisSlide } from '.';
import type { AnalysisSlide } from '.';

const de = { names: sampleNames, language: 'de', companyName: 'Brandt IT GmbH' } as const;
const en = { ...de, language: 'en' } as const;

/** A slide without its chart (compared on its own). */
function textOf(slide: AnalysisSlide): Omit<AnalysisSlide, 'chart'> {
  const { chart, ...text } = slide;
  void chart;
  return text;
}

describe('analysisSlide', () => {
  it('carries the same chart the editor draws, for every kind', () => {
    for (const analysis of sampleAnalyses()) {
      const slide = analysisSlide(analysis, de);
      expect(slide.title).toBe(analysis.title);
      expect(JSON.stringify(slide.chart)).toBe(JSON.stringify(analysisChartConfig(analysis, de)));
    }
  });

  it('makes a slide of an empty analysis of every kind without throwing', () => {
    for (const kind of analysisKinds) {
      expect(analysisSlide({ kind, title: 'Leer' }, de).title, kind).toBe('Leer');
    }
  });

  it('never prints the internal notes', () => {
    for (const analysis of sampleAnalyses()) {
      const slide = textOf(analysisSlide(analysis, de));
      expect(JSON.stringify(slide)).not.toContain('Preisnachlass');
    }
  });

  it('SWOT: the derived strategies as bullets, or the quadrants without them', () => {
    const slide = textOf(analysisSlide(sampleSwot(), en));
    expect(slide).toEqual({
      title: 'SWOT Rechenzentrumsbetrieb',
      subtitle: 'SWOT analysis',
      bullets: [
        'SO: NIS2-Check als Einstiegsangebot mit eigenen Technikern',
        'ST: Betrieb vor Ort gegen Hyperscaler positionieren',
        'WO: Cloud-Referenzen über Migrationsprojekte aufbauen',
        'WT: Partnerschaft für Bereitschaftsdienst',
      ],
    });
    const withoutStrategies = { ...sampleSwot(), strategies: undefined };
    expect(analysisSlide(withoutStrategies, de).bullets[0]).toBe(
      'Stärken: Zertifizierte Techniker vor Ort; Eigenes Rechenzentrum in Bielefeld',
    );
  });

  it('five forces: average and attractiveness, each force with its reason', () => {
    const slide = textOf(analysisSlide(sampleFiveForces(), de));
    expect(slide).toEqual({
      title: 'Branche Managed Services OWL',
      subtitle: 'Durchschnitt 3,00, Attraktivität der Branche: mittel',
      bullets: [
        'Wettbewerbsintensität: 4/5 – Viele regionale Systemhäuser',
        'Bedrohung durch neue Anbieter: 2/5 – Zertifizierungen sind eine Hürde',
        'Bedrohung durch Ersatzprodukte: 3/5 – Cloud-Dienste ersetzen Betrieb',
        'Verhandlungsmacht der Kunden: 4/5 – Ausschreibungen mit drei Angeboten',
        'Verhandlungsmacht der Lieferanten: 2/5',
      ],
    });
  });

  it('competitor matrix: the ranking and the criteria × participants table', () => {
    const slide = textOf(analysisSlide(sampleMatrix(), en));
    expect(slide).toEqual({
      title: 'Wettbewerbsmatrix Firewall-Projekt',
      subtitle: 'Brandt IT GmbH: rank 1 of 4 with 3.95 points',
      bullets: [
        '1. Brandt IT GmbH: 3.95',
        '2. Kontor Consulting: 3.85',
        '3. Nordlicht IT: 3.55',
        '4. Datawerk Systems: 3.35',
      ],
      table: [
        [
          'Criterion',
          'Weight (%)',
          'Brandt IT GmbH',
          'Kontor Consulting',
          'Nordlicht IT',
          'Datawerk Systems',
        ],
        ['Preis', '30', '3', '2', '4', '5'],
        ['Service vor Ort', '25', '5', '4', '3', '2'],
        ['Fachkompetenz', '25', '4', '5', '4', '3'],
        ['Referenzen', '20', '4', '5', '3', '3'],
        ['Weighted score', '', '3.95', '3.85', '3.55', '3.35'],
        ['Rank', '', '1', '2', '3', '4'],
      ],
    });
  });

  it('competitor matrix not yet valid: says so, no table', () => {
    const analysis = { ...sampleMatrix(), criteria: [] };
    const slide = textOf(analysisSlide(analysis, de));
    expect(slide).toEqual({
      title: 'Wettbewerbsmatrix Firewall-Projekt',
      subtitle: 'Die Gewichte ergeben nicht 100 % oder es fehlen Bewertungen',
      bullets: [],
    });
  });

  it('positioning: fair-value line, each point with its fair price and deviation', () => {
    const slide = analysisSlide(samplePositioning(), de);
    expect(slide.subtitle).toBe('Fair-Value-Linie: Preisindex = 26,46 + 1,10 × Leistung');
    expect(slide.bullets[0]).toBe('Brandt IT GmbH: Leistung 78, Preisindex 105, Abweichung -6,93');
    expect(slide.table?.[1]).toEqual(['Brandt IT GmbH', '78', '105', '12', '111,93', '-6,93']);
  });

  it('market size: the TAM → SAM → SOM chain', () => {
    const slide = analysisSlide(sampleMarketSize(), de);
    expect(slide.bullets).toEqual([
      'TAM (Gesamtmarkt): 4.850 × 18.333,33 € = 88.916.650,50 €',
      'SAM (bedienbarer Markt): 37,5 % × TAM = 33.343.743,94 €',
      'SOM (erreichbarer Markt): 6,25 % × SAM = 2.083.984,00 €',
    ]);
  });

  it('portfolio: each solution with its BCG quadrant in the slide language', () => {
    expect(analysisSlide(samplePortfolio(), en).bullets).toEqual([
      'Managed Firewall: Stars',
      'Backup as a Service: Cash Cows',
      'SOC-Überwachung: Question Marks',
      'Druckerwartung: Poor Dogs',
    ]);
  });
});
