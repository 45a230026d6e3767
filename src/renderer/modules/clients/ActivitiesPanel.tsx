import { ActionIcon, Badge, Button, Group, Paper, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityKind } from '#shared/domain';
import { formatDateInput, localIsoDate } from '../../components/date-input';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useRepos, useActivities, useContacts } from '#data';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { ActivityForm } from './ActivityForm';
import { isOpenFollowUp } from '#shared/clients/due-follow-ups';
import { useUiLanguage } from '../../components/useUiLanguage';

const icons: Record<ActivityKind, string> = {
  call: '☎',
  visit: '⌂',
  email: '✉',
  note: '✎',
  fair: '★',
};

/** Log and edit activities and see the client's history as a timeline, newest first. */
export function ActivitiesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const activities = useActivities(clientId);
  const contacts = useContacts(clientId);
  const customerMode = useCustomerMode();
  const deleteWithUndo = useDeleteWithUndo();
  const [editingId, setEditingId] = useState<string | null>(null);
  const language = useUiLanguage();
  const day = (iso: string) => formatDateInput(iso, language);
  const contactName = (id: string | undefined) => {
    const contact = id ? contacts?.find((candidate) => candidate.id === id) : undefined;
    return contact && `${contact.firstName} ${contact.lastName}`.trim();
  };

  const followUpLine = (activity: Activity) => {
    if (!activity.nextStep && !activity.dueDate) return null;
    const open = isOpenFollowUp(activity);
    const overdue = open && activity.dueDate! < localIsoDate(new Date());
    return (
      <Group gap="xs" mt={4} data-testid="activity-follow-up">
        <Text size="sm" c={open ? undefined : 'dimmed'} td={open ? undefined : 'line-through'}>
          → {activity.nextStep || t('followUps.fields.nextStep')}
        </Text>
        {activity.dueDate && (
          <Badge size="sm" variant="light" color={overdue ? 'red' : open ? 'blue' : 'gray'}>
            {t('followUps.due', { date: day(activity.dueDate) })}
          </Badge>
        )}
        {activity.completedAt ? (
          <>
            <Text size="xs" c="dimmed">
              {t('followUps.doneOn', { date: day(activity.completedAt) })}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void repos.activities.setCompleted(activity.id, '')}
            >
              {t('followUps.reopen')}
            </Button>
          </>
        ) : (
          activity.dueDate && (
            <Button
              size="compact-xs"
              variant="light"
              color="green"
              onClick={() =>
                void repos.activities.setCompleted(activity.id, localIsoDate(new Date()))
              }
            >
              ✓ {t('followUps.markDone')}
            </Button>
          )
        )}
      </Group>
    );
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="activities-panel">
      <Title order={4} mb="sm">
        {t('activities.title')}
      </Title>
      <ActivityForm clientId={clientId} onDone={() => undefined} />
      {activities && activities.length === 0 && (
        <Text c="dimmed" size="sm" mt="md">
          {t('activities.empty')}
        </Text>
      )}
      <Timeline mt="md" bulletSize={24} lineWidth={2} data-testid="activity-timeline">
        {(activities ?? [])
          // Notes are internal: the customer mode leaves them out of the timeline.
          .filter((activity) => !customerMode || activity.kind !== 'note')
          .map((activity) => {
            const kind = t(`activities.kinds.${activity.kind}`);
            const what = `${kind} ${day(activity.date)}`;
            const contact = contactName(activity.contactId);
            return (
              <Timeline.Item
                key={activity.id}
                bullet={<span aria-hidden>{icons[activity.kind]}</span>}
                data-testid="activity-item"
                title={
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {kind} · {day(activity.date)}
                      {contact && ` · ${t('followUps.with', { name: contact })}`}
                    </Text>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        aria-label={t('followUps.edit', { what })}
                        onClick={() => setEditingId(activity.id)}
                      >
                        ✎
                      </ActionIcon>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="red"
                        aria-label={`${t('common.delete')}: ${what}`}
                        onClick={() =>
                          void deleteWithUndo({
                            label: kind,
                            remove: () => repos.activities.remove(activity.id),
                            restore: () => repos.activities.restore(activity.id),
                          })
                        }
                      >
                        ✕
                      </ActionIcon>
                    </Group>
                  </Group>
                }
              >
                {editingId === activity.id ? (
                  <ActivityForm
                    key={activity.id}
                    clientId={clientId}
                    editing={activity}
                    onDone={() => setEditingId(null)}
                  />
                ) : (
                  <>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {activity.summary}
                    </Text>
                    {followUpLine(activity)}
                    <Text size="xs" c="dimmed">
                      {activity.createdBy}
                    </Text>
                  </>
                )}
              </Timeline.Item>
            );
          })}
      </Timeline>
    </Paper>
  );
}
