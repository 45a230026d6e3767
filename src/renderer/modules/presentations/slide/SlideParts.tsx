import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeckTheme, SlideMedia } from '#shared/presentations/types';
import { useMediaUrl } from './useMediaUrl';

type MediaProps = {
  media: SlideMedia;
  theme: DeckTheme;
  /** Videos play (muted, looping) only where the audience sees them. */
  play: boolean;
  fit?: 'contain' | 'cover';
  style?: CSSProperties;
};

/** A slide's image or video from the blob store, or a quiet note while it loads or is missing. */
export function SlideMediaView({ media, theme, play, fit = 'contain', style }: MediaProps) {
  const { t } = useTranslation();
  const source = useMediaUrl(media);
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    if (play) void video.play().catch(() => undefined);
    else video.pause();
  }, [play, source]);

  const box: CSSProperties = { width: '100%', height: '100%', objectFit: fit, ...style };
  if (source?.status !== 'ready') {
    return (
      <div
        data-testid="slide-media-placeholder"
        style={{
          ...box,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          border: `4px dashed ${theme.mutedText}`,
          borderRadius: 24,
          color: theme.mutedText,
          fontSize: 32,
          padding: 48,
          textAlign: 'center',
        }}
      >
        {source === null ? t('slide.mediaLoading') : t('slide.mediaMissing')}
      </div>
    );
  }
  if (media.kind === 'video') {
    return (
      <video
        ref={videoRef}
        data-testid="slide-video"
        src={source.url}
        style={box}
        muted
        loop
        playsInline
        autoPlay={play}
        preload={play ? 'auto' : 'metadata'}
        aria-label={media.name}
      />
    );
  }
  return (
    <img
      data-testid="slide-image"
      src={source.url}
      alt={media.name}
      decoding="sync"
      draggable={false}
      style={box}
    />
  );
}

/** The company logo: its data URL (the company profile's), or from the blob store; else nothing. */
export function SlideLogo({ theme, height }: { theme: DeckTheme; height: number }) {
  const { t } = useTranslation();
  const dataUrl = theme.logo?.dataUrl;
  const source = useMediaUrl(dataUrl || !theme.logo?.sha256 ? null : theme.logo);
  const url = dataUrl || (source?.status === 'ready' ? source.url : null);
  if (!url) return null;
  return (
    <img
      src={url}
      alt={t('slide.logo', { company: theme.companyName })}
      draggable={false}
      style={{ height, width: 'auto', maxWidth: height * 4, objectFit: 'contain' }}
    />
  );
}

/** Label/value pairs as cards: the value large in the brand colour. */
export function SlideFacts({
  facts,
  theme,
}: {
  facts: readonly { label: string; value: string }[];
  theme: DeckTheme;
}) {
  return (
    <dl style={{ display: 'flex', flexWrap: 'wrap', gap: 32, margin: 0 }}>
      {facts.map((fact, index) => (
        <div
          key={index}
          data-testid="slide-fact"
          style={{
            minWidth: 320,
            padding: '24px 36px',
            borderRadius: 20,
            borderTop: `8px solid ${theme.primary}`,
            background: 'rgba(127, 127, 127, 0.08)',
          }}
        >
          <dt style={{ fontSize: 28, color: theme.mutedText, marginBottom: 8 }}>{fact.label}</dt>
          <dd style={{ fontSize: 52, fontWeight: 700, margin: 0, color: theme.text }}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A table whose first row is the header, on the brand colour; the first column bold. */
export function SlideTable({
  rows,
  theme,
  label,
  highlightFirstRow = false,
}: {
  rows: readonly (readonly string[])[];
  theme: DeckTheme;
  label: string;
  /** The competitor comparison's first body row is our company. */
  highlightFirstRow?: boolean;
}) {
  const [header = [], ...body] = rows;
  // The more text, the smaller the font (a comparison of five providers' strengths is long); a
  // cell longer still is cut after a few lines rather than pushing rows off the slide.
  const chars = rows.reduce((sum, row) => sum + row.reduce((n, text) => n + text.length, 0), 0);
  const fontSize =
    chars > 1400 ? 20 : chars > 900 ? 23 : chars > 500 ? 26 : body.length > 5 ? 28 : 32;
  const clamp: CSSProperties = {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: chars > 900 ? 5 : 6,
    overflow: 'hidden',
  };
  const cell: CSSProperties = {
    padding: chars > 900 ? '10px 16px' : '14px 20px',
    textAlign: 'left',
    verticalAlign: 'top',
    borderBottom: `2px solid rgba(127, 127, 127, 0.25)`,
  };
  return (
    <table
      aria-label={label}
      data-testid="slide-table"
      style={{ width: '100%', borderCollapse: 'collapse', fontSize, lineHeight: 1.3 }}
    >
      <thead>
        <tr>
          {header.map((text, index) => (
            <th
              key={index}
              scope="col"
              style={{ ...cell, background: theme.primary, color: theme.onPrimary }}
            >
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {body.map((row, rowIndex) => (
          <tr
            key={rowIndex}
            style={
              highlightFirstRow && rowIndex === 0
                ? { background: 'rgba(127, 127, 127, 0.12)', fontWeight: 600 }
                : undefined
            }
          >
            {row.map((text, index) =>
              index === 0 ? (
                <th key={index} scope="row" style={{ ...cell, fontWeight: 700 }}>
                  <div style={clamp}>{text}</div>
                </th>
              ) : (
                <td key={index} style={cell}>
                  <div style={clamp}>{text}</div>
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Short lines with a brand-coloured mark. */
export function SlideBullets({
  bullets,
  theme,
  width = 1680,
}: {
  bullets: readonly string[];
  theme: DeckTheme;
  /** The column's width: a narrow column of long lines gets a smaller font. */
  width?: number;
}) {
  // Characters per line at 36 px are about width / 20; keep the list within about 11 lines.
  const lines = (size: number) =>
    bullets.reduce((sum, text) => sum + Math.ceil((text.length * size * 0.5) / (width - 48)), 0);
  const fontSize =
    [36, 32, 28, 24].find((size) => lines(size) * size * 1.35 + bullets.length * 20 <= 700) ?? 22;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, fontSize, lineHeight: 1.35 }}>
      {bullets.map((bullet, index) => (
        <li
          key={index}
          data-testid="slide-bullet"
          style={{ display: 'flex', gap: 24, marginBottom: 20, alignItems: 'baseline' }}
        >
          <span
            aria-hidden
            style={{
              flex: 'none',
              width: 16,
              height: 16,
              borderRadius: 4,
              background: theme.primary,
              transform: 'translateY(-4px)',
            }}
          />
          <span>{bullet}</span>
        </li>
      ))}
    </ul>
  );
}
