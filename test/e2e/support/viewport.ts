import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Scrolls the control into view and checks that all of it lies inside the window. */
export async function expectInViewport(page: Page, control: Locator, what: string) {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  const view = page.viewportSize();
  expect(box, `${what} has a box`).not.toBeNull();
  expect(view).not.toBeNull();
  if (!box || !view) return;
  expect(box.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right edge`).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height, `${what} bottom edge`).toBeLessThanOrEqual(view.height);
}

/**
 * Checks every input, select and button of every offer line (name, quantity, unit, prices, the
 * row's action menu …) lies inside the window once scrolled to; at least `minimum` per row. The
 * controls are measured in the page in one pass (scrolled to one by one, as the user would).
 */
export async function expectRowControlsInViewport(page: Page, { minimum = 6 } = {}) {
  const rows = page.getByTestId('offer-line');
  await expect(rows.first()).toBeVisible();
  const report = await rows.evaluateAll((elements) =>
    elements.map((row) => {
      const view = row.ownerDocument.defaultView;
      const width = view?.innerWidth ?? 0;
      const height = view?.innerHeight ?? 0;
      const controls = [...row.querySelectorAll('input, select, button')];
      const outside = controls.flatMap((control) => {
        const fits = (box: { left: number; top: number; right: number; bottom: number }) =>
          box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
        // As Playwright's scrollIntoViewIfNeeded: a control out of sight is centred.
        if (!fits(control.getBoundingClientRect())) {
          control.scrollIntoView({ block: 'center', inline: 'center' });
        }
        const box = control.getBoundingClientRect();
        const inside = box.width > 0 && box.height > 0 && fits(box);
        const label =
          control.getAttribute('aria-label') ?? control.getAttribute('data-col') ?? control.tagName;
        return inside
          ? []
          : [
              `${label}: ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} in ${width}×${height}`,
            ];
      });
      return { controls: controls.length, outside };
    }),
  );
  const problems = report.flatMap(({ controls, outside }, index) => [
    ...(controls < minimum ? [`row ${index + 1}: only ${controls} controls`] : []),
    ...outside.map((entry) => `row ${index + 1}: ${entry}`),
  ]);
  expect(problems, 'row controls outside the window').toEqual([]);
}
