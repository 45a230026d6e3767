import type { BlobRepository } from '../core/blobs.repository';
import type { WriteContext } from '../core/write';
import { createDecksRepository } from './decks.repository';
import type { DecksRepository } from './decks.repository';
import { createLeadsRepository } from './leads.repository';
import type { LeadWriteTargets, LeadsRepository } from './leads.repository';
import { createSlidesRepository } from './slides.repository';
import type { SlidesRepository } from './slides.repository';

/** The presentation mode's repositories (issue 14), part of `Repositories`. */
export type PresentationsRepositories = {
  /** Decks for fairs: settings, duplicate, the presentable deck. */
  decks: DecksRepository;
  /** A deck's slides in order, their media in `blobs`. */
  slides: SlidesRepository;
  /** Leads captured at the booth with their consent records; conversion, draft offers. */
  leads: LeadsRepository;
};

/**
 * Makes the presentation repositories over the shared write context and blob store; leads
 * convert and draft offers through the other areas' repositories (`targets`).
 */
export function createPresentationsRepositories(
  ctx: WriteContext,
  blobs: BlobRepository,
  targets: LeadWriteTargets,
): PresentationsRepositories {
  return {
    decks: createDecksRepository(ctx, targets.local),
    slides: createSlidesRepository(ctx, blobs),
    leads: createLeadsRepository(ctx, targets),
  };
}
