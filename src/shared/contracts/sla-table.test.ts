import { describe, expect, it } from 'vitest';
import {
  checkSlaResponseTable,
  defaultSlaResponseTable,
  formatHours,
  formatSlaResponseTable,
} from './sla-table';
import type { SlaPriorityRow } from './sla-table';

describe('SLA response table', () => {
  it('starts from a valid table of four priorities', () => {
    const rows = defaultSlaResponseTable('de');
    expect(
      rows.map((row) => [row.priority, row.label, row.responseHours, row.resolutionHours]),
    ).toEqual([
      ['P1', 'Kritisch', 1, 4],
      ['P2', 'Hoch', 4, 8],
      ['P3', 'Mittel', 8, 40],
      ['P4', 'Niedrig', 16, null],
    ]);
    expect(checkSlaResponseTable(rows)).toEqual([]);
    expect(checkSlaResponseTable(defaultSlaResponseTable('en'))).toEqual([]);
  });

  it('marks missing, duplicate, non-numeric and non-positive values at the row and field', () => {
    const rows: SlaPriorityRow[] = [
      {
        priority: 'P1',
        label: 'Kritisch',
        description: '',
        responseHours: '0',
        resolutionHours: 4,
      },
      { priority: 'p1', label: '', description: '', responseHours: 'bald', resolutionHours: '-2' },
      { priority: ' ', label: 'x', description: '', responseHours: 2, resolutionHours: '1,5' },
    ];
    expect(checkSlaResponseTable(rows)).toEqual([
      { row: 0, field: 'responseHours', code: 'positive' },
      { row: 1, field: 'priority', code: 'duplicate' },
      { row: 1, field: 'label', code: 'required' },
      { row: 1, field: 'responseHours', code: 'number' },
      { row: 1, field: 'resolutionHours', code: 'positive' },
      { row: 2, field: 'priority', code: 'required' },
      { row: 2, field: 'resolutionHours', code: 'number' },
    ]);
  });

  it('refuses a resolution before the response and a lower priority faster than a higher one', () => {
    const rows: SlaPriorityRow[] = [
      { priority: 'P1', label: 'Kritisch', description: '', responseHours: 2, resolutionHours: 1 },
      { priority: 'P2', label: 'Hoch', description: '', responseHours: 1, resolutionHours: null },
      { priority: 'P3', label: 'Mittel', description: '', responseHours: 8, resolutionHours: 24 },
    ];
    expect(checkSlaResponseTable(rows)).toEqual([
      { row: 0, field: 'resolutionHours', code: 'resolutionBeforeResponse' },
      { row: 1, field: 'responseHours', code: 'fasterThanHigherPriority' },
      { row: 2, field: 'resolutionHours', code: 'fasterThanHigherPriority' },
    ]);
  });

  it('writes the table as contract text', () => {
    expect(formatHours('0.5', 'de')).toBe('30 Minuten');
    expect(formatHours(1, 'en')).toBe('1 hour');
    expect(formatHours('1.5', 'de')).toBe('1,5 Stunden');
    expect(formatSlaResponseTable(defaultSlaResponseTable('de').slice(0, 1), 'de')).toBe(
      '- P1 Kritisch: Der Dienst steht nicht zur Verfügung oder die Kernfunktionen sind für alle Nutzer ausgefallen. Reaktionszeit 1 Stunde, Lösungszeit 4 Stunden.',
    );
    expect(formatSlaResponseTable(defaultSlaResponseTable('en').slice(3), 'en')).toBe(
      '- P4 Low: Question, cosmetic defect or change request. Response time 16 hours, resolution time best effort.',
    );
  });
});
