// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '#shared/domain';
import { initAppI18n } from '#test/i18n';
import type { ParkedSyncChange } from '../../sync/types';
import { ParkedChangesTable } from './ParkedChangesTable';
import { parkedRows } from './parked-view';
import { formatDateTime } from './status-view';
import { tableLabels } from '../../app/module-registry';
import { modules } from '../../app/modules';

const PARKED_AT = '2026-11-28T09:15:02.123Z';
const change = (overrides: Partial<ParkedSyncChange>): ParkedSyncChange => ({
  table: 'clients',
  id: 'c1',
  field: 'name',
  value: { de: 'Objekt' },
  hlc: '2026-11-28T09:15:01.000Z-0000-e0e0e0e0e0e0e0e0',
  reason: 'invalid-value',
  message: 'clients.name: Invalid input: expected string, received object',
  parkedAt: PARKED_AT,
  ...overrides,
});

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
beforeAll(async () => {
  i18n = await initAppI18n('de');
});

/** The table as the settings show it in one language, as text per cell. */
async function render(changes: ParkedSyncChange[], language: Language) {
  await i18n.changeLanguage(language);
  const t = i18n.getFixedT(language);
  const lookup = (key: string) => {
    const text = i18n.getResource(language, 'translation', key) as unknown;
    return typeof text === 'string' ? text : undefined;
  };
  const rows = parkedRows(changes, {
    lookup,
    tables: tableLabels(modules),
    language,
    words: { empty: '–', yes: 'ja', no: 'nein' },
  });
  const html = renderToStaticMarkup(
    <MantineProvider>
      <ParkedChangesTable rows={rows} text={(key) => t(`sync.${key}`)} />
    </MantineProvider>,
  );
  const document = new DOMParser().parseFromString(html, 'text/html');
  return {
    title: document.querySelector('h5')?.textContent,
    empty: document.querySelector('[data-testid="sync-parked-empty"]')?.textContent,
    header: [...document.querySelectorAll('th')].map((cell) => cell.textContent),
    rows: [...document.querySelectorAll('[data-testid="sync-parked-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) =>
        [...cell.querySelectorAll('p')].length > 0
          ? [...cell.querySelectorAll('p')].map((part) => part.textContent)
          : cell.textContent,
      ),
    ),
  };
}

describe('ParkedChangesTable', () => {
  it('lists area, record, field with value, reason with detail and when, in German and English', async () => {
    const changes = [
      change({ label: 'Rheinland Logistik GmbH' }),
      change({
        table: 'offers',
        id: 'o1',
        field: 'fieldClocks',
        value: {},
        reason: 'reserved-field',
        message: 'fieldClocks is reserved and never synced',
      }),
      change({
        table: 'clients',
        id: 'c2',
        field: 'shoeSize',
        value: 42,
        reason: 'unknown-field',
        message: 'clients has no field shoeSize',
      }),
    ];
    expect(await render(changes, 'de')).toEqual({
      title: 'Nicht übernommene Änderungen',
      empty: undefined,
      header: ['Bereich', 'Datensatz', 'Feld', 'Grund', 'Empfangen'],
      rows: [
        [
          'Kunde',
          ['Rheinland Logistik GmbH', 'c1'],
          ['Firmenname', '{"de":"Objekt"}'],
          ['Wert im falschen Format', changes[0]!.message],
          formatDateTime(PARKED_AT, 'de'),
        ],
        [
          'Angebot',
          ['o1'],
          ['fieldClocks', '{}'],
          ['Internes Feld, das nie synchronisiert wird', changes[1]!.message],
          formatDateTime(PARKED_AT, 'de'),
        ],
        [
          'Kunde',
          ['c2'],
          ['shoeSize', '42'],
          ['Unbekanntes Feld (vielleicht aus einer neueren Version)', changes[2]!.message],
          formatDateTime(PARKED_AT, 'de'),
        ],
      ],
    });
    const english = await render(changes.slice(0, 1), 'en');
    expect([english.title, english.header, english.rows[0]?.[0], english.rows[0]?.[3]]).toEqual([
      'Changes not applied',
      ['Area', 'Record', 'Field', 'Reason', 'Received'],
      'Client',
      ['Value in the wrong format', changes[0]!.message],
    ]);
  });

  it('says clearly when there is nothing', async () => {
    expect(await render([], 'de')).toMatchObject({
      empty: 'Keine. Alle empfangenen Änderungen wurden übernommen.',
      rows: [],
    });
    expect((await render([], 'en')).empty).toBe('None. Every change received was applied.');
  });
});
