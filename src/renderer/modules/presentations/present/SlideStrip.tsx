import { ScrollArea, UnstyledButton } from '@mantine/core';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlideContent } from '#shared/presentations/types';

type Props = {
  slides: readonly SlideContent[];
  index: number;
  primary: string;
  onGoto: (index: number) => void;
};

/**
 * The deck as a strip of numbered titles (cheap to draw for 50 slides, unlike 50 stages); the
 * current one marked and kept in view.
 */
export const SlideStrip = memo(function SlideStrip({ slides, index, primary, onGoto }: Props) {
  const { t } = useTranslation();
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [index]);
  return (
    <ScrollArea type="auto" offsetScrollbars scrollbarSize={6} aria-label={t('present.strip')}>
      <nav aria-label={t('present.strip')} style={{ display: 'flex', gap: 8, padding: '4px 2px' }}>
        {slides.map((slide, i) => (
          <UnstyledButton
            key={slide.id}
            ref={i === index ? currentRef : undefined}
            data-testid={`present-strip-${i}`}
            aria-current={i === index ? 'step' : undefined}
            aria-label={t('present.goTo', { n: i + 1, title: slide.title })}
            onClick={() => onGoto(i)}
            style={{
              flex: 'none',
              width: 148,
              height: 64,
              padding: '6px 10px',
              borderRadius: 6,
              border: `2px solid ${i === index ? primary : 'var(--mantine-color-gray-4)'}`,
              background: i === index ? 'var(--mantine-color-body)' : 'var(--mantine-color-gray-0)',
              overflow: 'hidden',
              fontSize: 12,
              lineHeight: 1.3,
            }}
          >
            <b>{i + 1}</b> {slide.title}
          </UnstyledButton>
        ))}
      </nav>
    </ScrollArea>
  );
});
