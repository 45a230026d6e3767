import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activityInputSchema,
  clientInputSchema,
  companyProfileSchema,
  contactInputSchema,
  emptyClientInput,
  emptyCompanyProfile,
  opportunityInputSchema,
  opportunityStages,
} from '../../src/shared/domain';
import type {
  ActivityInput,
  ClientInput,
  ContactInput,
  OpportunityInput,
} from '../../src/shared/domain';
import {
  SELF_ID,
  STALE_AFTER_DAYS,
  analysisInputSchema,
  analysisKinds,
  battlecardInputSchema,
  competitorInputSchema,
  emptyCompetitorInput,
} from '../../src/shared/domain/analyses';
import { bcgQuadrant, isStale, winLossReport } from '../../src/shared/analyses';
import { round2, toDecimal } from '../../src/shared/money';
import { addDays } from '../../src/shared/offers/status';
import { normalizeIban, normalizeVatId } from '../../src/shared/validation';

type DemoClient = ClientInput & {
  contacts: Omit<ContactInput, 'clientId'>[];
  activities: Omit<ActivityInput, 'clientId'>[];
  opportunities: Omit<OpportunityInput, 'clientId' | 'position'>[];
  /** Sent offers of the demo (see src/renderer/db/demo-import-offers.ts). */
  offers?: { opportunity: string; contact: string }[];
};
type DemoCompetitor = Record<string, unknown> & {
  key: string;
  name: string;
  lastVerified: string;
  battlecard: Record<string, unknown> & { lastVerified: string };
};
type DemoPrice = Record<string, string> & { competitor: string };
type DemoAnalysis = Record<string, unknown> & {
  kind: string;
  title: string;
  participants?: string[];
  criteria?: { weightPct: string }[];
};
type DemoWorkspace = {
  company: Record<string, unknown>;
  clients: DemoClient[];
  competitors: DemoCompetitor[];
  priceObservations: DemoPrice[];
  analyses: DemoAnalysis[];
  /** The fair deck (issue 14), see src/renderer/data/presentations/workspace-import.ts. */
  decks: { slides: unknown[]; leads: unknown[] }[];
  /** Project plans (issue 15), see src/renderer/data/planning/workspace-import.ts. */
  plans: { phases: { packages: unknown[] }[]; milestones: unknown[] }[];
};

const workspace = JSON.parse(
  readFileSync(new URL('../../resources/demo/workspace.de.json', import.meta.url), 'utf8'),
) as DemoWorkspace;
const { company, clients, competitors, priceObservations, analyses, decks, plans } = workspace;
/** The day the demo describes (scripts/demo/competitors.de.mjs, DEMO_AS_OF): stale marks count from it. */
const DEMO_AS_OF = '2026-11-30';
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const catalog = readJson('../../resources/demo/catalog.de.json') as {
  items: unknown[];
  bundles: unknown[];
  roles: unknown[];
};
const textBlocks = readJson('../../resources/demo/text-blocks.json') as unknown[];
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The figures README.md states about the demo, from its marked table: label → figure. */
function readmeDemoFigures(text: string): Map<string, string> {
  const table = /<!-- demo-figures:start -->([\s\S]*?)<!-- demo-figures:end -->/.exec(text);
  if (!table) throw new Error('README.md has no demo-figures table');
  const rows = (table[1] ?? '')
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|').map((cell) => cell.trim()));
  return new Map(rows.map(([, label = '', figure = '']) => [label, figure]));
}

const eur = (value: string) =>
  `${Number(value).toLocaleString('en-US', { minimumFractionDigits: 2 })} EUR`;

