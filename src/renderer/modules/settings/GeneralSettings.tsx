import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/domain';
import { StoragePersistenceStatus } from '../../components/StoragePersistenceStatus';
import { useRepos, useOutboxCount } from '#data';
import { platform } from '../../platform';

/** UI language and where the data lives. */
export function GeneralSettings() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const pending = useOutboxCount() ?? 0;

  const setLanguage = async (language: Language) => {
    await repos.local.setLanguage(language);
    await i18n.changeLanguage(language);
    document.documentElement.lang = language;
    await platform.setLanguage(language);
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Text fw={500} mb="xs">
          {t('settings.language')}
        </Text>
        <SegmentedControl
          data-testid="language-switch"
          value={i18n.language}
          onChange={(value) => void setLanguage(value as Language)}
          data={[
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={5} mb="xs">
          {t('settings.dataTitle')}
        </Title>
        <Text size="sm">{t('settings.dataHint', { count: pending })}</Text>
      </Paper>
      <StoragePersistenceStatus />
    </Stack>
  );
}
