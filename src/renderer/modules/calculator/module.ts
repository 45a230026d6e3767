import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { calculatorMessages } from './messages';

const CalculatorPage = lazy(() =>
  import('./CalculatorPage').then((m) => ({ default: m.CalculatorPage })),
);

/** The price calculators (German trade calculation, markup, day rate, PERT, Skonto). */
export const calculatorModule: ModuleManifest = {
  id: 'calculator',
  messages: [calculatorMessages],
  routes: [{ path: 'calculator', area: 'calculator', page: CalculatorPage }],
  nav: { path: '/calculator', labelKey: 'nav.calculator', shortcut: 'Ctrl+5', order: 50 },
};
