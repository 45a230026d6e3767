import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PullReply, PushReply } from '#shared/sync/protocol';
import { MAX_PUSH_BYTES, SHA256_PATTERN, pullQuerySchema } from '#shared/sync/protocol';
import type { Principal } from '../auth/tokens';
import { checkBlobQuota, getBlob, putBlob } from '../sync/blobs';
import { applyPush, readChanges } from '../sync/change-log';
import { parsePush } from '../sync/push-validation';
import type { ServerContext } from './context';
import { serverTime } from './context';
import { HttpError, badRequest } from './errors';
import { forbidden, requirePrincipal } from './guards';
import { formatBytes } from './limits';

/** Workspace ids the server makes are UUIDs; anything outside this alphabet is no workspace. */
const WORKSPACE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

type WorkspaceParams = { ws: string };
type BlobParams = WorkspaceParams & { sha256: string };

const PRINCIPAL = 'principal';

function principalOf(request: FastifyRequest): Principal {
  return request.getDecorator<Principal>(PRINCIPAL);
}

function checkSha256(sha256: string): void {
  if (!SHA256_PATTERN.test(sha256)) {
    throw new HttpError(400, 'bad_request', 'sha256: expected 64 lower-case hex digits', 'sha256');
  }
}

/** 413 for a blob over the size limit. */
function blobTooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    'payload_too_large',
    `The blob is larger than this server's limit of ${formatBytes(limit)}`,
  );
}

/**
 * Blobs travel as raw bytes of any content type, up to the blob limit. A PUT whose announced
 * length is over the limit or the workspace's quota is refused before its body is read.
 */
function registerBlobRoutes(app: FastifyInstance, context: ServerContext): void {
  const { blobBytes, workspaceBlobBytes } = context.limits;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.put<{ Params: BlobParams }>(
    '/blobs/:sha256',
    {
      bodyLimit: blobBytes,
      onRequest: async (request: FastifyRequest<{ Params: BlobParams }>) => {
        checkSha256(request.params.sha256);
        const announced = Number(request.headers['content-length'] ?? 0);
        if (announced > blobBytes) throw blobTooLarge(blobBytes);
        await checkBlobQuota(context.db, {
          workspaceId: request.params.ws,
          sha256: request.params.sha256,
          size: announced,
          quotaBytes: workspaceBlobBytes,
        });
      },
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const created = await putBlob(context.db, {
        workspaceId: request.params.ws,
        sha256: request.params.sha256,
        bytes,
        quotaBytes: workspaceBlobBytes,
      });
      return reply
        .code(created ? 201 : 200)
        .send({ sha256: request.params.sha256, size: bytes.length });
    },
  );

  app.get<{ Params: BlobParams }>('/blobs/:sha256', async (request, reply) => {
    checkSha256(request.params.sha256);
    const bytes = await getBlob(context.db, {
      workspaceId: request.params.ws,
      sha256: request.params.sha256,
    });
    if (!bytes) {
      throw new HttpError(404, 'not_found', `No blob ${request.params.sha256} in this workspace`);
    }
    return reply.type('application/octet-stream').send(bytes);
  });
}

/**
 * The routes under /v1/workspaces/:ws: push, pull and blobs. Every request is authenticated,
 * counted against the per-user request limit and checked for membership before its body is read.
 */
export async function registerWorkspaceRoutes(
  app: FastifyInstance,
  context: ServerContext,
): Promise<void> {
  app.decorateRequest(PRINCIPAL, null);
  app.addHook('onRequest', async (request: FastifyRequest<{ Params: WorkspaceParams }>) => {
    const ws = request.params.ws;
    const workspaceId = WORKSPACE_ID_PATTERN.test(ws) ? ws : undefined;
    const { userId, role } = await requirePrincipal(request, context, workspaceId);
    if (!role) throw forbidden();
    request.setDecorator<Principal>(PRINCIPAL, { userId, role });
  });

  app.post<{ Params: WorkspaceParams }>(
    '/push',
    { bodyLimit: MAX_PUSH_BYTES },
    async (request): Promise<PushReply> => {
      const push = parsePush(request.body, context.now());
      const result = await applyPush(context.db, {
        workspaceId: request.params.ws,
        userId: principalOf(request).userId,
        push,
      });
      request.log.debug({ clientId: push.clientId, ...result }, 'push applied');
      return { lastMid: result.lastMid, serverTime: serverTime(context) };
    },
  );

  app.get<{ Params: WorkspaceParams }>('/changes', async (request): Promise<PullReply> => {
    const query = pullQuerySchema.safeParse(request.query);
    if (!query.success) throw badRequest(query.error);
    const workspaceId = request.params.ws;
    const page = await readChanges(context.db, { workspaceId, ...query.data });
    const rows = await context.db.query<{ epoch: string; last_seq: number | string }>(
      'select epoch, next_seq - 1 as last_seq from workspaces where id = $1',
      [workspaceId],
    );
    const [workspace] = rows;
    if (workspace === undefined) throw forbidden(); // deleted since the membership check
    // lastSeq lets a client show the progress of a long (initial) sync.
    const lastSeq = Math.max(Number(workspace.last_seq), page.nextSeq);
    return { ...page, epoch: workspace.epoch, lastSeq, serverTime: serverTime(context) };
  });

  await app.register(async (blobs) => registerBlobRoutes(blobs, context));
}
