// Writes resources/demo/workspace.de.json, the workspace behind "start with demo data".
// The data files are the source; the JSON is generated so that VAT ids, e-mail addresses and
// phone numbers stay consistent. Run: node scripts/demo/generate-workspace.mjs
//
// Client entry: ClientInput fields plus
//   domain      web and e-mail domain (website becomes https://www.<domain>)
//   phone       switchboard prefix; each contact's extension is appended to it
//   vat         optional: '' for none or a ready VAT id; German clients get a computed one
//   contacts    [firstName, lastName, role, extension]; the first one is the primary contact
//   activities  [kind, date, summary]
//   opportunities [title, stage, estimatedValue, probability, expectedCloseDate, lostReason?]
// Sent offers come from offers.de.mjs, by client name. Competitors (with battlecards), their
// observed prices, the competitors in play on opportunities with the loss forms, and the analyses
// come from competitors.de.mjs: opportunities get competitorIds, incumbentId and the loss fields
// holding competitor keys, which the import turns into ids (see
// src/renderer/data/analyses/workspace-import.ts). The contracts come from contracts.de.mjs and are
// built by contracts-build.ts (clause texts from the shipped library, content hashes, the signed
// PDF and signature PNGs as base64 `blobs`; see src/renderer/data/contracts/workspace-import.ts).
// The fair deck with its captured leads comes from presentations.de.mjs, built by
// presentations-build.ts (consent evidence, follow-ups, the slide pictures as PNG `blobs`; see
// src/renderer/data/presentations/workspace-import.ts).
// The project plans come from plans.de.mjs, by client name and offer title; the import writes
// their rows and generates the offer's service lines from them (see
// src/renderer/data/planning/workspace-import.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { germanVatId } from './check-digits.mjs';
import { clientsNorth } from './clients-north.de.mjs';
import { clientsSouth } from './clients-south.de.mjs';
import { company } from './company.de.mjs';
import {
  DEMO_AS_OF,
  analyses,
  competitors as competitorSources,
  inPlay,
  manualPrices,
} from './competitors.de.mjs';
import { contracts as contractSources } from './contracts.de.mjs';
import { offers } from './offers.de.mjs';
import { plans } from './plans.de.mjs';
import {
  deck as deckSource,
  leads as leadSources,
  slides as slideSources,
  staff,
} from './presentations.de.mjs';
import { importTypeScript } from './run-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, 'resources', 'demo', 'workspace.de.json');

const probabilityRange = {
  lead: [5, 20],
  qualified: [20, 40],
  proposal: [40, 65],
  negotiation: [60, 90],
  won: [100, 100],
  lost: [0, 0],
};

/** Fails the generator with a message naming the client. */
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** ASCII local part for an e-mail address: "Claußen" → "claussen", "Yılmaz" → "yilmaz". */
function mailbox(name) {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
}

/** Deterministic, distinct 8-digit stems for the German clients' fictional VAT ids. */
function vatStem(index) {
  return String(10_000_000 + ((index * 7_919_113 + 3_141_592) % 30_000_000));
}

/** The client's demo offers (offers.de.mjs); each names one of its opportunities in "Angebot". */
function offersOf(name, opportunities) {
  const entries = offers[name];
  if (entries === undefined) return {};
  for (const offer of entries) {
    const opportunity = opportunities.find((candidate) => candidate.title === offer.opportunity);
    check(opportunity?.stage === 'proposal', `${name}: offer for ${offer.opportunity}`);
  }
  return { offers: entries };
}

