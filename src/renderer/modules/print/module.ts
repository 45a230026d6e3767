import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';

const PrintOfferPage = lazy(() =>
  import('./PrintOfferPage').then((m) => ({ default: m.PrintOfferPage })),
);

/** The offer's print view (PDF), outside the window frame. */
export const printModule: ModuleManifest = {
  id: 'print',
  routes: [{ path: '/print/offers/:offerId', area: 'print', page: PrintOfferPage, frame: false }],
};
