// `npm start` and `npm run dev`: runs electron-vite (preview or dev) once the Electron binary is
// there. Electron fetches its binary on first use, which electron-vite never triggers, so this
// downloads it first; where that is skipped or blocked, it says so in one line, with how to get
// it and the browser build to use meanwhile, instead of electron-vite's "Error: Electron uninstall".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const GET_IT =
  'download it with `npx install-electron` (where github.com is blocked, set ELECTRON_MIRROR to a mirror you can reach), or use Quotient in your browser now: `npm run web`.';

/** The one line after a failed download; `detail` is the first line the downloader printed. */
export function downloadFailedLine(detail) {
  const reason = detail.trim().slice(0, 200) || 'no reason given';
  return `Quotient cannot start: the Electron binary could not be downloaded (${reason}); ${GET_IT}`;
}

/**
 * Whether the Electron binary electron-vite will run is there (pure): `execPath` is
 * ELECTRON_EXEC_PATH, `moduleDir` node_modules/electron (null when not installed), `pathTxt`
 * the content of its path.txt (null when missing), `exists` tells whether a file exists.
 */
export function electronStatus({ execPath, moduleDir, pathTxt, exists }) {
  if (execPath) {
    return exists(execPath)
      ? { ok: true, binary: execPath }
      : {
          ok: false,
          line: `Quotient cannot start: ELECTRON_EXEC_PATH is set to ${execPath}, which does not exist. Unset it, or point it at an Electron executable; or use Quotient in your browser now: \`npm run web\`.`,
        };
  }
  if (moduleDir === null) {
    return {
      ok: false,
      line: 'Quotient cannot start: the electron package is not installed (run `npm install` first), or use Quotient in your browser now: `npm run web`.',
    };
  }
  const binary = pathTxt ? join(moduleDir, 'dist', pathTxt) : null;
  if (binary !== null && exists(binary)) return { ok: true, binary };
  return {
    ok: false,
    missing: true,
    line: `Quotient cannot start: the Electron binary is not installed (${binary ?? join(moduleDir, 'dist')} is missing: its download was skipped or blocked); ${GET_IT}`,
  };
}

function electronModuleDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function main() {
  const mode = process.argv[2];
  if (mode !== 'dev' && mode !== 'preview') {
    console.error('usage: node scripts/start.mjs dev|preview [electron-vite options]');
    process.exit(2);
  }
  const moduleDir = electronModuleDir();
  const check = () => {
    const pathFile = moduleDir === null ? null : join(moduleDir, 'path.txt');
    return electronStatus({
      execPath: process.env.ELECTRON_EXEC_PATH,
      moduleDir,
      pathTxt:
        pathFile !== null && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null,
      exists: existsSync,
    });
  };
  let status = check();
  if (
    !status.ok &&
    status.missing &&
    moduleDir !== null &&
    !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
  ) {
    console.log('Downloading the Electron binary (about 100 MB, once) …');
    const download = spawnSync(process.execPath, [join(moduleDir, 'install.js')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    status = check();
    if (!status.ok) {
      const output = `${download.stderr ?? ''}\n${download.stdout ?? ''}`;
      const detail = output.split('\n').find((line) => line.trim() !== '') ?? '';
      console.error(downloadFailedLine(detail || `exit ${download.status}`));
      process.exit(1);
    }
  }
  if (!status.ok) {
    console.error(status.line);
    process.exit(1);
  }
  const cli = resolve(import.meta.dirname, '../node_modules/electron-vite/bin/electron-vite.js');
  const child = spawn(process.execPath, [cli, mode, ...process.argv.slice(3)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
