import { CLAUSE_CATEGORIES } from '#shared/contracts';
import type {
  Clause,
  ContractLanguage,
  ContractType,
  NegotiationPosition,
} from '#shared/contracts';
import { clauseLibrary } from '#shared/contracts/library';
import { contractClauseInputSchema, shippedClauseId } from '#shared/domain/contracts';
import type { ContractClause, ContractClauseInput } from '#shared/domain/contracts';
import type { QuotientDb } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { commit, omitKeys, queueNew, toEntity } from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

/** The clause library: shipped clauses (installed once, same ids everywhere) and custom ones. */
export type ContractClausesRepository = EntityRepository<ContractClauseInput, ContractClause> & {
  /**
   * Writes every shipped clause not yet present (id `clause-<language>-<key>`, origin 'shipped');
   * returns how many were written. A clause deleted in the Papierkorb counts as present.
   */
  installLibrary(): Promise<number>;
  /** Clauses not deleted, of the language and/or contract type, by category order, then title. */
  listFor(filter?: { language?: ContractLanguage; type?: ContractType }): Promise<ContractClause[]>;
};

/** A library clause as a row of `contractClauses`. */
export function clauseRow(clause: Clause): ContractClauseInput {
  return {
    key: clause.id,
    language: clause.language,
    title: clause.title,
    body: clause.body,
    category: clause.category,
    contractTypes: [...clause.contractTypes],
    version: clause.version,
    preferredNote: clause.preferredNote ?? '',
    fallbackBody: clause.positions?.fallback?.body ?? '',
    fallbackNote: clause.positions?.fallback?.note ?? '',
    walkAwayBody: clause.positions?.walkAway?.body ?? '',
    walkAwayNote: clause.positions?.walkAway?.note ?? '',
    condition: clause.condition ?? null,
    requiredFor: [...(clause.requiredFor ?? [])],
    covers: [...(clause.covers ?? [])],
    origin: 'shipped',
  };
}

/** A stored clause as the pure core reads it (id = its key; empty positions left out). */
export function rowClause(row: ContractClauseInput): Clause {
  const positions: NonNullable<Clause['positions']> = {};
  if (row.fallbackBody !== '')
    positions.fallback = { body: row.fallbackBody, note: row.fallbackNote };
  if (row.walkAwayBody !== '')
    positions.walkAway = { body: row.walkAwayBody, note: row.walkAwayNote };
  return {
    id: row.key,
    title: row.title,
    body: row.body,
    category: row.category,
    contractTypes: [...row.contractTypes],
    language: row.language,
    version: row.version,
    positions,
    preferredNote: row.preferredNote,
    ...(row.condition ? { condition: row.condition } : {}),
    requiredFor: [...row.requiredFor],
    covers: [...row.covers],
  };
}

/** The library text of a stored clause in a position; undefined when it has no such position. */
export function positionBody(row: ContractClauseInput, position: NegotiationPosition) {
  if (position === 'preferred') return row.body;
  const body = position === 'fallback' ? row.fallbackBody : row.walkAwayBody;
  return body === '' ? undefined : body;
}

const categoryRank = (category: string): number => {
  const index = (CLAUSE_CATEGORIES as readonly string[]).indexOf(category);
  return index === -1 ? CLAUSE_CATEGORIES.length : index;
};

/** Category order of the core, then title (German collation), then id. */
export const byCategoryThenTitle = (a: ContractClause, b: ContractClause): number =>
  categoryRank(a.category) - categoryRank(b.category) ||
  a.title.localeCompare(b.title, 'de', { sensitivity: 'base' }) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Inside a write over `contractClauses`: queues every shipped clause not stored yet; returns
 * how many. Shared by installLibrary and createFromOffer.
 */
export async function queueLibrary(
  db: QuotientDb,
  batch: WriteBatch,
  stamp: Stamp,
): Promise<number> {
  const ids = clauseLibrary.map((clause) => shippedClauseId(clause.language, clause.id));
  const stored = await db.contractClauses.bulkGet(ids);
  let written = 0;
  clauseLibrary.forEach((clause, index) => {
    const id = ids[index]!;
    if (stored[index] || batch.pending('contractClauses', id)) return;
    const fields = contractClauseInputSchema.parse(clauseRow(clause));
    queueNew({ batch, stamp, table: 'contractClauses', fields, id });
    written += 1;
  });
  return written;
}

/** The clause library repository. */
export function createContractClausesRepository(ctx: WriteContext): ContractClausesRepository {
  const { db } = ctx;
  const clauses = createEntityRepository({
    ctx,
    table: 'contractClauses',
    schema: contractClauseInputSchema,
    compare: byCategoryThenTitle,
  });
  return {
    ...omitKeys(clauses, ['listBy']),
    installLibrary: () =>
      commit(ctx, ['contractClauses'], (batch, stamp) => queueLibrary(db, batch, stamp)),
    async listFor({ language, type } = {}) {
      const rows = language
        ? await db.contractClauses.where('language').equals(language).toArray()
        : await db.contractClauses.toArray();
      return rows
        .filter((row) => !row.deleted)
        .filter(
          (row) => !type || row.contractTypes.includes(type) || row.requiredFor.includes(type),
        )
        .map(toEntity)
        .sort(byCategoryThenTitle);
    },
  };
}
