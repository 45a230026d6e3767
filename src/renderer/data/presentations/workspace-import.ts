import { z } from 'zod';
import { generateNKeysBetween } from 'fractional-indexing';
import {
  deckInputSchema,
  emptyDeck,
  emptySlide,
  leadConsentInputSchema,
  leadInputSchema,
  slideInputSchema,
  slideKinds,
} from '#shared/domain/presentations';
import type {
  DeckInput,
  LeadConsentInput,
  LeadInput,
  SlideInput,
} from '#shared/domain/presentations';
import { sha256Hex } from '#shared/hash';
import { newId } from '#shared/ids';
import type { SyncedRow } from '../core/database';
import type { ValidationIssue } from '../core/errors';
import { newRow } from '../core/write';
import type { Stamp, WriteBatch } from '../core/write';
import type { CompetitorKeys } from '../analyses/workspace-import';

/**
 * The fair part of a workspace file (resources/demo/workspace.de.json, built by
 * scripts/demo/presentations-build.ts): `decks`, each with its deck fields, its `slides` in order
 * and the `leads` captured with it. A slide names what it shows by `sku` (catalog item), `bundle`
 * (bundle name), `client` (client name), `analysis` (analysis title) and `competitors`
 * (competitor keys); its picture by `mediaSha256`, one of the file's `blobs` (stored with the
 * contracts' blobs). A lead names its interests by `sku` and carries its `consent` record, whose
 * notice hash must be the SHA-256 of its notice text. Everything is validated against the domain
 * schemas; every problem is an issue and nothing is written.
 */
export const presentationsSectionShape = {
  decks: z
    .array(
      z.looseObject({
        slides: z.array(z.looseObject({ kind: z.enum(slideKinds) })).default([]),
        leads: z.array(z.looseObject({ consent: z.unknown() })).default([]),
      }),
    )
    .default([]),
};

type Parse = <S extends z.ZodType>(schema: S, input: unknown, path: PropertyKey[]) => z.output<S>;

/** Names → ids of the rows the same import writes. */
export type PresentationsImportContext = {
  itemIds: ReadonlyMap<string, string>;
  /** Bundle names → ids (a name used twice maps to undefined: ambiguous). */
  bundleIds: ReadonlyMap<string, string | undefined>;
  clientIds: ReadonlyMap<string, string>;
  /** Analysis titles → ids (a title used twice maps to undefined). */
  analysisIds: ReadonlyMap<string, string | undefined>;
  competitors: CompetitorKeys;
};

export type ParsedPresentationsSection = {
  decks: {
    id: string;
    fields: DeckInput;
    slides: { id: string; path: PropertyKey[]; fields: SlideInput }[];
    leads: {
      id: string;
      path: PropertyKey[];
      fields: LeadInput;
      consent: LeadConsentInput;
    }[];
  }[];
};

const issue = (path: PropertyKey[], message: string, input?: unknown): ValidationIssue =>
  ({ code: 'custom', path, message, input }) as ValidationIssue;

