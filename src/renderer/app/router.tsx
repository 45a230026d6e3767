import { Center, Loader } from '@mantine/core';
import { Suspense, createElement, type ReactNode } from 'react';
import { createHashRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { KioskGate } from '#modules/presentations/kiosk';
import { AreaBoundary } from './AreaBoundary';
import { Layout } from './Layout';
import type { ModuleManifest, ModuleRoute } from './module-types';
import { RouteErrorFallback } from './RootBoundary';

/**
 * A routed area: its boundary sits outside the Suspense, so a failed chunk load or a throw
 * inside a lazily loaded page stops at the area, not at the root.
 */
export const area = (name: string, node: ReactNode) => (
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

const element = (route: ModuleRoute) =>
  route.redirect !== undefined ? (
    <Navigate to={route.redirect} replace />
  ) : (
    area(route.area, route.page ? createElement(route.page) : null)
  );

/**
 * The routes of every module: inside the window frame, or on their own (welcome, print); all
 * below the kiosk gate, which holds a locked presentation on its presenter (issue 14).
 */
export function appRoutes(modules: readonly ModuleManifest[]): RouteObject[] {
  return [
    {
      element: (
        <KioskGate>
          <Outlet />
        </KioskGate>
      ),
      errorElement: <RouteErrorFallback />,
      children: moduleRoutes(modules),
    },
  ];
}

function moduleRoutes(modules: readonly ModuleManifest[]): RouteObject[] {
  const routes = modules.flatMap((module) => module.routes ?? []);
  const start = modules.map((module) => module.nav).find((nav) => nav !== undefined)?.path;
  return [
    ...routes
      .filter((route) => route.frame === false)
      .map((route) => ({
        path: route.path,
        element: element(route),
        errorElement: <RouteErrorFallback />,
      })),
    {
      path: '/',
      element: <Layout />,
      // The frame itself failed (the areas below have their own boundaries).
      errorElement: <RouteErrorFallback />,
      children: [
        { index: true, element: <Navigate to={start ?? '/settings'} replace /> },
        ...routes
          .filter((route) => route.frame !== false)
          .map((route) => ({ path: route.path, element: element(route) })),
        { path: '*', element: <Navigate to={start ?? '/settings'} replace /> },
      ],
    },
  ];
}

/** Hash routes: the app:// origin serves one file, so routing lives in the fragment. */
export function createAppRouter(modules: readonly ModuleManifest[]) {
  return createHashRouter(appRoutes(modules));
}
