import type { Repositories } from '../../../src/renderer/data';
import { emptyCompetitorInput, SELF_ID } from '../../../src/shared/domain/analyses';

export type AnalysisSeedResult = {
  analysisId: string;
  criteria: number;
  participants: number;
  insertMs: number;
};

const competitorNames = [
  'Nordlicht IT GmbH',
  'Rheinwerk Consulting AG',
  'Alpenblick Systemhaus',
  'Hanse Digital Partner',
  'Spree Solutions GmbH',
  'Isar Cloud Services',
  'Main Data Consultants',
];
const criteria = [
  ['Preis', '25'],
  ['Funktionsumfang', '20'],
  ['Referenzen', '15'],
  ['Servicequalität', '15'],
  ['Branchenkenntnis', '10'],
  ['Implementierungszeit', '10'],
  ['Nähe zum Kunden', '5'],
] as const;

/**
 * A competitor matrix through the real repositories: seven competitors and ourselves scored on
 * seven weighted criteria (weights summing to 100), for the keystroke-to-chart figure.
 */
export async function seedAnalysis(repos: Repositories): Promise<AnalysisSeedResult> {
  const started = performance.now();
  const competitors = [];
  for (const name of competitorNames) {
    competitors.push(
      await repos.competitors.create({ ...emptyCompetitorInput(), name, priceLevel: 'medium' }),
    );
  }
  const participants = [SELF_ID, ...competitors.map((competitor) => competitor.id)];
  const criterionRows = criteria.map(([name, weightPct], index) => ({
    id: `criterion-${index + 1}`,
    name,
    weightPct,
  }));
  const scores = Object.fromEntries(
    participants.map((participant, p) => [
      participant,
      Object.fromEntries(
        criterionRows.map((criterion, c) => [criterion.id, 1 + ((p * 3 + c * 2) % 5)]),
      ),
    ]),
  );
  const analysis = await repos.analyses.create({
    kind: 'competitor-matrix',
    title: 'Bench: Wettbewerbsmatrix',
    subject: 'company',
    clientId: '',
    opportunityId: '',
    notes: '',
    criteria: criterionRows,
    participants,
    scores,
  });
  return {
    analysisId: analysis.id,
    criteria: criterionRows.length,
    participants: participants.length,
    insertMs: performance.now() - started,
  };
}