/** The same figures, counted from the demo files. */
function demoFigures(): Map<string, string> {
  const opportunities = clients.flatMap((client) => client.opportunities);
  const open = opportunities.filter(({ stage }) => stage !== 'won' && stage !== 'lost');
  const openValue = open.reduce(
    (sum, { estimatedValue }) => sum.plus(estimatedValue),
    toDecimal(0),
  );
  // The pipeline board's forecast: per open stage Σ value × probability, rounded to cents.
  const weighted = opportunityStages
    .filter((stage) => stage !== 'won' && stage !== 'lost')
    .map((stage) =>
      round2(
        opportunities
          .filter((opportunity) => opportunity.stage === stage)
          .reduce(
            (sum, { estimatedValue, probability }) =>
              sum.plus(toDecimal(estimatedValue).times(probability).dividedBy(100)),
            toDecimal(0),
          ),
      ),
    )
    .reduce((sum, value) => sum.plus(value), toDecimal(0));
  const count = (rows: readonly unknown[]) => String(rows.length);
  return new Map([
    ['Clients', count(clients)],
    ['Contacts', count(clients.flatMap((client) => client.contacts))],
    ['Activities', count(clients.flatMap((client) => client.activities))],
    ['Opportunities', count(opportunities)],
    ['Open opportunities (lead to negotiation)', count(open)],
    ['Open pipeline value', eur(round2(openValue).toFixed(2))],
    ['Weighted forecast (open stages)', eur(round2(weighted).toFixed(2))],
    [
      'Sent offers (one per opportunity in "Angebot")',
      count(clients.flatMap((c) => c.offers ?? [])),
    ],
    ['Catalog items', count(catalog.items)],
    ['Bundles', count(catalog.bundles)],
    ['Rate-card roles', count(catalog.roles)],
    ['Text blocks (German and English)', count(textBlocks)],
    ['Competitors (each with a battlecard)', count(competitors)],
    ['Competitor prices (by hand and from losses)', count(priceObservations)],
    ['Analyses', count(analyses)],
    ['Fair decks', count(decks)],
    ['Fair slides', count(decks.flatMap((deck) => deck.slides))],
    ['Fair leads (with consent records)', count(decks.flatMap((deck) => deck.leads))],
    ['Project plans (in the offers)', count(plans)],
    [
      'Work packages (in phases)',
      count(plans.flatMap((plan) => plan.phases.flatMap((phase) => phase.packages))),
    ],
    ['Plan milestones', count(plans.flatMap((plan) => plan.milestones))],
  ]);
}

const clientId = 'demo-client';
const sorted = (keys: string[]) => [...keys].sort();
/** ['keys'] when `value` does not carry exactly the `expected` fields (zod would drop a typo silently). */
const keyProblems = (value: object, expected: string[]) =>
  JSON.stringify(sorted(Object.keys(value))) === JSON.stringify(sorted(expected)) ? [] : ['keys'];
const inputKeys = (shape: object, without: string[]) =>
  Object.keys(shape).filter((key) => !without.includes(key));
