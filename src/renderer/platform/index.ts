import { selectPlatform } from './select';
import type { Platform } from './types';

export type {
  DisplayInfo,
  FileFilter,
  MenuCommand,
  MenuSetNavigationRequest,
  OpenAudienceRequest,
  OpenAudienceResult,
  OpenFileRequest,
  OpenedFile,
  Platform,
  PlatformAppInfo,
  PresentationPlatform,
  SaveFileRequest,
  SaveFileResult,
} from './types';
export { PlatformError } from './errors';
export { persistenceNotice } from './storage-persistence';
export type { PersistState } from './storage-persistence';
export type { PlatformErrorCode } from './errors';

/** The one platform of this renderer, chosen once at start-up. */
export const platform: Platform = selectPlatform(
  typeof window === 'undefined' ? undefined : window,
);
