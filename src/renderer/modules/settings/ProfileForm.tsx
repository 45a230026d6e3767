import { formResolver } from '../../components/form-resolver';
import { Button, Group, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { userProfileSchema, type UserProfile } from '#shared/domain';
import { fieldError } from '../../components/form-errors';
import { useRepos } from '#data';

type FormValues = z.input<typeof userProfileSchema>;
const blank: FormValues = { name: '', position: '', email: '', phone: '', initials: '' };

/** The user's own profile: author stamp on records and signature in documents. */
export function ProfileForm() {
  const { t } = useTranslation();
  const repos = useRepos();
  const { register, handleSubmit, reset, formState } = useForm<FormValues, unknown, UserProfile>({
    resolver: formResolver(userProfileSchema),
    defaultValues: blank,
  });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);

  useEffect(() => {
    void repos.local.getProfile().then((profile) => reset(profile ?? blank));
  }, [repos, reset]);

  const submit = handleSubmit(async (profile) => {
    await repos.local.saveProfile(profile);
    reset(profile);
    notifications.show({ message: t('common.saved'), color: 'green' });
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.profileHint')}
      </Text>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="profile-form">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('settings.profileFields.name')}
            withAsterisk
            {...register('name')}
            error={err('name')}
          />
          <TextInput
            label={t('settings.profileFields.position')}
            {...register('position')}
            error={err('position')}
          />
          <TextInput
            label={t('settings.profileFields.email')}
            {...register('email')}
            error={err('email')}
          />
          <TextInput
            label={t('settings.profileFields.phone')}
            {...register('phone')}
            error={err('phone')}
          />
          <TextInput
            label={t('settings.profileFields.initials')}
            withAsterisk
            {...register('initials')}
            error={err('initials')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={formState.isSubmitting} disabled={!formState.isDirty}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
