// Pure core of the contracts module (issue 13).
export * from './types';
export { ContractInputError } from './errors';
export { isPublicSectorClient } from './public-sector';
export { checkCondition, describeCondition, evaluateCondition } from './conditions';
export { COMPLETENESS_LABELS, REQUIRED_ITEMS } from './requirements';
export { availabilityFromDowntime, slaDowntime, SLA_PERIODS } from './sla';
export type { AvailabilityFromDowntimeArgs, ServiceHours, SlaDowntimeArgs, SlaPeriod } from './sla';
export { contractTerm, contractTermDetails, upcomingNoticeDeadlines } from './term';
export type {
  ContractTerm,
  ContractTermArgs,
  ContractTermDetails,
  NoticeDeadline,
  NoticeWatch,
} from './term';
export { redline, tokenize } from './redline';
export type { RedlineOp, RedlinePart } from './redline';
export type { NumberInput } from './input';
export { CONTRACT_VARIABLE_NAMES, CONTRACT_VARIABLES } from './variables';
export type { ContractVariableName, ContractVariables } from './variables';
export {
  listPlaceholders,
  numberClauses,
  parseClauseBody,
  resolveContractText,
  sectionLabel,
} from './text';
export type { ClauseBlock, ClauseNumbering, ResolvedText, ResolveOptions } from './text';
export { clauseApplies, completeness, DEFAULT_STRUCTURE, selectClauses } from './selection';
export type { CoveringClause, MissingItem } from './selection';
export { negotiationSummary, positionText } from './negotiation';
export type { Deviation } from './negotiation';
export { clauseDiff } from './clause-diff';
export type { ClauseChange, ClauseDiff, RevisionClause } from './clause-diff';
export {
  checkSlaResponseTable,
  defaultSlaResponseTable,
  formatHours,
  formatSlaResponseTable,
} from './sla-table';
export type { SlaPriorityRow, SlaTableIssue } from './sla-table';
export {
  EVB_IT_TYPES,
  evbItRecommendation,
  factsLines,
  LINE_CATEGORIES,
  lineCategory,
  offerFacts,
} from './evb-it';
export type {
  EvbItDataItem,
  EvbItRecommendation,
  EvbItType,
  FactsLine,
  LineCategory,
  OfferFacts,
  OfferFactsArgs,
} from './evb-it';
