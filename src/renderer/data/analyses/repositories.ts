import type { BlobRepository } from '../core/blobs.repository';
import type { WriteContext } from '../core/write';
import { createAnalysesRepository } from './analyses.repository';
import type { AnalysesRepository } from './analyses.repository';
import {
  createBattlecardsRepository,
  createCompetitorAttachmentsRepository,
  createCompetitorsRepository,
} from './competitors.repository';
import type {
  BattlecardsRepository,
  CompetitorAttachmentsRepository,
  CompetitorsRepository,
} from './competitors.repository';
import { createPriceObservationsRepository } from './price-observations.repository';
import type { PriceObservationsRepository } from './price-observations.repository';
import { createWinLossRepository } from './win-loss.repository';
import type { WinLossRepository } from './win-loss.repository';

/** The market and competitor analyses' repositories (issue 12), part of `Repositories`. */
export type AnalysesRepositories = {
  /** Competitor profiles; deleted ones stay in `listAll` (win/loss keeps history). */
  competitors: CompetitorsRepository;
  /** Datasheets and price lists on competitors (bytes in `blobs`). */
  competitorAttachments: CompetitorAttachmentsRepository;
  /** One battlecard per competitor. */
  battlecards: BattlecardsRepository;
  /** Competitor prices seen at losses or recorded by hand (internal). */
  priceObservations: PriceObservationsRepository;
  /** SWOT, five forces, competitor matrix, positioning, market size, portfolio. */
  analyses: AnalysesRepository;
  /** Competitors in play and the loss form, written onto opportunities. */
  winLoss: WinLossRepository;
};

/** Makes the analyses' repositories over the shared write context and blob store. */
export function createAnalysesRepositories(
  ctx: WriteContext,
  blobs: BlobRepository,
): AnalysesRepositories {
  return {
    competitors: createCompetitorsRepository(ctx),
    competitorAttachments: createCompetitorAttachmentsRepository(ctx, blobs),
    battlecards: createBattlecardsRepository(ctx),
    priceObservations: createPriceObservationsRepository(ctx),
    analyses: createAnalysesRepository(ctx),
    winLoss: createWinLossRepository(ctx),
  };
}
