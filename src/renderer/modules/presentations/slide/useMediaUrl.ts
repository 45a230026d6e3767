import { useEffect, useState } from 'react';
import { useRepos } from '#data';
import { loadMedia, mediaUrlNow, retainMedia, type MediaUrl } from './media-cache';

/**
 * The object URL of a blob-store file (a slide's image or video, the deck's logo): null while it
 * loads, `missing` when this device does not have the bytes. Already prepared (prepareMedia), it
 * is there in the first render.
 */
export function useMediaUrl(
  media: { sha256: string; mimeType: string } | null | undefined,
): MediaUrl | null {
  const { blobs } = useRepos();
  const sha256 = media?.sha256 ?? '';
  const mimeType = media?.mimeType ?? '';
  const [state, setState] = useState<{ sha256: string; url: MediaUrl | null }>(() => ({
    sha256,
    url: sha256 ? mediaUrlNow(blobs, sha256) : null,
  }));

  useEffect(() => {
    if (!sha256) return;
    let active = true;
    const release = retainMedia(blobs, sha256, mimeType);
    void loadMedia(blobs, sha256, mimeType).then((url) => {
      if (active) setState({ sha256, url });
    });
    return () => {
      active = false;
      release();
    };
  }, [blobs, sha256, mimeType]);

  if (!sha256) return null;
  return state.sha256 === sha256 ? state.url : mediaUrlNow(blobs, sha256);
}
