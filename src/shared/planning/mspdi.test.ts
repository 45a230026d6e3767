import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/catalog';
import { itProjectAnalysis, sampleAnalysis } from '#test/plan-view-samples';
import { planRows } from '#test/planning-fixtures';
import { analysePlan } from './analyse';
import { planToMspdi } from './mspdi';

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
const roles = [
  role('developer', 'Entwickler', 2),
  role('analyst', 'Business Analyst'),
  role('architect', 'Architekt'),
  role('pm', 'Projektleiter'),
];

// ---------------------------------------------------------------------------------------------
// Reading the XML back: a small element tree over fast-xml-parser's ordered output
// ---------------------------------------------------------------------------------------------

type Element = {
  name: string;
  text: string;
  attributes: Record<string, string>;
  children: Element[];
};

function toElement(node: Record<string, unknown>): Element {
  const name = Object.keys(node).find((key) => key !== ':@')!;
  const content = node[name] as Record<string, unknown>[];
  const children = content.filter((child) => !('#text' in child)).map(toElement);
  const text = content
    .filter((child) => '#text' in child)
    .map((child) => String(child['#text']))
    .join('');
  return { name, text, attributes: (node[':@'] ?? {}) as Record<string, string>, children };
}

function readXml(xml: string): Element {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as Record<string, unknown>[];
  return toElement(nodes.find((node) => 'Project' in node)!);
}

const all = (element: Element, name: string) =>
  element.children.filter((child) => child.name === name);
const one = (element: Element, name: string) => {
  const found = all(element, name);
  expect(found, `one <${name}> in <${element.name}>`).toHaveLength(1);
  return found[0]!;
};
const value = (element: Element, name: string) => all(element, name)[0]?.text;
/** The listed fields of an element, '' for those absent (one toEqual per task). */
const fields = (element: Element, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, value(element, name) ?? '']));

