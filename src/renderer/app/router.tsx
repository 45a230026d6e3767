import { lazy, Suspense, type ReactNode } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { Loader, Center } from '@mantine/core';
import { ClientListPage } from '../features/clients/ClientListPage';
import { Layout } from './Layout';

const ClientDetailPage = lazy(() =>
  import('../features/clients/ClientDetailPage').then((m) => ({ default: m.ClientDetailPage })),
);
const PipelinePage = lazy(() =>
  import('../features/pipeline/PipelinePage').then((m) => ({ default: m.PipelinePage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const CatalogPage = lazy(() =>
  import('../features/catalog/CatalogPage').then((m) => ({ default: m.CatalogPage })),
);
const CalculatorPage = lazy(() =>
  import('../features/calculator/CalculatorPage').then((m) => ({ default: m.CalculatorPage })),
);
const OffersPage = lazy(() =>
  import('../features/offers/OffersPage').then((m) => ({ default: m.OffersPage })),
);
const OfferEditorPage = lazy(() =>
  import('../features/offers/OfferEditorPage').then((m) => ({ default: m.OfferEditorPage })),
);
const TextBlocksPage = lazy(() =>
  import('../features/text-blocks/TextBlocksPage').then((m) => ({ default: m.TextBlocksPage })),
);
const PrintOfferPage = lazy(() =>
  import('../features/print/PrintOfferPage').then((m) => ({ default: m.PrintOfferPage })),
);
const ConflictsPage = lazy(() =>
  import('../features/sync/ConflictsPage').then((m) => ({ default: m.ConflictsPage })),
);
const WelcomePage = lazy(() =>
  import('../features/onboarding/WelcomePage').then((m) => ({ default: m.WelcomePage })),
);

const suspend = (node: ReactNode) => (
  <Suspense
    fallback={
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    }
  >
    {node}
  </Suspense>
);

/** Hash routes: the app:// origin serves one file, so routing lives in the fragment. */
export function createAppRouter() {
  return createHashRouter([
    { path: '/welcome', element: suspend(<WelcomePage />) },
    { path: '/print/offers/:offerId', element: suspend(<PrintOfferPage />) },
    {
      path: '/',
      element: <Layout />,
      children: [
        { index: true, element: <Navigate to="/clients" replace /> },
        { path: 'clients', element: <ClientListPage /> },
        { path: 'clients/:clientId', element: suspend(<ClientDetailPage />) },
        { path: 'pipeline', element: suspend(<PipelinePage />) },
        { path: 'offers', element: suspend(<OffersPage />) },
        { path: 'offers/:offerId', element: suspend(<OfferEditorPage />) },
        { path: 'catalog', element: suspend(<CatalogPage />) },
        { path: 'calculator', element: suspend(<CalculatorPage />) },
        { path: 'texts', element: suspend(<TextBlocksPage />) },
        { path: 'settings', element: suspend(<SettingsPage />) },
        { path: 'sync/conflicts', element: suspend(<ConflictsPage />) },
        { path: '*', element: <Navigate to="/clients" replace /> },
      ],
    },
  ]);
}