/** Validates the section and resolves its names (synchronous; the hashes: checkPresentationsSection). */
export function parsePresentationsSection(
  decks: z.output<typeof presentationsSectionShape.decks>,
  context: PresentationsImportContext,
  parse: Parse,
  issues: ValidationIssue[],
): ParsedPresentationsSection {
  const reference = (
    map: ReadonlyMap<string, string | undefined>,
    what: string,
    value: unknown,
    path: PropertyKey[],
  ): string => {
    if (value === undefined || value === '') return '';
    const id = typeof value === 'string' ? map.get(value) : undefined;
    if (id === undefined) issues.push(issue(path, `unknown ${what} ${String(value)}`, value));
    return id ?? '';
  };
  return {
    decks: decks.map(({ slides, leads, ...deck }, d) => {
      const deckPath = ['decks', d];
      const deckId = newId();
      const fields = parse(
        deckInputSchema,
        { ...emptyDeck(deck.language === 'en' ? 'en' : 'de'), ...deck },
        deckPath,
      );
      const positions = generateNKeysBetween(null, null, slides.length);
      const parsedSlides = slides.map((slide, s) => {
        const path = [...deckPath, 'slides', s];
        const { sku, bundle, client, analysis, competitors, ...rest } = slide as Record<
          string,
          unknown
        > & { kind: SlideInput['kind'] };
        const competitorIds = Array.isArray(competitors)
          ? competitors.map((key: unknown, c) =>
              context.competitors.resolve(key, [...path, 'competitors', c], issues),
            )
          : [];
        // An unknown name is its own issue; the id list does not fail a second time.
        return {
          id: newId(),
          path,
          fields: parse(
            slideInputSchema,
            {
              ...emptySlide(deckId, rest.kind, positions[s] as string),
              ...rest,
              deckId,
              position: positions[s],
              catalogItemId: reference(context.itemIds, 'sku', sku, [...path, 'sku']),
              bundleId: reference(context.bundleIds, 'bundle', bundle, [...path, 'bundle']),
              clientId: reference(context.clientIds, 'client', client, [...path, 'client']),
              analysisId: reference(context.analysisIds, 'analysis', analysis, [
                ...path,
                'analysis',
              ]),
              competitorIds: competitorIds.filter((id) => id !== ''),
            },
            path,
          ),
        };
      });
      const parsedLeads = leads.map((lead, l) => {
        const path = [...deckPath, 'leads', l];
        const { consent, interests, ...rest } = lead as Record<string, unknown>;
        const leadId = newId();
        const interestItemIds = Array.isArray(interests)
          ? interests.map((sku: unknown, i) =>
              reference(context.itemIds, 'sku', sku, [...path, 'interests', i]),
            )
          : [];
        const row = parse(
          leadInputSchema,
          {
            deckId,
            fairName: fields?.fairName ?? '',
            interestCategories: [],
            capturedBy: '',
            capturedByName: '',
            status: 'new',
            clientId: '',
            contactId: '',
            opportunityId: '',
            activityId: '',
            offerId: '',
            convertedAt: '',
            ...rest,
            interestItemIds: interestItemIds.filter((id) => id !== ''),
          },
          path,
        );
        const evidence = parse(leadConsentInputSchema, { ...(consent as object), leadId, deckId }, [
          ...path,
          'consent',
        ]);
        if (row && evidence) {
          if (evidence.capturedAt !== row.capturedAt)
            issues.push(issue([...path, 'consent', 'capturedAt'], 'differs from the lead’s'));
          const optedIn = evidence.newsletterText !== '' && evidence.newsletterOptInAt !== '';
          if (evidence.newsletterOptIn !== optedIn)
            issues.push(
              issue(
                [...path, 'consent', 'newsletterOptIn'],
                'an opt-in has its text and time, and only an opt-in',
              ),
            );
          if (evidence.newsletterOptIn && row.email === '')
            issues.push(issue([...path, 'email'], 'leads.validation.newsletterEmail'));
        }
        return { id: leadId, path, fields: row, consent: evidence };
      });
      return { id: deckId, fields, slides: parsedSlides, leads: parsedLeads };
    }),
  };
}

/**
 * The checks that need the file's blobs and Web Crypto: a slide's picture is one of the blobs
 * (its type and size as the slide says), and a consent record's hash is the SHA-256 of its
 * notice text.
 */
export async function checkPresentationsSection(
  section: ParsedPresentationsSection,
  blobs: readonly { sha256: string; type: string; data: Uint8Array }[],
  issues: ValidationIssue[],
): Promise<void> {
  const byHash = new Map(blobs.map((blob) => [blob.sha256, blob]));
  for (const deck of section.decks) {
    for (const { path, fields } of deck.slides) {
      if (!fields || fields.mediaSha256 === '') continue;
      const blob = byHash.get(fields.mediaSha256);
      if (!blob)
        issues.push(issue([...path, 'mediaSha256'], 'no blob of the file has this SHA-256'));
      else if (blob.type !== fields.mediaType || blob.data.byteLength !== fields.mediaSize)
        issues.push(issue([...path, 'mediaSize'], 'differs from the blob’s type or size'));
    }
    for (const { path, consent } of deck.leads) {
      if (consent && (await sha256Hex(consent.noticeText)) !== consent.noticeSha256)
        issues.push(
          issue([...path, 'consent', 'noticeSha256'], 'is not the SHA-256 of the notice text'),
        );
    }
  }
}

/** Queues the section's rows in the import's write; gives the counts written. */
export function queuePresentationsSection(
  batch: WriteBatch,
  stamp: Stamp,
  section: ParsedPresentationsSection,
): { decks: number; slides: number; leads: number } {
  const counts = { decks: 0, slides: 0, leads: 0 };
  for (const deck of section.decks) {
    batch.add(
      'decks',
      newRow<SyncedRow['decks']>({ table: 'decks', fields: deck.fields, stamp, id: deck.id }),
    );
    for (const { id, fields } of deck.slides) {
      batch.add('slides', newRow<SyncedRow['slides']>({ table: 'slides', fields, stamp, id }));
    }
    for (const { id, fields, consent } of deck.leads) {
      batch.add('leads', newRow<SyncedRow['leads']>({ table: 'leads', fields, stamp, id }));
      batch.add(
        'leadConsents',
        newRow<SyncedRow['leadConsents']>({ table: 'leadConsents', fields: consent, stamp }),
      );
    }
    counts.decks += 1;
    counts.slides += deck.slides.length;
    counts.leads += deck.leads.length;
  }
  return counts;
}

/** The tables the section writes. */
export const PRESENTATIONS_SECTION_TABLES = ['decks', 'slides', 'leads', 'leadConsents'] as const;
