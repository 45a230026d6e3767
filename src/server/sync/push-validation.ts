import { parseHlc } from '#shared/sync/hlc';
import type { PushRequest } from '#shared/sync/protocol';
import { MAX_FUTURE_MS, pushRequestSchema } from '#shared/sync/protocol';
import { findPushFieldProblem } from '#shared/sync/synced-fields';
import { HttpError, badRequest } from '../http/errors';

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL text holds neither NUL nor unpaired surrogates (the driver would turn them into U+FFFD). */
function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text);
}

/**
 * Validates a whole push before anything is written: the protocol schema (at most
 * MAX_PUSH_CHANGES changes, a small schemaVersion), mids strictly increasing within the push,
 * ids storable as text, no stamp more than 24 h ahead of `nowMs`, and the field rule of
 * findPushFieldProblem: never a reserved field (`id`, `fieldClocks`, …), and of a table the
 * server knows only its fields unless the push's schemaVersion is newer than the server's (a
 * newer client's new fields are stored as opaque values, DESIGN.md). One member's malformed
 * push must not reach every device's merge. Throws HttpError 400 with the path of the first problem.
 */
export function parsePush(body: unknown, nowMs: number): PushRequest {
  const parsed = pushRequestSchema.safeParse(body);
  if (!parsed.success) throw badRequest(parsed.error);
  const push = parsed.data;
  const fieldProblem = findPushFieldProblem(push);
  if (fieldProblem) {
    throw new HttpError(
      400,
      'bad_request',
      `${fieldProblem.path}: ${fieldProblem.message}`,
      fieldProblem.path,
    );
  }
  let previousMid = 0;
  push.mutations.forEach((mutation, m) => {
    if (mutation.mid <= previousMid) {
      throw new HttpError(
        400,
        'bad_request',
        `mutations.${m}.mid: mids must increase within a push (${mutation.mid} follows ${previousMid})`,
        `mutations.${m}.mid`,
      );
    }
    previousMid = mutation.mid;
    mutation.changes.forEach((change, c) => {
      const at = `mutations.${m}.changes.${c}`;
      if (!isStorableText(change.id)) {
        throw new HttpError(
          400,
          'bad_request',
          `${at}.id: contains a NUL character or an unpaired surrogate`,
          `${at}.id`,
        );
      }
      const aheadMs = parseHlc(change.hlc).millis - nowMs;
      if (aheadMs > MAX_FUTURE_MS) {
        throw new HttpError(
          400,
          'clock_ahead',
          `${at}.hlc: stamped ${Math.round(aheadMs / 60_000)} minutes ahead of the server clock (allowed: ${MAX_FUTURE_MS / 60_000})`,
          `${at}.hlc`,
        );
      }
    });
  });
  return push;
}
