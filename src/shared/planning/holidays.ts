/**
 * The holiday library for years outside the generated table (holiday-table.ts). date-holidays
 * weighs ≈ 240 KB gzip with its time zone and astronomy code, so the browser loads it on
 * demand (`loadHolidayCalendar`), never at start-up; Node (tests, scripts, the bench) reads it
 * synchronously the first time it is needed.
 */
import type HolidaysLibrary from 'date-holidays';

type HolidaysConstructor = typeof HolidaysLibrary;

/** A year outside the holiday table was asked for before the library was loaded (browser). */
export class HolidayCalendarNotLoadedError extends Error {
  constructor(year: number) {
    super(`the holidays of ${year} need the holiday library: await loadHolidayCalendar() first`);
    this.name = 'HolidayCalendarNotLoadedError';
  }
}

let library: HolidaysConstructor | null = null;
let loading: Promise<void> | null = null;

/** Loads the holiday library (once); afterwards every year works synchronously. */
export function loadHolidayCalendar(): Promise<void> {
  loading ??= import('date-holidays').then((module) => {
    library = module.default;
  });
  return loading;
}

type NodeModuleApi = { createRequire: (from: string) => (id: string) => unknown };

/** Node only: the library's CommonJS build, read synchronously (no bundler sees this). */
function requireInNode(): HolidaysConstructor | null {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const moduleApi = process?.getBuiltinModule?.('node:module') as NodeModuleApi | undefined;
  if (moduleApi === undefined) return null;
  return moduleApi.createRequire(import.meta.url)('date-holidays') as HolidaysConstructor;
}

/** The library, or HolidayCalendarNotLoadedError in a browser that has not loaded it yet. */
export function holidayLibrary(year: number): HolidaysConstructor {
  library ??= requireInNode();
  if (library === null) {
    void loadHolidayCalendar();
    throw new HolidayCalendarNotLoadedError(year);
  }
  return library;
}
