// Runs first in `npm test`: checks that the machine has what the tests drive (Chromium for the
// end-to-end tests, LibreOffice and poppler for the document checks, fonts), and says in one
// line how to install what is missing, or installs it (as root, with apt-get and
// QUOTIENT_INSTALL_DEPS=1). PostgreSQL is optional: the sync server's tests run on PGlite
// always, and on PostgreSQL too when QUOTIENT_TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Debian's Chromium, where playwright.config.ts looks when CHROMIUM_PATH is not set. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const APT_PACKAGES = {
  chromium: ['chromium'],
  libreoffice: ['libreoffice-calc-nogui', 'libreoffice-writer-nogui', 'libreoffice-impress-nogui'],
  poppler: ['poppler-utils'],
  fonts: ['fonts-dejavu-core'],
};
const NAMES = {
  chromium: 'Chromium',
  libreoffice: 'LibreOffice (soffice)',
  poppler: 'poppler (pdftoppm, pdftotext)',
  fonts: 'the DejaVu fonts',
};
const PLAYWRIGHT_CHROMIUM = 'npx playwright install --with-deps chromium';

/**
 * Decides what `npm test` may do on this machine from what was found on it (pure).
 * Returns the lines to print and whether to go on, or the commands that install what is missing.
 */
export function planPreflight({
  platform,
  distro,
  chromiumPathEnv,
  chromium,
  soffice,
  poppler,
  fonts,
  postgres,
  isRoot,
  aptGet,
  installRequested,
}) {
  if (chromiumPathEnv !== undefined && chromium === null) {
    return fail(
      `CHROMIUM_PATH is set to ${chromiumPathEnv}, which does not exist: point it at a Chromium or Chrome executable, or unset it.`,
    );
  }
  if (postgres === 'invalid') {
    return fail(
      'QUOTIENT_TEST_DATABASE_URL is not a postgres:// URL: set it like postgres://quotient:quotient@127.0.0.1:5432/quotient_test, or unset it to run the sync server tests on PGlite only.',
    );
  }
  if (postgres === 'unreachable') {
    return fail(
      'QUOTIENT_TEST_DATABASE_URL is set, but nothing answers at its host and port: start PostgreSQL, or unset it to run the sync server tests on PGlite only.',
    );
  }
  const missing = [
    chromium === null ? 'chromium' : '',
    soffice ? '' : 'libreoffice',
    poppler ? '' : 'poppler',
    fonts ? '' : 'fonts',
  ].filter((item) => item !== '');
  if (missing.length === 0) {
    const database =
      postgres === 'unset'
        ? 'the sync server tests run on PGlite only (set QUOTIENT_TEST_DATABASE_URL for PostgreSQL too)'
        : 'the sync server tests run on PGlite and PostgreSQL';
    return {
      action: 'run',
      lines: [
        `preflight: Chromium at ${chromium}, LibreOffice, poppler and fonts found; ${database}.`,
      ],
    };
  }

  const list = joinNames(missing.map((item) => NAMES[item]));
  if (platform === 'linux' && aptGet) {
    // Ubuntu's chromium package is a snap, which Playwright cannot drive: use Playwright's build there.
    const playwrightChromium = distro === 'ubuntu' && missing.includes('chromium');
    const packages = missing
      .filter((item) => !(playwrightChromium && item === 'chromium'))
      .flatMap((item) => APT_PACKAGES[item]);
    const apt = (sudo) =>
      packages.length === 0
        ? []
        : [
            `${sudo}apt-get update`,
            `${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`,
          ];
    if (isRoot && installRequested) {
      return {
        action: 'install',
        line: `preflight: installing ${list}`,
        commands: [...apt(''), ...(playwrightChromium ? [PLAYWRIGHT_CHROMIUM] : [])],
      };
    }
    const commands = [
      ...apt(isRoot ? '' : 'sudo '),
      ...(playwrightChromium ? [PLAYWRIGHT_CHROMIUM] : []),
    ];
    const auto = isRoot ? ', or run QUOTIENT_INSTALL_DEPS=1 npm test to install them' : '';
    return fail(
      `npm test needs ${list}, not found on this machine: install with \`${commands.join(' && ')}\`${auto}.`,
    );
  }
  const hints = {
    darwin: {
      chromium:
        '`npx playwright install chromium` (or CHROMIUM_PATH=/Applications/Google Chrome.app/Contents/MacOS/Google Chrome)',
      libreoffice: '`brew install --cask libreoffice` with soffice on PATH',
      poppler: '`brew install poppler`',
    },
    win32: {
      chromium: '`npx playwright install chromium` (or CHROMIUM_PATH set to chrome.exe)',
      libreoffice: 'LibreOffice with its program folder (soffice.exe) on PATH',
      poppler: 'poppler (`choco install poppler`, or conda) with pdftoppm on PATH',
    },
  }[platform] ?? {
    chromium: '`npx playwright install --with-deps chromium` (or CHROMIUM_PATH)',
    libreoffice: 'LibreOffice with soffice on PATH',
    poppler: 'poppler-utils (pdftoppm, pdftotext)',
  };
  const steps = missing.map((item) => hints[item] ?? NAMES[item]);
  return fail(`npm test needs ${list}, not found on this machine: install ${joinNames(steps)}.`);
}

