/** UI texts of the first start, merged into i18n under `onboarding`. */
import { defineMessages } from '../../i18n/define-messages';

const de = {
  title: 'Willkommen bei Quotient',
  text: 'Angebote, Kalkulationen und Kunden – auch ohne Netz. Wie möchten Sie beginnen?',
  demo: 'Mit Demodaten starten',
  demoText: 'Eine IT-Beratung mit Kunden, Kontakten und Verkaufschancen zum Ausprobieren.',
  empty: 'Leer starten',
  emptyText: 'Ein leerer Arbeitsbereich für Ihre eigenen Daten.',
  yourName: 'Ihr Name',
  yourInitials: 'Kürzel',
  importing: 'Demodaten werden geladen …',
  failed: 'Die Demodaten konnten nicht geladen werden: {{reason}}',
};

const en = {
  title: 'Welcome to Quotient',
  text: 'Offers, calculations and clients – even without a network. How would you like to start?',
  demo: 'Start with demo data',
  demoText: 'An IT consultancy with clients, contacts and opportunities to try things out.',
  empty: 'Start empty',
  emptyText: 'An empty workspace for your own data.',
  yourName: 'Your name',
  yourInitials: 'Initials',
  importing: 'Loading demo data …',
  failed: 'The demo data could not be loaded: {{reason}}',
};

export const onboardingMessages = defineMessages('onboarding', de, en);