// The xsd:sequence of each element in mspdi_pj12.xsd (Microsoft's "XML Schema for the … Element"
// pages of the Project XML Data Interchange reference), as far as this export can use them.
const SCHEMA_ORDER: Record<string, string[]> = {
  Project:
    'SaveVersion UID Name Title Subject Category Company Manager Author CreationDate Revision LastSaved ScheduleFromStart StartDate FinishDate FYStartDate CriticalSlackLimit CurrencyDigits CurrencySymbol CurrencyCode CurrencySymbolPosition CalendarUID DefaultStartTime DefaultFinishTime MinutesPerDay MinutesPerWeek DaysPerMonth DefaultTaskType DefaultFixedCostAccrual DefaultStandardRate DefaultOvertimeRate DurationFormat WorkFormat EditableActualCosts HonorConstraints EarnedValueMethod InsertedProjectsLikeSummary MultipleCriticalPaths NewTasksEffortDriven NewTasksEstimated SplitsInProgressTasks SpreadActualCost SpreadPercentComplete TaskUpdatesResource FiscalYearStart WeekStartDay MoveCompletedEndsBack MoveRemainingStartsBack MoveRemainingStartsForward MoveCompletedEndsForward BaselineForEarnedValue AutoAddNewResourcesAndTasks StatusDate CurrentDate MicrosoftProjectServerURL Autolink NewTaskStartDate DefaultTaskEVMethod ProjectExternallyEdited ExtendedCreationDate ActualsInSync RemoveFileProperties AdminProject OutlineCodes WBSMasks ExtendedAttributes Calendars Tasks Resources Assignments'.split(
      ' ',
    ),
  Calendar: 'UID Name IsBaseCalendar BaseCalendarUID WeekDays Exceptions WorkWeeks'.split(' '),
  WeekDay: 'DayType DayWorking TimePeriod WorkingTimes'.split(' '),
  TimePeriod: 'FromDate ToDate'.split(' '),
  WorkingTime: 'FromTime ToTime'.split(' '),
  Exception:
    'EnteredByOccurrences TimePeriod Occurrences Name Type Period DaysOfWeek MonthItem MonthPosition Month MonthDay DayWorking WorkingTimes'.split(
      ' ',
    ),
  Task: 'UID ID Name Type IsNull CreateDate Contact WBS WBSLevel OutlineNumber OutlineLevel Priority Start Finish Duration DurationFormat Work Stop Resume ResumeValid EffortDriven Recurring OverAllocated Estimated Milestone Summary Critical IsSubproject IsSubprojectReadOnly SubprojectName ExternalTask ExternalTaskProject EarlyStart EarlyFinish LateStart LateFinish StartVariance FinishVariance WorkVariance FreeSlack TotalSlack FixedCost FixedCostAccrual PercentComplete PercentWorkComplete Cost OvertimeCost OvertimeWork ActualStart ActualFinish ActualDuration ActualCost ActualOvertimeCost ActualWork ActualOvertimeWork RegularWork RemainingDuration RemainingCost RemainingWork RemainingOvertimeCost RemainingOvertimeWork ACWP CV ConstraintType CalendarUID ConstraintDate Deadline LevelAssignments LevelingCanSplit LevelingDelay LevelingDelayFormat PreLeveledStart PreLeveledFinish Hyperlink HyperlinkAddress HyperlinkSubAddress IgnoreResourceCalendar Notes HideBar Rollup BCWS BCWP PhysicalPercentComplete EarnedValueMethod PredecessorLink ActualWorkProtected ActualOvertimeWorkProtected ExtendedAttribute Baseline OutlineCode IsPublished StatusManager CommitmentStart CommitmentFinish CommitmentType TimephasedData'.split(
    ' ',
  ),
  PredecessorLink: 'PredecessorUID Type CrossProject CrossProjectName LinkLag LagFormat'.split(' '),
  Resource:
    'UID ID Name Type IsNull Initials Phonetics NTAccount MaterialLabel Code Group WorkGroup EmailAddress Hyperlink HyperlinkAddress HyperlinkSubAddress MaxUnits PeakUnits OverAllocated AvailableFrom AvailableTo Start Finish CanLevel AccrueAt Work RegularWork OvertimeWork ActualWork RemainingWork ActualOvertimeWork RemainingOvertimeWork PercentWorkComplete StandardRate StandardRateFormat Cost OvertimeRate OvertimeRateFormat OvertimeCost CostPerUse ActualCost ActualOvertimeCost RemainingCost RemainingOvertimeCost WorkVariance CostVariance SV CV ACWP CalendarUID Notes BCWS BCWP IsGeneric IsInactive IsEnterprise BookingType ActualWorkProtected ActualOvertimeWorkProtected ActiveDirectoryGUID CreationDate ExtendedAttribute Baseline OutlineCode IsCostResource AssnOwner AssnOwnerGuid IsBudget AvailabilityPeriods Rates TimephasedData'.split(
      ' ',
    ),
  Assignment:
    'UID TaskUID ResourceUID PercentWorkComplete ActualCost ActualFinish ActualOvertimeCost ActualOvertimeWork ActualStart ActualWork ACWP Confirmed Cost CostRateTable CostVariance CV Delay Finish FinishVariance Hyperlink HyperlinkAddress HyperlinkSubAddress WorkVariance HasFixedRateUnits FixedMaterial LevelingDelay LevelingDelayFormat LinkedFields Milestone Notes Overallocated OvertimeCost OvertimeWork PeakUnits RegularWork RemainingCost RemainingOvertimeCost RemainingOvertimeWork RemainingWork ResponsePending Start Stop Resume StartVariance Summary SV Units UpdateNeeded VAC Work WorkContour BCWS BCWP BookingType ActualWorkProtected ActualOvertimeWorkProtected CreationDate AssnOwner AssnOwnerGuid BudgetCost BudgetWork ExtendedAttribute Baseline TimephasedData'.split(
      ' ',
    ),
};

/** Every element's children are known to the schema and come in its sequence order. */
function expectSchemaOrder(element: Element): void {
  const order = SCHEMA_ORDER[element.name];
  if (order !== undefined) {
    const positions = element.children.map((child) => {
      const position = order.indexOf(child.name);
      expect(position, `<${child.name}> in <${element.name}>`).toBeGreaterThanOrEqual(0);
      return position;
    });
    const sorted = [...positions].sort((a, b) => a - b);
    expect(positions, `children of <${element.name}> in schema order`).toEqual(sorted);
  }
  element.children.forEach(expectSchemaOrder);
}

const TASK_FIELDS = [
  'UID',
  'ID',
  'Name',
  'WBS',
  'OutlineNumber',
  'OutlineLevel',
  'Start',
  'Finish',
  'Duration',
  'Work',
  'Milestone',
  'Summary',
  'Critical',
];

