import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The "?" help's section on presenting, the kiosk lock and what the system still lets through. */
export function KioskHelp() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="help-presenting">
      <Title order={5}>{t('kiosk.help.title')}</Title>
      <Text size="sm">{t('kiosk.help.presenting')}</Text>
      <Text size="sm">{t('kiosk.help.kiosk')}</Text>
      <Text size="sm" fw={600}>
        {t('kiosk.help.osTitle')}
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>{t('kiosk.help.osCtrlAltDel')}</List.Item>
        <List.Item>{t('kiosk.help.osSwitch')}</List.Item>
        <List.Item>{t('kiosk.help.osPower')}</List.Item>
        <List.Item>{t('kiosk.help.osBrowser')}</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        {t('kiosk.help.osAdvice')}
      </Text>
    </Stack>
  );
}
