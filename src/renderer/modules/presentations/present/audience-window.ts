/**
 * Opens the audience window of a deck in the browser build: a popup on the app's own page at
 * `#/audience/<deckId>`, named so that a second click reuses it. Returns null when the browser
 * blocked it.
 */
export function openAudienceWindow(deckId: string): Window | null {
  const url = `${location.origin}${location.pathname}${location.search}#/audience/${encodeURIComponent(deckId)}`;
  const opened = window.open(url, 'quotient-audience', 'popup');
  opened?.focus();
  return opened;
}
