/**
 * UI texts of the planning module (issue 15): the offer editor's "Projektplan" tab (work
 * breakdown, estimates, dependencies, schedule settings, milestones, payment plan), the table
 * and field names of its synced tables and the domain's validation messages. Merged into i18n
 * under `planning`; views/ and export/ have their own bundles, listed beside this one in module.ts.
 */
import { defineMessages } from '../../i18n/define-messages';

const de = {
  tab: 'Projektplan',
  tables: {
    projectPlans: 'Projektpläne',
    workPackages: 'Arbeitspakete',
    planDependencies: 'Abhängigkeiten',
    planMilestones: 'Meilensteine',
    paymentInstalments: 'Zahlungsplan',
  },
  fields: {
    offerId: 'Angebot',
    planId: 'Projektplan',
    startDate: 'Projektstart',
    country: 'Land',
    region: 'Bundesland / Region',
    companyHolidays: 'Betriebsferien',
    confidencePct: 'Konfidenzniveau',
    contingency: 'Risikoreserve',
    deadline: 'Wunschtermin',
    parentId: 'Phase',
    position: 'Reihenfolge',
    name: 'Bezeichnung',
    roleId: 'Rolle',
    optimistic: 'Optimistisch (PT)',
    mostLikely: 'Wahrscheinlich (PT)',
    pessimistic: 'Pessimistisch (PT)',
    team: 'Personen parallel',
    deliverables: 'Ergebnisse',
    description: 'Beschreibung',
    predecessorId: 'Vorgänger',
    successorId: 'Nachfolger',
    lagDays: 'Abstand (Arbeitstage)',
    packageId: 'Arbeitspaket',
    label: 'Bezeichnung',
    percent: 'Anteil (%)',
    dueKind: 'Fällig',
    milestoneId: 'Meilenstein',
    dueDate: 'Fällig am',
  },
  validation: {
    holidayRange: 'Das Ende liegt vor dem Beginn.',
    mostLikelyBelowOptimistic: 'Der wahrscheinliche Wert liegt unter dem optimistischen.',
    pessimisticBelowMostLikely: 'Der pessimistische Wert liegt unter dem wahrscheinlichen.',
    percent: 'Der Anteil muss über 0 % liegen.',
  },
};

const en = {
  tab: 'Project plan',
  tables: {
    projectPlans: 'Project plans',
    workPackages: 'Work packages',
    planDependencies: 'Dependencies',
    planMilestones: 'Milestones',
    paymentInstalments: 'Payment plan',
  },
  fields: {
    offerId: 'Offer',
    planId: 'Project plan',
    startDate: 'Project start',
    country: 'Country',
    region: 'State / region',
    companyHolidays: 'Company holidays',
    confidencePct: 'Confidence level',
    contingency: 'Risk reserve',
    deadline: 'Target date',
    parentId: 'Phase',
    position: 'Order',
    name: 'Name',
    roleId: 'Role',
    optimistic: 'Optimistic (PD)',
    mostLikely: 'Most likely (PD)',
    pessimistic: 'Pessimistic (PD)',
    team: 'People in parallel',
    deliverables: 'Deliverables',
    description: 'Description',
    predecessorId: 'Predecessor',
    successorId: 'Successor',
    lagDays: 'Lag (working days)',
    packageId: 'Work package',
    label: 'Label',
    percent: 'Share (%)',
    dueKind: 'Due',
    milestoneId: 'Milestone',
    dueDate: 'Due on',
  },
  validation: {
    holidayRange: 'The end is before the start.',
    mostLikelyBelowOptimistic: 'The most likely value is below the optimistic one.',
    pessimisticBelowMostLikely: 'The pessimistic value is below the most likely one.',
    percent: 'The share must be above 0 %.',
  },
};

export const planningMessages = defineMessages('planning', de, en);
