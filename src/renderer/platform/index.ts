import { selectPlatform } from './select';
import type { Platform } from './types';

export type {
  FileFilter,
  MenuCommand,
  MenuSetNavigationRequest,
  OpenFileRequest,
  OpenedFile,
  Platform,
  PlatformAppInfo,
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
