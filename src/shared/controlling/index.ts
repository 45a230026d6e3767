/**
 * Controlling figures (issue 16), computed from plain data: the dashboard, its drill-downs and
 * its Excel export all read these, and tests outside the project call them.
 */
export { OPEN_STAGES, weightedForecast, winRate } from './forecast';
export type { ControllingOpportunity, ForecastMonth, WinRate } from './forecast';
