import { z } from 'zod';
import {
  SELF_ID,
  analysisInputSchema,
  battlecardInputSchema,
  competitorInputSchema,
  emptyBattlecardInput,
  emptyCompetitorInput,
  priceObservationInputSchema,
} from '#shared/domain/analyses';
import type {
  AnalysisInput,
  BattlecardInput,
  CompetitorInput,
  PriceObservationInput,
} from '#shared/domain/analyses';
import { newId } from '#shared/ids';
import type { SyncedRow } from '../core/database';
import type { ValidationIssue } from '../core/errors';
import { newRow } from '../core/write';
import type { Stamp, WriteBatch } from '../core/write';

/**
 * The market and competitor part of a workspace file (resources/demo/workspace.de.json):
 * competitors named by a `key` that everything else refers to, each with an optional
 * battlecard; price observations naming their `competitor` by key, their catalog item by `sku`
 * (or a `category`) and a lost opportunity by its title; analyses naming competitors by key
 * (participants, score rows, positions; `self` is the own company), catalog items by sku
 * (portfolio) and their client by name and opportunity by title. Opportunities name their
 * competitors in play, the incumbent and the one they were lost to by key as well.
 */
export const analysesSectionShape = {
  competitors: z
    .array(z.looseObject({ key: z.string().min(1), battlecard: z.unknown().optional() }))
    .default([]),
  priceObservations: z.array(z.looseObject({ competitor: z.string() })).default([]),
  analyses: z.array(z.looseObject({})).default([]),
};

type Parse = <S extends z.ZodType>(schema: S, input: unknown, path: PropertyKey[]) => z.output<S>;

/** What the section resolves against: the rows the same import writes, with their ids. */
export type AnalysesImportContext = {
  clientIds: ReadonlyMap<string, string>;
  /** Opportunity titles → ids (a title used twice maps to undefined: ambiguous). */
  opportunityIds: ReadonlyMap<string, string | undefined>;
  itemIds: ReadonlyMap<string, string>;
};

export type ParsedAnalysesSection = {
  competitors: { id: string; fields: CompetitorInput }[];
  battlecards: BattlecardInput[];
  priceObservations: PriceObservationInput[];
  /** With their ids: demo offers name the matrix of their "Warum wir" chapter. */
  analyses: { id: string; fields: AnalysisInput }[];
};

const unknownIssue = (path: PropertyKey[], what: string, value: unknown): ValidationIssue =>
  ({
    code: 'custom',
    path,
    message: `unknown ${what} ${String(value)}`,
    input: value,
  }) as ValidationIssue;

/** Competitor keys → ids, made before the rest of the file is resolved. */
export type CompetitorKeys = {
  /** The id of a key; '' (and an issue at `path`) when there is no such competitor. */
  resolve(key: unknown, path: PropertyKey[], issues: ValidationIssue[]): string;
  ids: ReadonlyMap<string, string>;
};

/** Gives each competitor of the file its id, reporting a key used twice or the reserved `self`. */
export function competitorKeys(
  competitors: readonly { key: string }[],
  issues: ValidationIssue[],
): CompetitorKeys {
  const ids = new Map<string, string>();
  competitors.forEach(({ key }, index) => {
    if (ids.has(key) || key === SELF_ID) {
      issues.push({
        code: 'custom',
        path: ['competitors', index, 'key'],
        message: key === SELF_ID ? `${SELF_ID} stands for the own company` : 'validation.duplicate',
        input: key,
      } as ValidationIssue);
    }
    ids.set(key, newId());
  });
  return {
    ids,
    resolve(key, path, found) {
      const id = typeof key === 'string' ? ids.get(key) : undefined;
      if (id === undefined) found.push(unknownIssue(path, 'competitor', key));
      return id ?? '';
    },
  };
}

/**
 * An opportunity entry with its competitor keys replaced by ids (unknown keys are issues at
 * their field). Entries without the fields stay without them.
 */
export function resolveOpportunityCompetitors<
  O extends { competitorIds?: string[]; incumbentId?: string; lostToCompetitorId?: string },
>(opportunity: O, keys: CompetitorKeys, path: PropertyKey[], issues: ValidationIssue[]): O {
  const resolved = { ...opportunity };
  const optional = (key: string | undefined, field: string) =>
    key === undefined || key === '' ? key : keys.resolve(key, [...path, field], issues);
  if (opportunity.competitorIds) {
    resolved.competitorIds = opportunity.competitorIds.map((key, index) =>
      keys.resolve(key, [...path, 'competitorIds', index], issues),
    );
  }
  if (opportunity.incumbentId !== undefined) {
    resolved.incumbentId = optional(opportunity.incumbentId, 'incumbentId');
    if (
      opportunity.incumbentId !== '' &&
      !opportunity.competitorIds?.includes(opportunity.incumbentId)
    ) {
      issues.push({
        code: 'custom',
        path: [...path, 'incumbentId'],
        message: 'the incumbent must be one of the competitors in play',
        input: opportunity.incumbentId,
      } as ValidationIssue);
    }
  }
  if (opportunity.lostToCompetitorId !== undefined) {
    resolved.lostToCompetitorId = optional(opportunity.lostToCompetitorId, 'lostToCompetitorId');
  }
  return resolved;
}

