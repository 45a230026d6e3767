import { describe, expect, it } from 'vitest';
import {
  distroOf,
  planPreflight,
  postgresAddress,
  type PreflightProbe,
} from '../../scripts/preflight.mjs';

/** A Debian machine with everything `npm test` needs, as a non-root user. */
function machine(overrides: Partial<PreflightProbe> = {}): PreflightProbe {
  return {
    platform: 'linux',
    distro: 'debian',
    chromiumPathEnv: undefined,
    chromium: '/usr/bin/chromium',
    soffice: true,
    poppler: true,
    fonts: true,
    postgres: 'unset',
    isRoot: false,
    aptGet: true,
    installRequested: false,
    ...overrides,
  };
}

const nothing = { chromium: null, soffice: false, poppler: false, fonts: false } as const;

describe('planPreflight', () => {
  it('goes on when everything is there, and says the PostgreSQL tests are skipped without a URL', () => {
    expect(planPreflight(machine())).toEqual({
      action: 'run',
      lines: [
        'preflight: Chromium at /usr/bin/chromium, LibreOffice, poppler and fonts found; the sync server tests run on PGlite only (set QUOTIENT_TEST_DATABASE_URL for PostgreSQL too).',
      ],
    });
    expect(planPreflight(machine({ postgres: 'reachable' }))).toEqual({
      action: 'run',
      lines: [
        'preflight: Chromium at /usr/bin/chromium, LibreOffice, poppler and fonts found; the sync server tests run on PGlite and PostgreSQL.',
      ],
    });
  });

  it('on a fresh Debian machine names everything missing and the one apt-get line that installs it', () => {
    expect(planPreflight(machine(nothing))).toEqual({
      action: 'fail',
      line: 'npm test needs Chromium, LibreOffice (soffice), poppler (pdftoppm, pdftotext) and the DejaVu fonts, not found on this machine: install with `sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils fonts-dejavu-core`.',
    });
  });

  it('asks only for what is missing', () => {
    expect(planPreflight(machine({ soffice: false }))).toEqual({
      action: 'fail',
      line: 'npm test needs LibreOffice (soffice), not found on this machine: install with `sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui libreoffice-impress-nogui`.',
    });
  });

  it('as root drops sudo and offers QUOTIENT_INSTALL_DEPS=1', () => {
    expect(planPreflight(machine({ isRoot: true, chromium: null }))).toEqual({
      action: 'fail',
      line: 'npm test needs Chromium, not found on this machine: install with `apt-get update && apt-get install -y --no-install-recommends chromium`, or run QUOTIENT_INSTALL_DEPS=1 npm test to install them.',
    });
  });

  it('as root with QUOTIENT_INSTALL_DEPS=1 installs what is missing', () => {
    expect(planPreflight(machine({ ...nothing, isRoot: true, installRequested: true }))).toEqual({
      action: 'install',
      line: 'preflight: installing Chromium, LibreOffice (soffice), poppler (pdftoppm, pdftotext) and the DejaVu fonts',
      commands: [
        'apt-get update',
        'apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils fonts-dejavu-core',
      ],
    });
  });

  it('never installs without root, even when asked', () => {
    expect(planPreflight(machine({ chromium: null, installRequested: true })).action).toBe('fail');
  });

  it("on Ubuntu takes Playwright's Chromium instead of the snap", () => {
    expect(planPreflight(machine({ ...nothing, distro: 'ubuntu' }))).toEqual({
      action: 'fail',
      line: 'npm test needs Chromium, LibreOffice (soffice), poppler (pdftoppm, pdftotext) and the DejaVu fonts, not found on this machine: install with `sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils fonts-dejavu-core && npx playwright install --with-deps chromium`.',
    });
    expect(
      planPreflight(
        machine({ distro: 'ubuntu', chromium: null, isRoot: true, installRequested: true }),
      ),
    ).toEqual({
      action: 'install',
      line: 'preflight: installing Chromium',
      commands: ['npx playwright install --with-deps chromium'],
    });
  });

  it('on macOS and Windows says what to install there', () => {
    expect(
      planPreflight(machine({ ...nothing, platform: 'darwin', aptGet: false, fonts: true })),
    ).toEqual({
      action: 'fail',
      line: 'npm test needs Chromium, LibreOffice (soffice) and poppler (pdftoppm, pdftotext), not found on this machine: install `npx playwright install chromium` (or CHROMIUM_PATH=/Applications/Google Chrome.app/Contents/MacOS/Google Chrome), `brew install --cask libreoffice` with soffice on PATH and `brew install poppler`.',
    });
    expect(planPreflight(machine({ platform: 'win32', aptGet: false, soffice: false }))).toEqual({
      action: 'fail',
      line: 'npm test needs LibreOffice (soffice), not found on this machine: install LibreOffice with its program folder (soffice.exe) on PATH.',
    });
  });

  it('refuses a CHROMIUM_PATH that does not exist instead of falling back', () => {
    expect(planPreflight(machine({ chromiumPathEnv: '/opt/chrome', chromium: null }))).toEqual({
      action: 'fail',
      line: 'CHROMIUM_PATH is set to /opt/chrome, which does not exist: point it at a Chromium or Chrome executable, or unset it.',
    });
  });

  it('stops when QUOTIENT_TEST_DATABASE_URL is set but unusable', () => {
    expect(planPreflight(machine({ postgres: 'unreachable' }))).toEqual({
      action: 'fail',
      line: 'QUOTIENT_TEST_DATABASE_URL is set, but nothing answers at its host and port: start PostgreSQL, or unset it to run the sync server tests on PGlite only.',
    });
    expect(planPreflight(machine({ postgres: 'invalid' }))).toEqual({
      action: 'fail',
      line: 'QUOTIENT_TEST_DATABASE_URL is not a postgres:// URL: set it like postgres://quotient:quotient@127.0.0.1:5432/quotient_test, or unset it to run the sync server tests on PGlite only.',
    });
  });
});

describe('distroOf', () => {
  it('reads the family from /etc/os-release', () => {
    expect(
      [
        'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
        'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n',
        'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n',
        'ID=fedora\n',
        '',
      ].map(distroOf),
    ).toEqual(['debian', 'ubuntu', 'ubuntu', 'other', 'other']);
  });
});

describe('postgresAddress', () => {
  it('finds host and port, with the default port, and refuses other URLs', () => {
    expect(
      [
        'postgres://quotient:quotient@127.0.0.1:5432/quotient_test',
        'postgresql://db.example.de/x',
        'mysql://localhost/x',
        'not a url',
      ].map(postgresAddress),
    ).toEqual([
      { host: '127.0.0.1', port: 5432 },
      { host: 'db.example.de', port: 5432 },
      null,
      null,
    ]);
  });
});
