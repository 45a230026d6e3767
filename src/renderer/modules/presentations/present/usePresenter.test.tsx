// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName, type PresentationMessage } from './channel';
import { usePresenter, type Presenter } from './usePresenter';

// The presenter's state over the deck's BroadcastChannel (Node's, as between two windows) and
// the attract loop runner on a fake clock.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let audience: BroadcastChannel | undefined;
let received: PresentationMessage[] = [];
let presenter: Presenter;

function Probe(props: { durations: number[]; idleSeconds: number }) {
  presenter = usePresenter({ deckId: 'deck-1', ...props });
  return null;
}

/** Lets the channel deliver (Node delivers on the event loop, not on the fake timers). */
const delivered = () => act(() => new Promise<void>((done) => setImmediate(done)));

async function mount(durations = [3, 5, 4], idleSeconds = 60) {
  audience = new BroadcastChannel(channelName('deck-1'));
  audience.onmessage = (event: MessageEvent<PresentationMessage>) => received.push(event.data);
  root = createRoot(document.createElement('div'));
  await act(async () => root!.render(<Probe durations={durations} idleSeconds={idleSeconds} />));
  await delivered();
}

const states = () =>
  received.filter((message) => message.type === 'state').map((m) => [m.index, m.black]);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.parse('2027-09-01T10:00:00Z'));
  received = [];
});

afterEach(() => {
  act(() => root?.unmount());
  audience?.close();
  vi.useRealTimers();
});

describe('usePresenter', () => {
  it('sends its state on opening, on each change and to an audience saying hello', async () => {
    await mount();
    act(() => presenter.apply('next'));
    act(() => presenter.apply('next'));
    act(() => presenter.apply('next'));
    act(() => presenter.apply('black'));
    await delivered();
    expect(states()).toEqual([
      [0, false],
      [1, false],
      [2, false],
      [2, true],
    ]);
    received = [];
    audience!.postMessage({ type: 'hello' });
    await delivered();
    expect(states()).toEqual([[2, true]]);
  });

  it('applies an audience’s navigation and ignores what is not the protocol', async () => {
    await mount();
    audience!.postMessage({ type: 'navigate', action: 'last' });
    audience!.postMessage({ type: 'navigate', action: 'explode' });
    audience!.postMessage({ type: 'navigate', action: { goto: 1 } });
    await delivered();
    expect(presenter.index).toBe(1);
    expect(states()).toEqual([
      [0, false],
      [2, false],
      [1, false],
    ]);
  });

  it('runs the attract loop by the durations, and back to slide 1 after idling', async () => {
    await mount();
    act(() => presenter.setLooping(true));
    const after = async (ms: number) => {
      await act(async () => vi.advanceTimersByTime(ms));
      return presenter.index;
    };
    expect([await after(2_999), await after(1), await after(5_000), await after(4_000)]).toEqual([
      0, 1, 2, 0,
    ]);
    act(() => presenter.apply('last'));
    expect([await after(59_999), await after(1), await after(3_000)]).toEqual([2, 0, 1]);
    act(() => presenter.setLooping(false));
    expect(await after(60_000)).toBe(1);
  });
});
