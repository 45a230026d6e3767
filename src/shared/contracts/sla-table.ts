import { Decimal } from '#shared/money';
import { readDecimal } from './input';
import type { NumberInput } from './input';
import type { ContractLanguage } from './types';

/** One priority of the response table; times in hours, resolution null = best effort. */
export type SlaPriorityRow = {
  priority: string;
  label: string;
  description: string;
  responseHours: NumberInput;
  resolutionHours: NumberInput | null;
};

export type SlaTableIssue = {
  row: number;
  field: 'priority' | 'label' | 'responseHours' | 'resolutionHours';
  code:
    | 'required'
    | 'duplicate'
    | 'number'
    | 'positive'
    | 'resolutionBeforeResponse'
    | 'fasterThanHigherPriority';
};

const DEFAULTS: Record<ContractLanguage, Array<[string, string, string]>> = {
  de: [
    [
      'P1',
      'Kritisch',
      'Der Dienst steht nicht zur Verfügung oder die Kernfunktionen sind für alle Nutzer ausgefallen.',
    ],
    [
      'P2',
      'Hoch',
      'Eine wesentliche Funktion ist gestört; die Arbeit ist nur eingeschränkt möglich.',
    ],
    ['P3', 'Mittel', 'Eine Funktion ist gestört, eine Umgehung ist zumutbar.'],
    ['P4', 'Niedrig', 'Frage, Schönheitsfehler oder Änderungswunsch.'],
  ],
  en: [
    [
      'P1',
      'Critical',
      'The service is unavailable or its core functions have failed for all users.',
    ],
    ['P2', 'High', 'An essential function is impaired; work is possible only with restrictions.'],
    ['P3', 'Medium', 'A function is impaired and a workaround is reasonable.'],
    ['P4', 'Low', 'Question, cosmetic defect or change request.'],
  ],
};
const DEFAULT_TIMES: Array<[number, number | null]> = [
  [1, 4],
  [4, 8],
  [8, 40],
  [16, null],
];

/** A sensible starting table: four priorities from critical to low. */
export function defaultSlaResponseTable(language: ContractLanguage): SlaPriorityRow[] {
  return DEFAULTS[language].map(([priority, label, description], index) => ({
    priority,
    label,
    description,
    responseHours: DEFAULT_TIMES[index]![0],
    resolutionHours: DEFAULT_TIMES[index]![1],
  }));
}

function hours(value: unknown): Decimal | null {
  try {
    return readDecimal(value, 'hours');
  } catch {
    return null;
  }
}

/**
 * Checks a response table, rows from the highest priority down: every row named and unique, times positive,
 * resolution not before response, and no row promising faster times than a higher priority.
 */
export function checkSlaResponseTable(rows: readonly SlaPriorityRow[]): SlaTableIssue[] {
  const issues: SlaTableIssue[] = [];
  const seen = new Set<string>();
  const parsed = rows.map((row, index) => {
    const priority = row.priority.trim();
    if (priority === '') issues.push({ row: index, field: 'priority', code: 'required' });
    else if (seen.has(priority.toLowerCase()))
      issues.push({ row: index, field: 'priority', code: 'duplicate' });
    seen.add(priority.toLowerCase());
    if (row.label.trim() === '') issues.push({ row: index, field: 'label', code: 'required' });
    const response = hours(row.responseHours);
    if (response === null) issues.push({ row: index, field: 'responseHours', code: 'number' });
    else if (response.lte(0)) issues.push({ row: index, field: 'responseHours', code: 'positive' });
    const resolution = row.resolutionHours === null ? null : hours(row.resolutionHours);
    if (row.resolutionHours !== null && resolution === null) {
      issues.push({ row: index, field: 'resolutionHours', code: 'number' });
    } else if (resolution !== null && resolution.lte(0)) {
      issues.push({ row: index, field: 'resolutionHours', code: 'positive' });
    } else if (resolution !== null && response !== null && resolution.lt(response)) {
      issues.push({ row: index, field: 'resolutionHours', code: 'resolutionBeforeResponse' });
    }
    // Only valid times take part in the comparison with the row above.
    const valid = (value: Decimal | null) => (value !== null && value.gt(0) ? value : null);
    return {
      response: valid(response),
      resolution: valid(resolution),
      bestEffort: row.resolutionHours === null,
    };
  });
  parsed.forEach((row, index) => {
    const higher = parsed[index - 1];
    if (!higher) return;
    if (row.response && higher.response && row.response.lt(higher.response)) {
      issues.push({ row: index, field: 'responseHours', code: 'fasterThanHigherPriority' });
    }
    if (
      row.resolution &&
      (higher.bestEffort || (higher.resolution && row.resolution.lt(higher.resolution)))
    ) {
      issues.push({ row: index, field: 'resolutionHours', code: 'fasterThanHigherPriority' });
    }
  });
  return issues;
}

/** Hours as contract text: "30 Minuten", "4 Stunden", "1,5 Stunden" / "30 minutes", "1 hour". */
export function formatHours(value: NumberInput, language: ContractLanguage): string {
  const decimal = readDecimal(value, 'hours');
  const number = (amount: Decimal) =>
    language === 'de' ? amount.toString().replace('.', ',') : amount.toString();
  if (decimal.lt(1)) {
    const minutes = decimal.mul(60).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    return `${number(minutes)} ${language === 'de' ? 'Minuten' : minutes.eq(1) ? 'minute' : 'minutes'}`;
  }
  const unit =
    language === 'de' ? (decimal.eq(1) ? 'Stunde' : 'Stunden') : decimal.eq(1) ? 'hour' : 'hours';
  return `${number(decimal)} ${unit}`;
}

/** The table as list lines for the contract text (the value of `{{sla.responseTable}}`). */
export function formatSlaResponseTable(
  rows: readonly SlaPriorityRow[],
  language: ContractLanguage,
): string {
  const words =
    language === 'de'
      ? { response: 'Reaktionszeit', resolution: 'Lösungszeit', bestEffort: 'nach bestem Bemühen' }
      : { response: 'response time', resolution: 'resolution time', bestEffort: 'best effort' };
  return rows
    .map((row) => {
      const resolution =
        row.resolutionHours === null
          ? words.bestEffort
          : formatHours(row.resolutionHours, language);
      const response = formatHours(row.responseHours, language);
      return `- ${row.priority} ${row.label}: ${row.description} ${capitalise(words.response)} ${response}, ${words.resolution} ${resolution}.`;
    })
    .join('\n');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
