import { clientInputSchema } from '#shared/domain';
import type { Client, ClientInput } from '#shared/domain';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import type { WriteContext } from '../core/write';

/** Clients; `list` is by name (code-unit order; sort with a collator for display). */
export type ClientsRepository = EntityRepository<ClientInput, Client>;

/** The clients repository over a write context. */
export function createClientsRepository(ctx: WriteContext): ClientsRepository {
  return createEntityRepository({ ctx, table: 'clients', schema: clientInputSchema });
}
