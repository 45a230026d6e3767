import type { MissingItem } from '#shared/contracts';
import type { ContractStatus } from '#shared/domain/contracts';

/** A write to a signed (locked) revision was refused; nothing was written. */
export class RevisionLockedError extends Error {
  override readonly name = 'RevisionLockedError';
  readonly code = 'revision-locked';

  constructor(
    readonly contractId: string,
    readonly revisionId: string,
  ) {
    super(`Revision ${revisionId} of contract ${contractId} is signed and cannot be changed`);
  }
}

/** The status machine does not allow this move (CONTRACT_STATUS_MOVES); nothing was written. */
export class ContractStatusError extends Error {
  override readonly name = 'ContractStatusError';
  readonly code = 'contract-status';

  constructor(
    readonly contractId: string,
    readonly from: ContractStatus,
    readonly to: string,
  ) {
    super(`Contract ${contractId} cannot move from ${from} to ${to}`);
  }
}

/** Sending was refused: required clauses are missing (`missing`, with labels); nothing was written. */
export class ContractIncompleteError extends Error {
  override readonly name = 'ContractIncompleteError';
  readonly code = 'contract-incomplete';

  constructor(
    readonly contractId: string,
    readonly missing: MissingItem[],
  ) {
    super(
      `Contract ${contractId} cannot be sent, required items are missing: ${missing.map((m) => m.item).join(', ')}`,
    );
  }
}
