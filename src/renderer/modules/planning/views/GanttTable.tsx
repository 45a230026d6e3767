import { Box, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GanttLayout } from '#shared/planning/gantt';
import type { PlanAnalysis } from '#shared/planning/types';
import { formatDateInput } from '../../../components/date-input';
import { useUiLanguage } from '../../../components/useUiLanguage';

type Props = { analysis: PlanAnalysis; layout: GanttLayout };

/**
 * The Gantt chart as a table (the canvas's accessible alternative): one row per phase, package
 * and milestone in WBS order with dates, duration and float in working days and whether it is
 * critical, in words.
 */
export function GanttTable({ analysis, layout }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const nodes = new Map(analysis.nodes.map((node) => [node.id, node]));
  const column = (key: string) => t(`planViews.ganttView.columns.${key}`);
  return (
    <Box style={{ overflow: 'auto', maxHeight: 560 }} tabIndex={0}>
      <Table stickyHeader striped fz="xs" data-testid="plan-gantt-table">
        <caption style={{ position: 'absolute', left: -10_000 }}>
          {t('planViews.ganttView.label')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            {['wbs', 'name', 'kind', 'start', 'finish', 'duration', 'float', 'critical'].map(
              (key) => (
                <Table.Th
                  key={key}
                  scope="col"
                  ta={['duration', 'float'].includes(key) ? 'right' : undefined}
                >
                  {column(key)}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {layout.rows.map((row) => {
            const dates = row.kind === 'milestone' ? undefined : analysis.dates[row.id];
            const duration = row.kind === 'milestone' ? 0 : (nodes.get(row.id)?.duration ?? 0);
            return (
              <Table.Tr
                key={`${row.kind}:${row.id}`}
                data-testid="plan-gantt-table-row"
                data-kind={row.kind}
                data-critical={row.critical}
              >
                <Table.Td>{row.kind === 'milestone' ? '' : row.wbs}</Table.Td>
                <Table.Th
                  scope="row"
                  fw={row.kind === 'phase' ? 700 : 400}
                  style={{ paddingLeft: 8 + row.depth * 14 }}
                >
                  {row.kind === 'milestone' ? `◆ ${row.name}` : row.name}
                </Table.Th>
                <Table.Td>{t(`planViews.ganttView.kinds.${row.kind}`)}</Table.Td>
                <Table.Td>{formatDateInput(row.start, language)}</Table.Td>
                <Table.Td>{formatDateInput(row.finish, language)}</Table.Td>
                <Table.Td ta="right">{duration}</Table.Td>
                <Table.Td ta="right">{dates ? dates.totalFloat : ''}</Table.Td>
                <Table.Td fw={row.critical ? 700 : 400} c={row.critical ? 'red.8' : undefined}>
                  {row.critical ? t('planViews.ganttView.yes') : t('planViews.ganttView.no')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
