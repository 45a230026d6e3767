import type { BlobRepository } from '../core/blobs.repository';
import type { WriteContext } from '../core/write';
import { createContractClausesRepository } from './clauses.repository';
import type { ContractClausesRepository } from './clauses.repository';
import { createContractsRepository } from './contracts.repository';
import type { ContractsRepository } from './contracts.repository';

/** The contract drafts' repositories (issue 13), part of `Repositories`. */
export type ContractsRepositories = {
  /** The clause library: shipped clauses and the team's own. */
  contractClauses: ContractClausesRepository;
  /** Contracts with their revisions, clauses, status and signatures. */
  contracts: ContractsRepository;
};

/** Makes the contracts' repositories over the shared write context and blob store. */
export function createContractsRepositories(
  ctx: WriteContext,
  blobs: BlobRepository,
): ContractsRepositories {
  return {
    contractClauses: createContractClausesRepository(ctx),
    contracts: createContractsRepository(ctx, blobs),
  };
}
