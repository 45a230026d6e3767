import type { QuotientApi } from '#shared/ipc/api';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './types';

/** Electron when the preload exposed `quotient`, the browser implementation otherwise. */
export function selectPlatform(target: { quotient?: QuotientApi } | undefined): Platform {
  return target?.quotient ? createElectronPlatform(target.quotient) : createBrowserPlatform();
}
