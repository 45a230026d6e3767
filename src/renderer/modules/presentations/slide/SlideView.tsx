import { memo, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/domain/common';
import type { DeckTheme, SlideContent } from '#shared/presentations/types';
import { SlideLayout } from './SlideLayout';
import { fitStage, STAGE_HEIGHT, STAGE_WIDTH } from './stage-fit';

export type SlideViewMode = 'audience' | 'preview' | 'presenter-current' | 'presenter-next';

export type SlideViewProps = {
  content: SlideContent;
  theme: DeckTheme;
  mode: SlideViewMode;
  /** A fixed width in CSS pixels (height 9/16 of it); without it the view fills its container. */
  width?: number;
  /**
   * The words the view adds ("Folie", "1 von 5"): the deck's language for the audience; the UI
   * language when not given.
   */
  language?: Language;
  /** false: mounted ahead but not shown (videos stay paused). */
  active?: boolean;
};

/**
 * How each mode sizes itself: the audience and the presenter's current slide fill their box
 * (letterboxed), the preview and the next slide take their width and a 16:9 height.
 */
const fills = (mode: SlideViewMode) => mode === 'audience' || mode === 'presenter-current';

/**
 * One slide, drawn from its SlideContent on a 1920×1080 stage scaled to the container and
 * letterboxed. An accessible region ("Folie", "n von N"); speaker notes are never drawn here.
 */
export const SlideView = memo(function SlideView({
  content,
  theme,
  mode,
  width,
  language,
  active = true,
}: SlideViewProps) {
  const { t, i18n } = useTranslation();
  const tl = language && language !== i18n.language ? i18n.getFixedT(language) : t;
  const boxRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ width: number; height: number }>(() => ({
    width: width ?? 0,
    height: width ? (width * 9) / 16 : 0,
  }));

  useLayoutEffect(() => {
    if (width !== undefined) return;
    const element = boxRef.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      setBox((current) =>
        current.width === rect.width && current.height === rect.height
          ? current
          : { width: rect.width, height: rect.height },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);

  const fit =
    width !== undefined
      ? fitStage(width, (width * 9) / 16)
      : fitStage(box.width, fills(mode) ? box.height : 0);
  const outer: CSSProperties =
    width !== undefined
      ? { width, height: (width * 9) / 16 }
      : fills(mode)
        ? { width: '100%', height: '100%' }
        : { width: '100%', aspectRatio: '16 / 9' };

  return (
    <div
      ref={boxRef}
      role="region"
      aria-roledescription={tl('slide.roleDescription')}
      aria-label={tl('slide.label', { n: content.index + 1, count: content.count })}
      data-testid="slide-view"
      data-slide-index={content.index}
      data-slide-kind={content.kind}
      data-mode={mode}
      style={{
        ...outer,
        position: 'relative',
        overflow: 'hidden',
        background: mode === 'audience' ? '#000000' : 'transparent',
        userSelect: mode === 'audience' ? 'none' : undefined,
      }}
    >
      {fit.scale > 0 && (
        <div
          style={{
            position: 'absolute',
            left: 0,
            top: 0,
            width: STAGE_WIDTH,
            height: STAGE_HEIGHT,
            transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
            transformOrigin: '0 0',
            fontFamily: 'inherit',
            textAlign: 'left',
            boxShadow: mode === 'audience' ? undefined : '0 1px 4px rgba(0, 0, 0, 0.25)',
          }}
        >
          <SlideLayout
            content={content}
            theme={theme}
            play={active && (mode === 'audience' || mode === 'presenter-current')}
          />
        </div>
      )}
    </div>
  );
});
