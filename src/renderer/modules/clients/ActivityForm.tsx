import { formResolver } from '../../components/form-resolver';
import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  activityInputSchema,
  activityKinds,
  type Activity,
  type ActivityInput,
} from '#shared/domain';
import { DateField } from '../../components/DateField';
import { localIsoDate } from '../../components/date-input';
import { fieldError } from '../../components/form-errors';
import { useRepos, useContacts } from '#data';

type FormValues = z.input<typeof activityInputSchema>;

const blank = (clientId: string): FormValues => ({
  clientId,
  kind: 'call',
  // The local calendar day: toISOString() would give yesterday's date before 1 a.m. in Germany.
  date: localIsoDate(new Date()),
  summary: '',
  contactId: '',
  nextStep: '',
  dueDate: '',
});

const valuesOf = (activity: Activity): FormValues => ({
  clientId: activity.clientId,
  kind: activity.kind,
  date: activity.date,
  summary: activity.summary,
  contactId: activity.contactId ?? '',
  nextStep: activity.nextStep ?? '',
  dueDate: activity.dueDate ?? '',
  completedAt: activity.completedAt ?? '',
});

/**
 * Logs a new activity, or edits `editing` when given: kind, date and summary, and optionally the
 * contact person, the next step and the day to follow up on. The values are taken when it mounts:
 * give it a `key` per edited activity.
 */
export function ActivityForm({
  clientId,
  editing,
  onDone,
}: {
  clientId: string;
  editing?: Activity;
  /** Called after an edit was saved or cancelled. */
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const contacts = useContacts(clientId) ?? [];
  const { register, control, handleSubmit, reset, formState } = useForm<
    FormValues,
    unknown,
    ActivityInput
  >({
    resolver: formResolver(activityInputSchema),
    defaultValues: editing ? valuesOf(editing) : blank(clientId),
  });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);

  const submit = handleSubmit(async (input) => {
    if (editing) {
      await repos.activities.update(editing.id, input);
      onDone();
    } else {
      await repos.activities.create(input);
      reset({ ...blank(clientId), kind: input.kind });
    }
  });

  const contactOptions = contacts.map((contact) => ({
    value: contact.id,
    label: `${contact.firstName} ${contact.lastName}`.trim(),
  }));
  // A contact deleted since the activity was saved still shows by name rather than as an id.
  const keptContact = editing?.contactId;
  if (keptContact && !contactOptions.some((option) => option.value === keptContact)) {
    contactOptions.push({ value: keptContact, label: t('trash.kinds.contact') });
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid={editing ? 'activity-edit-form' : 'activity-form'}
    >
      <Stack gap="xs">
        {editing && (
          <Text size="sm" fw={500}>
            {t('followUps.editing')}
          </Text>
        )}
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
                w={120}
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
                w={132}
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
          {!editing && (
            <Button type="submit" loading={formState.isSubmitting}>
              {t('common.add')}
            </Button>
          )}
        </Group>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <Controller
            control={control}
            name="contactId"
            render={({ field }) => (
              <Select
                aria-label={t('followUps.fields.contact')}
                placeholder={t('followUps.fields.contact')}
                data={contactOptions}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                clearable
                w={170}
                error={err('contactId')}
              />
            )}
          />
          <TextInput
            aria-label={t('followUps.fields.nextStep')}
            placeholder={t('followUps.fields.nextStep')}
            style={{ flex: 1 }}
            {...register('nextStep')}
            error={err('nextStep')}
          />
          <Controller
            control={control}
            name="dueDate"
            render={({ field }) => (
              <DateField
                aria-label={t('followUps.fields.dueDate')}
                placeholder={t('followUps.fields.dueDate')}
                value={field.value ?? ''}
                onChange={field.onChange}
                onCommit={field.onBlur}
                error={err('dueDate')}
                clearable
                w={160}
              />
            )}
          />
        </Group>
        {editing && (
          // Below the fields: the timeline is narrower than the form above it.
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
