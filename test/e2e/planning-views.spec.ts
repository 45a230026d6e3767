import type { Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

// The plan's views (issue 15) on the demo's project offer "Migration Rechenzentrum in die Private
// Cloud" (scripts/demo/plans.de.mjs: 30 packages in 5 phases, 4 milestones): the Gantt chart
// painted with the critical path the plan's own grid shows, its milestone rows, the network
// diagram's boxes and the resource view with over-allocated weeks, which a role's capacity in
// the rate card takes away.

const OFFER = 'Migration Rechenzentrum in die Private Cloud';
/**
 * The demo plan's critical path, worked out by hand with the CPM rules from its estimates
 * (duration ⌈PERT expected / team⌉ working days) and links: kick-off → inventory → dependency
 * analysis → architecture → migration concept → concept acceptance → WAN (+5 days lag) →
 * firewall → monitoring → platform acceptance → the pilot → waves 1 and 2 → workplaces →
 * hypercare → documentation → training → handover → final acceptance: 90 working days.
 */
const CRITICAL = [
  '1.1',
  '1.2',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '2.2',
  '2.5',
  '2.7',
  '2.8',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1',
  '4.2',
  '4.5',
  '4.6',
  '5.2',
  '5.3',
  '5.4',
  '5.5',
];
const MILESTONES = [
  'Abnahme Konzept',
  'Betriebsbereitschaft Plattform',
  'Abschluss Produktivmigration',
  'Projektabnahme',
];
const SHOTS = process.env.QUOTIENT_SHOTS_DIR;

async function openPlan(page: Page) {
  await page.keyboard.press('Control+3');
  await page.getByText(OFFER).first().click();
  await page.getByTestId('offer-tab-plan').click();
  await expect(page.getByTestId('plan-views')).toBeVisible({ timeout: 60_000 });
}

async function showView(page: Page, label: string) {
  await page.getByTestId('plan-views').getByText(label, { exact: true }).click();
}

/** A screenshot with the view switch at the top of the window, when QUOTIENT_SHOTS_DIR asks. */
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  await page
    .getByTestId('plan-views')
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

test('Gantt, network diagram and resources of the demo project', async ({ app: page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startWorkspace(page, 'demo');
  await openPlan(page);

  // The critical path as the work breakdown marks it: the Gantt draws the same one.
  const criticalRows = page.locator('[data-testid="plan-row"][data-critical="true"]');
  await expect(criticalRows).toHaveCount(CRITICAL.length, { timeout: 60_000 });
  expect(await criticalRows.evaluateAll((rows) => rows.map((row) => row.dataset.wbs))).toEqual(
    CRITICAL,
  );

  await showView(page, 'Gantt');
  const gantt = page.getByTestId('plan-gantt');
  await expect(gantt).toHaveAttribute('data-painted-at', /^\d+$/, { timeout: 60_000 });
  // 5 phases, 30 packages and the 4 milestones, each on its own row.
  await expect(gantt).toHaveAttribute('data-rows', '39');
  await expect(gantt).toHaveAttribute('data-critical', CRITICAL.join(','));
  await expect(gantt.locator('canvas')).toHaveAttribute(
    'aria-label',
    /kritischer Pfad: 1\.1, 1\.2/,
  );
  // The canvas has something drawn in the critical colour (Mantine red 7, #f03e3e).
  const redPixels = await gantt.locator('canvas').evaluate((element) => {
    // This file compiles without the DOM library: the canvas's few members by hand.
    const canvas = element as unknown as {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
      };
    };
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 0xf0 && data[i + 1] === 0x3e && data[i + 2] === 0x3e) count += 1;
    }
    return count;
  });
  expect(redPixels).toBeGreaterThan(200);
  await shot(page, 'gantt-de');

  // Zoomed to days it paints again.
  const painted = await gantt.getAttribute('data-painted-at');
  await gantt.getByText('Tage', { exact: true }).click();
  await expect(gantt).toHaveAttribute('data-zoom', 'day');
  await expect(gantt).not.toHaveAttribute('data-painted-at', painted!);
  await shot(page, 'gantt-days-de');

  // The table alternative: the milestones as rows of their own, critical ones in words.
  await gantt.getByRole('switch', { name: 'Als Tabelle' }).check();
  const milestoneRows = page.locator('[data-testid="plan-gantt-table-row"][data-kind="milestone"]');
  await expect(milestoneRows).toHaveCount(4);
  expect(
    await milestoneRows.evaluateAll((rows) => rows.map((row) => row.children[1]!.textContent)),
  ).toEqual(MILESTONES.map((name) => `◆ ${name}`));
  await expect(
    page.locator('[data-testid="plan-gantt-table-row"][data-kind="package"][data-critical="true"]'),
  ).toHaveCount(CRITICAL.length);

  // The network diagram: a box per package, the critical ones and their links marked.
  await showView(page, 'Netzplan');
  const nodes = page.getByTestId('plan-network-node');
  await expect(nodes).toHaveCount(30);
  expect(
    await page
      .locator('[data-testid="plan-network-node"][data-critical="true"]')
      .evaluateAll((boxes) => boxes.map((box) => box.dataset.wbs).sort()),
  ).toEqual([...CRITICAL].sort());
  await expect(page.locator('[data-testid="plan-network-edge"][data-critical="true"]')).toHaveCount(
    CRITICAL.length - 1,
  );
  await expect(nodes.filter({ hasText: '1.1 Kick-off' })).toContainText('FAZ 0');
  await shot(page, 'network-de');

  // Resources: one person per role by default; the consultants are over-allocated somewhere.
  await showView(page, 'Ressourcen');
  const resources = page.getByTestId('plan-resources');
  await expect(resources).toHaveAttribute('data-over', /^[1-9]\d*$/);
  const over = page.locator('[data-testid="plan-resources-cell"][data-over="true"]');
  await expect(over.first()).toContainText('Überlast');
  await shot(page, 'resources-de');
  const overRoles = await page
    .locator('[data-testid="plan-resources-row"]')
    .filter({ has: over })
    .evaluateAll((rows) => rows.map((row) => row.querySelector('th')!.textContent!));
  expect(overRoles.length).toBeGreaterThan(0);

  // Enough people of every over-allocated role in the rate card: no over-allocation left.
  await page.getByRole('link', { name: 'Katalog' }).click();
  await page.getByRole('tab', { name: 'Stundensätze' }).click();
  for (const role of overRoles) {
    await page.getByTestId('role-row').filter({ hasText: role }).click();
    const form = page.getByTestId('role-form');
    await form.getByTestId('role-capacity').fill('9');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(form).toHaveCount(0);
    await expect(
      page.getByTestId('role-row').filter({ hasText: role }).getByTestId('role-capacity-cell'),
    ).toHaveText('9');
  }
  await openPlan(page);
  await showView(page, 'Ressourcen');
  await expect(resources).toHaveAttribute('data-over', '0');
  await expect(resources).toContainText('Keine Überlast');
});

test('the views in English', async ({ app: page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startWorkspace(page, 'demo');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await openPlan(page);
  await showView(page, 'Gantt');
  const gantt = page.getByTestId('plan-gantt');
  await expect(gantt).toHaveAttribute('data-painted-at', /^\d+$/, { timeout: 60_000 });
  await expect(gantt).toHaveAttribute('data-critical', CRITICAL.join(','));
  await expect(gantt.getByText('As a table')).toBeVisible();
  await shot(page, 'gantt-en');
  await showView(page, 'Network diagram');
  await expect(page.getByTestId('plan-network-node')).toHaveCount(30);
  await expect(page.getByTestId('plan-network-node').first()).toContainText('ES 0');
  await shot(page, 'network-en');
  await showView(page, 'Resources');
  await expect(page.getByTestId('plan-resources')).toContainText('W');
  await expect(
    page.locator('[data-testid="plan-resources-cell"][data-over="true"]').first(),
  ).toContainText('Over');
  await shot(page, 'resources-en');
});
