import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { proposalFixture } from '#test/proposal-fixture';
import { paragraphs, readDocx, tables, textOf } from '#test/read-docx';
import { sampleMatrix, sampleNames } from '#test/analysis-samples';
import { analysisChartPng } from '../../analyses/charts/png';
import type { Analysis, Battlecard } from '../../domain/analyses';
import { buildProposalDocument } from '../proposal-document';
import { whyUsData } from '../why-us';
import { mergedItems } from './why-us';

const meta = {
  id: 'a-1',
  createdAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-10-01T08:00:00.000Z',
  createdBy: 'u-1',
  updatedBy: 'u-1',
  deleted: false,
};

const matrix = (): Analysis => ({ ...meta, ...sampleMatrix() });

function battlecard(competitorId: string, overrides: Partial<Battlecard> = {}): Battlecard {
  return {
    ...meta,
    id: `bc-${competitorId}`,
    competitorId,
    objections: [
      {
        objection: `GEHEIM-EINWAND ${competitorId} ist 20 % günstiger`,
        answer: `GEHEIM-ANTWORT für ${competitorId}`,
      },
    ],
    differentiators: '- **Eigene Techniker** vor Ort in 4 Stunden\n- ISO 27001 zertifiziert',
    traps: `- GEHEIM-FALLE: nach Cloud-Referenzen von ${competitorId} fragen`,
    landmines: `- GEHEIM-TRETMINE: nicht über Stundensätze von ${competitorId} reden`,
    proofPoints: '- Hanseatische Kühllogistik: Migration ohne Ausfall',
    lastVerified: '2026-10-15',
    ...overrides,
  };
}

const competitors = Object.entries(sampleNames).map(([id, name]) => ({ id, name }));

describe('whyUsData', () => {
  it('copies the matrix and only the differentiators and proof points, in matrix order', () => {
    const data = whyUsData({
      analysis: matrix(),
      competitors: [...competitors, { id: 'comp-other', name: 'Nicht in der Matrix' }],
      battlecards: [
        battlecard('comp-kontor', { differentiators: 'Kontor-Unterschied', proofPoints: '' }),
        battlecard('comp-nordlicht'),
        battlecard('comp-other'),
        battlecard('comp-datawerk', { deleted: true }),
        undefined,
      ],
    });
    expect(data).toEqual({
      matrix: {
        title: 'Wettbewerbsmatrix Firewall-Projekt',
        criteria: sampleMatrix().criteria,
        participants: sampleMatrix().participants,
        scores: sampleMatrix().scores,
      },
      names: sampleNames,
      differentiators: [battlecard('comp-nordlicht').differentiators, 'Kontor-Unterschied'],
      proofPoints: [battlecard('comp-nordlicht').proofPoints],
    });
    expect(JSON.stringify(data)).not.toContain('GEHEIM');
  });

  it('is undefined for a missing, deleted or other analysis', () => {
    const none = { competitors, battlecards: [] };
    expect(whyUsData({ analysis: undefined, ...none })).toBeUndefined();
    expect(whyUsData({ analysis: { ...matrix(), deleted: true }, ...none })).toBeUndefined();
    expect(
      whyUsData({ analysis: { ...matrix(), kind: 'swot' } as Analysis, ...none }),
    ).toBeUndefined();
  });
});

describe('mergedItems', () => {
  it('makes one list of several texts, each item once', () => {
    const items = mergedItems([
      '- **Eigene Techniker** vor Ort\n- ISO 27001',
      'Ein Absatz.\n\n- iso 27001\n- Festpreise',
    ]);
    expect(items.map((item) => item.map((run) => run.text).join(''))).toEqual([
      'Eigene Techniker vor Ort',
      'ISO 27001',
      'Ein Absatz.',
      'Festpreise',
    ]);
    expect(items[0]?.[0]).toEqual({ text: 'Eigene Techniker', bold: true });
  });
});

describe('the proposal with a Why-us chapter', () => {
  const whyUs = () =>
    whyUsData({
      analysis: matrix(),
      competitors,
      battlecards: ['comp-nordlicht', 'comp-datawerk', 'comp-kontor'].map((id) => battlecard(id)),
    });

  it('carries our rank and score, the criteria with weights, the chart and the differentiators; never traps, landmines, objections or prices', async () => {
    const base = proposalFixture();
    const chartPng = await analysisChartPng(
      { kind: 'competitor-matrix', ...whyUs()!.matrix },
      {
        names: sampleNames,
        language: 'de',
        companyName: base.company.name,
        bare: true,
        createCanvas,
        width: 300,
        height: 200,
      },
    );
    const docx = await readDocx(
      await buildProposalDocument(
        { ...base, whyUs: whyUs() },
        { chartPng: null, whyUsChartPng: chartPng },
      ),
    );
    const texts = paragraphs(docx.document);
    const start = texts.indexOf('Warum wir');
    expect(start).toBeGreaterThan(0);
    expect(texts[start + 1]).toBe(
      `In der gewichteten Bewertung „Wettbewerbsmatrix Firewall-Projekt“ erreicht ${base.company.name} 3,95 von 5 Punkten und damit Rang 1 von 4 Anbietern.`,
    );
    expect(tables(docx.document).find((table) => table[0]?.[0] === 'Kriterium')).toEqual([
      ['Kriterium', 'Gewicht', `Bewertung ${base.company.name}`],
      ['Preis', '30 %', '3'],
      ['Service vor Ort', '25 %', '5'],
      ['Fachkompetenz', '25 %', '4'],
      ['Referenzen', '20 %', '4'],
      ['Gewichtete Punktzahl', '100 %', '3,95'],
    ]);
    const after = texts.slice(start);
    expect(after).toContain('Was uns auszeichnet');
    expect(after).toContain('Eigene Techniker vor Ort in 4 Stunden');
    expect(after).toContain('Referenzen und Nachweise');
    expect(after).toContain('Hanseatische Kühllogistik: Migration ohne Ausfall');
    // The differentiators three battlecards share are listed once.
    expect(after.filter((text) => text === 'ISO 27001 zertifiziert')).toHaveLength(1);
    // The chapter comes before the prices, and the contents list it.
    expect(start).toBeLessThan(texts.indexOf('Preise und Konditionen'));
    expect(docx.document).toContain('Warum wir');
    // The chart: the proposal has no cost chart here, so the one image is the matrix chart.
    expect(docx.media).toHaveLength(1);
    const all = textOf(docx.document);
    for (const secret of ['GEHEIM', 'FALLE', 'TRETMINE', 'günstiger', 'Stundensätze']) {
      expect(all).not.toContain(secret);
    }
  });

  it('in English', async () => {
    const base = proposalFixture({ language: 'en' });
    const docx = await readDocx(
      await buildProposalDocument({ ...base, whyUs: whyUs() }, { chartPng: null }),
    );
    const texts = paragraphs(docx.document);
    const start = texts.indexOf('Why us');
    expect(texts[start + 1]).toBe(
      `In the weighted assessment “Wettbewerbsmatrix Firewall-Projekt”, ${base.company.name} scores 3.95 of 5 points, rank 1 of 4 vendors.`,
    );
    expect(texts).toContain('What sets us apart');
    expect(docx.media).toHaveLength(0);
  });

  it('is left out without Why-us data', async () => {
    const docx = await readDocx(await buildProposalDocument(proposalFixture(), { chartPng: null }));
    expect(paragraphs(docx.document)).not.toContain('Warum wir');
  });
});
