import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { settingsMessages } from './messages';

const ProfileForm = lazy(() => import('./ProfileForm').then((m) => ({ default: m.ProfileForm })));
const OfferSettingsForm = lazy(() =>
  import('./OfferSettingsForm').then((m) => ({ default: m.OfferSettingsForm })),
);
const GeneralSettings = lazy(() =>
  import('./GeneralSettings').then((m) => ({ default: m.GeneralSettings })),
);
const CompanyForm = lazy(() => import('./CompanyForm').then((m) => ({ default: m.CompanyForm })));
const SettingsPage = lazy(() =>
  import('./SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

/** Settings: company profile, own profile, offer defaults, language and data; other areas add tabs. */
export const settingsModule: ModuleManifest = {
  id: 'settings',
  messages: [settingsMessages],
  routes: [{ path: 'settings', area: 'settings', page: SettingsPage }],
  nav: { path: '/settings', labelKey: 'nav.settings', shortcut: 'Ctrl+,', order: 90 },
  tables: {
    settings: {
      label: 'sync.tables.settings',
      fields: ['settings.fields', 'settings.profileFields'],
    },
  },
  contributes: {
    'settings.tab': [
      { id: 'company', order: 10, label: 'settings.company', component: CompanyForm },
      { id: 'profile', order: 20, label: 'settings.profile', component: ProfileForm },
      { id: 'offers', order: 30, label: 'settings.offers', component: OfferSettingsForm },
      { id: 'general', order: 90, label: 'settings.general', component: GeneralSettings },
    ],
  },
};
