import { beforeEach, describe, expect, it } from 'vitest';
import { makeOfferSettings } from '../../../../test/factories/domain';
import { defaultOfferSettings } from '#shared/domain';
import { ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((issue) => [issue.path, issue.message]);
};

describe('offer settings repository', () => {
  it('gives the defaults until saved, then the synced settings row `offers`', async () => {
    expect(await ws.repos.offerSettings.get()).toEqual(defaultOfferSettings());
    const settings = makeOfferSettings({ numberScheme: 'AN-{YY}-{device}-{seq:3}' });
    expect(await ws.repos.offerSettings.save(settings)).toEqual(settings);
    expect(await ws.repos.offerSettings.get()).toEqual(settings);
    await ws.repos.offerSettings.save({ ...settings, defaultValidityDays: 14 });
    expect(
      (await ws.repos.outbox.list()).map(({ table, id, field, hlc }) => [table, id, field, hlc]),
    ).toEqual([
      ...[
        ...Object.keys(settings),
        'createdAt',
        'updatedAt',
        'createdBy',
        'updatedBy',
        'deleted',
      ].map((field) => ['settings', 'offers', field, stampN(0)]),
      ...['defaultValidityDays', 'updatedAt', 'updatedBy'].map((field) => [
        'settings',
        'offers',
        field,
        stampN(1),
      ]),
    ]);
    expect((await ws.repos.outbox.list()).at(-1)?.value).toBe(TEST_AUTHOR);
    expect((await ws.repos.outbox.list()).at(-2)?.value).toBe(TEST_TIME);
  });

  it('refuses a number scheme that could collide or is malformed, writing nothing', async () => {
    const save = (numberScheme: string) =>
      issuesOf(ws.repos.offerSettings.save(makeOfferSettings({ numberScheme })));
    expect(await save('A-{YYYY}-{seq:4}')).toEqual([
      [['numberScheme'], 'validation.numberScheme.notUnique'],
    ]);
    expect(await save('A-{YYYY}-{initials}')).toEqual([
      [['numberScheme'], 'validation.numberScheme.noSeq'],
    ]);
    expect(await save('A-{JJJJ}-{initials}-{seq}')).toEqual([
      [['numberScheme'], 'validation.numberScheme.unknownToken'],
    ]);
    expect(
      await issuesOf(ws.repos.offerSettings.save(makeOfferSettings({ defaultValidityDays: 0 }))),
    ).toEqual([[['defaultValidityDays'], expect.any(String)]]);
    expect(await ws.repos.outbox.count()).toBe(0);
  });

  it('falls back to the defaults when the stored row is damaged', async () => {
    await ws.repos.offerSettings.save(makeOfferSettings({ defaultValidityDays: 10 }));
    await ws.db.settings.update('offers', { numberScheme: 'A-{seq}' });
    expect(await ws.repos.offerSettings.get()).toEqual(defaultOfferSettings());
  });
});