function buildClient(source, index) {
  const { domain, phone, vat, contacts, activities, opportunities, ...fields } = source;
  const country = fields.country ?? 'DE';
  const client = {
    name: fields.name,
    legalForm: fields.legalForm,
    industry: fields.industry,
    size: fields.size,
    website: `https://www.${domain}`,
    street: fields.street,
    postalCode: fields.postalCode,
    city: fields.city,
    country,
    vatId: vat ?? (country === 'DE' ? germanVatId(vatStem(index)) : ''),
    language: fields.language ?? 'de',
    currency: fields.currency ?? 'EUR',
    tags: fields.tags,
    notes: fields.notes,
  };
  check(contacts.length >= 1 && contacts.length <= 4, `${client.name}: 1–4 contacts`);
  check(activities.length >= 2 && activities.length <= 6, `${client.name}: 2–6 activities`);
  check(
    opportunities.length >= 1 && opportunities.length <= 3,
    `${client.name}: 1–3 opportunities`,
  );

  const builtActivities = activities
    .map(([kind, date, summary]) => ({ kind, date, summary }))
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const { date } of builtActivities) {
    check(date >= '2026-01-01' && date <= '2026-11-30', `${client.name}: activity date ${date}`);
  }

  const builtOpportunities = opportunities.map(
    ([title, stage, estimatedValue, probability, expectedCloseDate, lostReason = '']) => {
      const [min, max] = probabilityRange[stage];
      check(probability >= min && probability <= max, `${title}: probability ${probability}`);
      check((stage === 'lost') === (lostReason !== ''), `${title}: lostReason only when lost`);
      return { title, stage, estimatedValue, probability, expectedCloseDate, lostReason };
    },
  );

  const played = inPlay[client.name] ?? {};
  for (const title of Object.keys(played)) {
    check(
      builtOpportunities.some((opportunity) => opportunity.title === title),
      `${client.name}: competitors in play on unknown opportunity ${title}`,
    );
  }
  for (const opportunity of builtOpportunities) {
    const entry = played[opportunity.title];
    if (entry === undefined) continue;
    const [keys, incumbent, loss] = entry;
    for (const key of [...keys, incumbent, loss?.lostTo ?? ''].filter((k) => k !== '')) {
      check(competitorKeys.has(key), `${opportunity.title}: unknown competitor ${key}`);
    }
    check(incumbent === '' || keys.includes(incumbent), `${opportunity.title}: incumbent in play`);
    check(
      loss === undefined || opportunity.stage === 'lost',
      `${opportunity.title}: loss form only when lost`,
    );
    check(
      loss === undefined || loss.lostTo === '' || keys.includes(loss.lostTo),
      `${opportunity.title}: lost to a competitor in play`,
    );
    opportunity.competitorIds = keys;
    opportunity.incumbentId = incumbent;
    if (loss) {
      opportunity.lossReason = loss.reason;
      opportunity.lostToCompetitorId = loss.lostTo;
      opportunity.lostToPrice = loss.price;
      opportunity.lostPriceGapPct = loss.gapPct;
      if (loss.price !== '') {
        check(
          loss.lostTo !== '' && loss.category !== '',
          `${opportunity.title}: a price needs whom and what`,
        );
        lossPrices.push({
          competitor: loss.lostTo,
          category: loss.category,
          price: loss.price,
          currency: 'EUR',
          observedOn: opportunity.expectedCloseDate,
          source: 'loss',
          sourceNote: client.name,
          opportunity: opportunity.title,
        });
      }
    }
  }

  return {
    ...client,
    contacts: contacts.map(([firstName, lastName, role, extension], position) => ({
      firstName,
      lastName,
      role,
      email: `${mailbox(firstName)}.${mailbox(lastName)}@${domain}`,
      phone: `${phone}${extension}`,
      primary: position === 0,
    })),
    activities: builtActivities,
    opportunities: builtOpportunities,
    ...offersOf(client.name, builtOpportunities),
  };
}

const competitorKeys = new Set(competitorSources.map((competitor) => competitor.key));
check(competitorKeys.size === competitorSources.length, 'competitor keys must be distinct');
/** Price observations from the loss forms, collected while the clients are built. */
const lossPrices = [];

const clients = [...clientsNorth, ...clientsSouth]
  .map(buildClient)
  .sort((a, b) => a.name.localeCompare(b.name, 'de'));

