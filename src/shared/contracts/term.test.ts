import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractTerm, contractTermDetails, upcomingNoticeDeadlines } from './term';

describe('contractTerm', () => {
  it('ends the first term the day before the same day termMonths later', () => {
    expect(
      contractTerm({
        start: '2027-01-01',
        termMonths: 24,
        noticeMonths: 3,
        renewalMonths: 12,
        asOf: '2027-01-01',
      }),
    ).toEqual({ termEnd: '2028-12-31', lastNoticeDate: '2028-09-30' });
    expect(
      contractTerm({
        start: '2027-03-15',
        termMonths: '12',
        noticeMonths: '1',
        asOf: '2027-04-01',
      }),
    ).toEqual({
      termEnd: '2028-03-14',
      lastNoticeDate: '2028-02-14',
    });
  });

  it('ends on the last day of the month when the target month has no such day (§ 188 (3) BGB)', () => {
    expect(contractTerm({ start: '2027-01-31', termMonths: 1, noticeMonths: 0 })).toEqual({
      termEnd: '2027-02-28',
      lastNoticeDate: '2027-02-28',
    });
    expect(contractTerm({ start: '2027-12-31', termMonths: 2, noticeMonths: 1 })).toEqual({
      termEnd: '2028-02-29',
      lastNoticeDate: '2028-01-31',
    });
    expect(contractTerm({ start: '2028-01-29', termMonths: 1, noticeMonths: 1 })).toEqual({
      termEnd: '2028-02-28',
      lastNoticeDate: '2028-01-28',
    });
  });

  it('puts the notice date on a month end when the term ends on one, else on the same day (or the month end)', () => {
    expect(
      contractTerm({ start: '2026-10-01', termMonths: 12, noticeMonths: 1 }).lastNoticeDate,
    ).toBe('2027-08-31');
    expect(contractTerm({ start: '2026-05-31', termMonths: 24, noticeMonths: 3 })).toEqual({
      termEnd: '2028-05-30',
      lastNoticeDate: '2028-02-29',
    });
    expect(contractTerm({ start: '2026-12-31', termMonths: 6, noticeMonths: 6 })).toEqual({
      termEnd: '2027-06-30',
      lastNoticeDate: '2026-12-31',
    });
  });

  it('follows renewals while asOf is past the notice date, repeatedly', () => {
    const base = { start: '2027-01-01', termMonths: 24, noticeMonths: 3, renewalMonths: 12 };
    expect(contractTerm({ ...base, asOf: '2028-09-30' })).toEqual({
      termEnd: '2028-12-31',
      lastNoticeDate: '2028-09-30',
    });
    expect(contractTerm({ ...base, asOf: '2028-10-01' })).toEqual({
      termEnd: '2029-12-31',
      lastNoticeDate: '2029-09-30',
    });
    expect(contractTermDetails({ ...base, asOf: '2032-05-17' })).toEqual({
      termStart: '2032-01-01',
      termEnd: '2032-12-31',
      lastNoticeDate: '2032-09-30',
      renewals: 4,
    });
    // Without renewal the first term stays, even after it ended.
    expect(contractTerm({ ...base, renewalMonths: 0, asOf: '2035-01-01' })).toEqual({
      termEnd: '2028-12-31',
      lastNoticeDate: '2028-09-30',
    });
  });

  it('refuses bad input, naming the field', () => {
    const base = {
      start: '2027-01-01',
      termMonths: 12,
      noticeMonths: 3,
      renewalMonths: 12,
      asOf: '2027-01-01',
    };
    expect(() => contractTerm({ ...base, start: '2027-02-30' })).toThrow('start');
    expect(() => contractTerm({ ...base, start: '01.01.2027' })).toThrow('start');
    expect(() => contractTerm({ ...base, termMonths: 0 })).toThrow('termMonths');
    expect(() => contractTerm({ ...base, termMonths: 1.5 })).toThrow('termMonths');
    expect(() => contractTerm({ ...base, termMonths: 'zwölf' })).toThrow('termMonths');
    expect(() => contractTerm({ ...base, noticeMonths: 13 })).toThrow('noticeMonths');
    expect(() => contractTerm({ ...base, noticeMonths: -1 })).toThrow('noticeMonths');
    expect(() => contractTerm({ ...base, renewalMonths: -12 })).toThrow('renewalMonths');
    expect(() => contractTerm({ ...base, asOf: '2027-13-01' })).toThrow('asOf');
  });

  const day = fc
    .record({
      year: fc.integer({ min: 2000, max: 2060 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) =>
      new Date(Date.UTC(year, month - 1, Math.min(day, 28 + (day % 4)))).toISOString().slice(0, 10),
    )
    .filter((text) => Number(text.slice(0, 4)) <= 2060);

  it('always gives a term end after the start, a notice date no later than the end, and asOf before the notice date', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 36 }),
        day,
        (start, termMonths, notice, renewalMonths, asOf) => {
          const noticeMonths = Math.min(notice, termMonths);
          const result = contractTermDetails({
            start,
            termMonths,
            noticeMonths,
            renewalMonths,
            asOf,
          });
          expect(result.termEnd >= result.termStart).toBe(true);
          expect(result.lastNoticeDate <= result.termEnd).toBe(true);
          if (renewalMonths > 0) expect(asOf <= result.lastNoticeDate).toBe(true);
          if (result.renewals === 0) expect(result.termStart).toBe(start);
          // The term runs on without gaps: the next renewal would start the day after this end.
          const next = contractTermDetails({
            start: result.termStart,
            termMonths: renewalMonths || termMonths,
            noticeMonths: 0,
          });
          if (result.renewals > 0) expect(next.termEnd).toBe(result.termEnd);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('makes consecutive renewals adjoin: each term starts the day after the previous one ended', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        (start, termMonths, renewalMonths) => {
          let previous = contractTermDetails({ start, termMonths, noticeMonths: 0, renewalMonths });
          for (let step = 0; step < 5; step += 1) {
            const asOf = nextDay(previous.lastNoticeDate);
            const current = contractTermDetails({
              start,
              termMonths,
              noticeMonths: 0,
              renewalMonths,
              asOf,
            });
            expect(current.renewals).toBe(previous.renewals + 1);
            expect(current.termStart).toBe(nextDay(previous.termEnd));
            previous = current;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe('upcomingNoticeDeadlines', () => {
  const contracts = [
    { id: 'wartung', start: '2026-01-01', termMonths: 12, noticeMonths: 3, renewalMonths: 12 },
    { id: 'saas', start: '2025-07-01', termMonths: 24, noticeMonths: 1, renewalMonths: 0 },
    { id: 'lizenz', start: '2024-04-01', termMonths: 36, noticeMonths: 6, renewalMonths: 12 },
  ];

  it('lists the notice dates within the window, soonest first, following renewals', () => {
    // wartung: term to 2026-12-31, notice by 2026-09-30; saas: to 2027-06-30, notice by 2027-05-31;
    // lizenz: to 2027-03-31, notice by 2026-09-30.
    expect(upcomingNoticeDeadlines(contracts, { asOf: '2026-08-15' })).toEqual([
      {
        id: 'lizenz',
        termStart: '2024-04-01',
        termEnd: '2027-03-31',
        lastNoticeDate: '2026-09-30',
        renewals: 0,
        daysLeft: 46,
      },
      {
        id: 'wartung',
        termStart: '2026-01-01',
        termEnd: '2026-12-31',
        lastNoticeDate: '2026-09-30',
        renewals: 0,
        daysLeft: 46,
      },
    ]);
    // A day after those notice dates, wartung and lizenz have renewed (lizenz to 2028-03-31); saas is 242 days away.
    expect(
      upcomingNoticeDeadlines(contracts, { asOf: '2026-10-01', days: 365 }).map(
        ({ id, lastNoticeDate, daysLeft }) => [id, lastNoticeDate, daysLeft],
      ),
    ).toEqual([
      ['saas', '2027-05-31', 242],
      ['lizenz', '2027-09-30', 364],
      ['wartung', '2027-09-30', 364],
    ]);
    expect(
      upcomingNoticeDeadlines(contracts, { asOf: '2026-09-30', days: 0 }).map(({ id }) => id),
    ).toEqual(['lizenz', 'wartung']);
  });

  it('names the contract whose data is wrong', () => {
    expect(() =>
      upcomingNoticeDeadlines(
        [...contracts, { id: 'x', start: '2026-01-01', termMonths: 1, noticeMonths: 2 }],
        { asOf: '2026-01-01' },
      ),
    ).toThrow('contracts[3].noticeMonths');
    expect(() => upcomingNoticeDeadlines(contracts, { asOf: 'heute' })).toThrow('asOf');
  });
});
