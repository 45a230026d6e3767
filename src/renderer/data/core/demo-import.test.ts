import { beforeEach, describe, expect, it, vi } from 'vitest';
import catalog from '../../../../resources/demo/catalog.de.json';
import textBlocks from '../../../../resources/demo/text-blocks.json';
import workspace from '../../../../resources/demo/workspace.de.json';
import {
  makeOfferInput,
  makeTextBlockInput,
  makeUserProfile,
  makeWorkspaceFile,
} from '../../../../test/factories/domain';
import { offerContentHash } from '#shared/offers/content-hash';
import { offerPipelineValue } from '#shared/offers/pipeline';
import { offerTotals } from '#shared/offers/totals';
import { localDate } from '#shared/offers/status';
import { textBlockChapters } from '#shared/domain';
import type { TextBlockInput } from '#shared/domain';
import { findPlaceholders, placeholderNames } from '#shared/text-blocks';
import { importWorkspace } from './demo-import';
import { ValidationError } from './errors';
import { openTestWorkspace } from '#test/test-workspace';
import { completeness, contractTerm, upcomingNoticeDeadlines } from '#shared/contracts';
import { clauseLibrary } from '#shared/contracts/library';
import { checkSignaturePng, verifySignedPdf } from '#shared/contracts/signing';
import { isRevisionFrozen, isRevisionSigned } from '#shared/domain/contracts';
import { sha256Hex } from '#shared/hash';
import { contentHash } from '../contracts/contracts.repository';
import {
  deckInputSchema,
  leadConsentInputSchema,
  leadInputSchema,
  slideInputSchema,
  slideKinds,
} from '#shared/domain/presentations';
import { byPosition } from '#shared/ordering';
import {
  analysePlan,
  isWorkingDay,
  paymentSchedule,
  planCalendar,
  planOfferLines,
} from '#shared/planning';
import { defaultOfferSettings } from '#shared/domain';
import type { Role } from '#shared/domain';
import { offerAmounts } from '../contracts/offer-variables';
import {
  defaultFollowUpDate,
  findLeadDuplicates,
  newsletterTextFor,
  noticeFor,
  presentableDeck,
  priceTexts,
} from '#shared/presentations';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const counts = async () => ({
  clients: await ws.db.clients.count(),
  contacts: await ws.db.contacts.count(),
  activities: await ws.db.activities.count(),
  opportunities: await ws.db.opportunities.count(),
  settings: await ws.db.settings.count(),
  outbox: await ws.repos.outbox.count(),
});

