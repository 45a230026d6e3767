import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from './app-origin';
import { offerPrintUrl } from './print';

describe('offerPrintUrl', () => {
  it('points at the print route of the app origin or the dev server', () => {
    expect(offerPrintUrl({ offerId: '01a2-b3' })).toBe(
      `${APP_ENTRY_URL.split('#')[0]}#/print/offers/01a2-b3`,
    );
    expect(offerPrintUrl({ offerId: 'x1', devServerUrl: 'http://localhost:5173/#/clients' })).toBe(
      'http://localhost:5173/#/print/offers/x1',
    );
  });

  it('refuses anything that is not an id', () => {
    expect(() => offerPrintUrl({ offerId: '../../etc/passwd' })).toThrow('not an offer id');
    expect(() => offerPrintUrl({ offerId: 'a?b=c' })).toThrow('not an offer id');
  });
});
