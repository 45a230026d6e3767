/** UI texts of the plan's views (Gantt, network diagram, resources), merged under `planViews`. */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  gantt: 'Gantt',
  network: 'Netzplan',
  resources: 'Ressourcen',
  noSchedule:
    'Der Plan enthält einen Zyklus in den Abhängigkeiten und hat deshalb noch keine Termine.',
  empty: 'Noch keine Arbeitspakete.',
  zoom: {
    label: 'Zoom',
    day: 'Tage',
    week: 'Wochen',
    in: 'Vergrößern',
    out: 'Verkleinern',
    reset: '100 %',
  },
  ganttView: {
    label: 'Gantt-Diagramm',
    asTable: 'Als Tabelle',
    summary:
      'Gantt-Diagramm: {{count}} Zeilen von {{start}} bis {{finish}}; kritischer Pfad: {{critical}}.',
    summaryNoCritical: 'Gantt-Diagramm: {{count}} Zeilen.',
    legend: {
      critical: 'Kritischer Pfad',
      bar: 'Arbeitspaket',
      phase: 'Phase',
      milestone: 'Meilenstein',
      today: 'Heute',
    },
    columns: {
      wbs: 'PSP-Nr.',
      name: 'Vorgang',
      kind: 'Art',
      start: 'Beginn',
      finish: 'Ende',
      duration: 'Dauer (AT)',
      float: 'Puffer (AT)',
      critical: 'Kritisch',
    },
    kinds: { phase: 'Phase', package: 'Arbeitspaket', milestone: 'Meilenstein' },
    yes: 'ja',
    no: 'nein',
  },
  networkView: {
    label: 'Netzplan (Vorgangsknoten)',
    legend:
      'FAZ/FEZ: früheste Anfangs-/Endzeit, SAZ/SEZ: späteste, GP: Gesamtpuffer, FP: freier Puffer, D: Dauer (Arbeitstage ab Projektstart).',
    es: 'FAZ',
    ef: 'FEZ',
    ls: 'SAZ',
    lf: 'SEZ',
    totalFloat: 'GP',
    freeFloat: 'FP',
    duration: 'D',
    critical: 'kritisch',
    nodeTitle:
      '{{wbs}} {{name}}: FAZ {{es}}, FEZ {{ef}}, SAZ {{ls}}, SEZ {{lf}}, Gesamtpuffer {{float}}',
  },
  resourceView: {
    caption: 'Personentage je Rolle und Kalenderwoche: Last / Kapazität (Personen × Arbeitstage).',
    role: 'Rolle',
    week: 'KW {{week}}',
    weekTitle: 'KW {{week}}/{{year}}, ab {{date}}',
    over: 'Überlast',
    overTitle: '{{role}}, KW {{week}}: {{load}} PT geplant, {{capacity}} PT verfügbar (überlastet)',
    overSummary_one: '{{count}} Woche mit Überlast',
    overSummary_other: '{{count}} Wochen mit Überlast',
    noOver: 'Keine Überlast: jede Rolle reicht in jeder Woche.',
    noRole: 'Ohne Rolle',
    empty: 'Noch keine Arbeitspakete mit Rolle und Aufwand.',
  },
};

const en = {
  gantt: 'Gantt',
  network: 'Network diagram',
  resources: 'Resources',
  noSchedule: 'The plan has a cycle in its dependencies and so has no dates yet.',
  empty: 'No work packages yet.',
  zoom: {
    label: 'Zoom',
    day: 'Days',
    week: 'Weeks',
    in: 'Zoom in',
    out: 'Zoom out',
    reset: '100 %',
  },
  ganttView: {
    label: 'Gantt chart',
    asTable: 'As a table',
    summary:
      'Gantt chart: {{count}} rows from {{start}} to {{finish}}; critical path: {{critical}}.',
    summaryNoCritical: 'Gantt chart: {{count}} rows.',
    legend: {
      critical: 'Critical path',
      bar: 'Work package',
      phase: 'Phase',
      milestone: 'Milestone',
      today: 'Today',
    },
    columns: {
      wbs: 'WBS',
      name: 'Task',
      kind: 'Kind',
      start: 'Start',
      finish: 'Finish',
      duration: 'Duration (WD)',
      float: 'Float (WD)',
      critical: 'Critical',
    },
    kinds: { phase: 'Phase', package: 'Work package', milestone: 'Milestone' },
    yes: 'yes',
    no: 'no',
  },
  networkView: {
    label: 'Network diagram (activity on node)',
    legend:
      'ES/EF: earliest start/finish, LS/LF: latest start/finish, TF: total float, FF: free float, D: duration (working days from the project start).',
    es: 'ES',
    ef: 'EF',
    ls: 'LS',
    lf: 'LF',
    totalFloat: 'TF',
    freeFloat: 'FF',
    duration: 'D',
    critical: 'critical',
    nodeTitle:
      '{{wbs}} {{name}}: ES {{es}}, EF {{ef}}, LS {{ls}}, LF {{lf}}, total float {{float}}',
  },
  resourceView: {
    caption: 'Person-days per role and calendar week: load / capacity (people × working days).',
    role: 'Role',
    week: 'W{{week}}',
    weekTitle: 'Week {{week}}/{{year}}, from {{date}}',
    over: 'Over',
    overTitle:
      '{{role}}, week {{week}}: {{load}} PD planned, {{capacity}} PD available (over-allocated)',
    overSummary_one: '{{count}} week over-allocated',
    overSummary_other: '{{count}} weeks over-allocated',
    noOver: 'No over-allocation: every role suffices in every week.',
    noRole: 'No role',
    empty: 'No work packages with a role and effort yet.',
  },
};

export const planViewMessages = defineMessages('planViews', de, en);
