/** What scripts/preflight.mjs found on the machine. */
export type PreflightProbe = {
  platform: NodeJS.Platform;
  distro: 'debian' | 'ubuntu' | 'other';
  /** CHROMIUM_PATH when set. */
  chromiumPathEnv: string | undefined;
  /** The Chromium the end-to-end tests will use, or null when there is none. */
  chromium: string | null;
  soffice: boolean;
  /** pdftoppm and pdftotext. */
  poppler: boolean;
  fonts: boolean;
  postgres: 'unset' | 'invalid' | 'unreachable' | 'reachable';
  isRoot: boolean;
  aptGet: boolean;
  /** QUOTIENT_INSTALL_DEPS=1 */
  installRequested: boolean;
};

/** What `npm test` does next: go on, install with shell commands, or stop with one line. */
export type PreflightPlan =
  | { action: 'run'; lines: string[] }
  | { action: 'install'; line: string; commands: string[] }
  | { action: 'fail'; line: string };

export const SYSTEM_CHROMIUM: string;
export function planPreflight(probe: PreflightProbe): PreflightPlan;
export function distroOf(osRelease: string): PreflightProbe['distro'];
export function postgresAddress(url: string): { host: string; port: number } | null;
export function probe(env?: NodeJS.ProcessEnv): Promise<PreflightProbe>;
