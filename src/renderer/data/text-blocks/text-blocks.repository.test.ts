import { beforeEach, describe, expect, it } from 'vitest';
import { makeTextBlockInput } from '../../../../test/factories/domain';
import { ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

describe('text blocks', () => {
  it('creates a block with row metadata and one outbox record of all its fields', async () => {
    const input = makeTextBlockInput();
    const block = await ws.repos.textBlocks.create(input);
    expect(block).toEqual({
      ...input,
      id: block.id,
      createdAt: TEST_TIME,
      updatedAt: TEST_TIME,
      createdBy: TEST_AUTHOR,
      updatedBy: TEST_AUTHOR,
      deleted: false,
    });
    const changes = (await ws.repos.outbox.list()).map(({ field, value, hlc, table }) => ({
      table,
      field,
      value,
      hlc,
    }));
    expect(changes.find((change) => change.field === 'body')).toEqual({
      table: 'textBlocks',
      field: 'body',
      value: input.body,
      hlc: stampN(0),
    });
    expect(changes.map((change) => change.field).sort()).toEqual(
      [...Object.keys(input), 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'deleted'].sort(),
    );
  });

  it('updates, lists by title, removes and restores', async () => {
    const b = await ws.repos.textBlocks.create(makeTextBlockInput({ title: 'Vorgehen' }));
    const a = await ws.repos.textBlocks.create(makeTextBlockInput({ title: 'Annahmen' }));
    const en = await ws.repos.textBlocks.create(
      makeTextBlockInput({ title: 'Assumptions', language: 'en', chapter: 'assumptions' }),
    );
    const updated = await ws.repos.textBlocks.update(a.id, { chapter: 'assumptions', tags: [] });
    expect(updated).toEqual({ ...a, chapter: 'assumptions', tags: [] });
    expect((await ws.repos.textBlocks.list()).map((block) => block.title)).toEqual([
      'Annahmen',
      'Assumptions',
      'Vorgehen',
    ]);
    await ws.repos.textBlocks.remove(en.id);
    expect((await ws.repos.textBlocks.list()).map((block) => block.id)).toEqual([a.id, b.id]);
    expect((await ws.repos.textBlocks.get(en.id))?.deleted).toBe(true);
    await ws.repos.textBlocks.restore(en.id);
    expect(await ws.repos.textBlocks.list()).toHaveLength(3);
  });

  it('refuses bad input and writes nothing', async () => {
    const bad = [
      makeTextBlockInput({ title: ' ' }),
      makeTextBlockInput({ body: '   \n ' }),
      makeTextBlockInput({ body: 'x'.repeat(20_001) }),
      { ...makeTextBlockInput(), language: 'fr' },
      { ...makeTextBlockInput(), chapter: 'preface' },
      makeTextBlockInput({ tags: [''] }),
    ];
    const error = await ws.repos.textBlocks
      .bulkCreate(bad as never[])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[0, 'title'], 'validation.required'],
      [[1, 'body'], 'validation.required'],
      [[2, 'body'], 'validation.tooLong'],
      [[3, 'language'], expect.any(String)],
      [[4, 'chapter'], expect.any(String)],
      [[5, 'tags', 0], expect.any(String)],
    ]);
    expect(await ws.repos.outbox.count()).toBe(0);
    // A body of exactly 20,000 characters is fine.
    await expect(
      ws.repos.textBlocks.create(makeTextBlockInput({ body: 'x'.repeat(20_000) })),
    ).resolves.toMatchObject({ body: 'x'.repeat(20_000) });
  });

  it('creates many in one write', async () => {
    const created = await ws.repos.textBlocks.bulkCreate([
      makeTextBlockInput({ title: 'A' }),
      makeTextBlockInput({ title: 'B', language: 'en' }),
    ]);
    expect(created.map((block) => [block.title, block.language])).toEqual([
      ['A', 'de'],
      ['B', 'en'],
    ]);
    expect(new Set((await ws.repos.outbox.list()).map((change) => change.hlc))).toEqual(
      new Set([stampN(0)]),
    );
  });
});
