import { Alert, Button, Group, Tabs, Text, Title, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSlot } from '../../app/slots';

/** Company profile, own profile, offer defaults, synchronisation, language and data; `?tab=` opens one. */
export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // The tabs are contributions: this module's own and other areas' (the sync module's).
  const tabs = useSlot('settings.tab');
  const isTab = (value: string | null) => tabs.some((contribution) => contribution.id === value);
  const requested = params.get('tab');
  const tab = requested !== null && isTab(requested) ? requested : 'company';
  const welcome = params.get('welcome') === '1' && tab === 'company';
  const later = () => {
    notifications.show({ message: t('settings.welcomeReminder'), color: 'blue' });
    void navigate('/clients', { replace: true });
  };
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('settings.title')}</Title>
      {welcome && (
        <Alert color="blue" title={t('settings.welcomeTitle')} data-testid="company-welcome">
          <Stack gap="xs">
            <Text size="sm">{t('settings.welcomeText')}</Text>
            <Group>
              <Button size="xs" variant="default" onClick={later}>
                {t('settings.welcomeLater')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(value) => value && isTab(value) && setParams({ tab: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map(({ id, label }) => (
            <Tabs.Tab key={id} value={id} data-testid={`settings-tab-${id}`}>
              {label && t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ id, component: Panel }) => (
          <Tabs.Panel key={id} value={id} pt="md">
            <Suspense fallback={null}>
              <Panel />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
