import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanMilestone, ProjectPlan } from '#shared/domain/planning';
import type { PlanAnalysis } from '#shared/planning/types';
import { useRepos } from '#data';
import { formatDateInput } from '../../components/date-input';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useUiLanguage } from '../../components/useUiLanguage';

type Props = {
  plan: ProjectPlan;
  analysis: PlanAnalysis;
  milestones: PlanMilestone[];
  editable: boolean;
  onError: (error: unknown) => void;
};

/**
 * The plan's milestones: each is reached when its package (or every package of its phase) is
 * finished, so its date comes from the schedule, never typed.
 */
export function MilestonesPanel({ plan, analysis, milestones, editable, onError }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const deleteWithUndo = useDeleteWithUndo();
  const dated = new Map(analysis.milestones.map((milestone) => [milestone.id, milestone]));
  const live = milestones
    .filter((milestone) => !milestone.deleted)
    .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  const nodeOptions = analysis.nodes.map((node) => ({
    value: node.id,
    label: `${node.wbs} ${node.name}`,
  }));
  const lastPackage = [...analysis.nodes].reverse().find((node) => !node.phase);

  return (
    <Stack
      gap="xs"
      data-testid="plan-milestones"
      className={editable ? undefined : 'q-readonly-form'}
    >
      <Title order={4}>{t('planning.milestones.title')}</Title>
      {live.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('planning.milestones.empty')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planning.milestones.name')}</Table.Th>
              <Table.Th>{t('planning.milestones.package')}</Table.Th>
              <Table.Th w={170}>{t('planning.milestones.date')}</Table.Th>
              {editable && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {live.map((milestone) => {
              const date = dated.get(milestone.id);
              return (
                <Table.Tr
                  key={milestone.id}
                  data-testid="plan-milestone"
                  data-milestone-id={milestone.id}
                >
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('planning.milestones.name')}
                      defaultValue={milestone.name}
                      key={milestone.name}
                      disabled={!editable}
                      onBlur={(event) => {
                        const name = event.currentTarget.value.trim();
                        if (name !== '' && name !== milestone.name) {
                          void repos.planMilestones.update(milestone.id, { name }).catch(onError);
                        }
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={t('planning.milestones.package')}
                      data={nodeOptions}
                      value={milestone.packageId}
                      disabled={!editable}
                      onChange={(event) =>
                        void repos.planMilestones
                          .update(milestone.id, { packageId: event.currentTarget.value })
                          .catch(onError)
                      }
                    />
                  </Table.Td>
                  <Table.Td data-testid="plan-milestone-date" style={{ whiteSpace: 'nowrap' }}>
                    {date?.date ? formatDateInput(date.date, language) : '–'}{' '}
                    {date?.critical && (
                      <Badge size="xs" color="red" variant="light">
                        {t('planning.grid.critical')}
                      </Badge>
                    )}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('planning.milestones.remove')}: ${milestone.name}`}
                        onClick={() =>
                          void deleteWithUndo({
                            label: milestone.name,
                            remove: () => repos.planMilestones.remove(milestone.id),
                            restore: () => repos.planMilestones.restore(milestone.id),
                          }).catch(onError)
                        }
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Group>
          <Button
            variant="default"
            size="xs"
            data-testid="plan-add-milestone"
            disabled={!lastPackage}
            title={lastPackage ? undefined : t('planning.milestones.needPackage')}
            onClick={() =>
              lastPackage &&
              void repos.planMilestones
                .add({
                  planId: plan.id,
                  name: t('planning.milestones.newName'),
                  packageId: lastPackage.id,
                })
                .catch(onError)
            }
          >
            {t('planning.milestones.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
