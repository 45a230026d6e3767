// Builds the demo's fair deck for the workspace file (run by generate-workspace.mjs through
// run-ts.mjs): the deck with its slides, the captured leads with their consent evidence as the
// app records it (the privacy notice built from the company profile, its SHA-256, the newsletter
// label when ticked, the follow-up two working days after the capture), and the slide pictures
// drawn with @napi-rs/canvas as PNG blobs. Shapes only, no text: the bytes are the same on every
// machine, so regenerating the demo gives the same file.
import { createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { sha256Hex } from '#shared/hash';
import {
  buildConsent,
  checkLeadForm,
  defaultFollowUpDate,
  newsletterTextFor,
  noticeFor,
} from '#shared/presentations';
import type { CompanyProfile } from '#shared/domain/settings';
import type { DeckInput, LeadRating } from '#shared/domain/presentations';

type SlideSource = Record<string, unknown> & { kind: string; media?: string };

type LeadSource = {
  contactOf?: [string, string];
  firstName: string;
  lastName: string;
  company: string;
  email?: string;
  phone: string;
  interests: string[];
  categories: string[];
  note: string;
  rating: LeadRating;
  capturedAt: string;
  staff: string;
  newsletter: boolean;
  followUpDate?: string;
};

type DemoClient = {
  name: string;
  contacts: { lastName: string; email: string }[];
};

export type BuildPresentationsArgs = {
  deck: Omit<DeckInput, 'language'> & { language: 'de' | 'en' };
  slides: SlideSource[];
  leads: LeadSource[];
  staff: string[];
  clients: DemoClient[];
  company: CompanyProfile;
  /** SKUs of the demo catalog (interests must name one). */
  skus: string[];
  asOf: string;
};

type Blob = { sha256: string; type: string; data: string };

const W = 1280;
const H = 720;

function fail(message: string): never {
  throw new Error(`presentations demo: ${message}`);
}

/** The booth: brand-blue walls, a screen showing a slide, a counter, two plants, a floor. */
function drawBooth(ctx: SKRSContext2D): void {
  ctx.fillStyle = '#eef2f6';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#c9d3dd';
  ctx.fillRect(0, 560, W, 160);
  ctx.fillStyle = '#1c5d99';
  ctx.fillRect(120, 80, 1040, 420);
  ctx.fillStyle = '#174e80';
  ctx.fillRect(120, 80, 1040, 56);
  // The big screen with a slide on it.
  ctx.fillStyle = '#0f1d2b';
  ctx.fillRect(400, 170, 480, 280);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(412, 182, 456, 256);
  ctx.fillStyle = '#1c5d99';
  ctx.fillRect(412, 182, 456, 60);
  ctx.fillStyle = '#9aa5b1';
  for (let row = 0; row < 4; row += 1) ctx.fillRect(440, 270 + row * 36, 260 - row * 40, 14);
  ctx.fillStyle = '#e07b00';
  ctx.fillRect(740, 270, 100, 140);
  // Side panels with light strips.
  ctx.fillStyle = '#ffffff';
  for (const x of [180, 1040]) {
    for (let row = 0; row < 5; row += 1) ctx.fillRect(x, 180 + row * 60, 60, 10);
  }
  // The counter.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(470, 470, 340, 130);
  ctx.fillStyle = '#1c5d99';
  ctx.fillRect(470, 470, 340, 18);
  ctx.fillStyle = '#e07b00';
  ctx.fillRect(600, 520, 80, 40);
  // Plants.
  for (const x of [260, 1000]) {
    ctx.fillStyle = '#6b4f3a';
    ctx.fillRect(x - 30, 520, 60, 70);
    ctx.fillStyle = '#2e8b57';
    ctx.beginPath();
    ctx.arc(x, 470, 62, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#3fa36b';
    ctx.beginPath();
    ctx.arc(x - 24, 440, 34, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** The data centre: an aisle of racks in perspective, status lights, cable trays. */
function drawDataCentre(ctx: SKRSContext2D): void {
  ctx.fillStyle = '#0f1d2b';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#1b2b3c';
  ctx.beginPath();
  ctx.moveTo(0, H);
  ctx.lineTo(W, H);
  ctx.lineTo(760, 420);
  ctx.lineTo(520, 420);
  ctx.closePath();
  ctx.fill();
  // Cable trays above the aisle.
  ctx.strokeStyle = '#e07b00';
  ctx.lineWidth = 6;
  for (const [x1, x2] of [
    [0, 520],
    [W, 760],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(x1, 40);
    ctx.lineTo(x2, 250);
    ctx.stroke();
  }
  // Racks on both sides, smaller towards the back; the front ones drawn last, over them.
  const racks = 6;
  for (let i = racks - 1; i >= 0; i -= 1) {
    const scale = 1 - i * 0.13;
    const height = 520 * scale;
    const width = 150 * scale;
    const top = 420 - height * 0.62;
    for (const side of [-1, 1]) {
      const x =
        side < 0
          ? 640 - 140 - (racks - i) * 72 * scale
          : 640 + 140 + (racks - i) * 72 * scale - width;
      ctx.fillStyle = i % 2 === 0 ? '#24364a' : '#2b4058';
      ctx.fillRect(x, top, width, height);
      ctx.fillStyle = '#101a25';
      ctx.fillRect(x + 8 * scale, top + 10 * scale, width - 16 * scale, height - 20 * scale);
      for (let unit = 0; unit < 14; unit += 1) {
        const y = top + 22 * scale + (unit * (height - 44 * scale)) / 14;
        ctx.fillStyle = '#33495f';
        ctx.fillRect(x + 14 * scale, y, width - 28 * scale, 12 * scale);
        ctx.fillStyle = (unit + i) % 5 === 0 ? '#e07b00' : '#3fd18b';
        ctx.fillRect(x + 20 * scale, y + 3 * scale, 6 * scale, 6 * scale);
        ctx.fillStyle = '#4f9be0';
        ctx.fillRect(x + 32 * scale, y + 3 * scale, 6 * scale, 6 * scale);
      }
    }
  }
  // Light at the end of the aisle.
  ctx.fillStyle = '#c6d9ec';
  ctx.fillRect(600, 330, 80, 90);
}

const PICTURES: Record<string, { name: string; draw: (ctx: SKRSContext2D) => void }> = {
  messestand: { name: 'messestand-it-sa.png', draw: drawBooth },
  rechenzentrum: { name: 'rechenzentrum-hamburg.png', draw: drawDataCentre },
};

async function picture(key: string): Promise<{ bytes: Uint8Array; blob: Blob; name: string }> {
  const source = PICTURES[key] ?? fail(`unknown picture ${key}`);
  const canvas = createCanvas(W, H);
  source.draw(canvas.getContext('2d'));
  const bytes = new Uint8Array(canvas.toBuffer('image/png'));
  const sha256 = await sha256Hex(bytes);
  return {
    bytes,
    name: source.name,
    blob: { sha256, type: 'image/png', data: Buffer.from(bytes).toString('base64') },
  };
}

/** A moment `minutes` before an ISO timestamp. */
const minutesBefore = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) - minutes * 60_000).toISOString();

/** The fair deck entry of the workspace file and the PNG blobs its slides name. */
export async function buildPresentations({
  deck,
  slides,
  leads,
  staff,
  clients,
  company,
  skus,
  asOf,
}: BuildPresentationsArgs): Promise<{ decks: unknown[]; blobs: Blob[] }> {
  const pictures = new Map<string, Awaited<ReturnType<typeof picture>>>();
  for (const key of new Set(slides.flatMap((slide) => (slide.media ? [slide.media] : [])))) {
    pictures.set(key, await picture(key));
  }
  const builtSlides = slides.map(({ media, ...slide }) => {
    if (media === undefined) return slide;
    const drawn = pictures.get(media) ?? fail(`no picture ${media}`);
    return {
      ...slide,
      mediaSha256: drawn.blob.sha256,
      mediaType: 'image/png',
      mediaName: drawn.name,
      mediaSize: drawn.bytes.byteLength,
    };
  });
  const shownDeck = { ...deck, id: 'demo-deck' };
  const noticeText = noticeFor(shownDeck, company);
  const newsletterText = newsletterTextFor(shownDeck, company);
  const builtLeads = [];
  for (const lead of leads) {
    const { contactOf, interests, categories, staff: staffName, newsletter, ...fields } = lead;
    let email = lead.email ?? '';
    if (contactOf) {
      const [clientName, lastName] = contactOf;
      const contact = clients
        .find((client) => client.name === clientName)
        ?.contacts.find((candidate) => candidate.lastName === lastName);
      email = contact?.email ?? fail(`no contact ${lastName} at ${clientName}`);
    }
    if (!staff.includes(staffName)) fail(`${lead.lastName}: unknown staff ${staffName}`);
    for (const sku of interests)
      if (!skus.includes(sku)) fail(`${lead.lastName}: unknown sku ${sku}`);
    if (lead.capturedAt.slice(0, 10) > asOf) fail(`${lead.lastName}: captured after ${asOf}`);
    const followUpDate = lead.followUpDate ?? defaultFollowUpDate(lead.capturedAt);
    const form = {
      firstName: fields.firstName,
      lastName: fields.lastName,
      company: fields.company,
      email,
      phone: fields.phone,
      interestItemIds: interests,
      interestCategories: categories,
      note: fields.note,
      rating: fields.rating,
      followUpDate,
    };
    const check = checkLeadForm(form, { noticeShown: true, newsletterOptIn: newsletter });
    if (!check.ok) fail(`${lead.lastName}: ${JSON.stringify(check.errors)}`);
    const consent = await buildConsent({
      leadId: 'demo-lead',
      deck: shownDeck,
      language: deck.language,
      noticeText,
      // The notice was on screen while the visitor's details were typed.
      noticeShownAt: minutesBefore(lead.capturedAt, 4),
      capturedAt: lead.capturedAt,
      staffId: '',
      staffName,
      newsletterOptIn: newsletter,
      newsletterText,
    });
    const evidence: Partial<typeof consent> = { ...consent };
    // The import gives the lead and the deck their ids.
    delete evidence.leadId;
    delete evidence.deckId;
    builtLeads.push({
      firstName: form.firstName,
      lastName: form.lastName,
      company: form.company,
      email: form.email,
      phone: form.phone,
      interestCategories: form.interestCategories,
      note: form.note,
      rating: form.rating,
      followUpDate: form.followUpDate,
      interests,
      capturedAt: lead.capturedAt,
      capturedByName: staffName,
      status: 'new',
      consent: evidence,
    });
  }
  return {
    decks: [{ ...deck, slides: builtSlides, leads: builtLeads }],
    blobs: [...pictures.values()].map((drawn) => drawn.blob),
  };
}