const clientFields = ({
  contacts: _c,
  activities: _a,
  opportunities: _o,
  offers: _offers,
  ...fields
}: DemoClient) => fields;
/** Issues of a failed parse as "path: message" lines, so a failure names the bad field. */
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('demo workspace (resources/demo/workspace.de.json)', () => {
  it('has a company profile that parses unchanged apart from normalisation', () => {
    expect(keyProblems(company, Object.keys(emptyCompanyProfile()))).toEqual([]);
    const result = companyProfileSchema.safeParse(company);
    expect(issuesOf(result)).toEqual([]);
    expect(result.data).toEqual({
      ...company,
      vatId: normalizeVatId(String(company.vatId)),
      iban: normalizeIban(String(company.iban)),
    });
  });

  it('has at least 25 clients with exactly the ClientInput fields, all valid', () => {
    expect(clients.length).toBeGreaterThanOrEqual(25);
    const expectedKeys = Object.keys(emptyClientInput());
    const failures = clients.flatMap((client) => {
      const fields = clientFields(client);
      const result = clientInputSchema.safeParse(fields);
      const keyProblem = keyProblems(fields, expectedKeys);
      const changed =
        result.success &&
        JSON.stringify(result.data) !==
          JSON.stringify({ ...fields, vatId: normalizeVatId(fields.vatId) })
          ? ['changed by parsing']
          : [];
      return [...keyProblem, ...issuesOf(result), ...changed].map(
        (problem) => `${client.name}: ${problem}`,
      );
    });
    expect(failures).toEqual([]);
  });

  it('has unique client names and includes Austrian/Swiss and English-language clients', () => {
    expect(new Set(clients.map((client) => client.name)).size).toBe(clients.length);
    expect(clients.some((client) => client.country === 'AT')).toBe(true);
    expect(clients.some((client) => client.country === 'CH' && client.currency === 'CHF')).toBe(
      true,
    );
    expect(clients.filter((client) => client.language === 'en').length).toBeGreaterThanOrEqual(2);
  });

  it('has 1–4 valid contacts per client with exactly one primary', () => {
    // Salutation and title are optional: a contact whose name tells Frau or Herr leaves them out.
    const optional = ['salutation', 'title'];
    const requiredKeys = inputKeys(contactInputSchema.shape, ['clientId', ...optional]);
    const failures = clients.flatMap((client) => {
      const problems = client.contacts.flatMap((contact) => {
        const present = optional.filter((key) => key in contact);
        return [
          ...keyProblems(contact, [...requiredKeys, ...present]),
          ...issuesOf(contactInputSchema.safeParse({ ...contact, clientId })),
        ];
      });
      const primaries = client.contacts.filter((contact) => contact.primary).length;
      if (primaries !== 1) problems.push(`${primaries} primary contacts`);
      if (client.contacts.length < 1 || client.contacts.length > 4) problems.push('contact count');
      return problems.map((problem) => `${client.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });

  it('has 2–6 valid activities per client, dated January to November 2026', () => {
    // The follow-up fields are optional: an activity without a next step leaves them out.
    const followUp = ['contactId', 'nextStep', 'dueDate', 'completedAt'];
    const requiredKeys = inputKeys(activityInputSchema.shape, ['clientId', ...followUp]);
    const failures = clients.flatMap((client) => {
      const problems = client.activities.flatMap((activity) => {
        const present = followUp.filter((key) => key in activity);
        const keyProblem = keyProblems(activity, [...requiredKeys, ...present]);
        const dateProblem =
          activity.date >= '2026-01-01' && activity.date <= '2026-11-30'
            ? []
            : [`date ${activity.date}`];
        return [
          ...keyProblem,
          ...dateProblem,
          ...issuesOf(activityInputSchema.safeParse({ ...activity, clientId })),
        ];
      });
      if (client.activities.length < 2 || client.activities.length > 6)
        problems.push('activity count');
      return problems.map((problem) => `${client.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });

  it('has 1–3 valid opportunities per client whose probability and lost reason fit the stage', () => {
    // Competitors in play and the loss form (issue 12) are optional: most opportunities have none.
    const issue12 = [
      'competitorIds',
      'incumbentId',
      'lossReason',
      'lostToCompetitorId',
      'lostToPrice',
      'lostPriceGapPct',
    ];
    const requiredKeys = inputKeys(opportunityInputSchema.shape, [
      'clientId',
      'position',
      ...issue12,
    ]);
    const failures = clients.flatMap((client) => {
      const problems = client.opportunities.flatMap((opportunity) => {
        const { stage, probability, lostReason, title } = opportunity;
        const present = issue12.filter((key) => key in opportunity);
        const problems = [
          ...keyProblems(opportunity, [...requiredKeys, ...present]),
          ...issuesOf(
            opportunityInputSchema.safeParse({ ...opportunity, clientId, position: 'a0' }),
          ),
        ];
        if (stage === 'won' && probability !== 100) problems.push(`${title}: won needs 100 %`);
        if (stage === 'lost' && probability !== 0) problems.push(`${title}: lost needs 0 %`);
        if ((stage === 'lost') !== (lostReason !== ''))
          problems.push(`${title}: lost reason only for lost`);
        return problems;
      });
      if (client.opportunities.length < 1 || client.opportunities.length > 3)
        problems.push('opportunity count');
      return problems.map((problem) => `${client.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });

  it('has at least six valid competitors, each with a battlecard, some stale as of its day', () => {
    expect(competitors.length).toBeGreaterThanOrEqual(6);
    const expectedKeys = [...Object.keys(emptyCompetitorInput()), 'key', 'battlecard'];
    const failures = competitors.flatMap(({ key, battlecard, ...fields }) => {
      const texts = Object.entries(battlecard).filter(([name]) => name !== 'objections');
      return [
        ...keyProblems({ key, battlecard, ...fields }, expectedKeys),
        ...issuesOf(competitorInputSchema.safeParse(fields)),
        ...issuesOf(battlecardInputSchema.safeParse({ ...battlecard, competitorId: key })),
        ...(String(fields.website).endsWith('.example') ? [] : ['website not .example']),
        ...(texts.every(([, text]) => text !== '') ? [] : ['empty battlecard field']),
      ].map((problem) => `${fields.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
    expect(new Set(competitors.map((c) => c.key)).size).toBe(competitors.length);
    // Differentiators and proof points may reach a customer ("Warum wir"): no competitor named.
    const brands = competitors.map((c) => c.name.split(' ')[0]!);
    const named = competitors.flatMap(({ name, battlecard }) =>
      brands
        .filter((brand) =>
          `${String(battlecard.differentiators)} ${String(battlecard.proofPoints)}`.includes(brand),
        )
        .map((brand) => `${name}: names ${brand}`),
    );
    expect(named).toEqual([]);
    // Stale: not verified within STALE_AFTER_DAYS before the demo's day; fixed, not today.
    const staleBefore = addDays(DEMO_AS_OF, -STALE_AFTER_DAYS);
    const dates = competitors.flatMap((c) => [c.lastVerified, c.battlecard.lastVerified]);
    expect(dates.every((date) => date <= DEMO_AS_OF)).toBe(true);
    expect(dates.filter((date) => date < staleBefore).length).toBeGreaterThanOrEqual(2);
    expect(dates.filter((date) => date >= staleBefore).length).toBeGreaterThanOrEqual(6);
  });

  it('puts competitors in play on open and lost opportunities; lost ones have a reason or skipped the form', () => {
    const keys = new Set(competitors.map((c) => c.key));
    const opportunities = clients.flatMap((client) => client.opportunities);
    const named = opportunities.flatMap((o) => [
      ...(o.competitorIds ?? []),
      o.incumbentId ?? '',
      o.lostToCompetitorId ?? '',
    ]);
    expect(named.filter((key) => key !== '' && !keys.has(key))).toEqual([]);
    const open = opportunities.filter((o) => o.stage !== 'won' && o.stage !== 'lost');
    const lost = opportunities.filter((o) => o.stage === 'lost');
    expect(open.filter((o) => (o.competitorIds ?? []).length > 0).length).toBeGreaterThanOrEqual(5);
    expect(opportunities.filter((o) => o.incumbentId).length).toBeGreaterThanOrEqual(3);
    const withReason = lost.filter((o) => o.lossReason !== undefined);
    const skipped = lost.filter((o) => o.lossReason === undefined);
    expect(withReason.length).toBeGreaterThanOrEqual(5);
    expect(skipped.length).toBeGreaterThanOrEqual(1);
    expect(new Set(withReason.map((o) => o.lossReason)).size).toBeGreaterThanOrEqual(4);
    expect(opportunities.filter((o) => o.lossReason && o.stage !== 'lost')).toEqual([]);
  });

  it('has prices by hand and from losses, each naming a known competitor, item or opportunity', () => {
    const keys = new Set(competitors.map((c) => c.key));
    const skus = new Set((catalog.items as { sku: string }[]).map((item) => item.sku));
    const titles = new Set(clients.flatMap((c) => c.opportunities.map((o) => o.title)));
    const problems = priceObservations.flatMap((price, index) => [
      ...(keys.has(price.competitor) ? [] : [`${index}: competitor`]),
      ...((price.sku ?? '') === '' || skus.has(price.sku!) ? [] : [`${index}: sku`]),
      ...((price.opportunity ?? '') === '' || titles.has(price.opportunity!)
        ? []
        : [`${index}: opportunity`]),
      ...(price.observedOn! <= DEMO_AS_OF ? [] : [`${index}: date`]),
    ]);
    expect(problems).toEqual([]);
    const sources = priceObservations.map((price) => price.source);
    expect(sources.filter((source) => source === 'manual').length).toBeGreaterThanOrEqual(5);
    expect(sources.filter((source) => source === 'loss').length).toBeGreaterThanOrEqual(2);
  });

  it('has an analysis of every kind; the matrix compares us with 4–5 competitors at 100 %', () => {
    expect(new Set(analyses.map((analysis) => analysis.kind))).toEqual(new Set(analysisKinds));
    const keys = new Set(competitors.map((c) => c.key));
    // Valid once keys stand for ids (the import resolves them; see workspace-import.ts).
    const failures = analyses.flatMap(({ client, opportunity, ...analysis }) => {
      const fields = {
        ...analysis,
        clientId: client ? 'client-id' : '',
        opportunityId: opportunity ? 'opportunity-id' : '',
      };
      const unknown = (analysis.participants ?? []).filter((p) => p !== SELF_ID && !keys.has(p));
      return [
        ...issuesOf(analysisInputSchema.safeParse(fields)),
        ...unknown.map((key) => `unknown competitor ${key}`),
      ].map((problem) => `${analysis.title}: ${problem}`);
    });
    expect(failures).toEqual([]);
    const matrix = analyses.find(
      (analysis) => analysis.kind === 'competitor-matrix' && analysis.subject === 'company',
    )!;
    const others = (matrix.participants ?? []).filter((p) => p !== SELF_ID);
    expect(matrix.participants).toContain(SELF_ID);
    expect(others.length).toBeGreaterThanOrEqual(4);
    expect(others.length).toBeLessThanOrEqual(5);
    const sum = (matrix.criteria ?? []).reduce((total, c) => total.plus(c.weightPct), toDecimal(0));
    expect(sum.toFixed(2)).toBe('100.00');
  });

  it('shows every competitor in the win/loss report and spreads the portfolio over the quadrants', () => {
    const rows = clients.flatMap((client) =>
      client.opportunities.map((o) => ({
        id: o.title,
        stage: o.stage,
        value: o.estimatedValue,
        competitorIds: o.competitorIds ?? [],
        lostToCompetitorId: o.lostToCompetitorId ?? '',
        lossReason: o.lossReason ?? ('' as const),
        lostPriceGapPct: o.lostPriceGapPct ?? '',
        closeDate: o.expectedCloseDate,
        industry: client.industry,
        owner: '',
      })),
    );
    const report = winLossReport(rows, {});
    expect(report.competitors.map((row) => row.competitorId).sort()).toEqual(
      competitors.map((c) => c.key).sort(),
    );
    expect(report.skippedLossForms).toBeGreaterThanOrEqual(1);
    expect(
      report.competitors.filter((row) => row.won > 0 && row.lost > 0).length,
    ).toBeGreaterThanOrEqual(3);
    expect(report.competitors.some((row) => row.averagePriceGapPct !== '')).toBe(true);
    // Stale as of the demo's own day, with the rule the app uses.
    const stale = competitors.filter((c) => isStale(c.lastVerified, DEMO_AS_OF));
    expect(stale.length).toBeGreaterThanOrEqual(1);
    expect(stale.length).toBeLessThan(competitors.length);
    const portfolio = analyses.find((analysis) => analysis.kind === 'portfolio') as unknown as {
      portfolio: { marketGrowthPct: string; relativeMarketShare: string }[];
    };
    expect(new Set(portfolio.portfolio.map((entry) => bcgQuadrant(entry)))).toEqual(
      new Set(['star', 'cash-cow', 'question-mark', 'poor-dog']),
    );
  });

  it('represents every pipeline stage at least five times', () => {
    const stages = clients.flatMap((client) => client.opportunities.map((o) => o.stage));
    const rare = opportunityStages.filter((stage) => stages.filter((s) => s === stage).length < 5);
    expect(rare).toEqual([]);
    expect(new Set(stages)).toEqual(new Set(opportunityStages));
  });

  it('would be caught by these checks if a VAT id or postal code were wrong', () => {
    const german = clients.find((client) => client.country === 'DE' && client.vatId !== '');
    expect(german).toBeDefined();
    const fields = clientFields(german as DemoClient);
    const lastDigit = Number(fields.vatId.slice(-1));
    const wrongVatId = `${fields.vatId.slice(0, -1)}${(lastDigit + 1) % 10}`;
    expect(issuesOf(clientInputSchema.safeParse({ ...fields, vatId: wrongVatId }))).toEqual([
      'vatId: validation.vatId',
    ]);
    expect(issuesOf(clientInputSchema.safeParse({ ...fields, postalCode: '1234' }))).toEqual([
      'postalCode: validation.postalCode',
    ]);
    expect(
      issuesOf(companyProfileSchema.safeParse({ ...company, iban: 'DE00200505501285067341' })),
    ).toEqual(['iban: validation.iban']);
  });

  it('matches the figures README.md states about it', () => {
    expect(Object.fromEntries(readmeDemoFigures(readme))).toEqual(
      Object.fromEntries(demoFigures()),
    );
    // The sentence above the table names the client count too.
    expect(/with (\d+) clients/.exec(readme)?.[1]).toBe(String(clients.length));
  });

  it('would notice a README figure that drifted from the demo', () => {
    const drifted = readme.replace(/\| Clients( +)\| +31 \|/, '| Clients$1|              32 |');
    expect(drifted).not.toBe(readme);
    expect(readmeDemoFigures(drifted).get('Clients')).toBe('32');
    expect(readmeDemoFigures(drifted)).not.toEqual(demoFigures());
  });
});
