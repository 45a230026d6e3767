// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlanAnalysis } from '#shared/planning/types';
import { freshIndexedDb } from '#test/test-workspace';
import { initAppI18n } from '#test/i18n';
import { installDomStubs } from '#test/dom-stubs';
import { itProjectAnalysis, largeAnalysis } from '#test/plan-view-samples';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../../app/theme';
import { makeRoleInput } from '../../../../../test/factories/domain';
import { GanttView, NetworkDiagram, ResourceView } from './index';

// The plan's views on hand-made analyses (test/support/plan-view-samples.ts: the IT project's
// critical path is 1.1 → 1.2 → 2.1 → 2.3). The Gantt paints on a recording canvas context: what
// it draws, only the rows in view, sharp at devicePixelRatio 2; the table alternative, the
// network diagram's boxes and the resource view's over-allocation in words.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2027-05-12';
let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;
/** The texts each canvas context was asked to draw since the last reset. */
let drawn: string[] = [];

/** A 2D context that records its texts and accepts every other call. */
function recordingContext(): CanvasRenderingContext2D {
  const target = {
    fillText: (text: string) => void drawn.push(text),
    measureText: (text: string) => ({ width: text.length * 6 }),
  };
  return new Proxy(target, {
    get: (object, key) => (key in object ? object[key as keyof typeof object] : () => undefined),
    set: () => true,
  }) as unknown as CanvasRenderingContext2D;
}

beforeAll(async () => {
  installDomStubs();
  HTMLCanvasElement.prototype.getContext = (() => recordingContext()) as never;
  // jsdom lays nothing out: the Gantt's scroll box is 900 × 544 px inside its border.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get() {
      return (this as HTMLElement).dataset.testid === 'plan-gantt-scroll' ? 900 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() {
      return (this as HTMLElement).dataset.testid === 'plan-gantt-scroll' ? 544 : 0;
    },
  });
  freshIndexedDb();
  workspace = await openWorkspace('plan-views-test');
  i18n = await initAppI18n('de');
});
afterAll(() => workspace?.close());
afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = undefined;
  document.body.innerHTML = '';
  drawn = [];
  window.devicePixelRatio = 1;
});

async function render(element: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container);
    root.render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>{element}</WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const until = (assertion: () => void | Promise<void>) =>
  vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
const byTestId = <E extends Element = HTMLElement>(id: string) =>
  document.querySelector<E>(`[data-testid="${id}"]`)!;
const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const click = (element: Element) => act(async () => (element as HTMLElement).click());
const labelled = (text: string) =>
  [...document.querySelectorAll('label')].find((label) => label.textContent === text)!;

