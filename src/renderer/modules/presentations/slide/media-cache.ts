import type { BlobRepository } from '#data';

/** What a blob is on this device: an object URL, or missing (not synced down yet). */
export type MediaUrl = { status: 'ready'; url: string } | { status: 'missing' };

type Entry = {
  promise: Promise<MediaUrl>;
  result: MediaUrl | null;
  /** Mounted views showing it: an entry in use is never revoked. */
  refs: number;
  decoded: Promise<void> | null;
  lastUsed: number;
};

/** Object URLs kept per window beyond those in use (a deck's images, ready for the next slide). */
const KEEP = 120;
const caches = new WeakMap<BlobRepository, Map<string, Entry>>();
let clock = 0;

const cacheOf = (blobs: BlobRepository) => {
  let cache = caches.get(blobs);
  if (!cache) caches.set(blobs, (cache = new Map()));
  return cache;
};

function entryFor(blobs: BlobRepository, sha256: string, mimeType: string): Entry {
  const cache = cacheOf(blobs);
  let entry = cache.get(sha256);
  if (!entry) {
    const created: Entry = {
      result: null,
      refs: 0,
      decoded: null,
      lastUsed: ++clock,
      promise: blobs.get(sha256).then(
        (blob): MediaUrl =>
          blob
            ? {
                status: 'ready',
                url: URL.createObjectURL(
                  new Blob([blob.data as Uint8Array<ArrayBuffer>], { type: mimeType || blob.type }),
                ),
              }
            : { status: 'missing' },
        // Unreadable bytes (integrity error) show as missing rather than breaking the slide.
        (): MediaUrl => ({ status: 'missing' }),
      ),
    };
    created.promise = created.promise.then((result) => {
      created.result = result;
      // A missing blob may arrive by sync later: forget it so that the next view asks again.
      if (result.status === 'missing' && cache.get(sha256) === created) cache.delete(sha256);
      return result;
    });
    cache.set(sha256, created);
    evict(cache);
    entry = created;
  }
  entry.lastUsed = ++clock;
  return entry;
}

function evict(cache: Map<string, Entry>) {
  if (cache.size <= KEEP) return;
  const idle = [...cache.entries()]
    .filter(([, entry]) => entry.refs === 0 && entry.result !== null)
    .sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
  for (const [sha256, entry] of idle.slice(0, cache.size - KEEP)) {
    cache.delete(sha256);
    if (entry.result?.status === 'ready') URL.revokeObjectURL(entry.result.url);
  }
}

/** The blob's URL if it is already loaded (a prepared slide draws its image in its first frame). */
export function mediaUrlNow(blobs: BlobRepository, sha256: string): MediaUrl | null {
  return cacheOf(blobs).get(sha256)?.result ?? null;
}

/** Loads the blob into an object URL (once per window and blob). */
export function loadMedia(blobs: BlobRepository, sha256: string, mimeType: string) {
  return entryFor(blobs, sha256, mimeType).promise;
}

/** Marks the blob in use by a mounted view; returns the release. */
export function retainMedia(blobs: BlobRepository, sha256: string, mimeType: string) {
  const entry = entryFor(blobs, sha256, mimeType);
  entry.refs += 1;
  return () => {
    entry.refs -= 1;
  };
}

/**
 * Loads an image and decodes it ahead, so the slide showing it later paints in one frame
 * (videos: the URL only; the element buffers itself). Never rejects.
 */
export function prepareMedia(
  blobs: BlobRepository,
  media: { sha256: string; mimeType: string; kind: 'image' | 'video' },
): Promise<void> {
  const entry = entryFor(blobs, media.sha256, media.mimeType);
  entry.decoded ??= entry.promise.then(async (result) => {
    if (result.status !== 'ready' || media.kind !== 'image') return;
    const image = new Image();
    image.src = result.url;
    try {
      await image.decode();
    } catch {
      // A broken image shows as broken on the slide; preparing it is not the place to say so.
    }
  });
  return entry.decoded;
}
