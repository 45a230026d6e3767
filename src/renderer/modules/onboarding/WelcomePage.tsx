import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { Language } from '#shared/domain';
import { userProfileSchema } from '#shared/domain';
import { translateIssue } from '../../i18n';
import { issueMessage } from '#shared/validation/issue-message';
import { useRepos } from '#data';
import { platform } from '../../platform';
import { useUiStore } from '../../stores/ui.store';
import { errorMessage } from '../../components/notify-error';

type Start = 'demo' | 'empty';

/** First start: who you are, and demo data or an empty workspace. */
export function WelcomePage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const onboarded = useUiStore((state) => state.onboarded);
  const setOnboarded = useUiStore((state) => state.setOnboarded);
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [errors, setErrors] = useState<{ name?: string; initials?: string }>({});
  const [busy, setBusy] = useState<Start | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Where the app opens once onboarded: an empty workspace asks for the company first.
  const [next, setNext] = useState('/clients');

  if (onboarded) return <Navigate to={next} replace />;

  const setLanguage = async (language: Language) => {
    await repos.local.setLanguage(language);
    await i18n.changeLanguage(language);
    document.documentElement.lang = language;
    await platform.setLanguage(language);
  };

  const start = async (mode: Start) => {
    const input = { name, initials, position: '', email: '', phone: '' };
    const parsed = userProfileSchema.safeParse(input);
    if (!parsed.success) {
      const issue = (field: string) => {
        const found = parsed.error.issues.find((candidate) => candidate.path[0] === field);
        return found && issueMessage(found, input);
      };
      setErrors({
        name: issue('name') && translateIssue(t, issue('name')),
        initials: issue('initials') && translateIssue(t, issue('initials')),
      });
      return;
    }
    setErrors({});
    setBusy(mode);
    setFailure(null);
    try {
      await repos.local.saveProfile(parsed.data);
      if (mode === 'demo') {
        const [{ default: demo }, { default: catalog }, { default: textBlocks }] =
          await Promise.all([
            import('../../../../resources/demo/workspace.de.json'),
            import('../../../../resources/demo/catalog.de.json'),
            import('../../../../resources/demo/text-blocks.json'),
          ]);
        await repos.importWorkspace({ ...demo, catalog, textBlocks });
      }
      await repos.local.setOnboarded(true);
      // An empty workspace has no company yet: every document needs it, so ask for it first.
      setNext(mode === 'empty' ? '/settings?tab=company&welcome=1' : '/clients');
      setOnboarded(true);
    } catch (error) {
      setFailure(t('onboarding.failed', { reason: errorMessage(error, t) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Card withBorder shadow="sm" radius="md" p="xl" maw={760} w="100%">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={1} c="blue.8">
              {t('onboarding.title')}
            </Title>
            <SegmentedControl
              size="xs"
              value={i18n.language}
              onChange={(value) => void setLanguage(value as Language)}
              data={[
                { value: 'de', label: 'Deutsch' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Group>
          <Text c="dimmed">{t('onboarding.text')}</Text>
          <Group grow align="flex-start">
            <TextInput
              label={t('onboarding.yourName')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              withAsterisk
              data-autofocus
              autoFocus
            />
            <TextInput
              label={t('onboarding.yourInitials')}
              value={initials}
              onChange={(event) => setInitials(event.currentTarget.value)}
              error={errors.initials}
              withAsterisk
              maw={140}
            />
          </Group>
          {failure && (
            <Alert color="red" title={t('common.errorTitle')}>
              {failure}
            </Alert>
          )}
          <SimpleGrid cols={2}>
            <Card withBorder radius="md">
              <Text fw={600}>{t('onboarding.demo')}</Text>
              <Text size="sm" c="dimmed" mb="md">
                {t('onboarding.demoText')}
              </Text>
              <Button
                onClick={() => void start('demo')}
                loading={busy === 'demo'}
                disabled={busy !== null}
              >
                {t('onboarding.demo')}
              </Button>
            </Card>
            <Card withBorder radius="md">
              <Text fw={600}>{t('onboarding.empty')}</Text>
              <Text size="sm" c="dimmed" mb="md">
                {t('onboarding.emptyText')}
              </Text>
              <Button
                variant="default"
                onClick={() => void start('empty')}
                loading={busy === 'empty'}
                disabled={busy !== null}
              >
                {t('onboarding.empty')}
              </Button>
            </Card>
          </SimpleGrid>
        </Stack>
      </Card>
    </Center>
  );
}
