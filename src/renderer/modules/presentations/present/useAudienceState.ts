import { useCallback, useEffect, useRef, useState } from 'react';
import { navigate, startLoop, type LoopState } from '#shared/presentations';
import { openPresentationChannel, type NavigateAction, type PresentationChannel } from './channel';

/**
 * The audience window's slide and black screen, as the presenter sends them. Its own keys,
 * clicks and swipes go to the presenter; with no presenter answering (the window opened on its
 * own) they navigate here.
 */
export function useAudienceState(deckId: string, count: number) {
  const [state, setState] = useState<{ index: number; black: boolean }>({ index: 0, black: false });
  const presenterSeen = useRef(false);
  const local = useRef<LoopState>(startLoop(Date.now()));
  const channelRef = useRef<PresentationChannel | null>(null);

  useEffect(() => {
    const channel = openPresentationChannel(deckId, (message) => {
      if (message.type !== 'state') return;
      presenterSeen.current = true;
      setState((current) =>
        current.index === message.index && current.black === message.black
          ? current
          : { index: message.index, black: message.black },
      );
    });
    channelRef.current = channel;
    channel.post({ type: 'hello' });
    return () => {
      channelRef.current = null;
      channel.close();
    };
  }, [deckId]);

  const request = useCallback(
    (action: NavigateAction) => {
      if (presenterSeen.current) {
        channelRef.current?.post({ type: 'navigate', action });
        return;
      }
      if (count === 0) return;
      local.current = navigate({ ...local.current, ...state }, action, Date.now(), count);
      setState({ index: local.current.index, black: local.current.black });
    },
    [count, state],
  );

  return { index: Math.min(state.index, Math.max(count - 1, 0)), black: state.black, request };
}
