import { openWorkspace } from '../../../src/renderer/db';
import { generateClients, generateContacts } from '../generate';

type SeedResult = { clients: number; contacts: number; outbox: number; insertMs: number };

/** Stores the bench workspace through the real repositories (with their outbox entries). */
async function seed(): Promise<SeedResult> {
  const params = new URLSearchParams(location.search);
  const clientCount = Number(params.get('clients') ?? 10_000);
  const { repos } = await openWorkspace();
  await repos.local.saveProfile({
    name: 'Bench User',
    position: '',
    email: '',
    phone: '',
    initials: 'BU',
  });
  await repos.local.setLanguage('de');
  await repos.local.setOnboarded(true);
  const clientInputs = generateClients(clientCount);
  const started = performance.now();
  const clients = await repos.clients.bulkCreate(clientInputs);
  await repos.contacts.bulkCreate(generateContacts(clients.map((client) => client.id)));
  const insertMs = performance.now() - started;
  return {
    clients: clients.length,
    contacts: (await repos.contacts.listAll()).length,
    outbox: await repos.outbox.count(),
    insertMs,
  };
}

const target = window as unknown as { __seed?: Promise<SeedResult> };
target.__seed = seed();
void target.__seed.then(
  (result) => (document.getElementById('out')!.textContent = JSON.stringify(result)),
  (error: unknown) => (document.getElementById('out')!.textContent = `failed: ${String(error)}`),
);
