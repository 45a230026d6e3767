import { afterEach, describe, expect, it } from 'vitest';
import { makeClientInput, makeUserProfile } from '../../../test/factories/domain';
import { formatHlc, parseHlc } from '#shared/sync/hlc';
import { freshIndexedDb } from '#test/test-workspace';
import { LAST_HLC_KEY } from './core/write';
import { openWorkspace } from './workspace';
import type { Workspace } from './workspace';

const opened: Workspace[] = [];
const open = async (name?: string) => {
  const workspace = await openWorkspace(name);
  opened.push(workspace);
  return workspace;
};
afterEach(() => {
  for (const workspace of opened.splice(0)) workspace.close();
});

describe('openWorkspace', () => {
  it('keeps the node id, stamps the profile name as author and resumes the clock', async () => {
    freshIndexedDb();
    const first = await open('ws');
    const before = await first.repos.clients.create(makeClientInput());
    expect(before.createdBy).toBe('');
    await first.repos.local.saveProfile(makeUserProfile({ name: 'Erika Musterfrau' }));
    const after = await first.repos.clients.update(before.id, { city: 'Bonn' });
    expect(after.updatedBy).toBe('Erika Musterfrau');
    const nodeId = await first.repos.local.getNodeId();
    // As if the last session ran with a wall clock an hour ahead of this one.
    const lastStamp = formatHlc({ millis: Date.now() + 3_600_000, counter: 7, node: nodeId });
    await first.db.syncState.put({ key: LAST_HLC_KEY, value: lastStamp });
    first.close();

    const second = await open('ws');
    expect(await second.repos.local.getNodeId()).toBe(nodeId);
    await second.repos.clients.update(before.id, { city: 'Essen' });
    const next = (await second.repos.outbox.list()).at(-1)!;
    expect([next.field, next.value, parseHlc(next.hlc)]).toEqual([
      'updatedBy',
      'Erika Musterfrau',
      { ...parseHlc(lastStamp), counter: 8 },
    ]);
  });

  it('stamps a write made right after saving the profile with the new name', async () => {
    freshIndexedDb();
    const workspace = await open('ws-author');
    await workspace.repos.local.saveProfile(makeUserProfile({ name: 'Erika Musterfrau' }));
    const client = await workspace.repos.clients.create(makeClientInput());
    expect([client.createdBy, client.updatedBy]).toEqual(['Erika Musterfrau', 'Erika Musterfrau']);
  });
});
