import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/catalog';
import { itProjectAnalysis, largeAnalysis } from '#test/plan-view-samples';
import { planRows } from '#test/planning-fixtures';
import { analysePlan } from './analyse';
import { isoWeek, resourceView, weekStart } from './resources';
import { dayNumber } from './calendar';

const role = (id: string, name: string, capacity?: number): Role => ({
  id,
  name,
  dayRate: '1000.00',
  costPerDay: '600.00',
  currency: 'EUR',
  active: true,
  ...(capacity === undefined ? {} : { capacity }),
  createdAt: '2026-11-28T09:00:00.000Z',
  updatedAt: '2026-11-28T09:00:00.000Z',
  createdBy: 'user-1',
  updatedBy: 'user-1',
  deleted: false,
});

describe('isoWeek', () => {
  it.each([
    ['2027-01-04', 1, 2027], // the first Monday with the year's first Thursday
    ['2027-01-03', 53, 2026], // a Sunday still in 2026's week 53
    ['2026-12-31', 53, 2026],
    ['2025-12-29', 1, 2026], // a Monday already in 2026's week 1
    ['2027-05-03', 18, 2027],
  ])('%s is week %i of %i', (date, week, year) => {
    expect(isoWeek(dayNumber(date))).toEqual({ week, year });
  });

  it('finds the Monday of a date', () => {
    expect(weekStart('2027-05-09')).toBe('2027-05-03');
    expect(weekStart('2027-05-03')).toBe('2027-05-03');
  });
});

describe('resourceView', () => {
  const roles = [
    role('developer', 'Entwickler'),
    role('analyst', 'Business Analyst'),
    role('architect', 'Architekt'),
    role('pm', 'Projektleiter'),
  ];

  it('spreads each package over its working days and sums person-days per role and ISO week', () => {
    // Bavaria, May 2027: Christi Himmelfahrt 06.05., Pfingstmontag 17.05., Fronleichnam 27.05.
    expect(resourceView(itProjectAnalysis(), roles)).toEqual({
      weeks: [
        { weekStart: '2027-05-03', week: 18, year: 2027 },
        { weekStart: '2027-05-10', week: 19, year: 2027 },
        { weekStart: '2027-05-17', week: 20, year: 2027 },
        { weekStart: '2027-05-24', week: 21, year: 2027 },
        { weekStart: '2027-05-31', week: 22, year: 2027 },
      ],
      rows: [
        {
          // 2.1 Entwicklung: 20 person-days by 2 people over 10 working days 14.05.–31.05.
          roleId: 'developer',
          name: 'Entwickler',
          load: ['0.00', '2.00', '8.00', '8.00', '2.00'],
          capacity: ['4.00', '5.00', '4.00', '4.00', '5.00'],
          over: [false, false, true, true, false],
        },
        {
          // 1.1 (5 d from 03.05.), 2.2 (4 d from 14.05.), 2.3 (2 d from 01.06.)
          roleId: 'analyst',
          name: 'Business Analyst',
          load: ['4.00', '2.00', '3.00', '0.00', '2.00'],
          capacity: ['4.00', '5.00', '4.00', '4.00', '5.00'],
          over: [false, false, false, false, false],
        },
        {
          roleId: 'architect',
          name: 'Architekt',
          load: ['0.00', '3.00', '0.00', '0.00', '0.00'],
          capacity: ['4.00', '5.00', '4.00', '4.00', '5.00'],
          over: [false, false, false, false, false],
        },
      ],
    });
  });

  it("multiplies the week's working days by the role's capacity; a load equal to it is not over", () => {
    const view = resourceView(itProjectAnalysis(), [role('developer', 'Entwickler', 2)]);
    expect(view.rows).toEqual([
      {
        roleId: 'developer',
        name: 'Entwickler',
        load: ['0.00', '2.00', '8.00', '8.00', '2.00'],
        capacity: ['8.00', '10.00', '8.00', '8.00', '10.00'],
        over: [false, false, false, false, false],
      },
    ]);
  });

  it('uses another calendar when given one (Berlin works on Fronleichnam)', () => {
    const view = resourceView(itProjectAnalysis(), [role('developer', 'Entwickler')], {
      state: 'BE',
    });
    // 14.05.–31.05. holds 11 Berlin working days: 20 / 11 person-days a day, 5 of them in week 21.
    expect(view.rows[0]!.capacity).toEqual(['4.00', '5.00', '4.00', '5.00', '5.00']);
    expect(view.rows[0]!.load).toEqual(['0.00', '1.82', '7.27', '9.09', '1.82']);
  });

  it("books every role's whole expected effort", () => {
    const analysis = largeAnalysis(200);
    const view = resourceView(analysis, [
      role('role-0', 'A'),
      role('role-1', 'B'),
      role('role-2', 'C'),
    ]);
    for (const row of view.rows) {
      const booked = row.load.reduce((sum, load) => sum + Number(load), 0);
      const planned = analysis.nodes
        .filter((node) => node.roleId === row.roleId)
        .reduce((sum, node) => sum + Number(node.expected), 0);
      expect(booked).toBeCloseTo(planned, 1);
    }
    const lastFinish = analysis.duration!.finish;
    expect(view.weeks.at(-1)!.weekStart).toBe(weekStart(lastFinish));
  });

  it('is empty for a plan without dates (a cycle stops the schedule)', () => {
    expect(resourceView({ ...itProjectAnalysis(), dates: {} }, roles)).toEqual({
      weeks: [],
      rows: [],
    });
  });
});

describe('the resource view of the textbook plan (planRows through analysePlan)', () => {
  it("books each role's expected person-days and shows the developers over-allocated while D and E run in parallel", () => {
    const rows = planRows();
    const view = resourceView(analysePlan(rows), rows.roles);
    const booked = Object.fromEntries(
      view.rows.map((row) => [
        row.roleId,
        Math.round(row.load.reduce((sum, load) => sum + Number(load), 0) * 10) / 10,
      ]),
    );
    // Project lead A 2 + H 9, consultant B 4 + C 10 + G 7, developers D 6 + E 4 + F 5.
    expect(booked).toEqual({ 'role-pl': 11, 'role-sc': 21, 'role-dev': 15 });
    const over = (roleId: string) => view.rows.find((row) => row.roleId === roleId)!.over;
    expect(over('role-dev')).toContain(true);
    expect(over('role-pl')).not.toContain(true);
    expect(over('role-sc')).not.toContain(true);
  });
});
