// `window.quotient` as the preload exposes it; the type is derived from the IPC contract.
// Optional: the browser build has no preload, and platform/ picks its implementation by it.
import type { QuotientApi } from '#shared/ipc/api';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    readonly quotient?: QuotientApi;
  }
}

export {};
