import { describe, expect, it } from 'vitest';
import type { QuotientApi } from '#shared/ipc/api';
import { selectPlatform } from './select';

describe('selectPlatform', () => {
  it('uses Electron when the preload exposed window.quotient', () => {
    const quotient = { onMenuCommand: () => () => undefined } as unknown as QuotientApi;
    expect(selectPlatform({ quotient }).kind).toBe('electron');
  });

  it('uses the browser implementation otherwise', () => {
    expect(selectPlatform({}).kind).toBe('browser');
    expect(selectPlatform(undefined).kind).toBe('browser');
  });
});