const unknown = Object.keys(offers).filter((name) => !clients.some((c) => c.name === name));
check(unknown.length === 0, `offers for unknown clients: ${unknown.join(', ')}`);

const vatIds = clients.map((client) => client.vatId).filter((vatId) => vatId !== '');
check(new Set(vatIds).size === vatIds.length, 'VAT ids must be distinct');

const unplayed = Object.keys(inPlay).filter((name) => !clients.some((c) => c.name === name));
check(unplayed.length === 0, `competitors in play for unknown clients: ${unplayed.join(', ')}`);
const titles = clients.flatMap((client) => client.opportunities.map((o) => o.title));
check(
  new Set(titles).size === titles.length,
  'opportunity titles must be distinct (prices and analyses name them)',
);

const competitors = competitorSources.map(({ battlecard, ...competitor }) => {
  for (const date of [competitor.lastVerified, battlecard.lastVerified]) {
    check(date <= DEMO_AS_OF, `${competitor.name}: verified ${date} after ${DEMO_AS_OF}`);
  }
  return {
    ...competitor,
    battlecard: {
      ...battlecard,
      objections: battlecard.objections.map(([objection, answer]) => ({ objection, answer })),
    },
  };
});

const priceObservations = [
  ...manualPrices.map(([competitor, sku, category, price, observedOn, sourceNote]) => {
    check(competitorKeys.has(competitor), `price of unknown competitor ${competitor}`);
    check(observedOn <= DEMO_AS_OF, `price observed ${observedOn} after ${DEMO_AS_OF}`);
    return {
      competitor,
      sku,
      category,
      price,
      currency: 'EUR',
      observedOn,
      source: 'manual',
      sourceNote,
    };
  }),
  ...lossPrices,
];

const matrices = new Set(
  analyses.filter((a) => a.kind === 'competitor-matrix').map((a) => a.title),
);
for (const offer of Object.values(offers).flat()) {
  check(
    offer.whyUsAnalysis === undefined || matrices.has(offer.whyUsAnalysis),
    `${offer.title}: "Warum wir" needs a competitor matrix, not ${offer.whyUsAnalysis}`,
  );
}

for (const analysis of analyses) {
  for (const key of analysis.participants ?? []) {
    check(
      key === 'self' || competitorKeys.has(key),
      `${analysis.title}: unknown competitor ${key}`,
    );
  }
  const weights = (analysis.criteria ?? []).reduce((sum, c) => sum + Number(c.weightPct), 0);
  check(
    analysis.criteria === undefined || weights === 100,
    `${analysis.title}: weights sum ${weights}`,
  );
}