describe('the Gantt chart', () => {
  it('paints every row of a small plan with the critical path, milestones and week header', async () => {
    window.devicePixelRatio = 2;
    await render(<GanttView analysis={itProjectAnalysis()} today={TODAY} />);
    const gantt = byTestId('plan-gantt');
    await until(() => expect(gantt.dataset.paintedAt).toBeDefined());
    // 2 phases, 5 packages, 2 milestones; the critical packages by WBS number.
    expect(gantt.dataset.rows).toBe('9');
    expect(gantt.dataset.critical).toBe('1.1,1.2,2.1,2.3');
    expect(drawn).toEqual(
      expect.arrayContaining([
        'Vorgang',
        'KW 18',
        '1 Konzeption',
        '1.1 Anforderungsanalyse',
        '◆ Konzept abgenommen',
        '2.3 Abnahme',
        '◆ Go-live',
      ]),
    );
    // Backing store at the device's pixel ratio, CSS size as laid out.
    const canvas = document.querySelector('canvas')!;
    expect([canvas.width, canvas.height]).toEqual([1800, 1088]);
    expect(canvas.getAttribute('aria-label')).toContain('kritischer Pfad: 1.1, 1.2, 2.1, 2.3');
  });

  it('paints only the rows in view of 1,000 packages, and others after scrolling', async () => {
    await render(<GanttView analysis={largeAnalysis(1_000)} today={TODAY} />);
    const gantt = byTestId('plan-gantt');
    await until(() => expect(gantt.dataset.paintedAt).toBeDefined());
    expect(gantt.dataset.rows).toBe('1100');
    const labels = () => drawn.filter((text) => /^\d+\.\d+ Paket/.test(text));
    // 544 px − 40 px header = 21 rows of 24 px, plus one below.
    expect(labels().length).toBeLessThan(25);
    expect(labels()).toContain('1.1 Paket 1');
    expect(labels()).not.toContain('50.1 Paket 491');

    drawn = [];
    const scroller = byTestId('plan-gantt-scroll');
    await act(async () => {
      scroller.scrollTop = 540 * 24;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await until(() => expect(labels()).toContain('50.1 Paket 491'));
    expect(labels().length).toBeLessThan(25);
    expect(labels()).not.toContain('1.1 Paket 1');
  });

  it('zooms to days and shows the same rows as a table', async () => {
    await render(<GanttView analysis={itProjectAnalysis()} today={TODAY} />);
    const gantt = byTestId('plan-gantt');
    await until(() => expect(gantt.dataset.paintedAt).toBeDefined());
    expect(gantt.dataset.zoom).toBe('week');
    const before = gantt.dataset.paintedAt;
    drawn = [];
    await click(labelled('Tage'));
    await until(() => expect(gantt.dataset.zoom).toBe('day'));
    // Day zoom: the Monday's date under each week label.
    await until(() => expect(drawn).toContain('03.05.'));
    expect(Number(gantt.dataset.paintedAt)).toBeGreaterThanOrEqual(Number(before));

    await click(byTestId('plan-gantt-as-table'));
    await until(() => expect(all('plan-gantt-table-row')).toHaveLength(9));
    const rows = all('plan-gantt-table-row').map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows[1]).toEqual([
      '1.1',
      'Anforderungsanalyse',
      'Arbeitspaket',
      '03.05.2027',
      '10.05.2027',
      '5',
      '0',
      'ja',
    ]);
    expect(rows.find((cells) => cells[1] === 'Testkonzept')).toEqual([
      '2.2',
      'Testkonzept',
      'Arbeitspaket',
      '14.05.2027',
      '20.05.2027',
      '4',
      '5',
      'nein',
    ]);
    expect(rows.filter((cells) => cells[2] === 'Meilenstein').map((cells) => cells[1])).toEqual([
      '◆ Konzept abgenommen',
      '◆ Go-live',
    ]);
  });

  it('says that a plan with a cycle has no dates', async () => {
    const analysis: PlanAnalysis = { ...itProjectAnalysis(), dates: {}, criticalPath: [] };
    await render(<GanttView analysis={analysis} today={TODAY} />);
    await until(() => expect(byTestId('plan-gantt').dataset.critical).toBe(''));
    expect(document.body.textContent).toContain('Zyklus');
  });
});

describe('the network diagram', () => {
  it('draws a box per package with its figures, the critical ones and their links marked', async () => {
    await render(<NetworkDiagram analysis={itProjectAnalysis()} />);
    await until(() => expect(all('plan-network-node')).toHaveLength(5));
    const nodes = all('plan-network-node');
    expect(
      nodes.filter((node) => node.dataset.critical === 'true').map((n) => n.dataset.wbs),
    ).toEqual(['1.1', '1.2', '2.1', '2.3']);
    const test = nodes.find((node) => node.dataset.wbs === '2.2')!;
    expect([...test.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      'FAZ 8',
      'D 4',
      'FEZ 12',
      '2.2 Testkonzept',
      'GP 5 · FP 5',
      'SAZ 13',
      'SEZ 17',
    ]);
    const edges = all('plan-network-edge');
    expect(edges).toHaveLength(5);
    expect(edges.filter((edge) => edge.dataset.critical === 'true')).toHaveLength(3);

    const svg = byTestId('plan-network').querySelector('svg')!;
    const width = Number(svg.getAttribute('width'));
    await click(byTestId('plan-network-zoom-in'));
    expect(Number(svg.getAttribute('width'))).toBe(width * 1.25);
  });
});

describe('the resource view', () => {
  it('shows load / capacity per role and week and says where a role is over-allocated', async () => {
    const analyst = await workspace.repos.roles.create(makeRoleInput({ name: 'Analystin' }));
    const architect = await workspace.repos.roles.create(makeRoleInput({ name: 'Architekt' }));
    const developer = await workspace.repos.roles.create(makeRoleInput({ name: 'Entwicklung' }));
    const ids: Record<string, string> = {
      analyst: analyst.id,
      architect: architect.id,
      developer: developer.id,
    };
    const sample = itProjectAnalysis();
    const analysis: PlanAnalysis = {
      ...sample,
      nodes: sample.nodes.map((node) => ({ ...node, roleId: ids[node.roleId] ?? node.roleId })),
    };
    await render(<ResourceView analysis={analysis} />);
    // Development: 20 PT by 2 people on 10 working days (14.–31.05.2027) = 2 PT a day; in
    // Bavaria Whit Monday (17.05.) and Corpus Christi (27.05.) leave one person 4 days a week.
    await until(() => expect(byTestId('plan-resources').dataset.over).toBe('2'));
    const cells = (roleId: string) =>
      [...document.querySelectorAll<HTMLElement>(`[data-role="${roleId}"] td`)].map((cell) => [
        cell.dataset.week,
        cell.textContent,
      ]);
    expect(cells(developer.id)).toEqual([
      ['2027-05-03', '0,0 / 4,0'],
      ['2027-05-10', '2,0 / 5,0'],
      ['2027-05-17', '8,0 / 4,0Überlast'],
      ['2027-05-24', '8,0 / 4,0Überlast'],
      ['2027-05-31', '2,0 / 5,0'],
    ]);
    expect(document.body.textContent).toContain('2 Wochen mit Überlast');

    // Two developers: enough in every week.
    await workspace.repos.roles.update(developer.id, { capacity: 2 });
    await until(() => expect(byTestId('plan-resources').dataset.over).toBe('0'));
    expect(document.body.textContent).toContain('Keine Überlast');
  });
});
