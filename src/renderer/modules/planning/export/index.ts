// The plan's exports: the MS Project XML button and its bytes (for tests).
export { PlanExportButton } from './PlanExportButton';
export { PlanExportProblem, mspdiBytes, planFileLabel } from './mspdi';
