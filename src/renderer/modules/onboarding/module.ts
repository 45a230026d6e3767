import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { onboardingMessages } from './messages';

const WelcomePage = lazy(() => import('./WelcomePage').then((m) => ({ default: m.WelcomePage })));

/** The first start: demo data or an empty workspace. */
export const onboardingModule: ModuleManifest = {
  id: 'onboarding',
  messages: [onboardingMessages],
  routes: [{ path: '/welcome', area: 'welcome', page: WelcomePage, frame: false }],
};
