import { z } from 'zod';
import type { Language, OfferInput } from '#shared/domain';
import { languageSchema } from '#shared/domain';
import { leadConsentInputSchema, leadInputSchema } from '#shared/domain/presentations';
import type { Lead, LeadConsent, LeadStatus } from '#shared/domain/presentations';
import { newId } from '#shared/ids';
import { lineFromCatalogItem, reverseChargeApplies } from '#shared/offers/pricing';
import { addDays, localDate } from '#shared/offers/status';
import {
  buildConsent,
  checkLeadForm,
  findLeadDuplicates,
  leadConversion,
} from '#shared/presentations';
import type { LeadDuplicate, LeadForm } from '#shared/presentations';
import { hlcTime } from '#shared/sync/hlc';
import type { ActivitiesRepository } from '../clients/activities.repository';
import type { ClientsRepository } from '../clients/clients.repository';
import type { ContactsRepository } from '../clients/contacts.repository';
import type { QuotientDb, SyncedRow } from '../core/database';
import { RowNotFoundError, ValidationError, parseInput } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import type { LocalRepository } from '../core/local.repository';
import { commit, definedOnly, loadRow, patchRow, queueNew, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import type { OfferLinesRepository } from '../offers/offer-lines.repository';
import { readOfferSettings } from '../offers/offer-settings.repository';
import type { OffersRepository } from '../offers/offers.repository';
import type { OpportunitiesRepository } from '../pipeline/opportunities.repository';
import { readCompany } from './sources';

/** What capture takes: the form as entered and what the visitor was shown. */
export type LeadCaptureInput = {
  deckId: string;
  form: LeadForm;
  /** The privacy notice exactly as shown. */
  noticeText: string;
  /** When it was shown (ISO timestamp); null when it was not (the lead is refused). */
  noticeShownAt: string | null;
  newsletterOptIn: boolean;
  /** The opt-in's label as shown. */
  newsletterText: string;
  /** The language the notice was shown in. */
  language: Language;
};

/** What update may change: the form's fields (never the consent, the status or the ids). */
export type LeadPatch = Partial<LeadForm>;

/** Where a conversion goes: an existing client (and contact of it), or new ones when left out. */
export type LeadConvertTarget = { clientId?: string; contactId?: string };

export type LeadConversionResult = {
  clientId: string;
  contactId: string;
  opportunityId: string;
  activityId: string;
};

export type LeadFilter = { deckId?: string; status?: LeadStatus };

export type LeadsRepository = {
  /**
   * Saves a visitor: checkLeadForm first (ValidationError carrying every field's message), then
   * one write stores the lead (status 'new', the deck's fair, captured now by the current user)
   * and its consent record (buildConsent). Nothing is written when anything is refused.
   */
  capture(input: LeadCaptureInput): Promise<Lead>;
  /** Changes the form's fields (checked as on capture, the newsletter as consented). */
  update(id: string, patch: LeadPatch): Promise<Lead>;
  /** Status 'discarded' and into the Papierkorb. */
  discard(id: string): Promise<void>;
  /** Back from the Papierkorb: 'converted' when it was converted, else 'new'. */
  restore(id: string): Promise<void>;
  /** The trash's name for discard. */
  remove(id: string): Promise<void>;
  /** Any lead, discarded ones included. */
  get(id: string): Promise<Lead | undefined>;
  /**
   * Leads newest first; discarded ones only when `status` is 'discarded'; `deckId` narrows to
   * one deck.
   */
  list(filter?: LeadFilter): Promise<Lead[]>;
  /** Existing clients and contacts the lead may be (findLeadDuplicates), best first. */
  duplicates(leadId: string): Promise<LeadDuplicate[]>;
  /**
   * Client (new, or `target.clientId`), contact (new, or `target.contactId`), opportunity and
   * the "Messe" activity with the follow-up due, written through their repositories in one
   * transaction with the lead's new status 'converted' and the ids: all or nothing. A converted
   * lead refuses a second conversion (ValidationError 'leads.validation.alreadyConverted').
   */
  convert(leadId: string, target?: LeadConvertTarget): Promise<LeadConversionResult>;
  /**
   * A draft offer for the converted lead's client, through the offers repository as "new offer"
   * does, with one line per interest catalog item (deleted items left out), linked to the lead's
   * opportunity and contact; its id is kept on the lead (one transaction). A lead whose draft
   * offer still exists gets that one's id back. ValidationError 'leads.validation.notConverted'
   * before a conversion.
   */
  createDraftOffer(leadId: string): Promise<string>;
  /** The lead's consent record; undefined when there is none (yet: still syncing). */
  consentFor(leadId: string): Promise<LeadConsent | undefined>;
};

/** The repositories a conversion and a draft offer write through. */
export type LeadWriteTargets = {
  clients: ClientsRepository;
  contacts: ContactsRepository;
  opportunities: OpportunitiesRepository;
  activities: ActivitiesRepository;
  offers: OffersRepository;
  offerLines: OfferLinesRepository;
  local: LocalRepository;
};

const issue = (path: PropertyKey[], message: string, input?: unknown): ValidationIssue =>
  ({ code: 'custom', path, message, input }) as ValidationIssue;
const invalid = (path: PropertyKey[], message: string, input?: unknown) =>
  new ValidationError([issue(path, message, input)]);

const FORM_FIELDS = [
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'interestItemIds',
  'interestCategories',
  'note',
  'rating',
  'followUpDate',
] as const satisfies readonly (keyof LeadForm)[];

export const LEAD_MESSAGES = {
  alreadyConverted: 'leads.validation.alreadyConverted',
  notConverted: 'leads.validation.notConverted',
  noticeNotShown: 'leads.validation.noticeNotShown',
} as const;

const captureSchema = z.object({
  deckId: z.string().min(1).max(64),
  noticeText: z.string(),
  noticeShownAt: z.string().min(1).max(40).nullable(),
  newsletterOptIn: z.boolean(),
  newsletterText: z.string(),
  language: languageSchema,
});
const targetSchema = z.object({
  clientId: z.string().max(64).optional(),
  contactId: z.string().max(64).optional(),
});

/** The form's fields of a lead (or of anything carrying them). */
const formOf = (source: LeadForm): LeadForm => ({
  firstName: source.firstName,
  lastName: source.lastName,
  company: source.company,
  email: source.email,
  phone: source.phone,
  // Copies; anything but a list is left for checkLeadForm to refuse.
  interestItemIds: Array.isArray(source.interestItemIds)
    ? [...source.interestItemIds]
    : source.interestItemIds,
  interestCategories: Array.isArray(source.interestCategories)
    ? [...source.interestCategories]
    : source.interestCategories,
  note: source.note,
  rating: source.rating,
  followUpDate: source.followUpDate,
});

/** Throws ValidationError with every field's message unless the form passes checkLeadForm. */
function requireFormOk(
  form: LeadForm,
  options: { noticeShown: boolean; newsletterOptIn: boolean },
) {
  const check = checkLeadForm(form, options);
  if (!check.ok) {
    throw new ValidationError(
      Object.entries(check.errors).map(([field, message]) =>
        issue([field], message as string, (form as Record<string, unknown>)[field]),
      ),
    );
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest capture first, then id. */
const newestFirst = (a: Lead, b: Lead): number =>
  a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : a.id < b.id ? 1 : -1;

/** Everything a conversion writes (the tables the repositories' writes open, and the lead). */
const CONVERT_TABLES: string[] = [
  'clients',
  'contacts',
  'opportunities',
  'activities',
  'leads',
  'decks',
  'catalogItems',
  'outbox',
  'syncState',
];
/** Everything a draft offer writes: the offers repository's create and lines, and the lead. */
const OFFER_TABLES: string[] = [
  'offers',
  'offerSections',
  'offerLines',
  'offerChapters',
  'clients',
  'contacts',
  'opportunities',
  'settings',
  'local',
  'catalogItems',
  'roles',
  'leads',
  'outbox',
  'syncState',
];

async function loadLiveLead(db: QuotientDb, id: string): Promise<SyncedRow['leads']> {
  const lead = await loadRow(db, 'leads', id);
  if (lead.deleted) throw new RowNotFoundError('leads', id);
  return lead;
}

/** The leads repository; conversions and draft offers write through `targets`. */
export function createLeadsRepository(
  ctx: WriteContext,
  targets: LeadWriteTargets,
): LeadsRepository {
  const { db } = ctx;
  const now = () => hlcTime(ctx.clock.tick());

  /** Throws ValidationError at interestItemIds unless each names a catalog item this device has. */
  const requireItems = async (ids: readonly string[]) => {
    const rows = await db.catalogItems.bulkGet([...ids]);
    const missing = ids.find((_id, at) => !rows[at]);
    if (missing !== undefined) throw invalid(['interestItemIds'], 'validation.choice', missing);
  };

  const consentFor = async (leadId: string): Promise<LeadConsent | undefined> => {
    const rows = await db.leadConsents.where('leadId').equals(leadId).toArray();
    // One per lead; should two devices ever both write one, the first captured is the evidence.
    const [row] = rows
      .filter((consent) => !consent.deleted)
      .sort((a, b) => compareText(a.capturedAt, b.capturedAt) || compareText(a.id, b.id));
    return row && (toEntity(row) as LeadConsent);
  };

  const setDiscarded = (id: string, discarded: boolean) =>
    commit(ctx, ['leads'], async (batch, stamp) => {
      const existing = await loadRow(db, 'leads', id);
      const status: LeadStatus = discarded
        ? 'discarded'
        : existing.clientId !== ''
          ? 'converted'
          : 'new';
      batch.put(
        'leads',
        patchRow({ table: 'leads', existing, next: { deleted: discarded, status }, stamp }),
      );
    });

  return {
    async capture(input) {
      const { form: rawForm, ...rest } = input ?? ({} as LeadCaptureInput);
      const meta = parseInput(captureSchema, rest);
      if (typeof rawForm !== 'object' || rawForm === null)
        throw invalid(['form'], 'validation.required', rawForm);
      const form = formOf(rawForm);
      requireFormOk(form, {
        noticeShown: meta.noticeShownAt !== null,
        newsletterOptIn: meta.newsletterOptIn,
      });
      if (meta.noticeShownAt === null || meta.noticeText.trim() === '')
        throw invalid(['notice'], LEAD_MESSAGES.noticeNotShown, meta.noticeShownAt);
      const deck = await db.decks.get(meta.deckId);
      if (!deck || deck.deleted) throw new RowNotFoundError('decks', meta.deckId);
      await requireItems(form.interestItemIds);
      const profile = await targets.local.getProfile();
      const staffId = profile?.initials ?? '';
      const staffName = ctx.author();
      const capturedAt = now();
      const leadId = newId();
      const fields = parseInput(leadInputSchema, {
        deckId: deck.id,
        fairName: deck.fairName,
        ...form,
        capturedAt,
        capturedBy: staffId,
        capturedByName: staffName,
        status: 'new',
        clientId: '',
        contactId: '',
        opportunityId: '',
        activityId: '',
        offerId: '',
        convertedAt: '',
      });
      // Hashing is asynchronous: done before the write, whose transaction must not wait on it.
      const consent = parseInput(
        leadConsentInputSchema,
        await buildConsent({
          leadId,
          deck,
          language: meta.language,
          noticeText: meta.noticeText,
          noticeShownAt: meta.noticeShownAt,
          capturedAt,
          staffId,
          staffName,
          newsletterOptIn: meta.newsletterOptIn,
          newsletterText: meta.newsletterText,
        }),
        ['consent'],
      );
      return commit(ctx, ['decks', 'leads', 'leadConsents'], async (batch, stamp) => {
        const current = await db.decks.get(deck.id);
        if (!current || current.deleted) throw new RowNotFoundError('decks', deck.id);
        const lead = queueNew({ batch, stamp, table: 'leads', fields, id: leadId });
        queueNew({ batch, stamp, table: 'leadConsents', fields: consent });
        return lead as Lead;
      });
    },

    async update(id, patch) {
      const changes = definedOnly((patch ?? {}) as Partial<LeadForm>);
      const consent = await consentFor(id);
      return commit(ctx, ['leads', 'catalogItems'], async (batch, stamp) => {
        const existing = await loadLiveLead(db, id);
        const form = formOf({ ...formOf(existing), ...pick(changes) });
        requireFormOk(form, {
          noticeShown: true,
          newsletterOptIn: consent?.newsletterOptIn ?? false,
        });
        const added = form.interestItemIds.filter(
          (item) => !existing.interestItemIds.includes(item),
        );
        await requireItems(added);
        const next = parseInput(leadInputSchema, { ...existing, ...form });
        const written = patchRow({ table: 'leads', existing, next: formOf(next), stamp });
        batch.put('leads', written);
        return toEntity(written?.row ?? existing) as Lead;
      });
    },

    discard: (id) => setDiscarded(id, true),
    restore: (id) => setDiscarded(id, false),
    remove: (id) => setDiscarded(id, true),

    async get(id) {
      const row = await db.leads.get(id);
      return row && (toEntity(row) as Lead);
    },

    async list(filter = {}) {
      const { deckId, status } = filter;
      const rows =
        deckId !== undefined
          ? await db.leads.where('deckId').equals(deckId).toArray()
          : await db.leads.toArray();
      return rows
        .filter((row) =>
          status === undefined
            ? !row.deleted
            : row.status === status && row.deleted === (status === 'discarded'),
        )
        .map((row) => toEntity(row) as Lead)
        .sort(newestFirst);
    },

    async duplicates(leadId) {
      const lead = await loadRow(db, 'leads', leadId);
      const [clients, contacts] = await Promise.all([
        targets.clients.list(),
        targets.contacts.listAll(),
      ]);
      return findLeadDuplicates(lead, clients, contacts);
    },

    async convert(leadId, target = {}) {
      const { clientId: existingClientId = '', contactId: existingContactId = '' } = parseInput(
        targetSchema,
        target,
      );
      if (existingContactId !== '' && existingClientId === '')
        throw invalid(['contactId'], 'validation.invalid', existingContactId);
      const convertedAt = now();
      const today = localDate(convertedAt);
      const uiLanguage = (await targets.local.getLanguage()) ?? 'de';
      const consent = await consentFor(leadId);
      return db.transaction('rw', CONVERT_TABLES, async () => {
        const lead = toEntity(await loadLiveLead(db, leadId)) as Lead;
        if (lead.status === 'converted' || lead.clientId !== '')
          throw invalid(['status'], LEAD_MESSAGES.alreadyConverted, lead.status);
        if (existingClientId !== '') {
          const client = await db.clients.get(existingClientId);
          if (!client || client.deleted)
            throw invalid(['clientId'], 'validation.choice', existingClientId);
        }
        const deck = lead.deckId === '' ? undefined : await db.decks.get(lead.deckId);
        const items = await db.catalogItems.bulkGet([...lead.interestItemIds]);
        const catalogItems = new Map(
          items
            .filter((item) => item !== undefined && !item.deleted)
            .map((item) => [item!.id, toEntity(item!)] as const),
        );
        // The visitor's language (the notice's) names the new client's documents and the texts.
        const language = consent?.language ?? deck?.language ?? uiLanguage;
        const plan = leadConversion(lead, {
          deckTitle: deck?.title ?? '',
          fairName: lead.fairName,
          today,
          existingClientId,
          existingContactId,
          catalogItems,
          language,
        });
        // Each step is the repository's own write (validation, references, positions, one
        // primary contact), nested in this transaction: a refusal anywhere rolls back them all.
        const clientId = plan.client
          ? (await targets.clients.create(plan.client)).id
          : existingClientId;
        const contactId = plan.contact
          ? (await targets.contacts.create({ ...plan.contact, clientId })).id
          : existingContactId;
        const opportunity = await targets.opportunities.create({ ...plan.opportunity, clientId });
        const activity = await targets.activities.create({ ...plan.activity, clientId, contactId });
        const result = {
          clientId,
          contactId,
          opportunityId: opportunity.id,
          activityId: activity.id,
        };
        await commit(ctx, ['leads'], async (batch, stamp) => {
          const existing = await loadLiveLead(db, leadId);
          const next = { ...result, status: 'converted' as const, convertedAt };
          batch.put('leads', patchRow({ table: 'leads', existing, next, stamp }));
        });
        return result;
      });
    },

    async createDraftOffer(leadId) {
      const language = (await targets.local.getLanguage()) ?? 'de';
      const today = localDate(now());
      return db.transaction('rw', OFFER_TABLES, async () => {
        const lead = await loadLiveLead(db, leadId);
        if (lead.status !== 'converted' || lead.clientId === '')
          throw invalid(['status'], LEAD_MESSAGES.notConverted, lead.status);
        if (lead.offerId !== '') {
          const offer = await db.offers.get(lead.offerId);
          if (offer && !offer.deleted) return offer.id;
        }
        const client = await db.clients.get(lead.clientId);
        if (!client || client.deleted) throw new RowNotFoundError('clients', lead.clientId);
        const settings = await readOfferSettings(db);
        const company = await readCompany(db);
        const opportunity =
          lead.opportunityId === '' ? undefined : await db.opportunities.get(lead.opportunityId);
        const liveOpportunity =
          opportunity && !opportunity.deleted && opportunity.clientId === client.id
            ? opportunity
            : undefined;
        const contact = lead.contactId === '' ? undefined : await db.contacts.get(lead.contactId);
        const contactId =
          contact && !contact.deleted && contact.clientId === client.id ? contact.id : '';
        const currency = client.currency;
        // As "new offer" makes one (modules/offers/offer-defaults.ts): the client's currency
        // and language, the settings' validity, payment terms and term.
        const input: OfferInput = {
          clientId: client.id,
          opportunityId: liveOpportunity?.id ?? '',
          contactId,
          title: liveOpportunity?.title ?? draftTitle(language, lead),
          date: today,
          validUntil: addDays(today, settings.defaultValidityDays),
          currency,
          exchangeRate: currency === 'EUR' ? '' : (settings.exchangeRates[currency] ?? ''),
          language: client.language,
          paymentTermsDays: settings.defaultPaymentTermsDays,
          cashDiscountPct: '',
          cashDiscountDays: 0,
          termMonths: settings.defaultTermMonths,
          discountPct: '',
          reverseCharge: reverseChargeApplies({
            clientCountry: client.country,
            clientVatId: client.vatId,
            companyCountry: company.country,
          }),
          customerView: false,
          notes: '',
        };
        const offer = await targets.offers.create(input);
        const [section] = await db.offerSections.where('offerId').equals(offer.id).toArray();
        const items = await db.catalogItems.bulkGet([...lead.interestItemIds]);
        const live = items
          .filter((item) => item !== undefined && !item.deleted)
          .map((item) => item!);
        const roles = await db.roles.bulkGet(
          live.map((item) => item.roleId).filter((id) => id !== ''),
        );
        const roleOf = new Map(
          roles.filter((role) => role !== undefined).map((role) => [role!.id, toEntity(role!)]),
        );
        if (section && live.length > 0) {
          await targets.offerLines.addMany(
            live.map((item) => ({
              ...lineFromCatalogItem({
                item: toEntity(item),
                offer,
                role: item.roleId === '' ? undefined : roleOf.get(item.roleId),
                rates: settings.exchangeRates,
              }),
              offerId: offer.id,
              sectionId: section.id,
            })),
          );
        }
        await commit(ctx, ['leads'], async (batch, stamp) => {
          const existing = await loadLiveLead(db, leadId);
          batch.put(
            'leads',
            patchRow({ table: 'leads', existing, next: { offerId: offer.id }, stamp }),
          );
        });
        return offer.id;
      });
    },

    consentFor,
  };
}

/** Only the form's fields of a patch. */
function pick(patch: Partial<LeadForm>): Partial<LeadForm> {
  return Object.fromEntries(
    FORM_FIELDS.filter((field) => patch[field] !== undefined).map((field) => [field, patch[field]]),
  ) as Partial<LeadForm>;
}

/** A draft offer's title when the lead has no live opportunity. */
function draftTitle(language: Language, lead: Pick<Lead, 'company' | 'lastName'>): string {
  const who = lead.company.trim() || lead.lastName.trim();
  return (
    language === 'en' ? `Offer after the fair: ${who}` : `Angebot nach der Messe: ${who}`
  ).slice(0, 200);
}
