import { expect, startWorkspace, test } from './fixtures';

// Runs in the page before the app (a string: the e2e files are type-checked without the DOM).
// It notes each full read of a store and when the list shows its first row, and answers the
// list's read of the clients 500 ms late, as a big workspace on a slow machine does.
const spy = `
  const events = (window.__startup = []);
  const getAll = IDBObjectStore.prototype.getAll;
  const setOnSuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess').set;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    events.push({ read: this.name, at: performance.now() });
    if (this.name === 'clients') {
      Object.defineProperty(request, 'onsuccess', {
        configurable: true,
        set(handler) {
          setOnSuccess.call(this, (event) => setTimeout(() => handler.call(this, event), window.__delay ?? 500));
        },
      });
    }
    return request;
  };
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-row-index="0"]')) {
      events.push({ rows: true, at: performance.now() });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

type StartupEvent = { read?: string; rows?: true; at: number };

test('the client search index is built after the client list shows its rows, not beside their read', async ({
  app: page,
}) => {
  await startWorkspace(page, 'demo');
  await page.addInitScript({ content: spy });
  await page.reload();
  await expect(page.getByTestId('client-search')).toHaveAttribute('data-search-ready', 'true');
  const events = (await page.evaluate('window.__startup')) as StartupEvent[];
  const rows = events.findIndex((event) => event.rows);
  const contacts = events.findIndex((event) => event.read === 'contacts');
  expect(rows, JSON.stringify(events)).toBeGreaterThanOrEqual(0);
  expect(contacts, JSON.stringify(events)).toBeGreaterThan(rows);
});
