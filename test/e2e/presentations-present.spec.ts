// Issue 14, presenting: a deck without slides cannot start; the presenter shows the current and
// next slide with notes; the audience window (a second window, kept in step over a
// BroadcastChannel) follows the presenter's keys and black screen and asks it to navigate on a
// tap; the attract loop advances by the slides' durations and returns to slide 1 after idling
// (Playwright's fake clock); slides are accessible regions "Folie" "n von N".
import type { Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

type SlideSpec = { title: string; duration: number; notes?: string };

/** A new deck through the decks page; returns its id (from the editor's address). */
async function newDeck(page: Page, title: string): Promise<string> {
  await page.goto('./#/presentations');
  await page.getByTestId('deck-new').first().click();
  await page.getByTestId('deck-new-title').fill(title);
  await page.getByTestId('deck-new-create').click();
  await expect(page.getByTestId('deck-editor')).toBeVisible();
  const id = /#\/presentations\/([^/?]+)/.exec(page.url())?.[1];
  expect(id, 'the editor’s address names the deck').toBeTruthy();
  return id!;
}

/** Adds a text slide with its title, duration and notes in the deck editor. */
async function addTextSlide(page: Page, index: number, slide: SlideSpec) {
  await page.getByTestId('deck-add-slide').click();
  await page.getByTestId('deck-add-slide-text').click();
  const item = page.getByTestId(`slide-item-${index}`);
  await item.click();
  await expect(item).toHaveAttribute('aria-selected', 'true');
  const form = page.getByTestId('slide-form');
  const title = form.getByTestId('slide-title');
  await expect(title).toHaveValue('');
  await title.fill(slide.title);
  await title.press('Enter');
  await expect(item).toContainText(slide.title);
  const duration = form.getByTestId('slide-duration');
  await duration.fill(String(slide.duration));
  await duration.press('Enter');
  if (slide.notes) await form.getByTestId('slide-notes').fill(slide.notes);
  // Fields save when they lose the focus: leave them for the slide list.
  await item.click();
  await expect(item).toContainText(`${slide.duration} s`);
  await expect(page.getByTestId('deck-preview')).toContainText(slide.title);
}

const SLIDES: SlideSpec[] = [
  { title: 'Eins: Willkommen', duration: 3, notes: 'Begrüßen, nach dem Namen fragen.' },
  { title: 'Zwei: Leistungen', duration: 5, notes: 'Backup-Demo zeigen.' },
  { title: 'Drei: Kontakt', duration: 4 },
];

/** A deck with the three slides, presented: the presenter is open on slide 1. */
async function presentDeck(page: Page, title = 'Messe-Test'): Promise<string> {
  const deckId = await newDeck(page, title);
  for (const [index, slide] of SLIDES.entries()) await addTextSlide(page, index, slide);
  await page.getByTestId('deck-present').click();
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-ready', 'true');
  return deckId;
}

/** Opens the audience window from the presenter (window.open in the same context). */
async function openAudience(page: Page): Promise<Page> {
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByTestId('present-open-audience').click(),
  ]);
  await expect(audience.getByTestId('audience-stage')).toHaveAttribute('data-slide-index', '0');
  return audience;
}

/** The audience shows slide `index` (0-based): its index, its region and its title. */
async function expectAudienceAt(audience: Page, index: number) {
  await expect(audience.getByTestId('audience-stage')).toHaveAttribute(
    'data-slide-index',
    String(index),
  );
  const region = audience.getByRole('region', { name: `${index + 1} von ${SLIDES.length}` });
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('aria-roledescription', 'Folie');
  await expect(region.getByRole('heading', { level: 2 })).toHaveText(SLIDES[index]!.title);
  // Only the shown slide is visible (its neighbours are mounted hidden).
  await expect(audience.getByRole('region')).toHaveCount(1);
}

