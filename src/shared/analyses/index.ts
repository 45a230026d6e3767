// Pure analyses of issue 12: competitor matrix, five forces, market size, portfolio, win/loss
// and the helpers the editors and side panels need. Charts live in ./charts (separate import).
export { AnalysisError } from './input';
export type { NumberInput } from './input';
export { matrixWeightSum, scoreCompetitorMatrix } from './matrix';
export type { CompetitorMatrixInput, MatrixCriterionInput, MatrixRankingEntry } from './matrix';
export { FIVE_FORCES, fiveForces } from './five-forces';
export type { Attractiveness, FiveForcesInput, ForceInput } from './five-forces';
export { marketSize } from './market-size';
export type { MarketSizeInput } from './market-size';
export { HIGH_GROWTH_PCT, HIGH_RELATIVE_SHARE, bcgQuadrant } from './portfolio';
export type { BcgQuadrant } from './portfolio';
export { winLossByCompetitor, winLossReport } from './win-loss';
export type {
  LossReasonCount,
  WinLossCompetitorRow,
  WinLossFigures,
  WinLossFilter,
  WinLossOpportunityInput,
  WinLossReport,
  WinLossReportInput,
} from './win-loss';
export { isStale } from './stale';
export { deriveSwotStrategyPrompts } from './swot';
export type { SwotLists, SwotStrategyPrompt, SwotStrategyPrompts } from './swot';
export { fairValueLine } from './positioning';
export type { FairValueLine, FairValuePoint, PositionInput } from './positioning';
export { matchPriceObservations } from './price-intel';
export type { ObservationLike, PriceMatch, PricedLine } from './price-intel';
