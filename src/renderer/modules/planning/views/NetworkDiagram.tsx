import { ActionIcon, Alert, Box, Button, Group, Text, useMantineTheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkDiagramLayout } from '#shared/planning/diagram';
import type { PlanAnalysis } from '#shared/planning/types';
import { clampZoom, ZOOM_STEPS } from './view-model';

type Props = { analysis: PlanAnalysis };

/** Cuts a name to what fits `width` px at ~6.4 px per character (11 px sans-serif). */
const fit = (text: string, width: number) => {
  const chars = Math.max(4, Math.floor(width / 6.4));
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
};

/**
 * The network diagram (activity on node) of the plan's work packages as SVG: each box with its
 * WBS number and name, earliest/latest start and finish and total float in working days; the
 * critical boxes and edges drawn thick in the critical colour. Scrolls both ways and zooms.
 */
export function NetworkDiagram({ analysis }: Props) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const [zoom, setZoom] = useState(1);
  const layout = useMemo(
    () => (Object.keys(analysis.dates).length > 0 ? networkDiagramLayout(analysis) : null),
    [analysis],
  );
  if (!layout) {
    return (
      <Alert color="red" data-testid="plan-network" data-nodes="0">
        {t('planViews.noSchedule')}
      </Alert>
    );
  }
  if (layout.nodes.length === 0) {
    return (
      <Text c="dimmed" data-testid="plan-network" data-nodes="0">
        {t('planViews.empty')}
      </Text>
    );
  }
  const critical = theme.colors.red[7];
  const normal = theme.colors.gray[6];
  const dates = analysis.dates;
  const label = (key: string) => t(`planViews.networkView.${key}`);

  return (
    <Box data-testid="plan-network" data-nodes={layout.nodes.length} data-zoom={zoom}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('planViews.networkView.legend')}
        </Text>
        <Group gap={4} wrap="nowrap" aria-label={t('planViews.zoom.label')} role="group">
          <ActionIcon
            variant="default"
            aria-label={t('planViews.zoom.out')}
            onClick={() => setZoom((value) => clampZoom(value, -1))}
            disabled={zoom === ZOOM_STEPS[0]}
            data-testid="plan-network-zoom-out"
          >
            −
          </ActionIcon>
          <Button variant="default" size="compact-sm" onClick={() => setZoom(1)}>
            {Math.round(zoom * 100)} %
          </Button>
          <ActionIcon
            variant="default"
            aria-label={t('planViews.zoom.in')}
            onClick={() => setZoom((value) => clampZoom(value, 1))}
            disabled={zoom === ZOOM_STEPS[ZOOM_STEPS.length - 1]}
            data-testid="plan-network-zoom-in"
          >
            +
          </ActionIcon>
        </Group>
      </Group>
      <Box
        style={{
          overflow: 'auto',
          maxHeight: 560,
          border: `1px solid ${theme.colors.gray[3]}`,
          borderRadius: theme.radius.sm,
        }}
        tabIndex={0}
      >
        <svg
          role="img"
          aria-label={t('planViews.networkView.label')}
          width={layout.width * zoom}
          height={layout.height * zoom}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{ display: 'block', fontFamily: theme.fontFamily }}
        >
          <defs>
            {[
              ['plan-arrow', normal],
              ['plan-arrow-critical', critical],
            ].map(([id, color]) => (
              <marker
                key={id}
                id={id}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" fill={color} />
              </marker>
            ))}
          </defs>
          {layout.edges.map((edge) => (
            <polyline
              key={`${edge.from}>${edge.to}`}
              data-testid="plan-network-edge"
              data-critical={edge.critical}
              points={edge.points.map(([x, y]) => `${x},${y}`).join(' ')}
              fill="none"
              stroke={edge.critical ? critical : normal}
              strokeWidth={edge.critical ? 2.5 : 1}
              markerEnd={`url(#${edge.critical ? 'plan-arrow-critical' : 'plan-arrow'})`}
            />
          ))}
          {layout.nodes.map((node) => {
            const free = dates[node.id]?.freeFloat ?? 0;
            const line = node.h / 4;
            const mid = node.x + node.w / 2;
            return (
              <g
                key={node.id}
                data-testid="plan-network-node"
                data-wbs={node.wbs}
                data-critical={node.critical}
              >
                <title>
                  {t('planViews.networkView.nodeTitle', {
                    wbs: node.wbs,
                    name: node.name,
                    es: node.es,
                    ef: node.ef,
                    ls: node.ls,
                    lf: node.lf,
                    float: node.totalFloat,
                  })}
                </title>
                <rect
                  x={node.x}
                  y={node.y}
                  width={node.w}
                  height={node.h}
                  rx={3}
                  fill={node.critical ? theme.colors.red[0] : theme.white}
                  stroke={node.critical ? critical : normal}
                  strokeWidth={node.critical ? 2.5 : 1}
                />
                <line
                  x1={node.x}
                  x2={node.x + node.w}
                  y1={node.y + line}
                  y2={node.y + line}
                  stroke={theme.colors.gray[4]}
                />
                <line
                  x1={node.x}
                  x2={node.x + node.w}
                  y1={node.y + 3 * line}
                  y2={node.y + 3 * line}
                  stroke={theme.colors.gray[4]}
                />
                <g fontSize={11} fill={theme.black} dominantBaseline="central">
                  <text x={node.x + 6} y={node.y + line / 2}>
                    {`${label('es')} ${node.es}`}
                  </text>
                  <text x={mid} y={node.y + line / 2} textAnchor="middle">
                    {`${label('duration')} ${node.ef - node.es}`}
                  </text>
                  <text x={node.x + node.w - 6} y={node.y + line / 2} textAnchor="end">
                    {`${label('ef')} ${node.ef}`}
                  </text>
                  <text x={node.x + 6} y={node.y + 1.5 * line} fontWeight={700}>
                    {fit(`${node.wbs} ${node.name}`, node.w - 12)}
                  </text>
                  <text
                    x={node.x + 6}
                    y={node.y + 2.5 * line}
                    fill={node.critical ? critical : theme.colors.gray[7]}
                  >
                    {node.critical
                      ? `${label('totalFloat')} 0 · ${label('critical')}`
                      : `${label('totalFloat')} ${node.totalFloat} · ${label('freeFloat')} ${free}`}
                  </text>
                  <text x={node.x + 6} y={node.y + 3.5 * line}>
                    {`${label('ls')} ${node.ls}`}
                  </text>
                  <text x={node.x + node.w - 6} y={node.y + 3.5 * line} textAnchor="end">
                    {`${label('lf')} ${node.lf}`}
                  </text>
                </g>
              </g>
            );
          })}
        </svg>
      </Box>
    </Box>
  );
}
