const types: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** The file extensions a slide takes: images, and videos where `video` is allowed. */
export const mediaExtensions = (video: boolean): string[] =>
  Object.entries(types)
    .filter(([, type]) => video || type.startsWith('image/'))
    .map(([extension]) => extension);

/** The MIME type of a picked file by its extension ('' when it is none a slide takes). */
export function slideMediaType(fileName: string): string {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  return types[extension] ?? '';
}
