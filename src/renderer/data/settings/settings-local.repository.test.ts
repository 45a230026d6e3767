import { beforeEach, describe, expect, it } from 'vitest';
import { makeCompanyProfile, makeUserProfile } from '../../../../test/factories/domain';
import { ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

describe('settings repository', () => {
  it('saves the company profile as the synced settings row `company`', async () => {
    expect(await ws.repos.settings.getCompany()).toBeUndefined();
    const profile = makeCompanyProfile();
    expect(await ws.repos.settings.saveCompany(profile)).toEqual(profile);
    expect(await ws.repos.settings.getCompany()).toEqual(profile);
    const outbox = await ws.repos.outbox.list();
    expect(outbox.map(({ table, id, field, hlc }) => [table, id, field, hlc])).toEqual(
      [...Object.keys(profile), 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'deleted'].map(
        (field) => ['settings', 'company', field, stampN(0)],
      ),
    );
  });

  it('records only the changed fields of a later save', async () => {
    await ws.repos.settings.saveCompany(makeCompanyProfile());
    const before = (await ws.repos.outbox.list()).length;
    await ws.repos.settings.saveCompany(makeCompanyProfile({ city: 'Essen', postalCode: '45127' }));
    expect(
      (await ws.repos.outbox.list()).slice(before).map(({ field, value }) => [field, value]),
    ).toEqual([
      ['postalCode', '45127'],
      ['city', 'Essen'],
      ['updatedAt', TEST_TIME],
      ['updatedBy', TEST_AUTHOR],
    ]);
  });

  it('rejects an invalid profile and writes nothing', async () => {
    await expect(
      ws.repos.settings.saveCompany(makeCompanyProfile({ brandColor: 'blue' })),
    ).rejects.toThrow(ValidationError);
    expect(await ws.repos.settings.getCompany()).toBeUndefined();
    expect(await ws.repos.outbox.count()).toBe(0);
  });
});

describe('local repository', () => {
  it('keeps device values without touching the outbox', async () => {
    expect([
      await ws.repos.local.getProfile(),
      await ws.repos.local.getLanguage(),
      await ws.repos.local.getOnboarded(),
    ]).toEqual([undefined, undefined, false]);
    const profile = makeUserProfile({ initials: 'mm' });
    expect(await ws.repos.local.saveProfile(profile)).toEqual({ ...profile, initials: 'MM' });
    await ws.repos.local.setLanguage('en');
    await ws.repos.local.setOnboarded(true);
    expect([
      await ws.repos.local.getProfile(),
      await ws.repos.local.getLanguage(),
      await ws.repos.local.getOnboarded(),
    ]).toEqual([{ ...profile, initials: 'MM' }, 'en', true]);
    expect(await ws.repos.outbox.count()).toBe(0);
  });

  it('rejects an invalid profile or language', async () => {
    await expect(ws.repos.local.saveProfile(makeUserProfile({ name: '' }))).rejects.toThrow(
      ValidationError,
    );
    await expect(ws.repos.local.setLanguage('fr' as 'de')).rejects.toThrow(ValidationError);
    expect([await ws.repos.local.getProfile(), await ws.repos.local.getLanguage()]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('makes the node id once and keeps it', async () => {
    const [first, concurrent] = await Promise.all([
      ws.repos.local.getNodeId(),
      ws.repos.local.getNodeId(),
    ]);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect([concurrent, await ws.repos.local.getNodeId()]).toEqual([first, first]);
  });
});
