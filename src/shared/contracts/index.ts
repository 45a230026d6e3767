// Pure core of the contracts module (issue 13).
export * from './types';
export { ContractInputError } from './errors';
export { checkCondition, describeCondition, evaluateCondition } from './conditions';
export { COMPLETENESS_LABELS, REQUIRED_ITEMS } from './requirements';
export { availabilityFromDowntime, slaDowntime, SLA_PERIODS } from './sla';
export type { AvailabilityFromDowntimeArgs, ServiceHours, SlaDowntimeArgs, SlaPeriod } from './sla';
export { contractTerm, contractTermDetails } from './term';
export type { ContractTerm, ContractTermArgs, ContractTermDetails } from './term';
export { redline, tokenize } from './redline';
export type { RedlineOp, RedlinePart } from './redline';
export type { NumberInput } from './input';
