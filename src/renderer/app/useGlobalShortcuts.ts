import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { platform } from '../platform';
import { useSync } from '../sync/SyncProvider';
import { useCustomerModeStore } from '../stores/customer-mode.store';
import { useUndoStore } from '../stores/undo.store';
import { useUiStore } from '../stores/ui.store';
import { pathForCommand, type NavEntry } from './navigation';
import { commandForKey, type AppCommand } from './shortcuts';
import { notifyError } from '../components/notify-error';
import { isKioskLocked } from '#modules/presentations/kiosk';

/** Keyboard shortcuts and desktop menu commands share one command table. */
export function useGlobalShortcuts(navigation: readonly NavEntry[]): void {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const sync = useSync();

  useEffect(() => {
    const run = (command: AppCommand) => {
      // A locked presentation keeps every shortcut and menu command away from the app.
      if (isKioskLocked()) return;
      const ui = useUiStore.getState();
      switch (command) {
        case 'new-client':
          ui.openClientForm();
          return;
        case 'search':
          void navigate('/clients');
          ui.requestSearchFocus();
          return;
        case 'settings':
          void navigate('/settings');
          return;
        case 'help':
          ui.setShortcutsOpen(true);
          return;
        case 'customer-mode':
          useCustomerModeStore.getState().toggle();
          return;
        case 'customer-mode:on':
        case 'customer-mode:off':
          useCustomerModeStore.getState().setOn(command === 'customer-mode:on');
          return;
        case 'sync-now':
          // Without a login there is nothing to run: open the place to log in instead.
          if (sync.getStatus().phase === 'signed-out') void navigate('/settings?tab=sync');
          else void sync.syncNow();
          return;
        case 'undo':
          useUndoStore
            .getState()
            .undoLast()
            .then(
              (entry) => {
                if (entry)
                  notifications.show({
                    message:
                      entry.undoneNotice ?? t('common.restoredNotice', { name: entry.label }),
                  });
              },
              (error: unknown) => notifyError(error, t, { title: t('common.undoFailed') }),
            );
          return;
        default: {
          // navigate:<id>; an id the app does not know (a stale menu) goes nowhere.
          const path = pathForCommand(command, navigation);
          if (path) void navigate(path);
        }
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const editing =
        !!target &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      const command = commandForKey(event, editing, navigation);
      if (!command || isKioskLocked()) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    // Every menu command is an app command (channels.ts and shortcuts.ts name the same ones).
    const unsubscribe = platform.onMenuCommand((command) => run(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [navigate, t, sync, navigation]);
}
