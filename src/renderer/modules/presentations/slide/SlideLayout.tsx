import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeckTheme, SlideContent } from '#shared/presentations/types';
import { SlideChart } from './SlideChart';
import { SlideMarkup } from './SlideMarkup';
import { SlideBullets, SlideFacts, SlideLogo, SlideMediaView, SlideTable } from './SlideParts';
import { STAGE_HEIGHT, STAGE_WIDTH } from './stage-fit';

type Props = { content: SlideContent; theme: DeckTheme; play: boolean };

const PAD_X = 120;
const CONTENT_WIDTH = STAGE_WIDTH - 2 * PAD_X;

const page = (background: string, color: string): CSSProperties => ({
  position: 'absolute',
  inset: 0,
  width: STAGE_WIDTH,
  height: STAGE_HEIGHT,
  background,
  color,
  overflow: 'hidden',
  display: 'flex',
  flexDirection: 'column',
  boxSizing: 'border-box',
});

/** The 1920×1080 drawing of one slide, by its kind. */
export function SlideLayout({ content, theme, play }: Props) {
  switch (content.kind) {
    case 'title':
      return <TitleSlide content={content} theme={theme} />;
    case 'lead-capture':
      return <LeadCaptureSlide content={content} theme={theme} />;
    case 'media':
      return content.media && !content.missing ? (
        <MediaSlide content={content} theme={theme} play={play} />
      ) : (
        <ContentSlide content={content} theme={theme} play={play} />
      );
    default:
      return <ContentSlide content={content} theme={theme} play={play} />;
  }
}

function Footer({ content, theme, onPrimary }: Omit<Props, 'play'> & { onPrimary?: boolean }) {
  const color = onPrimary ? theme.onPrimary : theme.mutedText;
  return (
    <div
      style={{
        position: 'absolute',
        left: PAD_X,
        right: PAD_X,
        bottom: 40,
        height: 64,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        fontSize: 26,
        color,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        {!onPrimary && <SlideLogo theme={theme} height={56} />}
        <span>{theme.companyName}</span>
      </div>
      <span aria-hidden>
        {content.index + 1} / {content.count}
      </span>
    </div>
  );
}

function Heading({ content, theme }: Omit<Props, 'play'>) {
  return (
    <header style={{ marginBottom: 48 }}>
      <h2
        data-testid="slide-view-title"
        style={{ margin: 0, fontSize: 72, lineHeight: 1.1, fontWeight: 700, color: theme.text }}
      >
        {content.title}
      </h2>
      {content.subtitle && (
        <div style={{ marginTop: 16, fontSize: 40, color: theme.mutedText }}>
          {content.subtitle}
        </div>
      )}
    </header>
  );
}

function MissingNote({ theme }: { theme: DeckTheme }) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="slide-missing"
      style={{
        padding: '48px 64px',
        borderRadius: 24,
        border: `4px dashed ${theme.mutedText}`,
        color: theme.mutedText,
        fontSize: 40,
      }}
    >
      {t('slide.missing')}
    </div>
  );
}

function Quote({ quote, theme }: { quote: { text: string; author: string }; theme: DeckTheme }) {
  return (
    <figure
      data-testid="slide-quote"
      style={{ margin: 0, paddingLeft: 48, borderLeft: `12px solid ${theme.primary}` }}
    >
      <blockquote style={{ margin: 0, fontSize: 48, lineHeight: 1.3, fontStyle: 'italic' }}>
        „{quote.text}“
      </blockquote>
      {quote.author && (
        <figcaption style={{ marginTop: 24, fontSize: 32, color: theme.mutedText }}>
          — {quote.author}
        </figcaption>
      )}
    </figure>
  );
}

