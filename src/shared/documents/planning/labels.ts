import type { Language } from '../../domain';

/** Every text the plan chapter (Word) and the payment-plan sheet (Excel) print. */
export type PlanLabels = {
  chapter: string;
  summary: (start: string, finish: string, workingDays: number, effort: string) => string;
  unscheduled: string;
  ganttCaption: string;
  ganttOverviewCaption: string;
  scheduleTitle: string;
  scheduleColumns: readonly [string, string, string, string, string];
  totalEffort: string;
  milestonesTitle: string;
  milestoneColumns: readonly [string, string, string];
  paymentsTitle: string;
  paymentsIntro: (days: number) => string;
  paymentColumns: readonly [string, string, string, string, string];
  atMilestone: (name: string) => string;
  onDate: string;
  paymentTotal: string;
  sheet: string;
  sheetTitle: string;
  oneTimeNet: string;
  sheetNote: string;
  dateFormat: string;
};

const LABELS: Record<Language, PlanLabels> = {
  de: {
    chapter: 'Projektplan',
    summary: (start, finish, workingDays, effort) =>
      `Das Projekt beginnt am ${start} und endet voraussichtlich am ${finish}: ${workingDays} Arbeitstage mit einem erwarteten Aufwand von ${effort} Personentagen.`,
    unscheduled: 'Der Zeitplan wird zurzeit überarbeitet; die Termine folgen.',
    ganttCaption: 'Zeitplan (Gantt-Diagramm): kritischer Pfad rot, ◆ Meilenstein',
    ganttOverviewCaption:
      'Zeitplan der Phasen (Gantt-Diagramm): ◆ Meilenstein; die Arbeitspakete stehen in der Tabelle',
    scheduleTitle: 'Phasen und Arbeitspakete',
    scheduleColumns: ['Nr.', 'Phase / Arbeitspaket', 'Beginn', 'Ende', 'Aufwand (PT)'],
    totalEffort: 'Gesamtaufwand (erwartet)',
    milestonesTitle: 'Meilensteine',
    milestoneColumns: ['Meilenstein', 'Erreicht mit', 'Datum'],
    paymentsTitle: 'Zahlungsplan',
    paymentsIntro: (days) =>
      `Die einmaligen Leistungen werden in Raten berechnet. Eine Rate zu einem Meilenstein ist ${days} Tage nach seinem Erreichen fällig; die Termine unten gelten bei planmäßigem Verlauf. Beträge netto zuzüglich Umsatzsteuer.`,
    paymentColumns: ['Rate', 'Fällig bei', 'Fällig am', 'Anteil', 'Betrag (netto)'],
    atMilestone: (name) => name,
    onDate: 'fester Termin',
    paymentTotal: 'Summe',
    sheet: 'Zahlungsplan',
    sheetTitle: 'Zahlungsplan der einmaligen Leistungen',
    oneTimeNet: 'Einmalige Leistungen netto',
    sheetNote:
      'Die Beträge folgen der Nettosumme im Blatt „Angebot“; die letzte Rate gleicht Rundungen aus.',
    dateFormat: 'dd.mm.yyyy',
  },
  en: {
    chapter: 'Project plan',
    summary: (start, finish, workingDays, effort) =>
      `The project starts on ${start} and is expected to finish on ${finish}: ${workingDays} working days with an expected effort of ${effort} person-days.`,
    unscheduled: 'The schedule is being revised; the dates will follow.',
    ganttCaption: 'Schedule (Gantt chart): critical path in red, ◆ milestone',
    ganttOverviewCaption:
      'Schedule of the phases (Gantt chart): ◆ milestone; the work packages are listed in the table',
    scheduleTitle: 'Phases and work packages',
    scheduleColumns: ['No.', 'Phase / work package', 'Start', 'Finish', 'Effort (PD)'],
    totalEffort: 'Total effort (expected)',
    milestonesTitle: 'Milestones',
    milestoneColumns: ['Milestone', 'Reached with', 'Date'],
    paymentsTitle: 'Payment plan',
    paymentsIntro: (days) =>
      `The one-time services are invoiced in instalments. An instalment at a milestone is due ${days} days after it is reached; the dates below assume the plan is kept. Amounts net, plus VAT.`,
    paymentColumns: ['Instalment', 'Due at', 'Due date', 'Share', 'Amount (net)'],
    atMilestone: (name) => name,
    onDate: 'fixed date',
    paymentTotal: 'Total',
    sheet: 'Payment plan',
    sheetTitle: 'Payment plan of the one-time services',
    oneTimeNet: 'One-time services, net',
    sheetNote:
      'The amounts follow the net total on the sheet “Quote”; the last instalment takes the rounding.',
    dateFormat: 'd mmm yyyy',
  },
};

export function planLabels(language: Language): PlanLabels {
  return LABELS[language];
}
