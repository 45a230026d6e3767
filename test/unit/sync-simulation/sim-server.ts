import type { FastifyInstance } from 'fastify';
import { addMember, addUser, addWorkspace, buildServer, openDb } from '../../../src/server';
import type { Db } from '../../../src/server';
import { loginReplySchema } from '../../../src/shared/sync/protocol';

/**
 * The real sync server for the simulation: Fastify on in-memory PGlite, reached in-process
 * through `app.inject`, on a simulated clock. One instance serves many runs; each run gets
 * fresh workspaces, so runs never see each other's data.
 */

/** Where every run's simulated time starts. */
export const SIM_START = Date.parse('2026-11-28T09:00:00.000Z');

/** The simulated wall clock the server and (with a skew) every device read. */
export type SimClock = {
  now(): number;
  advance(ms: number): void;
  reset(): void;
};

/** A simulated clock starting at SIM_START. */
export function createSimClock(): SimClock {
  let time = SIM_START;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
    reset() {
      time = SIM_START;
    },
  };
}

/** A user that devices sync as: one per device slot, logged in once. */
export type SimUser = { email: string; token: string };

/** The two workspaces of one run. */
export type SimWorkspaces = { a: string; b: string };

export type SimServer = {
  app: FastifyInstance;
  db: Db;
  clock: SimClock;
  /** Users 0 … USERS_IN_A − 1 join workspace A, the last one workspace B. */
  users: readonly SimUser[];
  /** Creates the two empty workspaces of a run with their members. */
  newWorkspaces(): Promise<SimWorkspaces>;
  close(): Promise<void>;
};

/** Devices (and users) in workspace A at most; one more device is in workspace B. */
export const USERS_IN_A = 4;
const PASSWORD = 'simulation-password';

/** Logs in through the real route, as a device would. */
async function login(app: FastifyInstance, email: string): Promise<string> {
  const reply = await app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    headers: { 'x-quotient-protocol': '1' },
    payload: { email, password: PASSWORD },
  });
  if (reply.statusCode !== 200) {
    throw new Error(`Login of ${email} failed with ${reply.statusCode}: ${reply.body}`);
  }
  return loginReplySchema.parse(reply.json()).token;
}

/** Opens PGlite in memory, builds the server on the simulated clock and logs the users in. */
export async function startSimServer(): Promise<SimServer> {
  const clock = createSimClock();
  const db = await openDb({ memory: true });
  const app = await buildServer({ db, now: () => clock.now() });
  const users: SimUser[] = [];
  for (let index = 0; index <= USERS_IN_A; index += 1) {
    const email = `sim-user-${index}@example.com`;
    await addUser(db, { email, password: PASSWORD });
    users.push({ email, token: await login(app, email) });
  }
  let runs = 0;
  return {
    app,
    db,
    clock,
    users,
    async newWorkspaces() {
      runs += 1;
      const a = (await addWorkspace(db, { name: `simulation-${runs}-a` })).workspaceId;
      const b = (await addWorkspace(db, { name: `simulation-${runs}-b` })).workspaceId;
      for (const [index, user] of users.entries()) {
        await addMember(db, { email: user.email, workspace: index < USERS_IN_A ? a : b });
      }
      return { a, b };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
