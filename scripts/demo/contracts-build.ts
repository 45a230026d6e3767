// Builds the demo workspace's `contracts` and `blobs` from scripts/demo/contracts.de.mjs:
// the clauses the library selects for each contract (texts of the chosen positions), the
// variables taken from the company, client and offer as a new draft takes them, the content hash
// of every sent revision, and for the signed revision its PDF signed on site with two drawn
// signatures. Bundled and run by generate-workspace.mjs (run-ts.mjs), since it uses the app's
// TypeScript core. Deterministic: the same sources give the same bytes.
import { createCanvas } from '@napi-rs/canvas';
import {
  contractTerm,
  factsLines,
  offerFacts,
  positionText,
  selectClauses,
  slaDowntime,
} from '#shared/contracts';
import { clauseLibrary } from '#shared/contracts/library';
import { signContractPdf } from '#shared/contracts/signing';
import type { Clause, ContractFacts, ContractType, NegotiationPosition } from '#shared/contracts';
import {
  contractInputSchema,
  contractRevisionClauseInputSchema,
  contractRevisionInputSchema,
  contractSignatureInputSchema,
  slaRowSchema,
} from '#shared/domain/contracts';
import type { SlaRow } from '#shared/domain/contracts';
import { contentHash } from '#shared/contracts/content-hash';
import { sha256Hex } from '#shared/hash';
import { formatMoney } from '#shared/money';
import { offerTotals } from '#shared/offers/totals';
import { paymentTermsText } from '#shared/offers/payment-terms';
import { buildContractPdf } from '#shared/documents/contracts/contract-pdf';
import type { ContractDocxInput } from '#shared/documents/contracts/contract-input';
import { emptyCatalogItemInput } from '#shared/domain';
import type { CatalogItem, CompanyProfile, Estimate, Role } from '#shared/domain';
import { applyEstimate, lineFromCatalogItem, serviceLineFromRole } from '#shared/offers/pricing';

type Signer = {
  role: 'company' | 'client';
  name: string;
  function: string;
  place: string;
  date: string;
  signedAt: string;
};
type RevisionSource = {
  variables: Record<string, string>;
  slaTable?: SlaRow[];
  negotiation: Record<string, NegotiationPosition>;
  frozenAt?: string;
  signatures?: Signer[];
  device?: string;
  appVersion?: string;
};
export type ContractSource = {
  client: string;
  offer: string;
  type: ContractType;
  title: string;
  status: 'draft' | 'in-review' | 'sent' | 'signed';
  facts: ContractFacts;
  offerNumber?: string;
  offerDate?: string;
  revisions: RevisionSource[];
};

type DemoClient = {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
  contacts: { firstName: string; lastName: string; role: string }[];
  offers?: DemoOffer[];
};
type Company = CompanyProfile;

export type BuildArgs = {
  contracts: ContractSource[];
  clients: DemoClient[];
  company: Company;
  catalog: {
    roles: ({ key: string } & Record<string, unknown>)[];
    items: Record<string, unknown>[];
  };
  fonts: { regular: Uint8Array; bold: Uint8Array };
};

const fail = (message: string): never => {
  throw new Error(message);
};

type DemoLine = {
  sku?: string;
  role?: string;
  name?: string;
  description?: string;
  quantity?: string;
  kind?: 'normal' | 'optional' | 'alternative';
  discountPct?: string;
  estimate?: Estimate;
};
type DemoOffer = {
  title: string;
  paymentTermsDays: number;
  cashDiscountPct: string;
  cashDiscountDays: number;
  termMonths: number;
  discountPct: string;
  reverseCharge?: boolean;
  sections: { title: string; lines: DemoLine[] }[];
};

/**
 * The offer's lines priced as the import prices them (src/renderer/data/core/demo-import-offers.ts:
 * catalog items and rate-card roles through the same pricing functions), for totals and facts.
 * demo-import.test.ts checks the amounts against the imported offer.
 */
