import { describe, expect, it } from 'vitest';
import type { Activity } from '../domain';
import { dueFollowUps } from './due-follow-ups';

const activity = (id: string, overrides: Partial<Activity> = {}): Activity => ({
  id,
  clientId: 'c1',
  kind: 'call',
  date: '2026-11-01',
  summary: 'Telefonat',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'AB',
  updatedBy: 'AB',
  deleted: false,
  ...overrides,
});

describe('due follow-ups', () => {
  it('lists open follow-ups due today or earlier, most overdue first', () => {
    const activities = [
      activity('tomorrow', { dueDate: '2026-12-08' }),
      activity('today', { dueDate: '2026-12-07' }),
      activity('overdue', { dueDate: '2026-11-30' }),
      activity('no-due-date'),
      activity('empty-due-date', { dueDate: '' }),
      activity('done', { dueDate: '2026-12-01', completedAt: '2026-12-02' }),
      activity('reopened', { dueDate: '2026-12-03', completedAt: '' }),
      activity('deleted', { dueDate: '2026-12-01', deleted: true }),
    ];
    expect(dueFollowUps({ activities, today: '2026-12-07' }).map((a) => a.id)).toEqual([
      'overdue',
      'reopened',
      'today',
    ]);
  });

  it('takes "today" from its caller: a later day makes more of them due', () => {
    const activities = [activity('a', { dueDate: '2027-01-15' })];
    expect(dueFollowUps({ activities, today: '2027-01-14' })).toEqual([]);
    expect(dueFollowUps({ activities, today: '2027-01-15' }).map((a) => a.id)).toEqual(['a']);
  });
});
