import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFailedLine, electronStatus } from '../../scripts/start.mjs';

const moduleDir = join('/repo', 'node_modules', 'electron');
const binary = join(moduleDir, 'dist', 'electron');
const only =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('electronStatus', () => {
  it('starts the binary that path.txt names when it is in dist', () => {
    expect(
      electronStatus({ execPath: undefined, moduleDir, pathTxt: 'electron', exists: only(binary) }),
    ).toEqual({
      ok: true,
      binary,
    });
  });

  it('says in one line that the download was skipped or blocked, how to get it, and offers the browser build', () => {
    const line = `Quotient cannot start: the Electron binary is not installed (${join(moduleDir, 'dist')} is missing: its download was skipped or blocked); download it with \`npx install-electron\` (where github.com is blocked, set ELECTRON_MIRROR to a mirror you can reach), or use Quotient in your browser now: \`npm run web\`.`;
    expect(
      electronStatus({ execPath: undefined, moduleDir, pathTxt: null, exists: only() }),
    ).toEqual({ ok: false, missing: true, line });
  });

  it('names the missing binary when path.txt is there but dist is not', () => {
    const status = electronStatus({
      execPath: undefined,
      moduleDir,
      pathTxt: 'electron',
      exists: only(),
    });
    expect(status.ok).toBe(false);
    expect(!status.ok && status.line).toContain(
      `(${binary} is missing: its download was skipped or blocked)`,
    );
  });

  it('asks for npm install when the electron package itself is missing', () => {
    expect(
      electronStatus({ execPath: undefined, moduleDir: null, pathTxt: null, exists: only() }),
    ).toEqual({
      ok: false,
      line: 'Quotient cannot start: the electron package is not installed (run `npm install` first), or use Quotient in your browser now: `npm run web`.',
    });
  });

  it('takes ELECTRON_EXEC_PATH as electron-vite does, and refuses one that does not exist', () => {
    expect(
      electronStatus({
        execPath: '/opt/electron/electron',
        moduleDir,
        pathTxt: null,
        exists: only('/opt/electron/electron'),
      }),
    ).toEqual({
      ok: true,
      binary: '/opt/electron/electron',
    });
    expect(
      electronStatus({
        execPath: '/opt/electron/electron',
        moduleDir,
        pathTxt: 'electron',
        exists: only(binary),
      }),
    ).toEqual({
      ok: false,
      line: 'Quotient cannot start: ELECTRON_EXEC_PATH is set to /opt/electron/electron, which does not exist. Unset it, or point it at an Electron executable; or use Quotient in your browser now: `npm run web`.',
    });
  });
});

describe('downloadFailedLine', () => {
  it("gives the downloader's reason, how to retry through a mirror, and the browser build", () => {
    expect(downloadFailedLine('TypeError: fetch failed\n')).toBe(
      'Quotient cannot start: the Electron binary could not be downloaded (TypeError: fetch failed); download it with `npx install-electron` (where github.com is blocked, set ELECTRON_MIRROR to a mirror you can reach), or use Quotient in your browser now: `npm run web`.',
    );
    expect(downloadFailedLine('')).toContain('could not be downloaded (no reason given);');
  });
});