function demoOffer(args: BuildArgs, client: DemoClient, title: string) {
  const offer =
    (client.offers ?? []).find((entry) => entry.title === title) ??
    fail(`${client.name}: no demo offer ${title}`);
  if (offer.reverseCharge) fail(`${title}: reverse charge is not handled here`);
  const pricing = { currency: 'EUR', exchangeRate: '' } as const;
  const roles = args.catalog.roles.map(
    ({ key, ...role }) =>
      ({ id: key, key, currency: 'EUR', active: true, ...role }) as unknown as Role,
  );
  const lines = offer.sections.flatMap((section, s) =>
    section.lines.map((line, l) => {
      let content;
      if (line.sku !== undefined) {
        const item = args.catalog.items.find((row) => row.sku === line.sku);
        if (!item) return fail(`${title}: unknown sku ${line.sku}`);
        const role = roles.find((row) => row.id === item.role);
        content = lineFromCatalogItem({
          item: {
            ...emptyCatalogItemInput(),
            ...item,
            roleId: item.role ?? '',
            id: line.sku,
          } as unknown as CatalogItem,
          offer: pricing,
          ...(role ? { role } : {}),
        });
      } else {
        const role =
          roles.find((row) => row.id === line.role) ?? fail(`${title}: role ${line.role}`);
        content = serviceLineFromRole({ role, offer: pricing });
      }
      content = {
        ...content,
        quantity: line.quantity ?? '1',
        kind: line.kind ?? 'normal',
        discountPct: line.discountPct ?? '',
        ...(line.name === undefined ? {} : { name: line.name }),
      };
      if (line.estimate) content = applyEstimate(content, line.estimate);
      return { ...content, id: `${s}-${l}`, sectionId: String(s) };
    }),
  );
  return { offer, lines };
}

const germanDate = (iso: string): string => {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
};
const euro = (amount: string): string => formatMoney(amount, 'EUR', 'de');

/** The variables as a new draft takes them from company, client and offer (raw, as stored). */
async function draftVariables(
  args: BuildArgs,
  source: ContractSource,
  client: DemoClient,
  today: string,
): Promise<{ variables: Record<string, string>; facts: ContractFacts }> {
  const { offer, lines } = demoOffer(args, client, source.offer);
  const totals = offerTotals({
    offer: { discountPct: offer.discountPct, termMonths: offer.termMonths, reverseCharge: false },
    lines: lines as never,
  });
  const facts = offerFacts({
    lines: factsLines(lines),
    clientCountry: client.country,
    publicSector: false,
    personalDataProcessed: source.facts.personalDataProcessed,
    slaAgreed: source.facts.slaAgreed,
  });
  const { company } = args;
  // As a new draft takes them (src/renderer/data/contracts/offer-variables.ts, initialVariables).
  const join = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(', ');
  const contact = client.contacts[0];
  const monthly = totals.monthly.net;
  const variables: Record<string, string> = {
    'company.name': company.name,
    'company.address': join(
      company.street,
      `${company.postalCode} ${company.city}`,
      company.country,
    ),
    'company.city': company.city,
    'company.representative': company.managingDirectors,
    'company.vatId': company.vatId,
    'client.name': client.name,
    'client.address': join(client.street, `${client.postalCode} ${client.city}`, client.country),
    'client.city': client.city,
    'client.country': client.country,
    'client.representative': contact
      ? join(`${contact.firstName} ${contact.lastName}`, contact.role)
      : '',
    'client.vatId': client.vatId,
    'offer.number': source.offerNumber ?? '',
    'offer.title': offer.title,
    'offer.date': source.offerDate ?? '',
    'offer.revision': '1',
    'offer.scope': lines
      .filter((line) => line.kind === 'normal')
      .map((line) => `- ${line.name}`)
      .join('\n'),
    'offer.netTotal': totals.oneTime.net,
    'offer.vatTotal': totals.oneTime.vat,
    'offer.grossTotal': totals.oneTime.gross,
    'offer.oneTimeTotal': totals.oneTime.net,
    'offer.recurringTotal': monthly,
    'offer.recurringPeriod': Number(monthly) === 0 ? '' : 'monthly',
    'offer.paymentTermsDays': String(offer.paymentTermsDays),
    'offer.paymentPlan': paymentTermsText({
      language: 'de',
      currency: 'EUR',
      paymentTermsDays: offer.paymentTermsDays,
      cashDiscountPct: offer.cashDiscountPct,
      cashDiscountDays: offer.cashDiscountDays,
      gross: totals.oneTime.gross,
    }),
    'contract.date': today,
    'contract.place': company.city,
    'contract.start': '',
    'contract.termMonths': offer.termMonths > 0 ? String(offer.termMonths) : '',
    'contract.noticeMonths': '',
    'contract.renewalMonths': '0',
    'sla.availability': '',
    'sla.serviceHours': '',
    'sla.measurementPeriod': '',
    'sla.maxDowntime': '',
  };
  if (Number(totals.yearly.net) !== 0) fail(`${source.offer}: yearly fees are not handled here`);
  return { variables, facts: { ...facts } };
}

