import type { ContractRevisionClauseInput, ContractRevisionInput } from '../domain/contracts';
import { sha256Hex } from '../hash';

// The content hash that freezes a sent contract revision (issue 13): the data layer sets it when
// a revision is sent, and the demo generator writes the demo's sent revisions with it.

/** The canonical JSON a sent revision's hash is computed over. */
export function canonicalContent(
  revision: Pick<ContractRevisionInput, 'variables' | 'slaTable'>,
  clauses: readonly Pick<ContractRevisionClauseInput, 'key' | 'negotiation' | 'title' | 'body'>[],
): string {
  const variables = Object.fromEntries(
    Object.keys(revision.variables)
      .sort()
      .map((name) => [name, revision.variables[name]]),
  );
  const slaTable = revision.slaTable.map((row) => ({
    priority: row.priority,
    label: row.label,
    description: row.description,
    responseHours: row.responseHours,
    resolutionHours: row.resolutionHours,
  }));
  return JSON.stringify({
    variables,
    slaTable,
    clauses: clauses.map(({ key, negotiation, title, body }) => ({
      key,
      negotiation,
      title,
      body,
    })),
  });
}

/** SHA-256 (hex) of a revision's canonical content. */
export const contentHash = (
  revision: Pick<ContractRevisionInput, 'variables' | 'slaTable'>,
  clauses: readonly Pick<ContractRevisionClauseInput, 'key' | 'negotiation' | 'title' | 'body'>[],
): Promise<string> => sha256Hex(canonicalContent(revision, clauses));
