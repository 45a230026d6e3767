import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRepos } from '#data';
import { usePresentableDeck } from '#data/presentations/hooks';
import type { SlideContent } from '#shared/presentations/types';
import { platform } from '../../../platform';
import { prepareMedia, SlideView } from '../slide';
import { useAudienceState } from './useAudienceState';
import { useStageInput } from './useStageInput';

const noSlides: readonly SlideContent[] = [];

/** The slides mounted (hidden) beside the shown one, so that the next key only flips visibility. */
const neighbours = (index: number, count: number) =>
  [index + 1, index - 1, index + 2].filter((i) => i >= 0 && i < count);

/**
 * The audience window (`/audience/:deckId`): the current slide full screen on black, nothing
 * else (no notes, no controls). It follows the presenter over the deck's BroadcastChannel; its
 * own keys, clicks and swipes ask the presenter to navigate. The browser build asks for full
 * screen on the first click or key.
 */
export function AudiencePage() {
  const { t } = useTranslation();
  const { deckId = '' } = useParams();
  const { blobs } = useRepos();
  const deck = usePresentableDeck(deckId);
  const slides = deck?.slides ?? noSlides;
  const count = slides.length;
  const { index, black, request } = useAudienceState(deckId, count);
  const [warm, setWarm] = useState<number[]>([]);
  const [cursor, setCursor] = useState(true);

  useEffect(() => {
    if (deck) document.title = deck.deck.title;
  }, [deck]);

  // After the slide is painted: mount its neighbours hidden and decode the next images.
  useEffect(() => {
    if (count === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setWarm(neighbours(index, count)), 0);
    });
    for (const i of neighbours(index, count)) {
      const media = slides[i]?.media;
      if (media) void prepareMedia(blobs, media);
    }
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [index, count, slides, blobs]);

  // The pointer disappears after two seconds without moving.
  useEffect(() => {
    if (!cursor) return;
    const timer = setTimeout(() => setCursor(false), 2_000);
    return () => clearTimeout(timer);
  }, [cursor]);

  const fullScreen = () => {
    if (platform.kind !== 'browser' || document.fullscreenElement || !document.fullscreenEnabled) {
      return;
    }
    void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  const pointer = useStageInput({
    enabled: true,
    onCommand: (command) => {
      fullScreen();
      if (command !== 'lead' && command !== 'leave') request(command);
    },
  });

  const mounted = [...new Set([index, ...warm])].filter((i) => i < count);
  return (
    <div
      data-testid="audience-stage"
      data-slide-index={count > 0 ? index : undefined}
      data-black={black}
      onPointerDown={pointer.onPointerDown}
      onPointerUp={pointer.onPointerUp}
      onPointerCancel={pointer.onPointerCancel}
      onPointerMove={() => setCursor(true)}
      style={{
        position: 'fixed',
        inset: 0,
        background: '#000000',
        overflow: 'hidden',
        touchAction: 'none',
        cursor: cursor ? 'default' : 'none',
      }}
    >
      {deck &&
        mounted.map((i) => {
          const content = slides[i]!;
          return (
            <div
              key={content.id}
              aria-hidden={i !== index}
              style={{
                position: 'absolute',
                inset: 0,
                visibility: i === index && !black ? 'visible' : 'hidden',
              }}
            >
              <SlideView
                content={content}
                theme={deck.theme}
                mode="audience"
                language={deck.language}
                active={i === index && !black}
              />
            </div>
          );
        })}
      {deck !== undefined && count === 0 && (
        <div
          style={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: '#909296',
            fontSize: 24,
          }}
        >
          {t('present.audience.waiting')}
        </div>
      )}
    </div>
  );
}
