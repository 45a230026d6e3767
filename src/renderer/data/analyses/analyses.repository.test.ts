import { beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput, makeOpportunityInput } from '../../../../test/factories/domain';
import { makeAnalysisInput, makeCompetitorInput } from '../../../../test/factories/analyses';
import { SELF_ID, analysisKinds } from '#shared/domain/analyses';
import type { AnalysisInput } from '#shared/domain/analyses';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const snapshot = async () => ({
  analyses: await ws.db.analyses.toArray(),
  outbox: await ws.db.outbox.count(),
});

const pathsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
};

describe('analyses repository', () => {
  it('creates every kind, lists newest first, soft-deletes and restores', async () => {
    const [competitor] = await ws.repos.competitors.bulkCreate([makeCompetitorInput()]);
    const created = [];
    for (const kind of analysisKinds) {
      created.push(await ws.repos.analyses.create(makeAnalysisInput(kind, {}, [competitor!.id])));
    }
    // Same millisecond on the test clock: ids (UUIDv7) decide, the newest first.
    const listed = await ws.repos.analyses.list();
    expect(listed.map((a) => a.kind)).toEqual([...analysisKinds].reverse());
    const swot = created[0]!;
    await ws.repos.analyses.remove(swot.id);
    expect((await ws.repos.analyses.list()).map((a) => a.id)).not.toContain(swot.id);
    await ws.repos.analyses.restore(swot.id);
    expect((await ws.repos.analyses.listWhere({ kind: 'swot' })).map((a) => a.id)).toEqual([
      swot.id,
    ]);
  });

  it('records each data field of an analysis as its own synced field', async () => {
    const analysis = await ws.repos.analyses.create(makeAnalysisInput('swot'));
    const before = (await ws.repos.outbox.list()).length;
    await ws.repos.analyses.update(analysis.id, { threats: ['Fachkräftemangel'] });
    expect(
      (await ws.repos.outbox.list()).slice(before).map(({ field, value }) => [field, value]),
    ).toEqual([
      ['threats', ['Fachkräftemangel']],
      ['updatedAt', expect.any(String)],
      ['updatedBy', expect.any(String)],
    ]);
  });

  it('filters by client and opportunity, and checks they belong together', async () => {
    const [client, otherClient] = await ws.repos.clients.bulkCreate([
      makeClientInput(),
      makeClientInput({ name: 'Andere AG' }),
    ]);
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client!.id));
    const about = (extra: Partial<AnalysisInput>) => makeAnalysisInput('five-forces', extra);
    const ofClient = await ws.repos.analyses.create(
      about({ subject: 'client', clientId: client!.id }),
    );
    const ofOpportunity = await ws.repos.analyses.create(
      about({ subject: 'opportunity', clientId: client!.id, opportunityId: opportunity.id }),
    );
    await ws.repos.analyses.create(about({}));
    expect((await ws.repos.analyses.listWhere({ clientId: client!.id })).map((a) => a.id)).toEqual([
      ofOpportunity.id,
      ofClient.id,
    ]);
    expect(
      (await ws.repos.analyses.listWhere({ opportunityId: opportunity.id })).map((a) => a.id),
    ).toEqual([ofOpportunity.id]);
    const before = await snapshot();
    expect(
      await pathsOf(
        ws.repos.analyses.create(
          about({
            subject: 'opportunity',
            clientId: otherClient!.id,
            opportunityId: opportunity.id,
          }),
        ),
      ),
    ).toEqual(['opportunityId: the opportunity belongs to another client']);
    await expect(
      ws.repos.analyses.create(about({ subject: 'client', clientId: 'nobody' })),
    ).rejects.toThrow(RowNotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses weights not summing to 100, scores out of range, missing data, writing nothing', async () => {
    const [competitor] = await ws.repos.competitors.bulkCreate([makeCompetitorInput()]);
    const matrix = await ws.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', {}, [competitor!.id]),
    );
    const before = await snapshot();
    const criteria = matrix.criteria!;
    expect(
      await pathsOf(
        ws.repos.analyses.update(matrix.id, {
          criteria: criteria.map((c, i) => (i === 0 ? { ...c, weightPct: '45' } : c)),
        }),
      ),
    ).toEqual(['criteria: validation.weightsSum']);
    expect(
      await pathsOf(
        ws.repos.analyses.update(matrix.id, {
          scores: { ...matrix.scores, [SELF_ID]: { price: 6, quality: 5, service: 4 } },
        }),
      ),
    ).toEqual([`scores.${SELF_ID}.price: validation.rating`]);
    expect(
      await pathsOf(
        ws.repos.analyses.create({ ...makeAnalysisInput('swot'), strengths: undefined }),
      ),
    ).toEqual(['strengths: validation.required']);
    expect(
      await pathsOf(ws.repos.analyses.create(makeAnalysisInput('swot', { title: ' ' }))),
    ).toEqual(['title: validation.required']);
    expect(
      await pathsOf(
        ws.repos.analyses.create(
          makeAnalysisInput('market-size', {
            market: {
              customers: '10',
              revenuePerCustomer: '5',
              samPct: '101',
              somPct: '5',
              currency: 'EUR',
            },
          }),
        ),
      ),
    ).toEqual(['market.samPct: validation.percent']);
    await expect(
      ws.repos.analyses.create(makeAnalysisInput('competitor-matrix', {}, ['ghost'])),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.analyses.create(
        makeAnalysisInput('portfolio', {
          portfolio: [
            {
              id: 'p1',
              catalogItemId: 'no-item',
              name: 'X',
              marketGrowthPct: '5',
              relativeMarketShare: '1',
              revenue: '1',
            },
          ],
        }),
      ),
    ).rejects.toThrow(RowNotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps an analysis valid when a compared competitor is deleted later', async () => {
    const [competitor] = await ws.repos.competitors.bulkCreate([makeCompetitorInput()]);
    const matrix = await ws.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', {}, [competitor!.id]),
    );
    await ws.repos.competitors.remove(competitor!.id);
    const renamed = await ws.repos.analyses.update(matrix.id, { title: 'Matrix 2027' });
    expect(renamed.title).toBe('Matrix 2027');
  });
});
