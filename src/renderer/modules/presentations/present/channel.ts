/**
 * The presenter and the audience window keep in step over a BroadcastChannel (same origin, any
 * number of windows). The presenter owns the state: it sends `state` on every change and when an
 * audience says `hello`; an audience sends the navigation its own keys, clicks and swipes ask for.
 */

import type { LoopAction } from '#shared/presentations';

/** What a key, click or swipe asks for (the core's `navigate` actions). */
export type NavigateAction = LoopAction;

export type PresentationMessage =
  | { type: 'state'; index: number; black: boolean; at: number }
  | { type: 'hello' }
  | { type: 'navigate'; action: NavigateAction };

export const channelName = (deckId: string) => `quotient-presentation:${deckId}`;

const namedActions = new Set(['next', 'previous', 'first', 'last', 'black']);
const isIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function parseAction(value: unknown): NavigateAction | null {
  if (typeof value === 'string') {
    return namedActions.has(value) ? (value as NavigateAction) : null;
  }
  if (typeof value === 'object' && value !== null && 'goto' in value) {
    const goto = (value as { goto: unknown }).goto;
    return isIndex(goto) ? { goto } : null;
  }
  return null;
}

/**
 * A message from another window, checked field by field (any page of the origin can post on the
 * channel); anything else is null and ignored.
 */
export function parseMessage(data: unknown): PresentationMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'hello':
      return { type: 'hello' };
    case 'state':
      return isIndex(message.index) &&
        typeof message.black === 'boolean' &&
        typeof message.at === 'number' &&
        Number.isFinite(message.at)
        ? { type: 'state', index: message.index, black: message.black, at: message.at }
        : null;
    case 'navigate': {
      const action = parseAction(message.action);
      return action === null ? null : { type: 'navigate', action };
    }
    default:
      return null;
  }
}

export type PresentationChannel = {
  post(message: PresentationMessage): void;
  close(): void;
};

/** Opens the deck's channel; `onMessage` gets the valid messages of the other windows. */
export function openPresentationChannel(
  deckId: string,
  onMessage: (message: PresentationMessage) => void,
): PresentationChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => {} };
  const channel = new BroadcastChannel(channelName(deckId));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseMessage(event.data);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
