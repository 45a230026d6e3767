// Pure core of the contracts module (issue 13).
export * from './types';
export { ContractInputError } from './errors';
export { checkCondition, describeCondition, evaluateCondition } from './conditions';
export { COMPLETENESS_LABELS, REQUIRED_ITEMS } from './requirements';
