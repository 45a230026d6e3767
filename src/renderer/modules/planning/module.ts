import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { planExportMessages } from './export/messages';
import { planningMessages } from './messages';
import { planViewMessages } from './views/messages';

const PlanTab = lazy(() => import('./PlanTab').then((m) => ({ default: m.PlanTab })));

/**
 * Project planning inside offers (issue 15): the offer editor's "Projektplan" tab with the work
 * breakdown and three-point estimates that generate the offer's service lines, the network plan
 * on the plan's working-day calendar, the Gantt chart, network diagram and resource view
 * (views/), milestones and the payment plan, and the MS Project export (export/).
 */
export const planningModule: ModuleManifest = {
  id: 'planning',
  messages: [planningMessages, planViewMessages, planExportMessages],
  // The plan tab's keys, listed in "?" on the offer editor (the tab is part of that screen).
  screenShortcuts: [
    {
      screen: 'plan',
      matches: (pathname) => /^\/offers\/[^/]+$/.test(pathname),
      rows: [
        { keys: ['Enter', '↑', '↓'], label: 'planning.shortcuts.rows' },
        { keys: ['Ctrl+Enter'], label: 'planning.shortcuts.newPackage' },
        { keys: ['Alt+→', 'Alt+←'], label: 'planning.shortcuts.indent' },
        { keys: ['Alt+↑', 'Alt+↓'], label: 'planning.shortcuts.move' },
        { keys: ['Ctrl+Del'], label: 'planning.shortcuts.remove' },
        { keys: ['Alt+Enter'], label: 'planning.shortcuts.details' },
      ],
    },
  ],
  tables: {
    projectPlans: { label: 'planning.tables.projectPlans', fields: ['planning.fields'] },
    workPackages: { label: 'planning.tables.workPackages', fields: ['planning.fields'] },
    planDependencies: { label: 'planning.tables.planDependencies', fields: ['planning.fields'] },
    planMilestones: { label: 'planning.tables.planMilestones', fields: ['planning.fields'] },
    paymentInstalments: {
      label: 'planning.tables.paymentInstalments',
      fields: ['planning.fields'],
    },
  },
  contributes: {
    'offerEditor.tab': [{ id: 'plan', order: 10, label: 'planning.tab', component: PlanTab }],
  },
};
