import { beforeEach, describe, expect, it } from 'vitest';
import { BlobIntegrityError, MAX_BLOB_BYTES } from './blobs.repository';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const pdf = new TextEncoder().encode('%PDF-1.7 Datenblatt');

describe('blobs', () => {
  it('stores bytes under their SHA-256, once, without outbox entries', async () => {
    const first = await ws.repos.blobs.put({ data: pdf, type: 'application/pdf' });
    const second = await ws.repos.blobs.put({ data: pdf, type: 'application/pdf' });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    const stored = await ws.repos.blobs.get(first);
    expect({ type: stored?.type, size: stored?.size, data: [...(stored?.data ?? [])] }).toEqual({
      type: 'application/pdf',
      size: pdf.byteLength,
      data: [...pdf],
    });
    expect(await ws.db.blobs.count()).toBe(1);
    expect(await ws.repos.outbox.count()).toBe(0);
    expect([await ws.repos.blobs.has(first), await ws.repos.blobs.has('0'.repeat(64))]).toEqual([
      true,
      false,
    ]);
  });

  it('refuses bytes whose stored copy no longer matches the hash', async () => {
    const sha256 = await ws.repos.blobs.put({ data: pdf, type: 'application/pdf' });
    await ws.db.blobs.update(sha256, { data: new TextEncoder().encode('manipuliert') });
    await expect(ws.repos.blobs.get(sha256)).rejects.toBeInstanceOf(BlobIntegrityError);
  });

  it('refuses a file over the size limit and stores nothing', async () => {
    const huge = { byteLength: MAX_BLOB_BYTES + 1 } as Uint8Array;
    await expect(ws.repos.blobs.put({ data: huge, type: 'application/pdf' })).rejects.toThrow(
      RangeError,
    );
    expect(await ws.db.blobs.count()).toBe(0);
  });
});
