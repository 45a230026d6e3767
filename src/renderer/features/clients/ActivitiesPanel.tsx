import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm, Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  activityInputSchema,
  activityKinds,
  type ActivityInput,
  type ActivityKind,
} from '../../../shared/domain';
import { DateField } from '../../components/DateField';
import { localIsoDate } from '../../components/date-input';
import { fieldError } from '../../components/form-errors';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useRepos } from '../../db';
import { useActivities } from '../../db/hooks';
import { useCustomerMode } from '../../stores/customer-mode.store';

type FormValues = z.input<typeof activityInputSchema>;

const icons: Record<ActivityKind, string> = {
  call: '☎',
  visit: '⌂',
  email: '✉',
  note: '✎',
  fair: '★',
};
// The local calendar day: toISOString() would give yesterday's date before 1 a.m. in Germany.
const today = () => localIsoDate(new Date());

/** Log an activity and see the client's history as a timeline, newest first. */
export function ActivitiesPanel({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const activities = useActivities(clientId);
  const customerMode = useCustomerMode();
  const deleteWithUndo = useDeleteWithUndo();
  const blank = (): FormValues => ({ clientId, kind: 'call', date: today(), summary: '' });
  const { register, control, handleSubmit, reset, formState } = useForm<
    FormValues,
    unknown,
    ActivityInput
  >({
    resolver: zodResolver(activityInputSchema),
    defaultValues: blank(),
  });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  const submit = handleSubmit(async (input) => {
    await repos.activities.create(input);
    reset({ ...blank(), kind: input.kind });
  });

  return (
    <Paper withBorder p="md" radius="md" data-testid="activities-panel">
      <Title order={4} mb="sm">
        {t('activities.title')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="activity-form">
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                aria-label={t('activities.fields.kind')}
                data={activityKinds.map((kind) => ({
                  value: kind,
                  label: t(`activities.kinds.${kind}`),
                }))}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'call')}
                w={130}
                allowDeselect={false}
              />
            )}
          />
          <Controller
            control={control}
            name="date"
            render={({ field }) => (
              <DateField
                aria-label={t('activities.fields.date')}
                value={field.value}
                onChange={field.onChange}
                onCommit={field.onBlur}
                error={err('date')}
                w={150}
              />
            )}
          />
          <Textarea
            aria-label={t('activities.fields.summary')}
            placeholder={t('activities.fields.summary')}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            {...register('summary')}
            error={err('summary')}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
            }}
          />
          <Button type="submit" loading={formState.isSubmitting}>
            {t('common.add')}
          </Button>
        </Group>
      </form>
      {activities && activities.length === 0 && (
        <Text c="dimmed" size="sm" mt="md">
          {t('activities.empty')}
        </Text>
      )}
      <Timeline mt="md" bulletSize={24} lineWidth={2} data-testid="activity-timeline">
        {(activities ?? [])
          // Notes are internal: the customer mode leaves them out of the timeline.
          .filter((activity) => !customerMode || activity.kind !== 'note')
          .map((activity) => (
            <Timeline.Item
              key={activity.id}
              bullet={<span aria-hidden>{icons[activity.kind]}</span>}
              title={
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {t(`activities.kinds.${activity.kind}`)} ·{' '}
                    {dateFormat.format(new Date(`${activity.date}T12:00:00`))}
                  </Text>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={`${t('common.delete')}: ${t(`activities.kinds.${activity.kind}`)} ${activity.date}`}
                    onClick={() =>
                      void deleteWithUndo({
                        label: t(`activities.kinds.${activity.kind}`),
                        remove: () => repos.activities.remove(activity.id),
                        restore: () => repos.activities.restore(activity.id),
                      })
                    }
                  >
                    ✕
                  </ActionIcon>
                </Group>
              }
            >
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {activity.summary}
              </Text>
              <Text size="xs" c="dimmed">
                {activity.createdBy}
              </Text>
            </Timeline.Item>
          ))}
      </Timeline>
    </Paper>
  );
}
