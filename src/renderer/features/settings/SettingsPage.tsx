import { Tabs, Title, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompanyForm } from './CompanyForm';
import { GeneralSettings } from './GeneralSettings';
import { OfferSettingsForm } from './OfferSettingsForm';
import { ProfileForm } from './ProfileForm';

/** Company profile, own profile, language and data. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('settings.title')}</Title>
      <Tabs defaultValue="company" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="company">{t('settings.company')}</Tabs.Tab>
          <Tabs.Tab value="profile">{t('settings.profile')}</Tabs.Tab>
          <Tabs.Tab value="offers">{t('settings.offers')}</Tabs.Tab>
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
        <Tabs.Panel value="general" pt="md">
          <GeneralSettings />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
