import {
  CONTRACT_STATUS_MOVES,
  isRevisionFrozen,
  isRevisionSigned,
} from '#shared/domain/contracts';
import type { ContractRevision, ContractStatus } from '#shared/domain/contracts';

/**
 * What the review bar offers for a status: the plain moves go through `setStatus`; 'signed' is
 * reached only by signing (the dialog), 'terminated' only with a date.
 */
export type ReviewAction =
  | { kind: 'move'; to: Exclude<ContractStatus, 'signed' | 'terminated'> }
  | { kind: 'sign' }
  | { kind: 'terminate' };

type RevisionState = Pick<ContractRevision, 'contentHash' | 'signedPdfSha256'>;

/** The actions CONTRACT_STATUS_MOVES allows from `status`; signing needs a frozen, unsigned revision. */
export function reviewActions(
  status: ContractStatus,
  revision: RevisionState | undefined,
): ReviewAction[] {
  return CONTRACT_STATUS_MOVES[status].flatMap((to): ReviewAction[] => {
    if (to === 'signed') {
      const signable = revision && isRevisionFrozen(revision) && !isRevisionSigned(revision);
      return signable ? [{ kind: 'sign' }] : [];
    }
    if (to === 'terminated') return [{ kind: 'terminate' }];
    return [{ kind: 'move', to }];
  });
}

/** The first 12 hex digits of a SHA-256, enough to tell revisions apart at a glance. */
export const shortHash = (sha256: string): string => sha256.slice(0, 12);

/** Where a revision stands: still editable, frozen by sending, or signed and locked. */
export type RevisionStage = 'editing' | 'frozen' | 'signed';

export function revisionStage(revision: RevisionState): RevisionStage {
  if (isRevisionSigned(revision)) return 'signed';
  return isRevisionFrozen(revision) ? 'frozen' : 'editing';
}

/**
 * The pair the redline opens with: the revision before the newest against the newest (by
 * number, deleted ones left out); null with fewer than two.
 */
export function defaultRedlinePair(
  revisions: readonly Pick<ContractRevision, 'id' | 'number' | 'deleted'>[],
): { from: string; to: string } | null {
  const live = revisions.filter((revision) => !revision.deleted);
  if (live.length < 2) return null;
  const sorted = [...live].sort((a, b) => a.number - b.number);
  return { from: sorted[sorted.length - 2]!.id, to: sorted[sorted.length - 1]!.id };
}

/** An ISO instant as the local day and time for lists ("07.12.2026, 16:40"); '' stays ''. */
export function formatInstant(iso: string, language: 'de' | 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
