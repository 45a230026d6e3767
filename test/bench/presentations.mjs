// Issue 14's figures (Chromium, the web build, the seeded 50-slide deck with a JPEG per slide):
// a key press in the presenter until the next slide is painted in the audience window, and
// the presenter ready to present (first slide painted, the next slides' images decoded).
import { cpus } from 'node:os';
import { firstPage, median, report, round } from './lib.mjs';

/** Resolves in the page once `selector` has `attribute` equal to `value`, then a frame painted. */
const paintedWhen = ({ selector, attribute, value }) =>
  new Promise((done) => {
    const check = () => document.querySelector(selector)?.getAttribute(attribute) === value;
    const finish = () => {
      observer.disconnect();
      // The frame with the change is painted when the next task after its rAF callback runs.
      requestAnimationFrame(() =>
        setTimeout(() => done(performance.timeOrigin + performance.now()), 0),
      );
    };
    const observer = new MutationObserver(() => {
      if (check()) finish();
    });
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: [attribute],
    });
    if (check()) finish();
  });

/**
 * "Ready to present": from the in-app navigation to `#/present/<deckId>` (what "Präsentieren"
 * does) in a freshly loaded app window until the presenter's data-ready is true and painted.
 * Each round is a new window: no slide data, object URL or decoded image carried over.
 */
async function readyFigure(context, { origin, deckId, rounds }) {
  const runs = [];
  for (let round = 0; round <= rounds; round++) {
    const page = await context.newPage();
    // The deck's editor, from where "Präsentieren" starts.
    await page.goto(`${origin}/#/presentations/${deckId}`);
    await page.waitForSelector('[data-testid="deck-editor"]', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const ms = await page.evaluate(
      async ({ deckId }) => {
        const painted = window.__paintedWhen;
        const started = performance.timeOrigin + performance.now();
        const ready = painted({
          selector: '[data-testid="presenter"]',
          attribute: 'data-ready',
          value: 'true',
        });
        location.hash = `#/present/${deckId}`;
        return (await ready) - started;
      },
      { deckId },
    );
    await page.close();
    // The first round loads the presenter's code chunk: unmeasured.
    if (round > 0) runs.push(ms);
  }
  return {
    value: round(median(runs)),
    max: round(Math.max(...runs)),
    runs: runs.map(round),
    target: 1000,
    from: 'in-app navigation to the presenter (a fresh window each round)',
  };
}

/**
 * Key presses (→) in the presenter, each timed from the keydown until the audience window shows
 * the next slide and has painted it. The presenter waits 400 ms between keys, as a speaker does.
 */
async function keyFigure(context, { origin, deckId, keys }) {
  const presenter = await firstPage(context);
  await presenter.goto(`${origin}/#/present/${deckId}`);
  await presenter.waitForSelector('[data-testid="presenter"][data-ready="true"]', {
    timeout: 30_000,
  });
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByTestId('present-open-audience').click(),
  ]);
  await audience.waitForSelector('[data-testid="audience-stage"][data-slide-index="0"]', {
    timeout: 30_000,
  });
  await audience.waitForTimeout(1_000);
  const timings = [];
  for (let k = 1; k <= keys + 1; k++) {
    await audience.evaluate(
      ({ index }) => {
        window.__painted = window.__paintedWhen({
          selector: '[data-testid="audience-stage"]',
          attribute: 'data-slide-index',
          value: String(index),
        });
      },
      { index: k },
    );
    const pressed = await presenter.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      return at;
    });
    const shown = await audience.evaluate(() => window.__painted);
    // The first key is unmeasured (JIT, first mounts).
    if (k > 1) timings.push({ slide: k, ms: shown - pressed });
    await presenter.waitForTimeout(400);
  }
  const ms = timings.map((timing) => timing.ms);
  return {
    value: round(median(ms)),
    max: round(Math.max(...ms)),
    keys: timings.length,
    slowest: [...timings]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((timing) => ({ ...timing, ms: round(timing.ms) })),
    target: 100,
  };
}

/** Measures issue 14's figures on the seed page's `presentation` result. */
export async function measurePresentations({
  launch,
  origin,
  presentationSeed,
  keys = 24,
  rounds = 5,
}) {
  const figures = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version },
    data: presentationSeed,
  };
  for (const [name, measure, target] of [
    [
      'keyToAudiencePaintMs',
      (context) => keyFigure(context, { origin, deckId: presentationSeed.deckId, keys }),
      100,
    ],
    [
      'deck50ReadyMs',
      (context) => readyFigure(context, { origin, deckId: presentationSeed.deckId, rounds }),
      1000,
    ],
  ]) {
    const context = await launch();
    // In every window of the context, beyond the app's CSP (init scripts are not page scripts).
    await context.addInitScript(`window.__paintedWhen = ${paintedWhen.toString()};`);
    try {
      figures[name] = await measure(context);
    } catch (error) {
      console.error(`${name} failed:`, error);
      figures[name] = { value: Infinity, error: String(error), target };
    } finally {
      await context.close();
    }
  }
  return report(figures);
}
