import { Badge, Box, Table, Text, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoles } from '#data';
import { formatDecimal } from '#shared/money';
import { resourceView } from '#shared/planning/resources';
import type { PlanAnalysis } from '#shared/planning/types';
import { formatDateInput } from '../../../components/date-input';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { overCount } from './view-model';

type Props = { analysis: PlanAnalysis };

/**
 * Person-days per role and ISO week against the role's capacity (people × the week's working
 * days). An over-allocated cell says so in words ("Überlast") and in colour, and carries the
 * figures in its title; the role column stays put while the weeks scroll sideways.
 */
export function ResourceView({ analysis }: Props) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const language = useUiLanguage();
  const roles = useRoles();
  const view = useMemo(
    () => (roles === undefined ? null : resourceView(analysis, roles, analysis.calendar)),
    [analysis, roles],
  );
  if (view === null) return <Box data-testid="plan-resources" data-loading="true" />;
  if (view.rows.length === 0 || view.weeks.length === 0) {
    return (
      <Text c="dimmed" data-testid="plan-resources" data-over="0">
        {t('planViews.resourceView.empty')}
      </Text>
    );
  }
  const over = overCount(view);
  const days = (value: string) => formatDecimal(value, language, 1);
  const sticky = {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: theme.white,
    minWidth: 180,
  } as const;

  return (
    <Box data-testid="plan-resources" data-over={over}>
      <Text size="sm" c={over > 0 ? 'red.8' : 'dimmed'} mb="xs" fw={over > 0 ? 600 : 400}>
        {over > 0
          ? t('planViews.resourceView.overSummary', { count: over })
          : t('planViews.resourceView.noOver')}
      </Text>
      <Box style={{ overflowX: 'auto' }} tabIndex={0}>
        <Table withTableBorder withColumnBorders fz="xs" style={{ width: 'max-content' }}>
          <caption style={{ captionSide: 'top', textAlign: 'left', paddingBottom: 4 }}>
            {t('planViews.resourceView.caption')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={sticky}>
                {t('planViews.resourceView.role')}
              </Table.Th>
              {view.weeks.map((week) => (
                <Table.Th
                  key={week.weekStart}
                  scope="col"
                  ta="center"
                  title={t('planViews.resourceView.weekTitle', {
                    week: week.week,
                    year: week.year,
                    date: formatDateInput(week.weekStart, language),
                  })}
                  style={{ minWidth: 76 }}
                >
                  {t('planViews.resourceView.week', { week: week.week })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.rows.map((row) => (
              <Table.Tr key={row.roleId} data-testid="plan-resources-row" data-role={row.roleId}>
                <Table.Th scope="row" style={sticky}>
                  {row.name || t('planViews.resourceView.noRole')}
                </Table.Th>
                {view.weeks.map((week, index) => {
                  const load = row.load[index] ?? '0';
                  const capacity = row.capacity[index] ?? '0';
                  const isOver = row.over[index] === true;
                  const idle = Number(load) === 0;
                  return (
                    <Table.Td
                      key={week.weekStart}
                      ta="center"
                      data-testid="plan-resources-cell"
                      data-week={week.weekStart}
                      data-over={isOver}
                      title={
                        isOver
                          ? t('planViews.resourceView.overTitle', {
                              role: row.name,
                              week: week.week,
                              load: days(load),
                              capacity: days(capacity),
                            })
                          : undefined
                      }
                      style={{
                        whiteSpace: 'nowrap',
                        background: isOver ? theme.colors.red[1] : undefined,
                        color: isOver
                          ? theme.colors.red[9]
                          : idle
                            ? theme.colors.gray[5]
                            : undefined,
                        fontWeight: isOver ? 700 : undefined,
                      }}
                    >
                      {`${days(load)} / ${days(capacity)}`}
                      {isOver && (
                        <Badge
                          display="block"
                          size="xs"
                          color="red"
                          variant="filled"
                          mx="auto"
                          mt={2}
                        >
                          {t('planViews.resourceView.over')}
                        </Badge>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Box>
  );
}
