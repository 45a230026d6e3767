import { openWorkspace } from '../../../src/renderer/data';
import { seedAnalysis, type AnalysisSeedResult } from './analysis-seed';
import { measureBulkInsert, type BulkInsertResult } from './bulk-insert';
import { seedOffer, type OfferSeedResult } from './offer-seed';
import { seedPlanning, type PlanningSeedResult } from './planning-seed';
import { seedPresentation, type PresentationSeedResult } from './presentation-seed';

type SeedResult = {
  clients: number;
  contacts: number;
  outbox: number;
  /** The median of the app's insert runs. */
  insertMs: number;
  bulkInsert: BulkInsertResult | null;
  offer: OfferSeedResult | null;
  analysis: AnalysisSeedResult | null;
  presentation: PresentationSeedResult | null;
  planning: PlanningSeedResult | null;
};

/**
 * Stores the bench workspace through the real repositories (with their outbox entries):
 * `?clients=n` clients with contacts, `?offerLines=n` one offer of n lines (0 = none).
 * `?bulkRounds=n` times the client insert n times, each beside a bare Dexie bulkPut of the
 * same rows (the first run stores the workspace's clients). `?analysis=1` adds a competitor
 * matrix with its competitors (issue 12). `?presentation=1` adds a 50-slide deck with images (issue 14).
 * `?planning=1` adds an offer with a 1,000-package project plan (issue 15).
 */
async function seed(): Promise<SeedResult> {
  const params = new URLSearchParams(location.search);
  const clientCount = Number(params.get('clients') ?? 10_000);
  const offerLines = Number(params.get('offerLines') ?? 0);
  const bulkRounds = Number(params.get('bulkRounds') ?? 3);
  const withAnalysis = params.get('analysis') === '1';
  const withPresentation = params.get('presentation') === '1';
  const withPlanning = params.get('planning') === '1';
  const workspace = await openWorkspace();
  const { repos } = workspace;
  await repos.local.saveProfile({
    name: 'Bench User',
    position: '',
    email: '',
    phone: '',
    initials: 'BU',
  });
  await repos.local.setLanguage('de');
  await repos.local.setOnboarded(true);
  const bulkInsert =
    clientCount > 0 ? await measureBulkInsert(workspace, clientCount, bulkRounds) : null;
  const runs = [...(bulkInsert?.runs ?? [0])].sort((a, b) => a - b);
  const insertMs = runs[Math.floor(runs.length / 2)]!;
  // Counted before the offer, so the foundation's figures describe the client data alone.
  const clients = (await repos.clients.list()).length;
  const contacts = (await repos.contacts.listAll()).length;
  const outbox = await repos.outbox.count();
  const offer = offerLines > 0 ? await seedOffer(repos, offerLines) : null;
  const analysis = withAnalysis ? await seedAnalysis(repos) : null;
  const presentation = withPresentation ? await seedPresentation(repos) : null;
  const planning = withPlanning ? await seedPlanning(workspace) : null;
  return {
    clients,
    contacts,
    outbox,
    insertMs,
    bulkInsert,
    offer,
    analysis,
    presentation,
    planning,
  };
}

const target = window as unknown as { __seed?: Promise<SeedResult> };
target.__seed = seed();
void target.__seed.then(
  (result) => (document.getElementById('out')!.textContent = JSON.stringify(result)),
  (error: unknown) => (document.getElementById('out')!.textContent = `failed: ${String(error)}`),
);