test('a deck without slides cannot start; the audience window follows the presenter’s keys, black screen and taps', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  await startWorkspace(page, 'empty');

  // No slides: "Präsentieren" is disabled with its reason, and the presenter's address says so.
  const emptyId = await newDeck(page, 'Leerer Foliensatz');
  await expect(page.getByTestId('deck-present')).toBeDisabled();
  await expect(page.getByTestId('deck-present-reason')).toBeVisible();
  await page.goto(`./#/present/${emptyId}`);
  await expect(page.getByTestId('present-empty')).toContainText(
    'Diese Präsentation hat keine Folien',
  );
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await page.getByTestId('present-leave').click();
  await expect(page.getByTestId('deck-editor')).toBeVisible();

  await presentDeck(page);
  const current = page.getByTestId('present-current');
  await expect(current.getByRole('region', { name: '1 von 3' })).toHaveAttribute(
    'aria-roledescription',
    'Folie',
  );
  await expect(current.getByRole('heading', { level: 2 })).toHaveText(SLIDES[0]!.title);
  await expect(
    page.getByTestId('present-next').getByRole('region', { name: '2 von 3' }),
  ).toBeVisible();
  await expect(page.getByTestId('present-notes')).toHaveText(SLIDES[0]!.notes!);
  await expect(page.getByTestId('present-elapsed')).toHaveText(/^\d+:\d\d$/);
  await expect(page.getByTestId('present-slide-time')).toHaveText(/^\d+:\d\d$/);

  const audience = await openAudience(page);
  await expectAudienceAt(audience, 0);
  // The notes are the presenter's alone.
  await expect(audience.getByText(SLIDES[0]!.notes!)).toHaveCount(0);

  // Keyboard and clicker keys in the presenter; the audience follows each.
  await page.bringToFront();
  for (const [key, index] of [
    ['ArrowRight', 1],
    ['PageDown', 2],
    ['PageDown', 2],
    ['PageUp', 1],
    ['Home', 0],
    ['End', 2],
    ['Backspace', 1],
    [' ', 2],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-slide-index', String(index));
    await expectAudienceAt(audience, index);
  }
  await expect(page.getByTestId('present-next')).toContainText('Ende der Präsentation');
  await expect(page.getByTestId('present-notes')).toHaveText('Keine Notizen zu dieser Folie.');

  // B blacks the audience out (no slide region left), B again brings the slide back; "." too.
  await page.keyboard.press('b');
  await expect(audience.getByTestId('audience-stage')).toHaveAttribute('data-black', 'true');
  await expect(audience.getByRole('region')).toHaveCount(0);
  await expect(page.getByTestId('present-black')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('b');
  await expect(audience.getByTestId('audience-stage')).toHaveAttribute('data-black', 'false');
  await expectAudienceAt(audience, 2);
  await page.keyboard.press('.');
  await expect(audience.getByTestId('audience-stage')).toHaveAttribute('data-black', 'true');
  await page.getByTestId('present-black').click();
  await expect(audience.getByTestId('audience-stage')).toHaveAttribute('data-black', 'false');

  // A tap on the audience stage asks the presenter to go on; a key in the audience window too.
  await page.keyboard.press('Home');
  await expectAudienceAt(audience, 0);
  await audience.getByTestId('audience-stage').click();
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-slide-index', '1');
  await expectAudienceAt(audience, 1);
  await audience.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-slide-index', '0');
  await expectAudienceAt(audience, 0);

  // A reloaded audience window asks the presenter where it is.
  await page.keyboard.press('End');
  await expectAudienceAt(audience, 2);
  await audience.reload();
  await expectAudienceAt(audience, 2);

  // L opens the lead form; while it is open the keys belong to the form, not to the slides.
  await page.keyboard.press('l');
  await expect(page.getByTestId('lead-last-name')).toBeVisible();
  await page.getByTestId('lead-last-name').press('ArrowRight');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-slide-index', '2');
  await page.getByTestId('lead-cancel').click();
  await expect(page.getByTestId('lead-last-name')).toHaveCount(0);

  // Screenshots at 1280×720 (German).
  await page.setViewportSize({ width: 1280, height: 720 });
  await audience.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Home');
  await expectAudienceAt(audience, 0);
  await page.screenshot({ path: test.info().outputPath('presenter-de.png') });
  await audience.screenshot({ path: test.info().outputPath('audience-de.png') });

  // Esc leaves the presenter for the editor.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('deck-editor')).toBeVisible();
});

test('the attract loop advances by each slide’s duration, and returns to slide 1 after idling (fake clock)', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  await page.clock.install();
  await page.reload();
  await startWorkspace(page, 'empty');
  await presentDeck(page, 'Schleife');
  const presenter = page.getByTestId('presenter');
  const at = (index: number) =>
    expect(presenter).toHaveAttribute('data-slide-index', String(index));

  // Time stands still from here; the loop moves only as the test runs the clock.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.getByTestId('present-loop').click();
  await expect(page.getByTestId('present-loop')).toHaveAttribute('aria-pressed', 'true');
  await at(0);
  // Slide 1 stays 3 s, slide 2 5 s, slide 3 4 s, then slide 1 again.
  await page.clock.runFor(2_900);
  await at(0);
  await page.clock.runFor(100);
  await at(1);
  await page.clock.runFor(4_900);
  await at(1);
  await page.clock.runFor(100);
  await at(2);
  await page.clock.runFor(4_000);
  await at(0);
  await page.clock.runFor(3_000);
  await at(1);

  // A key stops the loop where it is; 60 s without another (the deck's idle time) return it to
  // slide 1, and it loops again from there.
  await page.keyboard.press('ArrowRight');
  await at(2);
  await page.clock.runFor(30_000);
  await at(2);
  await page.clock.runFor(29_000);
  await at(2);
  await page.clock.runFor(1_000);
  await at(0);
  await page.clock.runFor(3_000);
  await at(1);

  // Stopping the loop keeps the slide.
  await page.getByTestId('present-loop').click();
  await page.clock.runFor(20_000);
  await at(1);
});