describe('planToMspdi', () => {
  const xml = planToMspdi(itProjectAnalysis(), {
    title: 'A-2027-0012 Migration & Betrieb',
    roles,
    language: 'de',
  });
  const project = readXml(xml);
  const tasks = all(one(project, 'Tasks'), 'Task');

  it('is a well-formed MSPDI project in the schema namespace with every element in schema order', () => {
    expect(project.attributes.xmlns).toBe('http://schemas.microsoft.com/project');
    expect(
      fields(project, [
        'Name',
        'StartDate',
        'FinishDate',
        'CurrencyCode',
        'CalendarUID',
        'MinutesPerDay',
      ]),
    ).toEqual({
      Name: 'A-2027-0012 Migration & Betrieb',
      StartDate: '2027-05-03T08:00:00',
      FinishDate: '2027-06-02T17:00:00',
      CurrencyCode: 'EUR', // required by the schema
      CalendarUID: '1',
      MinutesPerDay: '480',
    });
    expectSchemaOrder(project);
  });

  it('writes the project summary, every WBS node in order and the milestones after their phase’s packages', () => {
    const task = (
      uid: number,
      name: string,
      wbs: string,
      level: number,
      [start, finish]: [string, string],
      [duration, work]: [string, string],
      [milestone, summary, critical]: [number, number, number],
    ) => ({
      UID: String(uid),
      ID: String(uid),
      Name: name,
      WBS: wbs,
      OutlineNumber: wbs,
      OutlineLevel: String(level),
      Start: start,
      Finish: finish,
      Duration: duration,
      Work: work,
      Milestone: String(milestone),
      Summary: String(summary),
      Critical: String(critical),
    });
    const day = (date: string, time = '08:00:00') => `2027-${date}T${time}`;
    const end = (date: string) => day(date, '17:00:00');
    expect(tasks.map((element) => fields(element, TASK_FIELDS))).toEqual([
      task(
        0,
        'A-2027-0012 Migration & Betrieb',
        '0',
        0,
        [day('05-03'), end('06-02')],
        ['PT160H0M0S', 'PT272H0M0S'],
        [0, 1, 1],
      ),
      task(
        1,
        'Konzeption',
        '1',
        1,
        [day('05-03'), end('05-13')],
        ['PT64H0M0S', 'PT64H0M0S'],
        [0, 1, 1],
      ),
      task(
        2,
        'Anforderungsanalyse',
        '1.1',
        2,
        [day('05-03'), end('05-10')],
        ['PT40H0M0S', 'PT40H0M0S'],
        [0, 0, 1],
      ),
      task(
        3,
        'Architektur & Design',
        '1.2',
        2,
        [day('05-11'), end('05-13')],
        ['PT24H0M0S', 'PT24H0M0S'],
        [0, 0, 1],
      ),
      task(
        4,
        'Konzept abgenommen',
        '1.3',
        2,
        [end('05-13'), end('05-13')],
        ['PT0H0M0S', 'PT0H0M0S'],
        [1, 0, 1],
      ),
      task(
        5,
        'Umsetzung',
        '2',
        1,
        [day('05-14'), end('06-02')],
        ['PT96H0M0S', 'PT208H0M0S'],
        [0, 1, 1],
      ),
      // 20 person-days by 2 people: 10 working days (80 h), 160 h of work.
      task(
        6,
        'Entwicklung',
        '2.1',
        2,
        [day('05-14'), end('05-31')],
        ['PT80H0M0S', 'PT160H0M0S'],
        [0, 0, 1],
      ),
      task(
        7,
        'Testkonzept',
        '2.2',
        2,
        [day('05-14'), end('05-20')],
        ['PT32H0M0S', 'PT32H0M0S'],
        [0, 0, 0],
      ),
      task(
        8,
        'Abnahme',
        '2.3',
        2,
        [day('06-01'), end('06-02')],
        ['PT16H0M0S', 'PT16H0M0S'],
        [0, 0, 1],
      ),
      task(
        9,
        'Go-live',
        '2.4',
        2,
        [end('06-02'), end('06-02')],
        ['PT0H0M0S', 'PT0H0M0S'],
        [1, 0, 1],
      ),
    ]);
    expect(value(tasks[3]!, 'Notes')).toBe('Architektur <Dokument>');
  });

  it('links predecessors finish-to-start with the lag in tenths of minutes; milestones follow their package', () => {
    const links = tasks.map((element) =>
      all(element, 'PredecessorLink').map((link) =>
        fields(link, ['PredecessorUID', 'Type', 'LinkLag', 'LagFormat']),
      ),
    );
    const fs = (uid: number, lag = 0) => ({
      PredecessorUID: String(uid),
      Type: '1',
      LinkLag: String(lag),
      LagFormat: '7',
    });
    expect(links).toEqual([
      [], // project
      [], // 1 Konzeption
      [], // 1.1
      [fs(2)], // 1.2 after 1.1
      [fs(3)], // milestone after 1.2
      [],
      [fs(3)], // 2.1 after 1.2
      [fs(3)], // 2.2 after 1.2
      [fs(6), fs(7, 4_800)], // 2.3 after 2.1, and 1 day (8 h = 4,800 tenths of minutes) after 2.2
      [fs(5)], // Go-live after phase 2
    ]);
  });

  it('lists the roles used as work resources and assigns each package to its role', () => {
    const resources = all(one(project, 'Resources'), 'Resource').map((element) =>
      fields(element, ['UID', 'Name', 'Type', 'MaxUnits']),
    );
    expect(resources).toEqual([
      { UID: '1', Name: 'Entwickler', Type: '1', MaxUnits: '2.00' },
      { UID: '2', Name: 'Business Analyst', Type: '1', MaxUnits: '1.00' },
      { UID: '3', Name: 'Architekt', Type: '1', MaxUnits: '1.00' },
    ]);
    const assignments = all(one(project, 'Assignments'), 'Assignment').map((element) =>
      fields(element, ['UID', 'TaskUID', 'ResourceUID', 'Start', 'Finish', 'Units', 'Work']),
    );
    expect(assignments).toEqual([
      {
        UID: '1',
        TaskUID: '2',
        ResourceUID: '2',
        Start: '2027-05-03T08:00:00',
        Finish: '2027-05-10T17:00:00',
        Units: '1.00',
        Work: 'PT40H0M0S',
      },
      {
        UID: '2',
        TaskUID: '3',
        ResourceUID: '3',
        Start: '2027-05-11T08:00:00',
        Finish: '2027-05-13T17:00:00',
        Units: '1.00',
        Work: 'PT24H0M0S',
      },
      {
        UID: '3',
        TaskUID: '6',
        ResourceUID: '1',
        Start: '2027-05-14T08:00:00',
        Finish: '2027-05-31T17:00:00',
        Units: '2.00',
        Work: 'PT160H0M0S',
      },
      {
        UID: '4',
        TaskUID: '7',
        ResourceUID: '2',
        Start: '2027-05-14T08:00:00',
        Finish: '2027-05-20T17:00:00',
        Units: '1.00',
        Work: 'PT32H0M0S',
      },
      {
        UID: '5',
        TaskUID: '8',
        ResourceUID: '2',
        Start: '2027-06-01T08:00:00',
        Finish: '2027-06-02T17:00:00',
        Units: '1.00',
        Work: 'PT16H0M0S',
      },
    ]);
  });

  it("has one base calendar: Monday–Friday 8 hours, the plan's holidays as exceptions", () => {
    const calendar = one(one(project, 'Calendars'), 'Calendar');
    expect(fields(calendar, ['UID', 'Name', 'IsBaseCalendar'])).toEqual({
      UID: '1',
      Name: 'Standard (Feiertage BY)',
      IsBaseCalendar: '1',
    });
    const weekDays = all(one(calendar, 'WeekDays'), 'WeekDay');
    const regular = weekDays.filter((day) => value(day, 'DayType') !== '0');
    expect(regular.map((day) => [value(day, 'DayType'), value(day, 'DayWorking')])).toEqual([
      ['1', '0'],
      ['2', '1'],
      ['3', '1'],
      ['4', '1'],
      ['5', '1'],
      ['6', '1'],
      ['7', '0'],
    ]);
    const times = all(one(regular[1]!, 'WorkingTimes'), 'WorkingTime').map((time) =>
      fields(time, ['FromTime', 'ToTime']),
    );
    expect(times).toEqual([
      { FromTime: '08:00:00', ToTime: '12:00:00' },
      { FromTime: '13:00:00', ToTime: '17:00:00' },
    ]);
    // Bavaria between the start and the 90 % finish (07.06.2027).
    const exceptions = all(one(calendar, 'Exceptions'), 'Exception').map((exception) => ({
      ...fields(exception, ['Name', 'DayWorking', 'Type', 'Occurrences']),
      ...fields(one(exception, 'TimePeriod'), ['FromDate', 'ToDate']),
    }));
    const holiday = (name: string, date: string) => ({
      Name: name,
      DayWorking: '0',
      Type: '1',
      Occurrences: '1',
      FromDate: `${date}T00:00:00`,
      ToDate: `${date}T23:59:00`,
    });
    expect(exceptions).toEqual([
      holiday('Christi Himmelfahrt', '2027-05-06'),
      holiday('Pfingstmontag', '2027-05-17'),
      holiday('Fronleichnam', '2027-05-27'),
    ]);
    // The same days as exception week days for readers older than Project 2007.
    const legacy = weekDays
      .filter((day) => value(day, 'DayType') === '0')
      .map((day) => value(one(day, 'TimePeriod'), 'FromDate'));
    expect(legacy).toEqual(['2027-05-06T00:00:00', '2027-05-17T00:00:00', '2027-05-27T00:00:00']);
  });

  it('merges the days of a company holiday into one exception and follows hoursPerDay', () => {
    const analysis = sampleAnalysis({
      startDate: '2027-05-18',
      calendar: {
        state: 'BY',
        companyHolidays: [{ from: '2027-05-24', to: '2027-05-28', label: 'Betriebsurlaub' }],
      },
      phases: [
        {
          id: 'p',
          name: 'Phase',
          children: [
            { id: 'a', name: 'A', effort: 5, roleId: 'analyst' },
            {
              id: 'b',
              name: 'B',
              effort: 1,
              roleId: 'analyst',
              predecessors: [{ id: 'a', lag: 2 }],
            },
          ],
        },
      ],
    });
    const read = readXml(
      planToMspdi(analysis, {
        title: 'T',
        roles,
        language: 'en',
        hoursPerDay: 7.5,
        currency: 'CHF',
      }),
    );
    expect(value(read, 'CurrencyCode')).toBe('CHF');
    const calendar = one(one(read, 'Calendars'), 'Calendar');
    expect(value(calendar, 'Name')).toBe('Standard (holidays BY)');
    const exceptions = all(one(calendar, 'Exceptions'), 'Exception').map((exception) => [
      value(exception, 'Name'),
      value(one(exception, 'TimePeriod'), 'FromDate'),
      value(one(exception, 'TimePeriod'), 'ToDate'),
    ]);
    // Fronleichnam (27.05.) is a public holiday inside the company's week off.
    expect(exceptions).toEqual([
      ['Betriebsurlaub', '2027-05-24T00:00:00', '2027-05-26T23:59:00'],
      ['Fronleichnam', '2027-05-27T00:00:00', '2027-05-27T23:59:00'],
      ['Betriebsurlaub', '2027-05-28T00:00:00', '2027-05-28T23:59:00'],
    ]);
    const workingDay = all(one(calendar, 'WeekDays'), 'WeekDay')[1]!;
    expect(
      all(one(workingDay, 'WorkingTimes'), 'WorkingTime').map((time) => [
        value(time, 'FromTime'),
        value(time, 'ToTime'),
      ]),
    ).toEqual([
      ['08:00:00', '12:00:00'],
      ['13:00:00', '16:30:00'],
    ]);
    const [, , first, second] = all(one(read, 'Tasks'), 'Task');
    // 18.05.–21.05. and 31.05. (the week of 24.05. is closed): 5 days of 7.5 h.
    expect(fields(first!, ['Start', 'Finish', 'Duration'])).toEqual({
      Start: '2027-05-18T08:00:00',
      Finish: '2027-05-31T16:30:00',
      Duration: 'PT37H30M0S',
    });
    expect(value(one(second!, 'PredecessorLink'), 'LinkLag')).toBe(String(2 * 7.5 * 600));
    expect(value(read, 'MinutesPerDay')).toBe('450');
  });

  it('ends a phase on its last working day even when its last child has no effort', () => {
    const analysis = sampleAnalysis({
      startDate: '2027-05-03',
      calendar: { state: 'BY' },
      phases: [
        {
          id: 'p',
          name: 'Phase',
          children: [
            { id: 'a', name: 'A', effort: 2 },
            { id: 'z', name: 'Freigabe', effort: 0, predecessors: ['a'] },
          ],
        },
      ],
    });
    // As the analysis may date it: the phase finishing on its effortless child's date.
    analysis.dates.p = { ...analysis.dates.p!, finish: '2027-05-05' };
    const read = readXml(planToMspdi(analysis, { title: 'T', roles, language: 'de' }));
    const [, phase, , release] = all(one(read, 'Tasks'), 'Task');
    expect(fields(phase!, ['Start', 'Finish', 'Duration'])).toEqual({
      Start: '2027-05-03T08:00:00',
      Finish: '2027-05-04T17:00:00',
      Duration: 'PT16H0M0S',
    });
    expect(fields(release!, ['Start', 'Finish', 'Duration'])).toEqual({
      Start: '2027-05-05T08:00:00',
      Finish: '2027-05-05T08:00:00',
      Duration: 'PT0H0M0S',
    });
  });

  it('escapes names and drops control characters XML cannot carry', () => {
    const analysis = itProjectAnalysis();
    analysis.nodes[1] = { ...analysis.nodes[1]!, name: 'Q&A <"Tests"> \u0007ok' };
    const read = readXml(
      planToMspdi(analysis, { title: "O'Brien & Söhne", roles, language: 'de' }),
    );
    expect(value(read, 'Name')).toBe("O'Brien & Söhne");
    expect(value(all(one(read, 'Tasks'), 'Task')[2]!, 'Name')).toBe('Q&A <"Tests"> ok');
  });

  it('refuses a plan without a schedule, naming the cycle', () => {
    const analysis = {
      ...itProjectAnalysis(),
      dates: {},
      duration: null,
      problems: [
        {
          kind: 'cycle' as const,
          packageIds: ['a', 'b'],
          names: ['1.1 Anforderungsanalyse', '1.2 Architektur & Design', '1.1 Anforderungsanalyse'],
          message: 'planning.problems.cycle',
        },
      ],
    };
    expect(() => planToMspdi(analysis, { title: 'T', roles, language: 'de' })).toThrow(
      'cycle 1.1 Anforderungsanalyse → 1.2 Architektur & Design → 1.1 Anforderungsanalyse',
    );
  });
});

