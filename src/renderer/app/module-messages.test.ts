// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { initAppI18n } from '#test/i18n';
import { messageProblems } from '../i18n/check-messages';
import { commonBundles } from '../i18n';
import { messageBundles } from './module-registry';
import { modules } from './modules';

// Every module's texts, as the app loads them from the manifests (issue #11: one way to define
// an area's messages, i18n keeps only common texts).

const bundles = messageBundles(modules);
let i18n: Awaited<ReturnType<typeof initAppI18n>>;

beforeAll(async () => {
  i18n = await initAppI18n('de');
});

describe("every module's messages", () => {
  it('have the same keys in German and English, no empty text, and keys of their own', () => {
    expect(messageProblems(commonBundles, bundles)).toEqual([]);
  });

  it('include the area texts that left the common files', () => {
    expect(bundles.map((bundle) => bundle.key)).toEqual(
      expect.arrayContaining([
        ...['clients', 'contacts', 'activities', 'followUps'],
        ...['opportunities', 'pipeline', 'settings', 'onboarding'],
      ]),
    );
  });

  it.each(bundles.map((bundle) => [bundle.key, bundle] as const))(
    '%s reaches i18next whole in both languages',
    (key, bundle) => {
      expect(i18n.getResource('de', 'translation', key)).toEqual(bundle.de);
      expect(i18n.getResource('en', 'translation', key)).toEqual(bundle.en);
    },
  );
});
