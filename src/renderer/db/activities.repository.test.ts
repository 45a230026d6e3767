import { beforeEach, describe, expect, it } from 'vitest';
import { makeActivityInput, makeClientInput } from '../../../test/factories/domain';
import type { Client } from '../../shared/domain';
import { RowNotFoundError, ValidationError } from './errors';
import { openTestWorkspace } from './test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let client: Client;
beforeEach(async () => {
  ws = openTestWorkspace();
  client = await ws.repos.clients.create(makeClientInput());
});

describe('activities repository', () => {
  it('lists a client’s live activities newest first, by date then creation', async () => {
    const older = await ws.repos.activities.create(
      makeActivityInput(client.id, { date: '2026-11-01', summary: 'alt' }),
    );
    const first = await ws.repos.activities.create(
      makeActivityInput(client.id, { date: '2026-11-20', summary: 'erst' }),
    );
    const second = await ws.repos.activities.create(
      makeActivityInput(client.id, { date: '2026-11-20', summary: 'dann' }),
    );
    const gone = await ws.repos.activities.create(
      makeActivityInput(client.id, { date: '2026-12-01' }),
    );
    await ws.repos.activities.remove(gone.id);
    expect((await ws.repos.activities.listByClient(client.id)).map((a) => a.id)).toEqual([
      second.id,
      first.id,
      older.id,
    ]);
  });

  it('updates, validates and checks the client', async () => {
    const activity = await ws.repos.activities.create(makeActivityInput(client.id));
    expect(await ws.repos.activities.update(activity.id, { kind: 'visit' })).toEqual({
      ...activity,
      kind: 'visit',
    });
    await expect(ws.repos.activities.update(activity.id, { date: '27.11.2026' })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      ws.repos.activities.update(activity.id, { clientId: 'elsewhere' }),
    ).rejects.toThrow(RowNotFoundError);
    expect(await ws.repos.activities.get(activity.id)).toEqual({ ...activity, kind: 'visit' });
  });
});
