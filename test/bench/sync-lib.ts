// Plumbing shared by the sync benches: server processes, timing, rates.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A server running in a child process, reachable at `url`; `ready` is the line it printed. */
export type ChildServer = { url: string; ready: Record<string, unknown>; stop(): Promise<void> };

/**
 * Runs a TypeScript server script under tsx in its own process (its own core, as in production)
 * and resolves once it printed `{"url":…}`. Closing its stdin stops it.
 */
export function startChildServer(
  script: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env,
  });
  const stop = (): Promise<void> => stopChild(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} printed no url within 60 s`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before printing its url`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = parseReady(line);
      if (ready === undefined) return;
      clearTimeout(timer);
      resolve({ url: ready.url, ready, stop });
    });
  });
}

function parseReady(line: string): (Record<string, unknown> & { url: string }) | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const ready = parsed as Record<string, unknown>;
    return typeof ready.url === 'string' ? { ...ready, url: ready.url } : undefined;
  } catch {
    return undefined;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdin?.end();
  });
}

/** Runs `work` and returns its result with the elapsed milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** Items per second, rounded to a whole number. */
export const perSecond = (items: number, ms: number): number => Math.round((items / ms) * 1000);
/** Milliseconds to one decimal. */
export const roundMs = (ms: number): number => Math.round(ms * 10) / 10;

/** Prints the bench's figures as the one JSON line the harness reads. */
export function printFigures(figures: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
