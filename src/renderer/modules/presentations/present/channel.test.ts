import { describe, expect, it } from 'vitest';
import { channelName, parseMessage } from './channel';

describe('parseMessage', () => {
  it('accepts the protocol’s messages', () => {
    expect(
      [
        { type: 'hello' },
        { type: 'state', index: 3, black: true, at: 1_700_000_000_000 },
        { type: 'navigate', action: 'previous' },
        { type: 'navigate', action: { goto: 4 } },
      ].map(parseMessage),
    ).toEqual([
      { type: 'hello' },
      { type: 'state', index: 3, black: true, at: 1_700_000_000_000 },
      { type: 'navigate', action: 'previous' },
      { type: 'navigate', action: { goto: 4 } },
    ]);
  });

  it('ignores anything else another page of the origin might post', () => {
    expect(
      [
        null,
        'next',
        { type: 'state', index: -1, black: false, at: 1 },
        { type: 'state', index: 1.5, black: false, at: 1 },
        { type: 'state', index: 1, black: 'yes', at: 1 },
        { type: 'navigate', action: 'explode' },
        { type: 'navigate', action: { goto: '2' } },
        { type: 'quit' },
      ].map(parseMessage),
    ).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('names the channel after the deck', () => {
    expect(channelName('d-1')).toBe('quotient-presentation:d-1');
  });
});