/** The allowed downtime per month as printed ("3 Stunden 36 Minuten"). */
function monthlyDowntime(availability: string): string {
  const { minutes } = slaDowntime({ availabilityPct: availability, period: 'month' });
  const total = Math.round(Number(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'Stunde' : 'Stunden'}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} ${rest === 1 ? 'Minute' : 'Minuten'}`);
  return parts.join(' ');
}

/** The variables as the contract prints them (German): amounts, dates, percentages, term end. */
function printedVariables(variables: Record<string, string>): Record<string, string> {
  const printed: Record<string, string> = { ...variables };
  for (const name of [
    'offer.netTotal',
    'offer.vatTotal',
    'offer.grossTotal',
    'offer.oneTimeTotal',
  ]) {
    if (variables[name]) printed[name] = euro(variables[name]);
  }
  if (variables['offer.recurringTotal'])
    printed['offer.recurringTotal'] = `${euro(variables['offer.recurringTotal'])} monatlich`;
  for (const name of ['offer.date', 'contract.date', 'contract.start']) {
    if (variables[name]) printed[name] = germanDate(variables[name]);
  }
  if (variables['sla.availability'])
    printed['sla.availability'] = `${variables['sla.availability'].replace('.', ',')} %`;
  const start = variables['contract.start'] ?? '';
  const termMonths = variables['contract.termMonths'] ?? '';
  if (start !== '' && termMonths !== '') {
    const term = contractTerm({
      start,
      termMonths,
      noticeMonths: variables['contract.noticeMonths'] || '0',
      renewalMonths: variables['contract.renewalMonths'] || '0',
      asOf: start,
    });
    printed['contract.termEnd'] = germanDate(term.termEnd);
    printed['contract.lastNoticeDate'] = germanDate(term.lastNoticeDate);
  }
  return printed;
}

/** A revision's clauses: the library's selection for the contract, each in its position. */
function revisionClauses(
  source: ContractSource,
  facts: ContractFacts,
  negotiation: Record<string, NegotiationPosition>,
) {
  const chosen = selectClauses(clauseLibrary, { type: source.type, facts, language: 'de' });
  for (const key of Object.keys(negotiation)) {
    if (!chosen.some((clause) => clause.id === key))
      fail(`${source.title}: ${key} is not among its clauses`);
  }
  return chosen.map((clause: Clause) => {
    const position = negotiation[clause.id] ?? 'preferred';
    const text = positionText(clause, position) ?? fail(`${clause.id} has no ${position}`);
    return contractRevisionClauseInputSchema
      .omit({ contractId: true, revisionId: true, position: true, clauseId: true })
      .parse({
        key: clause.id,
        negotiation: position,
        title: clause.title,
        body: text.body,
        modified: false,
        category: clause.category,
        covers: clause.covers ?? [],
        libraryVersion: clause.version,
      });
  });
}

/** The content hash of a sent revision, as the data layer computes it when a revision is sent. */
export function revisionContentHash({
  variables,
  slaTable,
  clauses,
}: {
  variables: Record<string, string>;
  slaTable: SlaRow[];
  clauses: { key: string; negotiation: NegotiationPosition; title: string; body: string }[];
}): Promise<string> {
  return contentHash({ variables, slaTable }, clauses);
}

/** A small deterministic random generator (mulberry32), seeded by the signer's name. */
function seeded(text: string): () => number {
  let seed = [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A handwritten-looking signature as the pad would save it (transparent PNG, dark blue ink): a
 * tall capital loop, cursive loops for the letters of the name, and an underline flourish.
 */
function drawSignature(name: string): Uint8Array {
  const width = 480;
  const height = 160;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const random = seeded(name);
  ctx.strokeStyle = 'rgb(20, 40, 120)';
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const baseline = 104;
  let x = 28;
  for (const word of name.split(' ')) {
    // The capital: a tall stroke with a loop.
    ctx.lineWidth = 2.6;
    ctx.beginPath();
    ctx.moveTo(x, baseline + 6);
    ctx.bezierCurveTo(x + 4, baseline - 70, x + 26, baseline - 74, x + 20, baseline - 40);
    ctx.bezierCurveTo(x + 14, baseline - 14, x - 6, baseline - 24, x + 12, baseline - 30);
    x += 20;
    // Small letters: one loop of a prolate trochoid each, tall for ascenders, dipping below the
    // line for descenders, slanted to the right like a hand writes.
    for (const letter of word.slice(1).toLowerCase()) {
      const tall = 'bdfhklt'.includes(letter);
      const deep = 'gjpqyß'.includes(letter);
      const size = (tall ? 26 : 9) + random() * 3;
      for (let i = 0; i <= 20; i += 1) {
        const t = (i / 20) * Math.PI * 2;
        const dy = deep && i > 10 ? Math.sin(((i - 10) / 10) * Math.PI) * 24 : 0;
        const py = baseline - 12 - Math.cos(t) * size + dy + (random() - 0.5);
        const px = x + t * 2.2 - Math.sin(t) * 6 + (baseline - py) * 0.25;
        ctx.lineTo(px, py);
      }
      x += 2 * Math.PI * 2.2 + 1 + random() * 2;
    }
    x += 22;
    ctx.stroke();
  }
  // The flourish under the name.
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(24, baseline + 22);
  ctx.bezierCurveTo(
    width * 0.3,
    baseline + 8,
    width * 0.6,
    baseline + 30,
    Math.min(x, width - 20),
    baseline + 12,
  );
  ctx.stroke();
  return new Uint8Array(canvas.toBuffer('image/png'));
}

const omitLogo = ({ logo: _logo, brandColor: _brandColor, ...company }: CompanyProfile) => company;

type Blob = { sha256: string; type: string; data: string };

/** The demo contracts with their revisions, clauses and signatures, and the blobs they name. */
export async function buildContracts(
  args: BuildArgs,
): Promise<{ contracts: unknown[]; blobs: Blob[] }> {
  const blobs: Blob[] = [];
  const addBlob = async (bytes: Uint8Array, type: string) => {
    const sha256 = await sha256Hex(bytes);
    blobs.push({ sha256, type, data: Buffer.from(bytes).toString('base64') });
    return sha256;
  };
  const contracts = [];
  for (const source of args.contracts) {
    const client =
      args.clients.find((candidate) => candidate.name === source.client) ??
      fail(`unknown client ${source.client}`);
    const first = source.revisions[0] ?? fail(`${source.title}: no revision`);
    const today = first.variables['contract.date'] ?? fail(`${source.title}: contract.date`);
    const draft = await draftVariables(args, source, client, today);
    const facts = { ...draft.facts, ...source.facts };
    const revisions = [];
    for (const [index, revision] of source.revisions.entries()) {
      const number = index + 1;
      const variables = { ...draft.variables, ...revision.variables };
      if (variables['sla.availability'])
        variables['sla.maxDowntime'] = monthlyDowntime(variables['sla.availability']);
      const slaTable = (revision.slaTable ?? []).map((row) => slaRowSchema.parse(row));
      const clauses = revisionClauses(source, facts, revision.negotiation);
      const frozen = revision.frozenAt !== undefined;
      const contentHash = frozen ? await revisionContentHash({ variables, slaTable, clauses }) : '';
      const signed = revision.signatures !== undefined;
      let signedPdfSha256 = '';
      let signedPdfSize = 0;
      let signedAt = '';
      const signatures = [];
      if (signed) {
        if (!frozen) fail(`${source.title}: revision ${number} is signed but was never sent`);
        const printed = printedVariables(variables);
        const signers = revision.signatures ?? [];
        const signer = (role: string) => signers.find((sig) => sig.role === role);
        const input: ContractDocxInput = {
          language: 'de',
          title: source.title,
          contractType: source.type,
          parties: {
            company: {
              ...omitLogo(args.company),
              representative: args.company.managingDirectors,
              signatory: { name: signer('company')!.name, function: signer('company')!.function },
            },
            client: {
              name: client.name,
              address: printed['client.address'] ?? '',
              representative: printed['client.representative'],
              signatory: { name: signer('client')!.name, function: signer('client')!.function },
            },
          },
          clauses: clauses.map((clause) => ({
            id: clause.key,
            title: clause.title,
            body: clause.body,
          })),
          variables: printed,
          slaResponseTable: slaTable.map((row) => ({
            priority: row.priority,
            label: row.label,
            description: row.description,
            responseHours: Number(row.responseHours),
            resolutionHours: row.resolutionHours === '' ? null : Number(row.resolutionHours),
          })),
          revision: number,
          status: 'sent',
          branding: { brandColor: args.company.brandColor },
        };
        const pdf = await buildContractPdf(input, args.fonts);
        const drawn = signers.map((sig) => ({ ...sig, png: drawSignature(sig.name) }));
        const result = await signContractPdf({
          pdf,
          signatures: drawn.map((sig) => ({ ...sig, strokePoints: 400 })),
          meta: {
            contractTitle: source.title,
            revision: number,
            documentSha256: await sha256Hex(pdf),
            device: revision.device ?? '',
            appVersion: revision.appVersion ?? '',
            language: 'de',
          },
        });
        signedPdfSha256 = await addBlob(result.pdf, 'application/pdf');
        if (signedPdfSha256 !== result.sha256) fail('signed PDF hash');
        signedPdfSize = result.pdf.byteLength;
        signedAt =
          signers
            .map((sig) => sig.signedAt)
            .sort()
            .at(-1) ?? '';
        for (const sig of drawn) {
          const pngSha256 = await addBlob(sig.png, 'image/png');
          signatures.push(
            contractSignatureInputSchema.omit({ contractId: true, revisionId: true }).parse({
              role: sig.role,
              name: sig.name,
              function: sig.function,
              place: sig.place,
              date: sig.date,
              signedAt: sig.signedAt,
              pngSha256,
              device: revision.device ?? '',
              appVersion: revision.appVersion ?? '',
            }),
          );
        }
      }
      const row = contractRevisionInputSchema.omit({ contractId: true }).parse({
        number,
        variables,
        slaTable,
        contentHash,
        frozenAt: revision.frozenAt ?? '',
        signedPdfSha256,
        signedPdfSize,
        signedAt,
      });
      revisions.push({ ...row, clauses, ...(signatures.length > 0 ? { signatures } : {}) });
    }
    contractInputSchema.omit({ clientId: true, offerId: true, currentRevisionId: true }).parse({
      type: source.type,
      language: 'de',
      title: source.title,
      status: source.status,
      terminatedOn: '',
    });
    contracts.push({
      client: source.client,
      offer: source.offer,
      type: source.type,
      language: 'de',
      title: source.title,
      status: source.status,
      terminatedOn: '',
      revisions,
    });
  }
  return { contracts, blobs };
}
