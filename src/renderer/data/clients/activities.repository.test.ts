import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeActivityInput,
  makeClientInput,
  makeContactInput,
} from '../../../../test/factories/domain';
import type { Client } from '#shared/domain';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

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

describe('activities as follow-ups', () => {
  it('stores a contact person, a next step and a due date, and old rows without them stay valid', async () => {
    const contact = await ws.repos.contacts.create(makeContactInput(client.id));
    const plain = await ws.repos.activities.create(makeActivityInput(client.id));
    expect(plain).not.toHaveProperty('dueDate');
    const followUp = await ws.repos.activities.update(plain.id, {
      contactId: contact.id,
      nextStep: '  Angebot nachfassen ',
      dueDate: '2026-12-14',
    });
    expect(await ws.repos.activities.get(plain.id)).toEqual({
      ...plain,
      contactId: contact.id,
      nextStep: 'Angebot nachfassen',
      dueDate: '2026-12-14',
      updatedAt: followUp.updatedAt,
    });
  });

  it('refuses a due date that is no day and a contact person of another client, changing nothing', async () => {
    const other = await ws.repos.clients.create(makeClientInput({ name: 'Andere GmbH' }));
    const foreign = await ws.repos.contacts.create(makeContactInput(other.id));
    const activity = await ws.repos.activities.create(makeActivityInput(client.id));
    await expect(
      ws.repos.activities.update(activity.id, { dueDate: '2026-02-30' }),
    ).rejects.toThrow(ValidationError);
    await expect(
      ws.repos.activities.update(activity.id, { contactId: foreign.id }),
    ).rejects.toThrow(/contactId: the contact person belongs to another client/);
    await expect(
      ws.repos.activities.create(makeActivityInput(client.id, { contactId: 'nobody' })),
    ).rejects.toThrow(RowNotFoundError);
    expect(await ws.repos.activities.get(activity.id)).toEqual(activity);
    expect(await ws.repos.activities.listByClient(client.id)).toHaveLength(1);
  });

  it('lists open follow-ups of all clients by due date, and a ticked-off one leaves until reopened', async () => {
    const other = await ws.repos.clients.create(makeClientInput({ name: 'Andere GmbH' }));
    const later = await ws.repos.activities.create(
      makeActivityInput(client.id, { dueDate: '2026-12-20' }),
    );
    const sooner = await ws.repos.activities.create(
      makeActivityInput(other.id, { dueDate: '2026-12-01' }),
    );
    await ws.repos.activities.create(makeActivityInput(client.id));
    const gone = await ws.repos.activities.create(
      makeActivityInput(client.id, { dueDate: '2026-11-01' }),
    );
    await ws.repos.activities.remove(gone.id);
    const ids = async () => (await ws.repos.activities.listOpenFollowUps()).map((a) => a.id);
    expect(await ids()).toEqual([sooner.id, later.id]);

    const done = await ws.repos.activities.setCompleted(sooner.id, '2026-12-07');
    expect(done.completedAt).toBe('2026-12-07');
    expect(await ids()).toEqual([later.id]);
    await ws.repos.activities.setCompleted(sooner.id, '');
    expect(await ids()).toEqual([sooner.id, later.id]);
    await expect(ws.repos.activities.setCompleted(sooner.id, 'morgen')).rejects.toThrow(
      ValidationError,
    );
  });
});
