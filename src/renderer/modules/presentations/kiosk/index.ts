// The kiosk lock of a presentation (issue 14): what the presenter page and the shell use.
export { KioskStartButton } from './KioskStartButton';
export { KioskUnlockDialog } from './KioskUnlockDialog';
export { KioskGate } from './KioskGate';
export { KioskHelp } from './KioskHelp';
export { useKiosk } from './useKiosk';
export type { Kiosk } from './useKiosk';
export { isKioskLocked } from './kiosk';
export { KIOSK_STORAGE_KEY, kioskRedirect } from './kiosk-store';
export type { KioskState, UnlockResult } from './kiosk-store';
export { kioskMessages } from './messages';
