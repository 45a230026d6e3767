import { Alert, Button, Group, Tabs, Text, Title, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SyncSettings } from '#modules/sync/SyncSettings';
import { CompanyForm } from './CompanyForm';
import { GeneralSettings } from './GeneralSettings';
import { OfferSettingsForm } from './OfferSettingsForm';
import { ProfileForm } from './ProfileForm';

const tabs = ['company', 'profile', 'offers', 'sync', 'general'] as const;
type SettingsTab = (typeof tabs)[number];

const isTab = (value: string | null): value is SettingsTab =>
  (tabs as readonly (string | null)[]).includes(value);

/** Company profile, own profile, offer defaults, synchronisation, language and data; `?tab=` opens one. */
export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: SettingsTab = isTab(requested) ? requested : 'company';
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
        onChange={(value) => isTab(value) && setParams({ tab: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="company">{t('settings.company')}</Tabs.Tab>
          <Tabs.Tab value="profile">{t('settings.profile')}</Tabs.Tab>
          <Tabs.Tab value="offers">{t('settings.offers')}</Tabs.Tab>
          <Tabs.Tab value="sync" data-testid="settings-tab-sync">
            {t('sync.settings.title')}
          </Tabs.Tab>
          <Tabs.Tab value="general">{t('settings.general')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="company" pt="md">
          <CompanyForm />
        </Tabs.Panel>
        <Tabs.Panel value="profile" pt="md">
          <ProfileForm />
        </Tabs.Panel>
        <Tabs.Panel value="offers" pt="md">
          <OfferSettingsForm />
        </Tabs.Panel>
        <Tabs.Panel value="sync" pt="md">
          <SyncSettings />
        </Tabs.Panel>
        <Tabs.Panel value="general" pt="md">
          <GeneralSettings />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