test('presenter and audience in English', async ({ app: page }) => {
  test.setTimeout(240_000);
  await startWorkspace(page, 'empty');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await presentDeck(page, 'Fair deck');
  await expect(page.getByTestId('present-position')).toHaveText('Slide 1 of 3');
  const audience = await openAudience(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await audience.setViewportSize({ width: 1280, height: 720 });
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('audience-stage')).toHaveAttribute('data-slide-index', '1');
  await page.screenshot({ path: test.info().outputPath('presenter-en.png') });
  await audience.screenshot({ path: test.info().outputPath('audience-en.png') });
});

test('the demo’s fair deck: every slide kind drawn in the audience window at 1280×720', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  await startWorkspace(page, 'demo');
  await page.goto('./#/presentations');
  await page.getByRole('link', { name: 'Portfolio it-sa 2026' }).first().click();
  await page.getByTestId('deck-present').click();
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-ready', 'true');
  const count = Number(
    /von (\d+)/.exec((await page.getByTestId('present-position').textContent()) ?? '')?.[1],
  );
  expect(count).toBeGreaterThan(5);
  const audience = await openAudience(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await audience.setViewportSize({ width: 1280, height: 720 });
  await page.bringToFront();
  for (let index = 0; index < count; index++) {
    const region = audience.getByRole('region', { name: `${index + 1} von ${count}` });
    await expect(region).toBeVisible();
    // Media and charts have loaded before the picture is taken.
    await expect(region.getByTestId('slide-media-placeholder')).toHaveCount(0);
    const kind = await region.getAttribute('data-slide-kind');
    await audience.screenshot({ path: test.info().outputPath(`demo-${index + 1}-${kind}.png`) });
    if (index === 0) await page.screenshot({ path: test.info().outputPath('demo-presenter.png') });
    await page.keyboard.press('ArrowRight');
  }
});
