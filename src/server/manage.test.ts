import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/db';
import { ManagementError, addMember, disableUser, enableUser, removeUser } from './manage';
import type { RunningServer, TestUser } from '#test/server-harness';
import {
  call,
  createUser,
  login,
  openTestDb,
  startServer,
  testBackends,
} from '#test/server-harness';

const ISO_TIME = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

describe.each(testBackends())('user disable, enable and remove on %s', (backend) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let server: RunningServer;

  beforeAll(async () => {
    ({ db, dispose } = await openTestDb(backend));
    server = await startServer({ db });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  /** The status of an authenticated request with the user's token. */
  const tokenStatus = async (user: TestUser) =>
    (await call(`${server.url}/v1/workspaces/${user.workspaceId}/changes`, { token: user.token }))
      .status;

  it('disable revokes every token and refuses login until enabled; twice keeps the first date', async () => {
    const ann = await createUser(db, server.url);
    const secondDevice = (await login(server.url, ann)).body as { token: string };
    expect(await tokenStatus(ann)).toBe(200);

    const disabled = await disableUser(db, { email: ann.email });
    expect(disabled).toEqual({
      userId: ann.userId,
      email: ann.email,
      disabledAt: ISO_TIME,
      revokedTokens: 2,
    });
    expect(await tokenStatus(ann)).toBe(401);
    expect(await tokenStatus({ ...ann, token: secondDevice.token })).toBe(401);
    expect((await login(server.url, ann)).status).toBe(403);
    expect(await disableUser(db, { email: ann.email.toUpperCase() })).toEqual({
      ...disabled,
      revokedTokens: 0,
    });

    expect(await enableUser(db, { email: ann.email })).toEqual({
      userId: ann.userId,
      email: ann.email,
      wasDisabled: true,
    });
    expect((await login(server.url, ann)).status).toBe(200);
    expect(await enableUser(db, { email: ann.email })).toMatchObject({ wasDisabled: false });
  }, 120_000);

  it('remove deletes the user with tokens and memberships; the workspaces stay', async () => {
    const owner = await createUser(db, server.url, { workspace: `team-${backend}` });
    const bob = await createUser(db, server.url, { workspace: `bob-${backend}` });
    await addMember(db, { email: bob.email, workspace: owner.workspaceId });

    expect(await removeUser(db, { email: bob.email })).toEqual({
      userId: bob.userId,
      email: bob.email,
      removedFrom: [`bob-${backend}`, `team-${backend}`],
      revokedTokens: 1,
    });
    expect(await tokenStatus(bob)).toBe(401);
    expect((await login(server.url, bob)).status).toBe(401);
    expect(
      await db.query(
        'select 1 from users where id = $1 union all select 1 from members where user_id = $1 union all select 1 from tokens where user_id = $1',
        [bob.userId],
      ),
    ).toEqual([]);
    expect(await tokenStatus(owner)).toBe(200);
    expect(
      await db.query('select name from workspaces where id = $1', [owner.workspaceId]),
    ).toEqual([{ name: `team-${backend}` }]);
  }, 120_000);

  it('refuses unknown users and bad addresses without changing anything', async () => {
    for (const command of [disableUser, enableUser, removeUser]) {
      await expect(command(db, { email: 'nobody@example.com' })).rejects.toThrow(
        new ManagementError('No user with email nobody@example.com'),
      );
      await expect(command(db, { email: 'not an address' })).rejects.toThrow(ManagementError);
    }
  }, 120_000);
});
