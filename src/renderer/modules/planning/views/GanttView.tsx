import { Alert, Box, Group, SegmentedControl, Switch, Text, useMantineTheme } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ganttLayout, paintGantt, type GanttTheme } from '#shared/planning/gantt';
import type { PlanAnalysis } from '#shared/planning/types';
import { formatDateInput } from '../../../components/date-input';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { GanttTable } from './GanttTable';
import {
  criticalWbs,
  GANTT_DAY_WIDTH,
  initialScrollLeft,
  localToday,
  visibleRowRange,
  type GanttZoom,
} from './view-model';

type Props = {
  analysis: PlanAnalysis;
  /** The day today's line marks (ISO); the local date by default. */
  today?: string;
};

const ROW_HEIGHT = 24;
const SCROLLBAR_ROOM = 16;
/** The chart's height at most; a short plan takes only what it needs. */
const MAX_HEIGHT = 560;

/**
 * The plan's Gantt chart on a canvas: the week header ("KW 3") and the label column stay put
 * while the bars scroll, only the rows in view are painted (a 1,000-package plan scrolls as
 * fast as a ten-package one), critical bars in the critical colour, milestones as diamonds and
 * today's line dashed. Sharp on high-density screens (devicePixelRatio). `data-painted-at` is
 * set after each paint (tests and the bench wait for it); "Als Tabelle" shows the same rows as
 * an accessible table.
 */
