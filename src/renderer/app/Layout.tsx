import { AppShell, Box, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useKeyLabel } from '../components/Keys';
import { StorageNotice } from '../components/StorageNotice';
import { useCustomerMode } from '../stores/customer-mode.store';
import { useUiStore } from '../stores/ui.store';
import { CustomerModeSwitch } from './CustomerModeSwitch';
import { isNavEntryActive, useNavigation } from './navigation';
import { Slot } from './slots';
import { ShortcutsModal } from './ShortcutsModal';
import { rememberStorageNotice, useStorageNotice } from './storage-notice';
import { useDesktopMenu } from './useDesktopMenu';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/** The window frame: navigation, status, global shortcuts and the global client form. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const onboarded = useUiStore((state) => state.onboarded);
  const storageNotice = useStorageNotice((state) => state.shown);
  const dismissStorageNotice = useStorageNotice((state) => state.dismiss);
  const customerMode = useCustomerMode();
  const keyLabel = useKeyLabel();
  const navigation = useNavigation();
  useGlobalShortcuts(navigation);
  useDesktopMenu(navigation);

  if (!onboarded) return <Navigate to="/welcome" replace />;

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header
        data-customer-mode={customerMode}
        className="q-header"
        data-testid="app-header"
      >
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={3} c="blue.8">
              {t('app.name')}
            </Title>
            {/* The customer mode's badge takes the tagline's room on a laptop. */}
            <Text size="sm" c="dimmed" visibleFrom="lg" hidden={customerMode} truncate>
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <CustomerModeSwitch />
            <Slot name="shell.header" props={{}} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Quotient" style={{ overflowY: 'auto' }}>
        {navigation.map((entry) => (
          <NavLink
            key={entry.id}
            label={t(entry.labelKey)}
            description={entry.shortcut && keyLabel(entry.shortcut)}
            active={isNavEntryActive(entry, location.pathname)}
            onClick={() => void navigate(entry.path)}
            href={`#${entry.path}`}
          />
        ))}
        {storageNotice && (
          <Box mt="auto" pt="xs">
            <StorageNotice
              state={storageNotice}
              onClose={dismissStorageNotice}
              onShown={rememberStorageNotice}
            />
          </Box>
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <Slot name="shell.global" props={{}} />
      <ShortcutsModal />
    </AppShell>
  );
}