/** Validates and resolves the section; every problem becomes an issue (nothing is written here). */
export function parseAnalysesSection(
  data: {
    competitors: z.output<typeof analysesSectionShape.competitors>;
    priceObservations: z.output<typeof analysesSectionShape.priceObservations>;
    analyses: z.output<typeof analysesSectionShape.analyses>;
  },
  keys: CompetitorKeys,
  context: AnalysesImportContext,
  parse: Parse,
  issues: ValidationIssue[],
): ParsedAnalysesSection {
  const competitors: ParsedAnalysesSection['competitors'] = [];
  const battlecards: BattlecardInput[] = [];
  data.competitors.forEach(({ key, battlecard, ...fields }, index) => {
    const id = keys.ids.get(key) ?? '';
    const path = ['competitors', index];
    competitors.push({
      id,
      fields: parse(competitorInputSchema, { ...emptyCompetitorInput(), ...fields }, path),
    });
    if (battlecard !== undefined) {
      const card = { ...emptyBattlecardInput(id), ...(battlecard as object), competitorId: id };
      battlecards.push(parse(battlecardInputSchema, card, [...path, 'battlecard']));
    }
  });

  const reference = (
    map: ReadonlyMap<string, string | undefined>,
    what: string,
    value: unknown,
    path: PropertyKey[],
  ): string => {
    if (value === undefined || value === '') return '';
    const id = typeof value === 'string' ? map.get(value) : undefined;
    if (id === undefined) issues.push(unknownIssue(path, what, value));
    return id ?? '';
  };

  const priceObservations = data.priceObservations.map(
    ({ competitor, sku, opportunity, ...fields }, index) => {
      const path = ['priceObservations', index];
      return parse(
        priceObservationInputSchema,
        {
          category: '',
          sourceNote: '',
          currency: 'EUR',
          ...fields,
          competitorId: keys.resolve(competitor, [...path, 'competitor'], issues),
          catalogItemId: reference(context.itemIds, 'sku', sku, [...path, 'sku']),
          opportunityId: reference(context.opportunityIds, 'opportunity', opportunity, [
            ...path,
            'opportunity',
          ]),
        },
        path,
      );
    },
  );

  const analyses = data.analyses.map((entry, index) => {
    const path = ['analyses', index];
    const { client, opportunity, participants, scores, positions, portfolio, ...fields } =
      entry as Record<string, unknown>;
    const participant = (key: unknown, at: PropertyKey[]) =>
      key === SELF_ID ? SELF_ID : keys.resolve(key, at, issues);
    const resolved: Record<string, unknown> = {
      notes: '',
      ...fields,
      clientId: reference(context.clientIds, 'client', client, [...path, 'client']),
      opportunityId: reference(context.opportunityIds, 'opportunity', opportunity, [
        ...path,
        'opportunity',
      ]),
    };
    if (Array.isArray(participants)) {
      resolved.participants = participants.map((key: unknown, i) =>
        participant(key, [...path, 'participants', i]),
      );
    }
    if (scores !== null && typeof scores === 'object') {
      resolved.scores = Object.fromEntries(
        Object.entries(scores).map(([key, row]) => [
          participant(key, [...path, 'scores', key]),
          row,
        ]),
      );
    }
    if (Array.isArray(positions)) {
      resolved.positions = positions.map((point: unknown, i) =>
        point !== null && typeof point === 'object'
          ? {
              ...point,
              competitorId: participant((point as { competitorId?: unknown }).competitorId, [
                ...path,
                'positions',
                i,
                'competitorId',
              ]),
            }
          : point,
      );
    }
    if (Array.isArray(portfolio)) {
      resolved.portfolio = portfolio.map((item: unknown, i) =>
        item !== null && typeof item === 'object'
          ? {
              ...item,
              catalogItemId: reference(
                context.itemIds,
                'sku',
                (item as { catalogItemId?: unknown }).catalogItemId,
                [...path, 'portfolio', i, 'catalogItemId'],
              ),
            }
          : item,
      );
    }
    return { id: newId(), fields: parse(analysisInputSchema, resolved, path) };
  });
  return { competitors, battlecards, priceObservations, analyses };
}

/** Queues the section's rows in the import's write. */
export function queueAnalysesSection(
  batch: WriteBatch,
  stamp: Stamp,
  section: ParsedAnalysesSection,
): void {
  for (const { id, fields } of section.competitors) {
    batch.add(
      'competitors',
      newRow<SyncedRow['competitors']>({ table: 'competitors', fields, stamp, id }),
    );
  }
  for (const fields of section.battlecards) {
    batch.add(
      'battlecards',
      newRow<SyncedRow['battlecards']>({ table: 'battlecards', fields, stamp }),
    );
  }
  for (const fields of section.priceObservations) {
    batch.add(
      'priceObservations',
      newRow<SyncedRow['priceObservations']>({ table: 'priceObservations', fields, stamp }),
    );
  }
  for (const { id, fields } of section.analyses) {
    batch.add('analyses', newRow<SyncedRow['analyses']>({ table: 'analyses', fields, stamp, id }));
  }
}

/** The tables the section writes. */
export const ANALYSES_SECTION_TABLES = [
  'competitors',
  'battlecards',
  'priceObservations',
  'analyses',
] as const;
