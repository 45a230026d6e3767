// Quotient's sync server for the sync bench, in its own process on a random loopback port:
// `--pglite <data folder>` or `--postgres <database url>`, and `--users name@workspace,…`: one
// bench user per entry, member of that workspace (created by its first user). Prints
// `{"url":…,"users":{name:{email,password}}}` once listening; stops (closing the database) when
// stdin closes.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { addUser, buildServer, openDb } from '../../src/server';
import type { OpenDbOptions } from '../../src/server';

/** A bench user's login. */
export type BenchLogin = { email: string; password: string };

const { values } = parseArgs({
  options: {
    pglite: { type: 'string' },
    postgres: { type: 'string' },
    users: { type: 'string', default: 'a@bench' },
  },
});
const where: OpenDbOptions =
  values.postgres !== undefined ? { databaseUrl: values.postgres } : { dataDir: values.pglite };
if (where.dataDir === undefined && where.databaseUrl === undefined) {
  throw new Error('sync-server.ts needs --pglite <folder> or --postgres <url>');
}

const db = await openDb(where);
const users: Record<string, BenchLogin> = {};
for (const entry of values.users.split(',')) {
  const [name, workspace] = entry.split('@');
  if (!name || !workspace) throw new Error(`--users entry ${entry} is not name@workspace`);
  const login = { email: `${name}@bench.example`, password: `bench-password-${name}` };
  await addUser(db, { ...login, workspace });
  users[name] = login;
}
const app = await buildServer({ db });
await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, users })}\n`);

process.stdin.on('end', () => {
  void app
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
});
process.stdin.resume();
