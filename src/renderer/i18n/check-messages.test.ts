import { describe, expect, it } from 'vitest';
import { keyCollisions, messageProblems } from './check-messages';
import { defineMessages, type MessageBundle } from './define-messages';
import { buildResources, commonBundles } from './index';

const common = [defineMessages('common', { save: 'Speichern' }, { save: 'Save' })];
const clients = defineMessages(
  'clients',
  { title: 'Kunden', fields: { name: 'Firmenname' } },
  { title: 'Clients', fields: { name: 'Company name' } },
);
/** A bundle as the checker sees it at run time, whatever its types claim. */
const loose = (key: string, de: object, en: object) => ({ key, de, en }) as MessageBundle;

describe('messageProblems', () => {
  it('finds nothing in matching bundles with distinct keys', () => {
    expect(messageProblems(common, [clients])).toEqual([]);
  });

  it('names keys that only one language has, at any depth', () => {
    const bundle = loose(
      'clients',
      { title: 'Kunden', fields: { name: 'Firmenname', city: 'Ort' } },
      { title: 'Clients', fields: { name: 'Company name' }, extra: 'Extra' },
    );
    expect(messageProblems(common, [bundle])).toEqual([
      'clients.fields.city: no English text',
      'clients.extra: no German text',
    ]);
  });

  it('names a text that is a tree in one language and a string in the other', () => {
    const bundle = loose('clients', { fields: { name: 'Name' } }, { fields: 'Fields' });
    expect(messageProblems(common, [bundle])).toEqual([
      'clients.fields.name: no English text',
      'clients.fields: no German text',
    ]);
  });

  it('names empty texts and texts that are not strings', () => {
    const bundle = loose('clients', { title: '  ', count: 3 }, { title: 'Clients', count: '' });
    expect(messageProblems(common, [bundle])).toEqual([
      'clients.title: the German text is empty',
      'clients.count: the German text is not a string',
      'clients.count: the English text is empty',
    ]);
  });

  it('checks the common texts as well', () => {
    const broken = [loose('common', { save: 'Speichern' }, { save: '' })];
    expect(messageProblems(broken, [clients])).toEqual(['common.save: the English text is empty']);
  });
});

describe('keyCollisions', () => {
  it('names a module bundle whose key is a common namespace', () => {
    const bundle = defineMessages('common', { add: 'Hinzufügen' }, { add: 'Add' });
    expect(keyCollisions(common, [bundle])).toEqual([
      "common: a module's bundle reuses a key of the common texts",
    ]);
  });

  it('names two module bundles with one key, and a namespace the common texts have twice', () => {
    expect(keyCollisions([...common, ...common], [])).toEqual([
      'common: the common texts use the key twice',
    ]);
    expect(keyCollisions(common, [clients, clients])).toEqual([
      "clients: two modules' bundles use the key",
    ]);
  });
});

describe('buildResources', () => {
  it('merges the common texts and the bundles under their keys', () => {
    const resources = buildResources([clients]);
    expect(resources.de.translation.clients).toEqual(clients.de);
    expect(resources.en.translation.clients).toEqual(clients.en);
    expect(Object.keys(resources.de.translation)).toEqual([
      ...commonBundles.map((bundle) => bundle.key),
      'clients',
    ]);
  });

  it('refuses a bundle that would replace common texts', () => {
    const bundle = defineMessages('nav', { clients: 'Kunden' }, { clients: 'Clients' });
    expect(() => buildResources([bundle])).toThrow(
      "i18n bundles collide: nav: a module's bundle reuses a key of the common texts",
    );
  });
});

describe('the common texts', () => {
  it('have no problems of their own', () => {
    expect(messageProblems(commonBundles, [])).toEqual([]);
  });

  it('are the shell and shared pieces only (area texts live in their modules, see de.ts)', () => {
    expect(commonBundles.map((bundle) => bundle.key).sort()).toEqual(
      [
        'app',
        'nav',
        'common',
        'validation',
        'import',
        'errorBoundary',
        'storage',
        'shortcuts',
        'customerMode',
        'keyboard',
        'errors',
      ].sort(),
    );
  });
});