const readJson = (...path) => JSON.parse(readFileSync(join(root, ...path), 'utf8'));
const { buildContracts } = await importTypeScript('scripts/demo/contracts-build.ts', 'contracts');
const { contracts, blobs } = await buildContracts({
  contracts: contractSources,
  clients,
  company,
  catalog: readJson('resources', 'demo', 'catalog.de.json'),
  fonts: {
    regular: new Uint8Array(readFileSync(join(root, 'resources', 'fonts', 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(root, 'resources', 'fonts', 'DejaVuSans-Bold.ttf'))),
  },
});
for (const contract of contracts) {
  for (const revision of contract.revisions) {
    for (const date of [revision.frozenAt, revision.signedAt].filter((d) => d !== '')) {
      check(date.slice(0, 10) <= DEMO_AS_OF, `${contract.title}: ${date} after ${DEMO_AS_OF}`);
    }
  }
}

const { buildPresentations } = await importTypeScript(
  'scripts/demo/presentations-build.ts',
  'presentations',
);
const { decks, blobs: pictures } = await buildPresentations({
  deck: deckSource,
  slides: slideSources,
  leads: leadSources,
  staff,
  clients,
  company,
  skus: readJson('resources', 'demo', 'catalog.de.json').items.map((item) => item.sku),
  asOf: DEMO_AS_OF,
});
const analysisTitles = new Set(analyses.map((analysis) => analysis.title));
for (const slide of slideSources) {
  check(
    slide.analysis === undefined || analysisTitles.has(slide.analysis),
    `slide "${slide.title}": unknown analysis ${slide.analysis}`,
  );
  check(
    slide.client === undefined || clients.some((client) => client.name === slide.client),
    `slide "${slide.title}": unknown client ${slide.client}`,
  );
  for (const key of slide.competitors ?? []) {
    check(competitorKeys.has(key), `slide "${slide.title}": unknown competitor ${key}`);
  }
}
const allBlobs = [...blobs, ...pictures];

const roleKeys = new Set(readJson('resources', 'demo', 'catalog.de.json').roles.map((r) => r.key));
for (const plan of plans) {
  const where = `plan of ${plan.offer}`;
  const client = clients.find((candidate) => candidate.name === plan.client);
  check(client !== undefined, `${where}: unknown client ${plan.client}`);
  check(
    (client.offers ?? []).some((offer) => offer.title === plan.offer),
    `${where}: ${plan.client} has no offer of that title`,
  );
  const packages = plan.phases.flatMap((phase) => phase.packages);
  const keys = new Set(packages.map((pkg) => pkg.key));
  check(keys.size === packages.length, `${where}: package keys must be distinct`);
  const predecessors = new Map();
  for (const pkg of packages) {
    check(roleKeys.has(pkg.role), `${where}: ${pkg.key} has unknown role ${pkg.role}`);
    const [o, m, p] = pkg.estimate.map(Number);
    check(o <= m && m <= p, `${where}: ${pkg.key} estimate out of order`);
    predecessors.set(
      pkg.key,
      pkg.after.map((link) => {
        const key = link.split('+')[0];
        check(keys.has(key), `${where}: ${pkg.key} after unknown ${key}`);
        return key;
      }),
    );
  }
  // No cycle: every package can be placed after its predecessors.
  const placed = new Set();
  while (placed.size < packages.length) {
    const ready = packages.filter(
      (pkg) => !placed.has(pkg.key) && predecessors.get(pkg.key).every((key) => placed.has(key)),
    );
    check(ready.length > 0, `${where}: the dependencies form a cycle`);
    for (const pkg of ready) placed.add(pkg.key);
  }
  const milestones = new Set(plan.milestones.map((milestone) => milestone.name));
  for (const milestone of plan.milestones) {
    check(keys.has(milestone.package), `${where}: milestone on unknown ${milestone.package}`);
  }
  for (const payment of plan.payments) {
    check(milestones.has(payment.milestone), `${where}: payment at unknown ${payment.milestone}`);
  }
  const percent = plan.payments.reduce((sum, payment) => sum + Number(payment.percent), 0);
  check(percent === 100, `${where}: payments sum to ${percent} %`);
}

writeFileSync(
  target,
  `${JSON.stringify(
    {
      company,
      clients,
      competitors,
      priceObservations,
      analyses,
      contracts,
      decks,
      plans,
      blobs: allBlobs,
    },
    null,
    2,
  )}\n`,
);
const slideCount = decks.reduce((sum, deck) => sum + deck.slides.length, 0);
const leadCount = decks.reduce((sum, deck) => sum + deck.leads.length, 0);
const packageCount = plans.reduce(
  (sum, plan) => sum + plan.phases.reduce((count, phase) => count + phase.packages.length, 0),
  0,
);
process.stdout.write(
  `wrote ${clients.length} clients, ${competitors.length} competitors, ${priceObservations.length} price observations, ${analyses.length} analyses, ${contracts.length} contracts, ${decks.length} deck (${slideCount} slides, ${leadCount} leads), ${plans.length} project plan (${packageCount} work packages) and ${allBlobs.length} blobs to ${target}\n`,
);