/** Title, then the kind's parts in a main column, its image (if any) beside it. */
function ContentSlide({ content, theme, play }: Props) {
  const { t } = useTranslation();
  const side = content.media && !content.missing && content.kind !== 'media';
  const chart = content.chart && !content.missing ? content.chart : null;
  const mainWidth = side ? CONTENT_WIDTH * 0.56 : CONTENT_WIDTH;
  const parts: ReactNode[] = [];
  if (content.missing) parts.push(<MissingNote key="missing" theme={theme} />);
  else {
    if (content.body) {
      parts.push(
        <SlideMarkup
          key="body"
          text={content.body}
          style={{ fontSize: side || content.quote ? 36 : 40, lineHeight: 1.4 }}
        />,
      );
    }
    if (content.quote) parts.push(<Quote key="quote" quote={content.quote} theme={theme} />);
    if (content.bullets.length > 0 && !chart) {
      parts.push(<SlideBullets key="bullets" bullets={content.bullets} theme={theme} />);
    }
    if (content.facts.length > 0) {
      parts.push(<SlideFacts key="facts" facts={content.facts} theme={theme} />);
    }
    if (content.table && !chart) {
      parts.push(
        <SlideTable
          key="table"
          rows={content.table}
          theme={theme}
          label={t('slide.table', { title: content.title })}
          highlightFirstRow={content.kind === 'competitor-comparison'}
        />,
      );
    }
  }
  return (
    <div style={page(theme.background, theme.text)}>
      <div style={{ height: 16, background: theme.primary, flex: 'none' }} />
      <div
        style={{
          flex: 1,
          padding: `72px ${PAD_X}px 136px`,
          display: 'flex',
          flexDirection: 'column',
          minHeight: 0,
        }}
      >
        <Heading content={content} theme={theme} />
        {chart ? (
          <div style={{ display: 'flex', gap: 64, flex: 1, minHeight: 0 }}>
            <SlideChart
              config={chart}
              width={content.bullets.length > 0 || content.table ? 1040 : CONTENT_WIDTH}
              height={680}
              label={t('slide.chart', { title: content.title })}
            />
            {(content.bullets.length > 0 || content.table) && (
              <div style={{ flex: 1, minWidth: 0, overflow: 'hidden' }}>
                {content.bullets.length > 0 ? (
                  <SlideBullets
                    bullets={content.bullets}
                    theme={theme}
                    width={CONTENT_WIDTH - 1040 - 64}
                  />
                ) : (
                  content.table && (
                    <SlideTable
                      rows={content.table}
                      theme={theme}
                      label={t('slide.table', { title: content.title })}
                    />
                  )
                )}
              </div>
            )}
          </div>
        ) : (
          <div style={{ display: 'flex', gap: 72, flex: 1, minHeight: 0 }}>
            <div
              style={{
                width: mainWidth,
                display: 'flex',
                flexDirection: 'column',
                gap: 40,
                overflow: 'hidden',
              }}
            >
              {parts}
            </div>
            {side && content.media && (
              <div style={{ flex: 1, minWidth: 0, display: 'flex' }}>
                <SlideMediaView
                  media={content.media}
                  theme={theme}
                  play={play}
                  style={{ borderRadius: 24 }}
                />
              </div>
            )}
          </div>
        )}
      </div>
      <Footer content={content} theme={theme} />
    </div>
  );
}

function TitleSlide({ content, theme }: Omit<Props, 'play'>) {
  return (
    <div style={{ ...page(theme.primary, theme.onPrimary), padding: `0 ${PAD_X}px` }}>
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>
        {theme.logo && (
          <div
            style={{
              alignSelf: 'flex-start',
              background: '#ffffff',
              borderRadius: 20,
              padding: '20px 32px',
              marginBottom: 64,
            }}
          >
            <SlideLogo theme={theme} height={96} />
          </div>
        )}
        <h2
          data-testid="slide-view-title"
          style={{ margin: 0, fontSize: 120, lineHeight: 1.05, fontWeight: 800, maxWidth: 1600 }}
        >
          {content.title}
        </h2>
        {content.subtitle && (
          <div style={{ marginTop: 40, fontSize: 52, lineHeight: 1.25, maxWidth: 1500 }}>
            {content.subtitle}
          </div>
        )}
        {content.missing && <MissingNote theme={{ ...theme, mutedText: theme.onPrimary }} />}
      </div>
      <Footer content={content} theme={theme} onPrimary />
    </div>
  );
}

function LeadCaptureSlide({ content, theme }: Omit<Props, 'play'>) {
  const cta = content.leadCapture ?? { headline: content.title, text: content.body };
  return (
    <div style={{ ...page(theme.primary, theme.onPrimary), padding: `0 ${PAD_X}px` }}>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', gap: 96, paddingBottom: 64 }}>
        <div style={{ flex: 1 }}>
          <h2
            data-testid="slide-view-title"
            style={{ margin: 0, fontSize: 104, lineHeight: 1.05, fontWeight: 800 }}
          >
            {cta.headline || content.title}
          </h2>
          {cta.text && (
            <SlideMarkup
              text={cta.text}
              style={{ marginTop: 48, fontSize: 44, lineHeight: 1.35, maxWidth: 1100 }}
            />
          )}
        </div>
        <div
          aria-hidden
          style={{
            flex: 'none',
            width: 360,
            height: 360,
            borderRadius: '50%',
            border: `16px solid ${theme.onPrimary}`,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 200,
            lineHeight: 1,
          }}
        >
          →
        </div>
      </div>
      <Footer content={content} theme={theme} onPrimary />
    </div>
  );
}

function MediaSlide({ content, theme, play }: Props) {
  return (
    <div style={{ ...page('#000000', '#ffffff') }}>
      {content.media && (
        <SlideMediaView media={content.media} theme={theme} play={play} fit="contain" />
      )}
      {content.title && (
        <div
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            bottom: 0,
            padding: `32px ${PAD_X}px 40px`,
            background: 'linear-gradient(transparent, rgba(0, 0, 0, 0.75))',
          }}
        >
          <h2 data-testid="slide-view-title" style={{ margin: 0, fontSize: 56, fontWeight: 700 }}>
            {content.title}
          </h2>
          {content.subtitle && (
            <div style={{ marginTop: 8, fontSize: 32, opacity: 0.85 }}>{content.subtitle}</div>
          )}
        </div>
      )}
    </div>
  );
}