export function GanttView({ analysis, today }: Props) {
  const { t } = useTranslation();
  const mantine = useMantineTheme();
  const language = useUiLanguage();
  const [zoom, setZoom] = useState<GanttZoom>('week');
  const [asTable, setAsTable] = useState(false);
  const day = today ?? localToday();
  const scheduled = Object.keys(analysis.dates).length > 0;
  const layout = useMemo(
    () =>
      ganttLayout(analysis, {
        today: day,
        language,
        dayWidth: GANTT_DAY_WIDTH[zoom],
        rowHeight: ROW_HEIGHT,
      }),
    [analysis, day, language, zoom],
  );
  const critical = useMemo(
    () => criticalWbs(layout.rows, analysis.criticalPath),
    [layout.rows, analysis.criticalPath],
  );
  const theme = useMemo<GanttTheme>(
    () => ({
      critical: mantine.colors.red[7],
      bar: mantine.colors.blue[5],
      phase: mantine.colors.gray[7],
      milestone: mantine.colors.violet[7],
      today: mantine.colors.orange[6],
      grid: mantine.colors.gray[3],
      text: mantine.colors.dark[7],
      font: `12px ${mantine.fontFamily ?? 'sans-serif'}`,
      background: mantine.white,
      weekend: mantine.colors.gray[1],
      arrow: mantine.colors.gray[6],
    }),
    [mantine],
  );

  const frameRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // The scroll box's inner size (without its scroll bars): the canvas covers exactly that.
  const [view, setView] = useState({ width: 0, height: 0 });
  // The device pixels per CSS pixel the canvas is painted at (followed when it changes).
  const [ratio, setRatio] = useState(() => window.devicePixelRatio || 1);
  // Room for a horizontal scroll bar below the rows, so the last row is never hidden under it.
  const boxHeight = Math.min(MAX_HEIGHT, layout.height + SCROLLBAR_ROOM);

  // A new zoom or plan opens at the plan's first bar (painted by the effect below).
  const opensAt = initialScrollLeft(layout);
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollLeft = opensAt;
  }, [opensAt, asTable]);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const measure = () =>
      setView((old) =>
        old.width === scroller.clientWidth && old.height === scroller.clientHeight
          ? old
          : { width: scroller.clientWidth, height: scroller.clientHeight },
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [asTable, boxHeight]);

  const paint = useCallback(() => {
    const canvas = canvasRef.current;
    const scroller = scrollRef.current;
    if (!canvas || !scroller || view.width === 0 || view.height === 0) return;
    const { width, height } = view;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (context) {
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      const range = visibleRowRange(layout, { scrollTop: scroller.scrollTop, height });
      paintGantt(context, layout, {
        fromRow: range?.fromRow ?? 0,
        toRow: range?.toRow ?? 0,
        scrollX: scroller.scrollLeft,
        scrollY: scroller.scrollTop,
        width,
        height,
        theme,
        language,
      });
      frameRef.current?.setAttribute(
        'data-painted-rows',
        `${range?.fromRow ?? 0}-${range?.toRow ?? 0}`,
      );
    }
    frameRef.current?.setAttribute(
      'data-painted-at',
      String(Math.round(performance.timeOrigin + performance.now())),
    );
  }, [layout, view, theme, language, ratio]);

  // Repaint on every change of layout, size or theme, on scroll and on a new pixel density (at
  // most once a frame).
  useEffect(() => {
    if (asTable) return;
    paint();
    const scroller = scrollRef.current;
    if (!scroller) return;
    let pending = 0;
    const onScroll = () => {
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        paint();
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    // The window moved to a screen of another pixel density: paint sharp for it.
    const density = window.matchMedia(`(resolution: ${ratio}dppx)`);
    const onDensity = () => setRatio(window.devicePixelRatio || 1);
    density.addEventListener('change', onDensity);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      density.removeEventListener('change', onDensity);
      if (pending) cancelAnimationFrame(pending);
    };
  }, [paint, asTable, ratio]);

  const start = analysis.startDate;
  const finish = analysis.duration?.finish ?? '';
  const summary =
    critical.length > 0 && finish
      ? t('planViews.ganttView.summary', {
          count: layout.rows.length,
          start: formatDateInput(start, language),
          finish: formatDateInput(finish, language),
          critical: critical.join(', '),
        })
      : t('planViews.ganttView.summaryNoCritical', { count: layout.rows.length });

  return (
    <Box
      ref={frameRef}
      data-testid="plan-gantt"
      data-rows={layout.rows.length}
      data-critical={critical.join(',')}
      data-zoom={zoom}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={t('planViews.zoom.label')}
            value={zoom}
            onChange={(value) => setZoom(value as GanttZoom)}
            data={[
              { value: 'day', label: t('planViews.zoom.day') },
              { value: 'week', label: t('planViews.zoom.week') },
            ]}
            disabled={asTable}
            data-testid="plan-gantt-zoom"
          />
          <Switch
            size="sm"
            label={t('planViews.ganttView.asTable')}
            checked={asTable}
            onChange={(event) => setAsTable(event.currentTarget.checked)}
            data-testid="plan-gantt-as-table"
          />
        </Group>
        <GanttLegend theme={theme} />
      </Group>
      {!scheduled && analysis.nodes.length > 0 && (
        <Alert color="red" mb="xs">
          {t('planViews.noSchedule')}
        </Alert>
      )}
      {asTable ? (
        <GanttTable analysis={analysis} layout={layout} />
      ) : (
        <Box
          ref={scrollRef}
          tabIndex={0}
          style={{
            overflow: 'auto',
            height: boxHeight,
            position: 'relative',
            border: `1px solid ${mantine.colors.gray[3]}`,
            borderRadius: mantine.radius.sm,
          }}
          data-testid="plan-gantt-scroll"
        >
          <div
            style={{
              width: Math.max(layout.width, view.width),
              height: Math.max(layout.height, view.height),
            }}
          >
            <canvas
              ref={canvasRef}
              role="img"
              aria-label={summary}
              style={{
                position: 'sticky',
                top: 0,
                left: 0,
                display: 'block',
                width: view.width,
                height: view.height,
              }}
            />
          </div>
        </Box>
      )}
    </Box>
  );
}

/** The colours' meaning, in words beside each swatch. */
function GanttLegend({ theme }: { theme: GanttTheme }) {
  const { t } = useTranslation();
  const items: [string, string, 'bar' | 'diamond' | 'line'][] = [
    ['critical', theme.critical, 'bar'],
    ['bar', theme.bar, 'bar'],
    ['phase', theme.phase, 'bar'],
    ['milestone', theme.milestone, 'diamond'],
    ['today', theme.today, 'line'],
  ];
  return (
    <Group gap="sm" wrap="nowrap">
      {items.map(([key, color, shape]) => (
        <Group key={key} gap={4} wrap="nowrap">
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: shape === 'line' ? 2 : 10,
              height: 10,
              background: color,
              transform: shape === 'diamond' ? 'rotate(45deg) scale(0.8)' : undefined,
              borderRadius: shape === 'bar' ? 2 : 0,
            }}
          />
          <Text size="xs">{t(`planViews.ganttView.legend.${key}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
