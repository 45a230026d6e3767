/**
 * The planning core (issue 15): network plan, working-day calendar, PERT probabilities, the
 * work breakdown, plan analysis, the offer lines a plan generates and its payment schedule.
 * Pure functions; views (Gantt, diagram, resources, MSPDI) are imported from their own files.
 */
export * from './types';
export { PlanCycleError, findCycle, scheduleNetwork } from './network';
export {
  addWorkingDays,
  calendarRegions,
  holidaysBetween,
  isWorkingDay,
  nextWorkingDay,
  workingDayDate,
  workingDays,
} from './calendar';
export { HolidayCalendarNotLoadedError, loadHolidayCalendar } from './holidays';
export { Z_BY_CONFIDENCE, completionProbability, normalCdf, normalQuantile } from './probability';
export { checkEstimate } from './effort';
export { buildWbs, formatPredecessors, parsePredecessors, wbsLabel, wbsNodes } from './wbs';
export type { PredecessorLink, WbsPackage } from './wbs';
export { analysePlan, planCalendar } from './analyse';
export type { PlanRowsInput } from './analyse';
export { PLAN_LINE_FIELDS, planLineChanges, planOfferLines } from './lines';
export type { PlanLineChanges, PlanLinePatch } from './lines';
export { paymentSchedule } from './payments';
export type { ScheduledInstalment } from './payments';