function fail(line) {
  return { action: 'fail', line };
}

function joinNames(names) {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The distribution family from /etc/os-release text: Ubuntu and its derivatives, Debian, or other. */
export function distroOf(osRelease) {
  const field = (name) =>
    (osRelease.match(new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm'))?.[1] ?? '').toLowerCase();
  const ids = [field('ID'), ...field('ID_LIKE').split(/\s+/)];
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return 'other';
}

/** The host and port of a postgres:// URL, or null when it is not one. */
export function postgresAddress(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') return null;
    return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 5432) };
  } catch {
    return null;
  }
}

/** The full path of a command on PATH, or null. */
function onPath(command, env = process.env) {
  const extensions =
    process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const extension of extensions) {
      const file = join(dir, command + extension);
      if (dir && existsSync(file)) return file;
    }
  }
  return null;
}

/** Playwright's own Chromium (from `npx playwright install chromium`), when it is installed. */
async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function reachable({ host, port }) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 5000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** Looks at this machine: what planPreflight decides from. */
export async function probe(env = process.env) {
  const chromiumPathEnv = env.CHROMIUM_PATH || undefined;
  const chromium =
    chromiumPathEnv !== undefined
      ? existsSync(chromiumPathEnv)
        ? chromiumPathEnv
        : null
      : existsSync(SYSTEM_CHROMIUM)
        ? SYSTEM_CHROMIUM
        : await playwrightChromium();
  const fonts =
    process.platform !== 'linux' ||
    existsSync('/usr/share/fonts/truetype/dejavu') ||
    /dejavu/i.test(spawnSync('fc-list', { encoding: 'utf8' }).stdout ?? '');
  let postgres = 'unset';
  if (env.QUOTIENT_TEST_DATABASE_URL) {
    const address = postgresAddress(env.QUOTIENT_TEST_DATABASE_URL);
    postgres =
      address === null ? 'invalid' : (await reachable(address)) ? 'reachable' : 'unreachable';
  }
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // not Linux, or a system without os-release
  }
  return {
    platform: process.platform,
    distro: distroOf(osRelease),
    chromiumPathEnv,
    chromium,
    soffice: onPath('soffice', env) !== null,
    poppler: onPath('pdftoppm', env) !== null && onPath('pdftotext', env) !== null,
    fonts,
    postgres,
    isRoot: process.getuid?.() === 0,
    aptGet: onPath('apt-get', env) !== null,
    installRequested: env.QUOTIENT_INSTALL_DEPS === '1',
  };
}

async function main() {
  let plan = planPreflight(await probe());
  if (plan.action === 'install') {
    console.log(plan.line);
    for (const command of plan.commands) {
      const result = spawnSync(command, {
        shell: true,
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (result.status !== 0) {
        console.error(`preflight: \`${command}\` failed (exit ${result.status})`);
        process.exit(1);
      }
    }
    plan = planPreflight({ ...(await probe()), installRequested: false });
  }
  if (plan.action === 'fail') {
    console.error(plan.line);
    process.exit(1);
  }
  for (const line of plan.lines) console.log(line);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
