// pouchdb-server's HTTP API over in-memory databases on a random loopback port, in its own
// process (as a real server runs): prints `{"url":…}` once listening, stops when stdin closes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { couchApi } from './sync-pouch-db';

const server = createServer(couchApi());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
