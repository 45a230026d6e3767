import { useLiveQuery } from 'dexie-react-hooks';
import type { ContractLanguage, ContractType } from '#shared/contracts';
import type {
  Contract,
  ContractClause,
  ContractRevision,
  ContractRevisionClause,
  ContractSignature,
} from '#shared/domain/contracts';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change; hooks of
// one row return null when there is no such row.

/** Contracts not deleted, newest first. */
export function useContracts(): Contract[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.contracts.list(), [repos]);
}

/** One contract (deleted ones too); null when there is none. */
export function useContract(id: string | undefined): Contract | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.contracts.get(id)) ?? null)),
    [repos, id],
  );
}

/** The contract's revisions by number. */
export function useContractRevisions(
  contractId: string | undefined,
): ContractRevision[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (contractId === undefined ? [] : repos.contracts.listRevisions(contractId)),
    [repos, contractId],
  );
}

/** One revision; null when there is none. */
export function useContractRevision(id: string | undefined): ContractRevision | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.contracts.getRevision(id)) ?? null)),
    [repos, id],
  );
}

/** The clauses of a revision in order. */
export function useRevisionClauses(
  revisionId: string | undefined,
): ContractRevisionClause[] | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    if (revisionId === undefined || !(await repos.contracts.getRevision(revisionId))) return [];
    return (await repos.contracts.revisionContent(revisionId)).clauses;
  }, [repos, revisionId]);
}

/** Library clauses not deleted, of the language and/or type, by category order, then title. */
export function useContractClauses(filter?: {
  language?: ContractLanguage;
  type?: ContractType;
}): ContractClause[] | undefined {
  const repos = useRepos();
  const language = filter?.language;
  const type = filter?.type;
  return useLiveQuery(
    () => repos.contractClauses.listFor({ language, type }),
    [repos, language, type],
  );
}

/** The signatures of a revision, the company's first. */
export function useContractSignatures(
  revisionId: string | undefined,
): ContractSignature[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (revisionId === undefined ? [] : repos.contracts.listSignatures(revisionId)),
    [repos, revisionId],
  );
}

/** The client's contracts not deleted, newest first. */
export function useContractsForClient(clientId: string | undefined): Contract[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (clientId === undefined ? [] : repos.contracts.listForClient(clientId)),
    [repos, clientId],
  );
}

/** A contract whose notice deadline is near: its term end, last notice day and days left. */
export type NoticeDeadlineEntry = {
  contract: Contract;
  termEnd: string;
  lastNoticeDate: string;
  daysLeft: number;
};

/**
 * Signed contracts not terminated whose last notice date falls within `days` (default 90) of
 * `asOf` (YYYY-MM-DD), soonest first; a renewing contract past its notice date counts with its
 * renewed term.
 */
export function useNoticeDeadlines(asOf: string, days = 90): NoticeDeadlineEntry[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () =>
      (await repos.contracts.noticeDeadlines(asOf, days)).map(
        ({ contract, termEnd, lastNoticeDate, daysLeft }) => ({
          contract,
          termEnd,
          lastNoticeDate,
          daysLeft,
        }),
      ),
    [repos, asOf, days],
  );
}