describe('the MS Project XML of the textbook plan (planRows through analysePlan)', () => {
  const rows = planRows();
  const project = readXml(
    planToMspdi(analysePlan(rows), { title: 'Textbook', roles: rows.roles, language: 'de' }),
  );
  const tasks = all(one(project, 'Tasks'), 'Task');

  it('has the summary, 10 nodes and 2 milestones with every link, all in schema order', () => {
    expectSchemaOrder(project);
    expect(
      tasks.map((task) => [
        value(task, 'OutlineNumber'),
        value(task, 'Name'),
        value(task, 'Critical'),
      ]),
    ).toEqual([
      ['0', 'Textbook', '1'],
      ['1', 'Konzeption', '1'],
      ['1.1', 'Anforderungsanalyse', '1'],
      ['1.2', 'Fachkonzept', '1'],
      ['1.3', 'Systementwurf', '1'],
      ['1.4', 'Abnahme Konzept', '1'],
      ['2', 'Umsetzung', '1'],
      ['2.1', 'Datenmigration', '1'],
      ['2.2', 'Schnittstellen', '0'],
      ['2.3', 'Dokumentation', '0'],
      ['2.4', 'Implementierung', '1'],
      ['2.5', 'Test und Abnahme', '1'],
      ['2.6', 'Abnahme System', '1'],
    ]);
    const links = tasks.flatMap((task) =>
      all(task, 'PredecessorLink').map(
        (link) => `${value(link, 'PredecessorUID')}→${value(task, 'UID')}`,
      ),
    );
    // A→B, B→C, C→milestone, C→D, C→E, E→F, D→G, E→H, G→H, phase 2→milestone
    expect(links.sort()).toEqual(
      ['2→3', '3→4', '4→5', '4→7', '4→8', '8→9', '7→10', '8→11', '10→11', '6→12'].sort(),
    );
    expect(fields(tasks.at(-2)!, ['Start', 'Finish', 'Duration'])).toEqual({
      // H: working days 29–37 from the start, Tuesday 04.05. to Tuesday 18.05. (06.05. and 17.05. closed).
      Start: '2027-05-04T08:00:00',
      Finish: '2027-05-18T17:00:00',
      Duration: 'PT72H0M0S',
    });
  });

  it("carries Bavaria's Easter, Ascension and Whitsun holidays as calendar exceptions", () => {
    const calendar = one(one(project, 'Calendars'), 'Calendar');
    const exceptions = all(one(calendar, 'Exceptions'), 'Exception').map(
      (exception) =>
        `${value(one(exception, 'TimePeriod'), 'FromDate')!.slice(0, 10)} ${value(exception, 'Name')}`,
    );
    expect(exceptions).toEqual(
      expect.arrayContaining([
        '2027-03-26 Karfreitag',
        '2027-03-29 Ostermontag',
        '2027-05-06 Christi Himmelfahrt',
        '2027-05-17 Pfingstmontag',
      ]),
    );
  });
});
