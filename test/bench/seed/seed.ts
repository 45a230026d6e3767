import { openWorkspace } from '../../../src/renderer/db';
import { generateClients, generateContacts } from '../generate';
import { seedOffer, type OfferSeedResult } from './offer-seed';

type SeedResult = {
  clients: number;
  contacts: number;
  outbox: number;
  insertMs: number;
  offer: OfferSeedResult | null;
};

/**
 * Stores the bench workspace through the real repositories (with their outbox entries):
 * `?clients=n` clients with contacts, `?offerLines=n` one offer of n lines (0 = none).
 */
async function seed(): Promise<SeedResult> {
  const params = new URLSearchParams(location.search);
  const clientCount = Number(params.get('clients') ?? 10_000);
  const offerLines = Number(params.get('offerLines') ?? 0);
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
  // Counted before the offer, so the foundation's figures describe the client data alone.
  const contacts = (await repos.contacts.listAll()).length;
  const outbox = await repos.outbox.count();
  const offer = offerLines > 0 ? await seedOffer(repos, offerLines) : null;
  return { clients: clients.length, contacts, outbox, insertMs, offer };
}

const target = window as unknown as { __seed?: Promise<SeedResult> };
target.__seed = seed();
void target.__seed.then(
  (result) => (document.getElementById('out')!.textContent = JSON.stringify(result)),
  (error: unknown) => (document.getElementById('out')!.textContent = `failed: ${String(error)}`),
);
