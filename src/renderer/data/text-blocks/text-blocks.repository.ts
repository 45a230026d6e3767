import { textBlockInputSchema } from '#shared/domain';
import type { TextBlock, TextBlockInput } from '#shared/domain';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import type { WriteContext } from '../core/write';

/** The text-block library; `list` is by title (code-unit order), every language and chapter. */
export type TextBlocksRepository = EntityRepository<TextBlockInput, TextBlock>;

/** The text blocks repository. */
export function createTextBlocksRepository(ctx: WriteContext): TextBlocksRepository {
  return createEntityRepository({
    ctx,
    table: 'textBlocks',
    schema: textBlockInputSchema,
    sortKey: (block) => block.title,
  });
}