describe('importWorkspace', () => {
  it('imports company, clients and their children in one write', async () => {
    const file = makeWorkspaceFile(3);
    const events: unknown[] = [];
    ws.repos.onCommitted((event) => events.push(event.table));
    expect(await importWorkspace(ws.repos, file)).toEqual({
      clients: 3,
      contacts: 6,
      activities: 3,
      opportunities: 3,
      catalogItems: 0,
      bundles: 0,
      roles: 0,
      textBlocks: 0,
      offers: 0,
      competitors: 0,
      battlecards: 0,
      priceObservations: 0,
      analyses: 0,
      contracts: 0,
      contractClauses: 0,
      decks: 0,
      slides: 0,
      leads: 0,
      projectPlans: 0,
      workPackages: 0,
      company: true,
    });
    expect(await ws.repos.settings.getCompany()).toEqual(file.company);
    const clients = await ws.repos.clients.list();
    expect(clients.map((client) => client.name)).toEqual(['Kunde 1', 'Kunde 2', 'Kunde 3']);
    const contacts = await ws.repos.contacts.listByClient(clients[1]!.id);
    expect(contacts.map((contact) => [contact.lastName, contact.primary])).toEqual([
      ['Schmidt', true],
      ['Weber', false],
    ]);
    expect((await ws.repos.opportunities.list()).map((item) => item.position)).toEqual([
      'a0',
      'a1',
      'a2',
    ]);
    const outbox = await ws.repos.outbox.list();
    expect(new Set(outbox.map((change) => change.hlc)).size).toBe(1);
    expect(new Set(outbox.map((change) => change.table))).toEqual(
      new Set(['clients', 'contacts', 'activities', 'opportunities', 'settings']),
    );
    expect(events.sort()).toEqual([
      'activities',
      'clients',
      'contacts',
      'opportunities',
      'settings',
    ]);
  });

  it('writes nothing when one nested row is bad, naming every bad entry', async () => {
    const file = makeWorkspaceFile(3);
    file.clients[2]!.contacts[1]!.email = 'kein-mail';
    file.clients[0]!.opportunities[0]!.estimatedValue = '12,50';
    const error = await importWorkspace(ws.repos, file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      ['clients', 0, 'opportunities', 0, 'estimatedValue'],
      ['clients', 2, 'contacts', 1, 'email'],
    ]);
    expect(await counts()).toEqual({
      clients: 0,
      contacts: 0,
      activities: 0,
      opportunities: 0,
      settings: 0,
      outbox: 0,
    });
  });

  it('rejects a file of the wrong shape', async () => {
    await expect(importWorkspace(ws.repos, { clients: 'none' })).rejects.toThrow(ValidationError);
    await expect(importWorkspace(ws.repos, null)).rejects.toThrow(ValidationError);
  });

  it('rolls everything back when the write itself fails', async () => {
    ws.db.opportunities.hook('creating', () => {
      throw new Error('quota');
    });
    await expect(importWorkspace(ws.repos, makeWorkspaceFile(2))).rejects.toThrow('quota');
    expect(Object.values(await counts())).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('importWorkspace with a catalog', () => {
  it('imports the demo workspace with its catalog, linking roles and bundle items', async () => {
    const summary = await importWorkspace(ws.repos, { ...workspace, catalog, textBlocks });
    expect({ roles: summary.roles, items: summary.catalogItems, bundles: summary.bundles }).toEqual(
      {
        roles: catalog.roles.length,
        items: catalog.items.length,
        bundles: catalog.bundles.length,
      },
    );
    const items = await ws.repos.catalog.list();
    const roles = await ws.repos.roles.list();
    const engineering = items.find((item) => item.sku === 'DL-NE');
    expect(roles.find((role) => role.id === engineering?.roleId)?.name).toBe('Netzwerk-Engineer');
    const [bundle] = (await ws.repos.bundles.list()).filter(
      (entry) => entry.name === 'Standort-Netzwerk S',
    );
    expect(
      bundle?.items.map((entry) => [
        items.find((item) => item.id === entry.catalogItemId)?.sku,
        entry.quantity,
      ]),
    ).toEqual([
      ['HW-SW48', '2'],
      ['HW-AP7', '6'],
      ['DL-NE', '2'],
      ['DL-TE', '1'],
    ]);
  });

  it('writes nothing when a bundle names an unknown article or an item an unknown role', async () => {
    const broken = {
      ...catalog,
      items: [...catalog.items, { ...catalog.items[0]!, sku: 'X-1', role: 'nobody' }],
      bundles: [
        ...catalog.bundles,
        { name: 'Kaputt', description: '', items: [['GIBT-ES-NICHT', '1']] },
      ],
    };
    const error = await importWorkspace(ws.repos, {
      ...makeWorkspaceFile(1),
      catalog: broken,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.'))).toEqual([
      `catalog.items.${catalog.items.length}.role`,
      `catalog.bundles.${catalog.bundles.length}.items.0`,
      `catalog.bundles.${catalog.bundles.length}.items.0.catalogItemId`,
    ]);
    expect(await counts()).toEqual({
      clients: 0,
      contacts: 0,
      activities: 0,
      opportunities: 0,
      settings: 0,
      outbox: 0,
    });
  });
});

describe('importWorkspace with text blocks', () => {
  it('imports the demo text blocks in the same write: both languages, every core chapter', async () => {
    const summary = await importWorkspace(ws.repos, { ...workspace, catalog, textBlocks });
    expect(summary.textBlocks).toBe(textBlocks.length);
    const stored = await ws.repos.textBlocks.list();
    const chapters = (language: string) =>
      new Set(stored.filter((block) => block.language === language).map((block) => block.chapter));
    const core = ['summary', 'situation', 'approach', 'team', 'assumptions', 'terms'];
    expect([...chapters('de')].filter((c) => core.includes(c)).sort()).toEqual([...core].sort());
    expect([...chapters('en')].filter((c) => core.includes(c)).sort()).toEqual([...core].sort());
    expect(stored.every((block) => textBlockChapters.includes(block.chapter))).toBe(true);
    // The demo texts use only placeholders Quotient fills.
    const used = new Set(stored.flatMap((block) => findPlaceholders(block.body)));
    expect(
      [...used].filter((name) => !(placeholderNames as readonly string[]).includes(name)),
    ).toEqual([]);
    expect(
      used.has('client.name') && used.has('offer.validUntil') && used.has('company.name'),
    ).toBe(true);
    const outbox = await ws.repos.outbox.list();
    expect(new Set(outbox.map((change) => change.hlc)).size).toBe(1);
  });

  it('defaults tags and active, and writes nothing when one block is bad', async () => {
    const bare: Partial<TextBlockInput> = makeTextBlockInput({ title: 'Ohne Tags' });
    delete bare.tags;
    delete bare.active;
    await importWorkspace(ws.repos, { clients: [], textBlocks: [bare] });
    expect((await ws.repos.textBlocks.list()).map((b) => [b.title, b.tags, b.active])).toEqual([
      ['Ohne Tags', [], true],
    ]);
    ws = openTestWorkspace();
    const error = await importWorkspace(ws.repos, {
      ...makeWorkspaceFile(1),
      textBlocks: [makeTextBlockInput(), { ...makeTextBlockInput(), language: 'fr', body: '' }],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.'))).toEqual([
      'textBlocks.1.body',
      'textBlocks.1.language',
    ]);
    expect(await ws.db.textBlocks.count()).toBe(0);
    expect(await counts()).toEqual({
      clients: 0,
      contacts: 0,
      activities: 0,
      opportunities: 0,
      settings: 0,
      outbox: 0,
    });
    await expect(importWorkspace(ws.repos, { clients: [], textBlocks: 'none' })).rejects.toThrow(
      ValidationError,
    );
  });
});

describe('importWorkspace with demo offers', () => {
  const demoDay = '2026-12-07';
  const clientsWithOffers = workspace.clients.filter((client) => 'offers' in client);

  it('writes one sent offer per opportunity in "Angebot", linked, numbered and hashed as markSent would', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${demoDay}T10:00:00`));
    try {
      await ws.repos.local.saveProfile(makeUserProfile({ initials: 'JB' }));
      const summary = await importWorkspace(ws.repos, { ...workspace, catalog, textBlocks });
      const opportunities = await ws.repos.opportunities.list();
      const proposals = opportunities.filter((opportunity) => opportunity.stage === 'proposal');
      const offers = await ws.repos.offers.list();
      expect(summary.offers).toBe(proposals.length);
      expect(offers.map((offer) => offer.opportunityId).sort()).toEqual(
        proposals.map((opportunity) => opportunity.id).sort(),
      );
      const problems: string[] = [];
      for (const offer of offers) {
        const opportunity = proposals.find((row) => row.id === offer.opportunityId)!;
        const name = offer.title;
        const contact = offer.contactId ? await ws.db.contacts.get(offer.contactId) : undefined;
        if (contact?.clientId !== offer.clientId) problems.push(`${name}: contact`);
        if (opportunity.clientId !== offer.clientId) problems.push(`${name}: client`);
        if (offer.status !== 'sent' || offer.revision !== 1 || offer.sentAt === '')
          problems.push(`${name}: not sent`);
        // Not expired on the import day, and dated before it.
        if (offer.validUntil < demoDay || offer.date > demoDay) problems.push(`${name}: dates`);
        const sections = await ws.db.offerSections.where('offerId').equals(offer.id).toArray();
        const lines = await ws.db.offerLines.where('offerId').equals(offer.id).toArray();
        const hash = await offerContentHash({ offer, sections, lines });
        if (hash !== offer.contentHash) problems.push(`${name}: content hash`);
        const { eur } = offerPipelineValue({ offer, lines });
        if (opportunity.estimatedValue !== eur) problems.push(`${name}: value ${eur}`);
        // What the demo offers are made of: catalog lines at catalog prices, an estimate, a licence.
        const items = await ws.repos.catalog.list();
        for (const line of lines.filter((row) => row.catalogItemId !== '')) {
          const item = items.find((row) => row.id === line.catalogItemId)!;
          if (line.unitPrice !== item.listPrice) problems.push(`${name}: price of ${line.name}`);
          if (item.kind !== 'service' && line.unitCost !== item.purchasePrice)
            problems.push(`${name}: cost of ${line.name}`);
        }
        if (!lines.some((line) => line.estimate !== null)) problems.push(`${name}: no estimate`);
        if (!lines.some((line) => line.billing === 'monthly' && line.kind === 'normal'))
          problems.push(`${name}: no monthly line`);
        const chapters = await ws.db.offerChapters.where('offerId').equals(offer.id).toArray();
        if (chapters.length === 0 || chapters.some((chapter) => !chapter.body))
          problems.push(`${name}: chapters`);
      }
      expect(problems).toEqual([]);
      // Numbers follow the scheme, and the next offer takes the next one.
      const numbers = offers.map((offer) => offer.number).sort();
      expect(numbers).toEqual(
        offers.map((_, index) => `A-2026-JB-${String(index + 1).padStart(4, '0')}`),
      );
      // The oldest offer has the first number, and each was sent on its date.
      const byNumber = [...offers].sort((a, b) => a.number.localeCompare(b.number));
      const dates = byNumber.map((offer) => offer.date);
      expect(dates).toEqual([...dates].sort());
      expect(offers.filter((offer) => localDate(offer.sentAt) !== offer.date)).toEqual([]);
      const next = await ws.repos.offers.create(
        makeOfferInput(offers[0]!.clientId, { date: demoDay }),
      );
      expect(next.number).toBe(`A-2026-JB-${String(offers.length + 1).padStart(4, '0')}`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('states in the file the value each opportunity takes from its offer', async () => {
    await importWorkspace(ws.repos, { ...workspace, catalog, textBlocks });
    const stored = await ws.repos.opportunities.list();
    const inFile = workspace.clients.flatMap((client) =>
      client.opportunities.map((opportunity) => [opportunity.title, opportunity.estimatedValue]),
    );
    expect(stored.map((row) => [row.title, row.estimatedValue]).sort()).toEqual(inFile.sort());
  });

  it('dates the offers from the import day, so they are never expired when imported', async () => {
    for (const day of ['2026-12-07', '2028-03-01']) {
      ws = openTestWorkspace();
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(`${day}T08:00:00`));
      try {
        await importWorkspace(ws.repos, { ...workspace, catalog, textBlocks });
      } finally {
        vi.useRealTimers();
      }
      const offers = await ws.repos.offers.list();
      expect(offers.length).toBeGreaterThan(0);
      expect(offers.filter((offer) => offer.validUntil < day || offer.date > day)).toEqual([]);
    }
  });

  it('writes nothing when a demo offer names an unknown article, contact or text block', async () => {
    const [first] = clientsWithOffers;
    const offer = (first as { offers: Record<string, unknown>[] }).offers[0]!;
    const broken = {
      ...workspace,
      // Prices, analyses, contracts and the fair deck name opportunities, clients and offers
      // left out here.
      priceObservations: [],
      analyses: [],
      contracts: [],
      decks: [],
      plans: [],
      clients: [
        {
          ...first,
          offers: [
            {
              ...offer,
              contact: 'Niemand',
              chapters: ['Gibt es nicht'],
              sections: [{ title: 'X', lines: [{ sku: 'GIBT-ES-NICHT' }] }],
            },
          ],
        },
      ],
    };
    const error = await importWorkspace(ws.repos, { ...broken, catalog, textBlocks }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.'))).toEqual([
      'clients.0.offers.0.contact',
      'clients.0.offers.0.sections.0.lines.0.sku',
      'clients.0.offers.0.chapters.0',
    ]);
    expect(await ws.db.offers.count()).toBe(0);
    expect(await counts()).toEqual({
      clients: 0,
      contacts: 0,
      activities: 0,
      opportunities: 0,
      settings: 0,
      outbox: 0,
    });
  });
});

describe('importWorkspace with competitors and analyses', () => {
  const file = () =>
    structuredClone({ ...workspace, catalog, textBlocks }) as typeof workspace & {
      catalog: typeof catalog;
      textBlocks: typeof textBlocks;
    };

  it('imports the demo competitors with battlecards, prices, analyses and the competitors in play', async () => {
    const summary = await importWorkspace(ws.repos, file());
    expect(summary).toMatchObject({
      competitors: workspace.competitors.length,
      battlecards: workspace.competitors.length,
      priceObservations: workspace.priceObservations.length,
      analyses: workspace.analyses.length,
    });
    const competitors = await ws.repos.competitors.list();
    const idOf = (key: string) =>
      competitors.find(
        (row) => row.name === workspace.competitors.find((entry) => entry.key === key)?.name,
      )?.id;
    for (const competitor of competitors) {
      expect(
        (await ws.repos.battlecards.forCompetitor(competitor.id))?.objections.length,
      ).toBeGreaterThan(0);
    }
    // Keys became ids: in play, the incumbent, lost to, and the price from the loss form.
    const opportunities = await ws.repos.opportunities.list();
    const milk = opportunities.find((row) => row.title === 'SAP-Basisbetrieb')!;
    expect(milk).toMatchObject({
      stage: 'lost',
      competitorIds: [idOf('kaveri'), idOf('brightwater')],
      incumbentId: idOf('kaveri'),
      lossReason: 'relationship',
      lostToCompetitorId: idOf('kaveri'),
      lostToPrice: '47560.00',
      lostPriceGapPct: '-18',
    });
    const fromLoss = await ws.repos.priceObservations.listFor({ competitorId: idOf('kaveri') });
    expect(fromLoss.find((row) => row.source === 'loss')).toMatchObject({
      opportunityId: milk.id,
      category: 'service',
      price: '47560.00',
    });
    const items = await ws.repos.catalog.list();
    const firewall = items.find((item) => item.sku === 'HW-FW-M')!;
    expect(
      (await ws.repos.priceObservations.listFor({ catalogItemIds: [firewall.id] })).map((row) => [
        row.competitorId,
        row.price,
      ]),
    ).toEqual([[idOf('nordkap'), '4990.00']]);
    // Lost with and without the loss form; open ones with competitors in play.
    const lost = opportunities.filter((row) => row.stage === 'lost');
    expect(lost.filter((row) => row.lossReason === undefined).length).toBeGreaterThanOrEqual(1);
    expect(lost.filter((row) => row.lossReason !== undefined).length).toBeGreaterThanOrEqual(5);
    const open = opportunities.filter((row) => row.stage !== 'won' && row.stage !== 'lost');
    expect(
      open.filter((row) => (row.competitorIds ?? []).length > 0).length,
    ).toBeGreaterThanOrEqual(5);
    // Analyses: participants, positions and portfolio items resolved; one about an opportunity.
    const analyses = await ws.repos.analyses.list();
    const matrix = analyses.find((row) => row.title.startsWith('Wettbewerbsvergleich'))!;
    expect(matrix.participants).toEqual([
      'self',
      idOf('nordkap'),
      idOf('suedwerk'),
      idOf('brightwater'),
      idOf('kaveri'),
      idOf('stratos'),
    ]);
    expect(Object.keys(matrix.scores ?? {}).sort()).toEqual([...matrix.participants!].sort());
    const pharma = analyses.find((row) => row.subject === 'opportunity')!;
    const lab = opportunities.find((row) => row.id === pharma.opportunityId)!;
    expect(lab.title).toBe('Validated Private Cloud for Lab Systems');
    expect(pharma.clientId).toBe(lab.clientId);
    const portfolio = analyses.find((row) => row.kind === 'portfolio')!;
    expect(
      portfolio.portfolio?.map((entry) => items.find((i) => i.id === entry.catalogItemId)?.sku),
    ).toEqual(['MS-FW', 'MS-MON', 'MS-BAAS', 'DL-SA', 'DL-NE', 'SW-M365E3']);
    // A demo proposal builds its "Warum wir" chapter from the matrix.
    const soc = (await ws.repos.offers.list()).find(
      (offer) => offer.title === 'Security Operations Center 24/7',
    )!;
    expect(soc.whyUsAnalysisId).toBe(matrix.id);
    const socOpportunity = opportunities.find((row) => row.id === soc.opportunityId)!;
    expect(socOpportunity.competitorIds?.every((id) => matrix.participants?.includes(id))).toBe(
      true,
    );
    // Everything in one write, synced like every other row.
    const outbox = await ws.repos.outbox.list();
    expect(new Set(outbox.map((change) => change.hlc)).size).toBe(1);
    const tables = new Set(outbox.map((change) => change.table));
    for (const table of ['competitors', 'battlecards', 'priceObservations', 'analyses']) {
      expect(tables).toContain(table);
    }
  });

  it('writes nothing when an entry is bad, naming every one', async () => {
    const broken = file();
    const isLost = (opportunity: { title: string }) => opportunity.title === 'SAP-Basisbetrieb';
    const clientIndex = broken.clients.findIndex((client) => client.opportunities.some(isLost));
    const o = broken.clients[clientIndex]!.opportunities.findIndex(isLost);
    Object.assign(broken.clients[clientIndex]!.opportunities[o]!, {
      competitorIds: ['kaveri', 'gibt-es-nicht'],
      incumbentId: 'brightwater',
    });
    broken.competitors.push(structuredClone(broken.competitors[0]!));
    broken.competitors[2]!.marketSharePct = '140';
    broken.competitors[3]!.battlecard.objections[0]!.answer = '';
    broken.priceObservations[0]!.sku = 'GIBT-ES-NICHT';
    const matrix = broken.analyses.find((entry) => entry.kind === 'competitor-matrix')!;
    matrix.criteria![0]!.weightPct = '30';
    const portfolio = broken.analyses.find((entry) => entry.kind === 'portfolio')!;
    portfolio.portfolio![0]!.catalogItemId = 'X-1';
    const error = await importWorkspace(ws.repos, broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    const matrixIndex = broken.analyses.indexOf(matrix);
    const portfolioIndex = broken.analyses.indexOf(portfolio);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        `competitors.${workspace.competitors.length}.key`,
        `clients.${clientIndex}.opportunities.${o}.competitorIds.1`,
        `clients.${clientIndex}.opportunities.${o}.incumbentId`,
        'competitors.2.marketSharePct',
        'competitors.3.battlecard.objections.0.answer',
        'priceObservations.0.sku',
        // Without its item the price names neither an item nor a category.
        'priceObservations.0.catalogItemId',
        `analyses.${matrixIndex}.criteria`,
        `analyses.${portfolioIndex}.portfolio.0.catalogItemId`,
      ].sort(),
    );
    expect(await counts()).toEqual({
      clients: 0,
      contacts: 0,
      activities: 0,
      opportunities: 0,
      settings: 0,
      outbox: 0,
    });
    expect(await ws.db.competitors.count()).toBe(0);
  });

  it('refuses a "Warum wir" chapter that names no competitor matrix, writing nothing', async () => {
    const broken = file();
    const withOffer = broken.clients.findIndex((client) =>
      (client as { offers?: { whyUsAnalysis?: string }[] }).offers?.some((o) => o.whyUsAnalysis),
    );
    const offers = (broken.clients[withOffer] as unknown as { offers: Record<string, unknown>[] })
      .offers;
    const whyUsOffer = offers.findIndex((offer) => offer.whyUsAnalysis !== undefined);
    offers[whyUsOffer]!.whyUsAnalysis = 'SWOT Nordlicht IT-Beratung 2027';
    const error = await importWorkspace(ws.repos, broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.'))).toEqual([
      `clients.${withOffer}.offers.${whyUsOffer}.whyUsAnalysis`,
    ]);
    expect(await ws.db.analyses.count()).toBe(0);
    expect(await ws.db.offers.count()).toBe(0);
  });
});

describe('importWorkspace with demo contracts', () => {
  /** The day the demo describes (scripts/demo/competitors.de.mjs, DEMO_AS_OF). */
  const DEMO_AS_OF = '2026-11-30';
  const file = () =>
    structuredClone({ ...workspace, catalog, textBlocks }) as typeof workspace & {
      catalog: typeof catalog;
      textBlocks: typeof textBlocks;
    };
  const contractsOf = async () => {
    const contracts = await ws.db.contracts.toArray();
    const byTitle = (start: string) => contracts.find((row) => row.title.startsWith(start))!;
    return {
      contracts,
      maintenance: byTitle('Wartungs- und Servicevertrag'),
      werk: byTitle('Werkvertrag'),
      avv: byTitle('Auftragsverarbeitungsvertrag'),
    };
  };
  const revisionsOf = async (contractId: string) =>
    (await ws.db.contractRevisions.where('contractId').equals(contractId).toArray()).sort(
      (a, b) => a.number - b.number,
    );
  const clausesOf = async (revisionId: string) =>
    (await ws.db.contractRevisionClauses.where('revisionId').equals(revisionId).toArray()).sort(
      (a, b) => (a.position < b.position ? -1 : 1),
    );
  const nameOfClient = async (clientId: string) => (await ws.db.clients.get(clientId))?.name;

  it('imports a signed maintenance contract, a Werkvertrag in review and an AVV with the clause library', async () => {
    const summary = await importWorkspace(ws.repos, file());
    expect(summary).toMatchObject({ contracts: 3, contractClauses: clauseLibrary.length });
    expect(await ws.db.contractClauses.count()).toBe(clauseLibrary.length);
    const { contracts, maintenance, werk, avv } = await contractsOf();
    expect(contracts).toHaveLength(3);
    expect(
      await Promise.all(
        [maintenance, werk, avv].map(async (row) => [
          row.type,
          row.status,
          await nameOfClient(row.clientId),
          (await ws.db.offers.get(row.offerId))?.title,
        ]),
      ),
    ).toEqual([
      ['maintenance-sla', 'signed', 'Kraus Antriebstechnik SE', 'Security Operations Center 24/7'],
      ['werkvertrag', 'in-review', 'Möbelhaus Kessler KG', 'Migration Exchange Online und Intune'],
      ['avv', 'draft', 'Ostseeblick Hotels GmbH', 'Gäste-WLAN für 6 Hotels'],
    ]);
    // The amounts the contracts were drafted with are those of the offers as imported.
    for (const contract of [maintenance, werk, avv]) {
      const offer = (await ws.db.offers.get(contract.offerId))!;
      const lines = await ws.db.offerLines.where('offerId').equals(offer.id).toArray();
      const totals = offerTotals({ offer, lines });
      const { variables } = (await revisionsOf(contract.id)).at(-1)!;
      expect([
        variables['offer.grossTotal'],
        variables['offer.oneTimeTotal'],
        variables['offer.recurringTotal'],
      ]).toEqual([totals.oneTime.gross, totals.oneTime.net, totals.monthly.net]);
    }
    // Every revision clause of a shipped clause names its library row, which exists.
    const clauseIds = new Set(
      (await ws.db.contractRevisionClauses.toArray()).map((row) => row.clauseId),
    );
    expect([...clauseIds].every((id) => id.startsWith('clause-de-'))).toBe(true);
    expect((await ws.db.contractClauses.bulkGet([...clauseIds])).every(Boolean)).toBe(true);
    // One write, synced like every other row.
    const outbox = await ws.repos.outbox.list();
    expect(new Set(outbox.map((change) => change.hlc)).size).toBe(1);
    const tables = new Set(outbox.map((change) => change.table));
    for (const table of [
      'contractClauses',
      'contracts',
      'contractRevisions',
      'contractRevisionClauses',
      'contractSignatures',
    ]) {
      expect(tables).toContain(table);
    }
  });

  it('signs the maintenance contract in revision 2: the stored PDF and PNGs match their hashes, the hashes the data layer computes', async () => {
    await importWorkspace(ws.repos, file());
    const { maintenance } = await contractsOf();
    const [first, second] = await revisionsOf(maintenance.id);
    expect(maintenance.currentRevisionId).toBe(second!.id);
    expect([isRevisionFrozen(first!), isRevisionSigned(first!)]).toEqual([true, false]);
    expect([isRevisionFrozen(second!), isRevisionSigned(second!)]).toEqual([true, true]);
    // The sent revisions' content hashes are the data layer's.
    for (const revision of [first!, second!]) {
      expect(revision.contentHash).toBe(await contentHash(revision, await clausesOf(revision.id)));
    }
    expect(first!.contentHash).not.toBe(second!.contentHash);
    // Revision 2: the renegotiated term and the fallback on response times.
    expect([
      first!.variables['contract.termMonths'],
      second!.variables['contract.termMonths'],
    ]).toEqual(['36', '24']);
    const response = (await clausesOf(second!.id)).find((row) => row.key === 'sla-response')!;
    expect(response.negotiation).toBe('fallback');
    expect(second!.slaTable.map((row) => row.priority)).toEqual(['1', '2', '3', '4']);
    // The signed PDF as stored: its SHA-256 is the revision's, verified as the app verifies it.
    const pdf = await ws.repos.blobs.get(second!.signedPdfSha256);
    expect(pdf?.type).toBe('application/pdf');
    expect(await sha256Hex(pdf!.data)).toBe(second!.signedPdfSha256);
    expect(pdf!.size).toBe(second!.signedPdfSize);
    expect(await verifySignedPdf(pdf!.data, second!.signedPdfSha256)).toMatchObject({ ok: true });
    // As the contract's page verifies it on opening.
    expect(await ws.repos.contracts.verifySigned(maintenance.id)).toEqual({
      ok: true,
      expected: second!.signedPdfSha256,
      actual: second!.signedPdfSha256,
    });
    // Locked: an edit to the signed revision is refused.
    await expect(
      ws.repos.contracts.setVariable(maintenance.id, 'contract.termMonths', '12'),
    ).rejects.toMatchObject({ code: 'revision-locked' });
    expect(second!.signedAt).toBe('2026-11-27T10:44:00.000Z');
    // Two drawn signatures, company and client, their PNGs in the blob store with ink on them.
    const signatures = await ws.db.contractSignatures
      .where('revisionId')
      .equals(second!.id)
      .toArray();
    expect(signatures.map((row) => [row.role, row.name]).sort()).toEqual([
      ['client', 'Thomas Wagner'],
      ['company', 'Mats Thorsen'],
    ]);
    for (const signature of signatures) {
      const png = await ws.repos.blobs.get(signature.pngSha256);
      expect(png?.type).toBe('image/png');
      expect(() => checkSignaturePng(png!.data)).not.toThrow();
    }
  });

  it('gives the maintenance contract its notice deadline as of the demo day and after', async () => {
    await importWorkspace(ws.repos, file());
    const { maintenance } = await contractsOf();
    const { variables } = (await revisionsOf(maintenance.id)).at(-1)!;
    const term = {
      start: variables['contract.start']!,
      termMonths: variables['contract.termMonths']!,
      noticeMonths: variables['contract.noticeMonths']!,
      renewalMonths: variables['contract.renewalMonths']!,
    };
    expect(term).toEqual({
      start: '2027-01-01',
      termMonths: '24',
      noticeMonths: '3',
      renewalMonths: '12',
    });
    expect(contractTerm({ ...term, asOf: DEMO_AS_OF })).toEqual({
      termEnd: '2028-12-31',
      lastNoticeDate: '2028-09-30',
    });
    const watch = [{ id: maintenance.id, ...term }];
    expect(upcomingNoticeDeadlines(watch, { asOf: DEMO_AS_OF })).toEqual([]);
    expect(
      upcomingNoticeDeadlines(watch, { asOf: '2028-07-15' }).map((row) => [row.id, row.daysLeft]),
    ).toEqual([[maintenance.id, 77]]);
  });

  it('takes the fallback position on acceptance in the Werkvertrag in review; its editable revision names the offer as written', async () => {
    await importWorkspace(ws.repos, file());
    const { werk, avv } = await contractsOf();
    const offer = (await ws.db.offers.get(werk.offerId))!;
    const [revision, ...more] = await revisionsOf(werk.id);
    expect(more).toEqual([]);
    expect(isRevisionFrozen(revision!)).toBe(false);
    expect(revision!.variables).toMatchObject({
      'offer.number': offer.number,
      'offer.date': offer.date,
      'offer.title': 'Migration Exchange Online und Intune',
      'client.name': 'Möbelhaus Kessler KG',
    });
    const clauses = await clausesOf(revision!.id);
    const deviations = clauses.filter((row) => row.negotiation !== 'preferred');
    expect(deviations.map((row) => [row.key, row.negotiation])).toEqual([
      ['acceptance', 'fallback'],
    ]);
    const library = clauseLibrary.find((c) => c.id === 'acceptance' && c.language === 'de')!;
    expect(deviations[0]!.body).toBe(library.positions?.fallback?.body);
    expect(deviations[0]!.modified).toBe(false);
    expect(
      completeness('werkvertrag', clauses, { facts: { personalDataProcessed: true } }),
    ).toEqual([]);
    // The AVV covers every item of Art. 28(3) GDPR.
    const avvRevision = (await revisionsOf(avv.id))[0]!;
    expect(completeness('avv', await clausesOf(avvRevision.id))).toEqual([]);
  });

  it('writes nothing when a blob does not match its hash, a hash names no blob, a sent text was changed or a status does not fit', async () => {
    const broken = file();
    const blob = broken.blobs[1]!;
    blob.data = blob.data.replace(/^..../, 'AAAA');
    const [maintenance, werk] = broken.contracts;
    maintenance!.revisions[1]!.signedPdfSha256 = 'f'.repeat(64);
    werk!.status = 'signed';
    werk!.offer = 'Kein solches Angebot';
    // Revision 2 of the AVV although revision 1 was never sent.
    const avv = broken.contracts[2]!;
    avv.revisions.push({ ...structuredClone(avv.revisions[0]!), number: 2 });
    // A sent text changed afterwards no longer has the hash it was sent with.
    const sentClause = maintenance!.revisions[0]!.clauses[0]!;
    sentClause.body = `${sentClause.body} Nachträglich geändert.`;
    const error = await importWorkspace(ws.repos, broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        'blobs.1.sha256',
        'contracts.0.revisions.0.contentHash',
        'contracts.0.revisions.1.signedPdfSha256',
        'contracts.0.revisions.1.signatures.0.pngSha256',
        'contracts.1.offer',
        'contracts.1.status',
        'contracts.2.revisions.0.contentHash',
      ].sort(),
    );
    expect(await counts()).toMatchObject({ clients: 0, outbox: 0 });
    expect(await ws.db.contracts.count()).toBe(0);
    expect(await ws.db.contractClauses.count()).toBe(0);
    expect(await ws.db.blobs.count()).toBe(0);
  });
});

describe('importWorkspace with the demo fair deck', () => {
  /** The day the demo describes (scripts/demo/competitors.de.mjs, DEMO_AS_OF). */
  const DEMO_AS_OF = '2026-11-30';
  const file = () =>
    structuredClone({ ...workspace, catalog, textBlocks }) as typeof workspace & {
      catalog: typeof catalog;
      textBlocks: typeof textBlocks;
    };
  /** A stored row's own fields, without the row meta the repositories add. */
  const strip = (row: object) => {
    const fields: Record<string, unknown> = { ...row };
    for (const key of ['id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'deleted']) {
      delete fields[key];
    }
    delete fields.fieldClocks;
    return fields;
  };

  it('imports the it-sa deck with its slides in order, references resolved and pictures stored', async () => {
    const summary = await importWorkspace(ws.repos, file());
    expect(summary).toMatchObject({ decks: 1, slides: 11, leads: 5 });
    const [deck, ...moreDecks] = await ws.db.decks.toArray();
    expect(moreDecks).toEqual([]);
    expect(deckInputSchema.parse(strip(deck!))).toEqual(strip(deck!));
    expect(deck).toMatchObject({
      title: 'Portfolio it-sa 2026',
      fairName: 'it-sa 2026, Nürnberg',
      language: 'de',
      hidePrices: false,
    });
    const slides = (await ws.db.slides.where('deckId').equals(deck!.id).toArray()).sort(byPosition);
    for (const slide of slides) expect(slideInputSchema.parse(strip(slide))).toEqual(strip(slide));
    expect(slides.map((slide) => slide.kind)).toEqual([
      'title',
      'text',
      'catalog-item',
      'bundle',
      'catalog-item',
      'reference',
      'analysis',
      'analysis',
      'competitor-comparison',
      'media',
      'lead-capture',
    ]);
    // Every kind the deck can show except none: all nine kinds are in it.
    expect(new Set(slides.map((slide) => slide.kind)).size).toBe(slideKinds.length);
    const items = await ws.db.catalogItems.toArray();
    const sku = (id: string) => items.find((item) => item.id === id)?.sku;
    expect(slides.filter((s) => s.catalogItemId).map((s) => sku(s.catalogItemId))).toEqual([
      'MS-FW',
      'DL-SA',
    ]);
    expect((await ws.db.bundles.get(slides[3]!.bundleId))?.name).toBe('Firewall-Paket mit Betrieb');
    expect((await ws.db.clients.get(slides[5]!.clientId))?.name).toBe('Kraus Antriebstechnik SE');
    const analysisTitles = await Promise.all(
      slides
        .filter((s) => s.analysisId)
        .map(async (s) => (await ws.db.analyses.get(s.analysisId))?.title),
    );
    expect(analysisTitles).toEqual([
      'Wettbewerbsvergleich Managed Security und Cloud',
      'Preis-Leistungs-Positionierung Managed Services',
    ]);
    const competitors = await ws.db.competitors.bulkGet(slides[8]!.competitorIds);
    expect(competitors.map((row) => row?.name)).toEqual([
      'Nordkap Systemhaus GmbH',
      'Südwerk IT-Systeme GmbH & Co. KG',
      'Stratos Cloud Partners GmbH',
    ]);
    // The pictures are real PNGs in the blob store, as large as the slides say.
    const pictured = slides.filter((slide) => slide.mediaSha256 !== '');
    expect(pictured.map((slide) => [slide.kind, slide.mediaName])).toEqual([
      ['text', 'messestand-it-sa.png'],
      ['reference', 'rechenzentrum-hamburg.png'],
      ['media', 'rechenzentrum-hamburg.png'],
    ]);
    for (const slide of pictured) {
      const bytes = (await ws.repos.blobs.get(slide.mediaSha256))!.data;
      expect(bytes.byteLength).toBe(slide.mediaSize);
      expect([...bytes.slice(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');
      expect(await sha256Hex(bytes)).toBe(slide.mediaSha256);
    }
    // One write, synced like every other row.
    const tables = new Set((await ws.repos.outbox.list()).map((change) => change.table));
    for (const table of ['decks', 'slides', 'leads', 'leadConsents'])
      expect(tables).toContain(table);
  });

  it('the deck presents from the demo: nothing missing, list prices where shown, none when hidden', async () => {
    await importWorkspace(ws.repos, file());
    const [deck] = await ws.db.decks.toArray();
    const slides = await ws.db.slides.where('deckId').equals(deck!.id).toArray();
    const live = <T extends { id: string; deleted: boolean }>(rows: T[]) =>
      new Map(rows.filter((row) => !row.deleted).map((row) => [row.id, row]));
    const sources = {
      company: (await ws.repos.settings.getCompany())!,
      catalogItems: live(await ws.db.catalogItems.toArray()),
      bundles: live(await ws.db.bundles.toArray()),
      clients: live(await ws.db.clients.toArray()),
      analyses: live(await ws.db.analyses.toArray()),
      competitors: live(await ws.db.competitors.toArray()),
    };
    const shown = presentableDeck(deck!, slides, sources);
    expect(shown.slides.filter((slide) => slide.missing)).toEqual([]);
    expect(shown.slides[2]!.facts).toContainEqual({
      label: 'Listenpreis (netto)',
      value: '189,00 €',
    });
    expect(shown.slides[3]!.facts.map((fact) => fact.label)).toEqual([
      'Paketpreis (netto)',
      'Paketpreis monatlich (netto)',
    ]);
    // The consulting slide keeps its day rate to itself.
    expect(priceTexts(shown.slides[4]!)).toEqual([]);
    expect(priceTexts(shown).length).toBeGreaterThan(0);
    expect(priceTexts(presentableDeck({ ...deck!, hidePrices: true }, slides, sources))).toEqual(
      [],
    );
  });

  it('imports the captured leads with their consent evidence, follow-ups and duplicates', async () => {
    await importWorkspace(ws.repos, file());
    const [deck] = await ws.db.decks.toArray();
    const company = (await ws.repos.settings.getCompany())!;
    const leads = (await ws.db.leads.toArray()).sort((a, b) =>
      a.capturedAt.localeCompare(b.capturedAt),
    );
    const consents = await ws.db.leadConsents.toArray();
    expect(leads).toHaveLength(5);
    expect(consents).toHaveLength(5);
    for (const lead of leads) {
      expect(leadInputSchema.parse(strip(lead))).toEqual(strip(lead));
      expect(lead).toMatchObject({
        deckId: deck!.id,
        fairName: 'it-sa 2026, Nürnberg',
        status: 'new',
      });
      expect(lead.capturedAt.slice(0, 10) <= DEMO_AS_OF).toBe(true);
      expect(lead.followUpDate <= DEMO_AS_OF).toBe(true);
      const consent = consents.find((row) => row.leadId === lead.id)!;
      expect(leadConsentInputSchema.parse(strip(consent))).toEqual(strip(consent));
      // The notice shown is the deck's (the default from the company profile), hashed as stored.
      expect(consent.noticeText).toBe(noticeFor(deck!, company));
      expect(consent.noticeSha256).toBe(await sha256Hex(consent.noticeText));
      expect(consent).toMatchObject({
        deckId: deck!.id,
        capturedAt: lead.capturedAt,
        legalBasis: 'legitimate-interest',
      });
      expect(consent.noticeShownAt < consent.capturedAt).toBe(true);
      expect(consent.newsletterOptInAt).toBe(consent.newsletterOptIn ? lead.capturedAt : '');
      expect(consent.newsletterText).toBe(
        consent.newsletterOptIn ? newsletterTextFor(deck!, company) : '',
      );
    }
    expect(leads.map((lead) => [lead.lastName, lead.rating, lead.followUpDate])).toEqual([
      ['Petersen', 'hot', defaultFollowUpDate('2026-10-27T09:42:00.000Z')],
      ['Vossen', 'warm', '2026-10-29'],
      // Agreed at the booth instead of two working days later.
      ['Wendt', 'hot', '2026-11-09'],
      ['Demir', 'warm', '2026-10-30'],
      // Thursday: two working days later is Monday.
      ['Kuhn', 'cold', '2026-11-02'],
    ]);
    const items = await ws.db.catalogItems.toArray();
    expect(
      leads[0]!.interestItemIds.map((id) => items.find((item) => item.id === id)?.sku),
    ).toEqual(['MS-FW', 'MS-MON']);
    // The review list finds one by its e-mail and one by a similar company name.
    const clients = await ws.db.clients.toArray();
    const contacts = await ws.db.contacts.toArray();
    const duplicates = leads.map((lead) => findLeadDuplicates(lead, clients, contacts));
    // The same client by its company name too: listed once, as the e-mail match.
    expect(duplicates[0]).toEqual([
      expect.objectContaining({
        kind: 'email',
        clientName: 'Hanseatische Kühllogistik GmbH & Co. KG',
        contactName: 'Jens Petersen',
        score: 1,
      }),
    ]);
    expect(duplicates[1]).toEqual([
      expect.objectContaining({
        kind: 'company',
        clientName: 'Möbelhaus Kessler KG',
        contactId: '',
      }),
    ]);
    expect(duplicates[1]![0]!.score).toBeGreaterThanOrEqual(0.8);
    expect(duplicates[1]![0]!.score).toBeLessThan(1);
    expect(duplicates.slice(2)).toEqual([[], [], []]);
  });

  it('writes nothing when a slide or lead names what is not there', async () => {
    const broken = file();
    const [deck] = broken.decks;
    const slides = deck!.slides as Record<string, unknown>[];
    slides[2]!.sku = 'GIBT-ES-NICHT';
    slides[6]!.analysis = 'Keine solche Analyse';
    slides[8]!.competitors = ['nordkap', 'gibt-es-nicht'];
    deck!.leads[2]!.consent.newsletterOptIn = true;
    deck!.leads[3]!.interests = ['X-1'];
    const error = await importWorkspace(ws.repos, broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        'decks.0.slides.2.sku',
        'decks.0.slides.6.analysis',
        'decks.0.slides.8.competitors.1',
        'decks.0.leads.2.consent.newsletterOptIn',
        'decks.0.leads.3.interests.0',
      ].sort(),
    );
    expect(await counts()).toMatchObject({ clients: 0, outbox: 0 });
    expect(await ws.db.decks.count()).toBe(0);
    expect(await ws.db.leads.count()).toBe(0);
  });

  it('writes nothing when a picture is not among the blobs or a notice was changed after hashing', async () => {
    const broken = file();
    const [deck] = broken.decks;
    const slides = deck!.slides as Record<string, unknown>[];
    slides[9]!.mediaSha256 = 'e'.repeat(64);
    slides[1]!.mediaSize = 12;
    const lead = deck!.leads[1]!;
    lead.consent.noticeText = `${lead.consent.noticeText} Nachträglich ergänzt.`;
    const error = await importWorkspace(ws.repos, broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        'decks.0.slides.1.mediaSize',
        'decks.0.slides.9.mediaSha256',
        'decks.0.leads.1.consent.noticeSha256',
      ].sort(),
    );
    expect(await ws.db.decks.count()).toBe(0);
    expect(await ws.db.leadConsents.count()).toBe(0);
    expect(await ws.db.blobs.count()).toBe(0);
  });

  it('a lead the schema refuses is named at its field', async () => {
    const broken = file();
    const [deck] = broken.decks;
    deck!.leads[0]!.email = 'kein-mail';
    deck!.leads[4]!.lastName = '';
    (deck!.slides[0] as Record<string, unknown>).durationSeconds = 1;
    const error = await importWorkspace(ws.repos, broken).catch((caught: unknown) => caught);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        'decks.0.leads.0.email',
        'decks.0.leads.4.lastName',
        'decks.0.slides.0.durationSeconds',
      ].sort(),
    );
    expect(await ws.db.decks.count()).toBe(0);
  });
});

describe('importWorkspace with the demo project plan', () => {
  /** The demo's project offer and its plan as stored, read back through the planning core. */
  async function importedPlan(day: string) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${day}T08:00:00`));
    try {
      const summary = await importWorkspace(ws.repos, { ...workspace, catalog, textBlocks });
      expect(summary).toMatchObject({ projectPlans: 1, workPackages: 30 });
    } finally {
      vi.useRealTimers();
    }
    const offer = (await ws.repos.offers.list()).find(
      (row) => row.title === 'Migration Rechenzentrum in die Private Cloud',
    )!;
    const [plan] = await ws.db.projectPlans.where('offerId').equals(offer.id).toArray();
    const packages = await ws.db.workPackages.where('offerId').equals(offer.id).toArray();
    const dependencies = await ws.db.planDependencies.where('offerId').equals(offer.id).toArray();
    const milestones = await ws.db.planMilestones.where('offerId').equals(offer.id).toArray();
    const instalments = (
      await ws.db.paymentInstalments.where('offerId').equals(offer.id).toArray()
    ).sort(byPosition);
    const roles = (await ws.db.roles.toArray()) as unknown as Role[];
    const sections = (await ws.db.offerSections.where('offerId').equals(offer.id).toArray()).sort(
      byPosition,
    );
    const lines = await ws.db.offerLines.where('offerId').equals(offer.id).toArray();
    const analysis = analysePlan({
      plan: plan!,
      packages,
      dependencies,
      milestones,
      instalments,
      roles,
      offer,
    });
    return {
      offer,
      plan: plan!,
      packages,
      milestones,
      instalments,
      roles,
      sections,
      lines,
      analysis,
    };
  }

  it('brings a project offer for Elbtal Energie with 30 packages in 5 phases, a critical path and parallel branches', async () => {
    const { offer, plan, analysis } = await importedPlan('2026-12-07');
    const client = await ws.repos.clients.get(offer.clientId);
    expect(client?.name).toBe('Elbtal Energie & Wasser GmbH');
    expect(offer.status).toBe('sent');
    expect(analysis.problems).toEqual([]);
    expect(analysis.notes).toEqual([]);
    const phases = analysis.nodes.filter((node) => node.phase);
    const leaves = analysis.nodes.filter((node) => !node.phase);
    expect(phases.map((node) => `${node.wbs} ${node.name}`)).toEqual([
      '1 Analyse und Konzeption',
      '2 Aufbau Private-Cloud-Plattform',
      '3 Pilotmigration',
      '4 Migration der Produktivsysteme',
      '5 Abschluss und Übergabe',
    ]);
    expect(leaves).toHaveLength(30);
    // Every package has a rate-card role and an effort; the plan is on Saxony's calendar.
    expect(leaves.filter((node) => node.roleId === '' || Number(node.expected) <= 0)).toEqual([]);
    expect(plan).toMatchObject({
      country: 'DE',
      region: 'SN',
      confidencePct: '80',
      contingency: 'line',
    });
    // A real critical path from the kick-off to the final acceptance, and packages off it with float.
    const name = (id: string) => analysis.nodes.find((node) => node.id === id)?.name;
    const critical = analysis.criticalPath.map(name);
    expect(critical[0]).toBe('Kick-off und Projektorganisation');
    expect(critical.at(-1)).toBe('Projektabschluss und Abnahme');
    expect(critical.length).toBeGreaterThan(15);
    const parallel = leaves.filter((node) => (analysis.dates[node.id]?.totalFloat ?? 0) > 0);
    expect(parallel.map((node) => node.name)).toEqual(
      expect.arrayContaining([
        'Sicherheits- und KRITIS-Anforderungen',
        'Welle 4: Fileserver und Archiv',
      ]),
    );
    expect(analysis.duration?.expected).toBeGreaterThan(60);
    // The customer's deadline is tight enough for the probability to mean something (≈ 0.89).
    const probability = Number(analysis.duration?.deadlineProbability);
    expect(probability).toBeGreaterThan(0.5);
    expect(probability).toBeLessThan(0.99);
  });

  it('has four milestones and a payment plan of 30/40/30 % at them, amounts summing to the one-time net', async () => {
    const { offer, analysis, instalments, lines } = await importedPlan('2026-12-07');
    expect(analysis.milestones.map((milestone) => milestone.name)).toEqual([
      'Abnahme Konzept',
      'Betriebsbereitschaft Plattform',
      'Abschluss Produktivmigration',
      'Projektabnahme',
    ]);
    expect(analysis.milestones.every((milestone) => milestone.date !== '')).toBe(true);
    const net = offerAmounts(
      offer,
      lines.filter((line) => !line.deleted),
    ).totals.oneTime.net;
    const payments = paymentSchedule({
      instalments,
      milestones: analysis.milestones,
      oneTimeNet: net,
      currency: offer.currency,
      paymentTermsDays: offer.paymentTermsDays,
    });
    expect(payments.ok).toBe(true);
    expect(payments.rows.map((row) => [row.percent, row.milestoneName])).toEqual([
      ['30', 'Abnahme Konzept'],
      ['40', 'Abschluss Produktivmigration'],
      ['30', 'Projektabnahme'],
    ]);
    expect(payments.total).toBe(net);
    expect(payments.rows.every((row) => row.dueDate > offer.date)).toBe(true);
  });

  it('generates the offer’s service lines with the planning core: they equal planOfferLines of the stored plan', async () => {
    const { offer, plan, roles, sections, lines, analysis } = await importedPlan('2026-12-07');
    const planned = planOfferLines(analysis, {
      plan,
      roles,
      offer,
      rates: defaultOfferSettings().exchangeRates,
      vatPct: '19',
    });
    // The plan's sections first (five phases and the reserve), then the offer's own.
    expect(sections.map((section) => [section.title, section.planPhaseId ?? ''])).toEqual([
      ...planned.sections.map((section) => [section.title, section.planPhaseId]),
      ['Betrieb und Nebenleistungen', ''],
    ]);
    expect(planned.sections.at(-1)?.planPhaseId).toBe('contingency');
    const fields = (line: (typeof planned.lines)[number] | (typeof lines)[number]) => ({
      planPackageId: line.planPackageId,
      name: line.name,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: line.unitPrice,
      unitCost: line.unitCost,
      roleId: line.roleId,
      vatPct: line.vatPct,
      billing: line.billing,
      estimate: line.estimate,
    });
    const sectionOf = new Map(sections.map((section) => [section.id, section.planPhaseId ?? '']));
    const stored = lines.filter((line) => (line.planPackageId ?? '') !== '');
    expect(stored.map(fields).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      planned.lines.map(fields).sort((a, b) => a.name.localeCompare(b.name)),
    );
    for (const line of stored) {
      const plannedLine = planned.lines.find((row) => row.planPackageId === line.planPackageId);
      expect(sectionOf.get(line.sectionId)).toBe(plannedLine?.planPhaseId);
    }
    expect(stored).toHaveLength(31); // 30 packages and the reserve
    expect(stored.find((line) => line.planPackageId === 'contingency')?.name).toBe(
      'Risikoreserve (80 % Konfidenz)',
    );
  });

  it('writes nothing when a plan names what is not there or its links form a cycle', async () => {
    const source = workspace.plans[0]!;
    const phases = structuredClone(source.phases);
    phases[0]!.packages[1]!.role = 'nobody';
    phases[0]!.packages[2]!.after = ['nowhere'];
    const broken = {
      ...source,
      phases,
      milestones: [...source.milestones, { name: 'Irgendwann', package: 'missing' }],
      payments: [{ label: 'Alles', percent: '100', milestone: 'Gibt es nicht' }],
    };
    const error = await importWorkspace(ws.repos, {
      ...workspace,
      catalog,
      textBlocks,
      plans: [broken, { ...source, offer: 'Kein solches Angebot' }],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.'))).toEqual([
      'plans.0.phases.0.packages.1.role',
      'plans.0.phases.0.packages.2.after.0',
      'plans.0.milestones.4.package',
      'plans.0.payments.0.milestone',
      'plans.1.offer',
    ]);
    expect(await ws.db.offers.count()).toBe(0);
    expect(await ws.db.projectPlans.count()).toBe(0);

    // Each link alone is fine; together Kick-off → Bestandsaufnahme → Kick-off is a cycle.
    const cyclic = structuredClone(source.phases);
    cyclic[0]!.packages[0]!.after = ['inventory'];
    const cycle = await importWorkspace(ws.repos, {
      ...workspace,
      catalog,
      textBlocks,
      plans: [{ ...source, phases: cyclic }],
    }).catch((caught: unknown) => caught);
    expect((cycle as ValidationError).issues).toEqual([
      expect.objectContaining({ path: ['plans', 0], message: expect.stringContaining('cycle') }),
    ]);
    expect(await ws.db.workPackages.count()).toBe(0);
  });

  it('starts the project in the future on a working day of Saxony, counted from the import day', async () => {
    for (const day of ['2026-12-07', '2028-03-01']) {
      ws = openTestWorkspace();
      const { plan, analysis, offer } = await importedPlan(day);
      expect(plan.startDate > day).toBe(true);
      expect(isWorkingDay(plan.startDate, planCalendar(plan))).toBe(true);
      expect(analysis.startDate).toBe(plan.startDate);
      expect(offer.date < day).toBe(true);
      // The company's Christmas break is in the plan's calendar for the years it spans.
      expect(plan.companyHolidays.map((holiday) => holiday.from)).toContain(
        `${plan.startDate.slice(0, 4)}-12-24`,
      );
      expect(plan.deadline > (analysis.duration?.finish ?? '')).toBe(true);
    }
  });
});
