import { lazy, Suspense, type ReactNode } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { Loader, Center } from '@mantine/core';
import { ClientListPage } from '#modules/clients/ClientListPage';
import { AreaBoundary, type AreaName } from './AreaBoundary';
import { Layout } from './Layout';
import { RouteErrorFallback } from './RootBoundary';

const ClientDetailPage = lazy(() =>
  import('#modules/clients/ClientDetailPage').then((m) => ({ default: m.ClientDetailPage })),
);
const PipelinePage = lazy(() =>
  import('#modules/pipeline/PipelinePage').then((m) => ({ default: m.PipelinePage })),
);
const SettingsPage = lazy(() =>
  import('#modules/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const CatalogPage = lazy(() =>
  import('#modules/catalog/CatalogPage').then((m) => ({ default: m.CatalogPage })),
);
const CalculatorPage = lazy(() =>
  import('#modules/calculator/CalculatorPage').then((m) => ({ default: m.CalculatorPage })),
);
const OffersPage = lazy(() =>
  import('#modules/offers/OffersPage').then((m) => ({ default: m.OffersPage })),
);
const OfferEditorPage = lazy(() =>
  import('#modules/offers/OfferEditorPage').then((m) => ({ default: m.OfferEditorPage })),
);
const TextBlocksPage = lazy(() =>
  import('#modules/text-blocks/TextBlocksPage').then((m) => ({ default: m.TextBlocksPage })),
);
const PrintOfferPage = lazy(() =>
  import('#modules/print/PrintOfferPage').then((m) => ({ default: m.PrintOfferPage })),
);
const ConflictsPage = lazy(() =>
  import('#modules/sync/ConflictsPage').then((m) => ({ default: m.ConflictsPage })),
);
const TrashPage = lazy(() =>
  import('#modules/trash/TrashPage').then((m) => ({ default: m.TrashPage })),
);
const WelcomePage = lazy(() =>
  import('#modules/onboarding/WelcomePage').then((m) => ({ default: m.WelcomePage })),
);

/**
 * A routed area: its boundary sits outside the Suspense, so a failed chunk load or a throw
 * inside a lazily loaded page stops at the area, not at the root.
 */
export const area = (name: AreaName, node: ReactNode) => (
  <AreaBoundary area={name}>
    <Suspense
      fallback={
        <Center h={200}>
          <Loader size="sm" />
        </Center>
      }
    >
      {node}
    </Suspense>
  </AreaBoundary>
);

/** Hash routes: the app:// origin serves one file, so routing lives in the fragment. */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/welcome',
      element: area('welcome', <WelcomePage />),
      errorElement: <RouteErrorFallback />,
    },
    {
      path: '/print/offers/:offerId',
      element: area('print', <PrintOfferPage />),
      errorElement: <RouteErrorFallback />,
    },
    {
      path: '/',
      element: <Layout />,
      // The frame itself failed (the areas below have their own boundaries).
      errorElement: <RouteErrorFallback />,
      children: [
        { index: true, element: <Navigate to="/clients" replace /> },
        { path: 'clients', element: area('clients', <ClientListPage />) },
        { path: 'clients/:clientId', element: area('client', <ClientDetailPage />) },
        { path: 'pipeline', element: area('pipeline', <PipelinePage />) },
        { path: 'offers', element: area('offers', <OffersPage />) },
        { path: 'offers/:offerId', element: area('offer', <OfferEditorPage />) },
        { path: 'catalog', element: area('catalog', <CatalogPage />) },
        { path: 'calculator', element: area('calculator', <CalculatorPage />) },
        { path: 'texts', element: area('texts', <TextBlocksPage />) },
        { path: 'settings', element: area('settings', <SettingsPage />) },
        { path: 'sync/conflicts', element: area('conflicts', <ConflictsPage />) },
        { path: 'trash', element: <Navigate to="/trash/clients" replace /> },
        { path: 'trash/:area', element: area('trash', <TrashPage />) },
        { path: '*', element: <Navigate to="/clients" replace /> },
      ],
    },
  ]);
}
