import { useLiveQuery } from 'dexie-react-hooks';
import type { Deck, Lead, LeadConsent, LeadStatus, Slide } from '#shared/domain/presentations';
import type { LeadDuplicate } from '#shared/presentations';
import type { PresentableDeck } from '#shared/presentations/types';
import type { StoredBlob } from '../core/database';
import { RowNotFoundError } from '../core/errors';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change (live
// queries re-run when a table they read changes); hooks of one row return null when there is
// no such row.

/** Decks not deleted, by title. */
export function useDecks(): Deck[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.decks.list(), [repos]);
}

/** One deck (deleted ones too); null when there is none. */
export function useDeck(id: string | undefined): Deck | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.decks.get(id)) ?? null)),
    [repos, id],
  );
}

/** The deck's live slides in order. */
export function useDeckSlides(deckId: string | undefined): Slide[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (deckId === undefined ? [] : repos.slides.listFor(deckId)),
    [repos, deckId],
  );
}

/**
 * The deck ready to present (repos.decks.presentable), built again when the deck, a slide or a
 * record a slide shows changes; null when the deck is missing or deleted.
 */
export function usePresentableDeck(deckId: string | undefined): PresentableDeck | null | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    if (deckId === undefined) return null;
    try {
      return await repos.decks.presentable(deckId);
    } catch (error) {
      if (error instanceof RowNotFoundError) return null;
      throw error;
    }
  }, [repos, deckId]);
}

/** Leads newest first, of one deck and/or status (discarded ones only when asked for). */
export function useLeads(filter?: { deckId?: string; status?: LeadStatus }): Lead[] | undefined {
  const repos = useRepos();
  const deckId = filter?.deckId;
  const status = filter?.status;
  return useLiveQuery(
    () =>
      repos.leads.list({
        ...(deckId === undefined ? {} : { deckId }),
        ...(status === undefined ? {} : { status }),
      }),
    [repos, deckId, status],
  );
}

/** One lead (discarded ones too); null when there is none. */
export function useLead(id: string | undefined): Lead | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.leads.get(id)) ?? null)),
    [repos, id],
  );
}

/** The lead's consent evidence; null when there is none (yet). */
export function useLeadConsent(leadId: string | undefined): LeadConsent | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (leadId === undefined ? null : ((await repos.leads.consentFor(leadId)) ?? null)),
    [repos, leadId],
  );
}

/** Existing clients and contacts the lead may be, best first (re-checked as clients change). */
export function useLeadDuplicates(leadId: string | undefined): LeadDuplicate[] | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    if (leadId === undefined || !(await repos.leads.get(leadId))) return [];
    return repos.leads.duplicates(leadId);
  }, [repos, leadId]);
}

/**
 * A slide's image or video (or the theme's logo) from the blob store; null while this device
 * does not have the bytes (not yet synced) or for ''.
 */
export function useMediaBlob(sha256: string | undefined): StoredBlob | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (sha256 ? ((await repos.blobs.get(sha256)) ?? null) : null),
    [repos, sha256],
  );
}
