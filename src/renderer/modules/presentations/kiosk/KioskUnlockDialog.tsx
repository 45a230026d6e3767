import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FREE_PIN_FAILURES } from '#shared/presentations/pin';
import { kioskStore } from './kiosk';
import { keepKeysInDialog } from './stop-keys';
import { useKiosk } from './useKiosk';

/** Re-renders every second while `until` (epoch ms) is in the future; the ms left. */
function useRemaining(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  const remaining = Math.max(0, until - now);
  useEffect(() => {
    if (remaining <= 0) return;
    const timer = window.setTimeout(() => setNow(Date.now()), remaining % 1000 || 1000);
    return () => window.clearTimeout(timer);
  }, [remaining, until]);
  // A new refusal starts a new countdown at once.
  useEffect(() => setNow(Date.now()), [until]);
  return remaining;
}

/**
 * Asked when someone tries to leave a locked presentation: the right PIN unlocks (and goes where
 * they wanted), a wrong one keeps the lock with a message; after five wrong ones input is
 * refused for a while, with a countdown. Mounted by the shell's kiosk gate while locked.
 */
export function KioskUnlockDialog() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kiosk = useKiosk();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const remaining = useRemaining(kiosk.refusedUntil);
  const refused = remaining > 0;
  const opened = kiosk.unlockRequest !== null;

  useEffect(() => {
    if (!refused && opened) input.current?.focus();
  }, [refused, opened]);

  const close = () => {
    setPin('');
    setMessage(null);
    kiosk.dismissUnlock();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || refused || pin === '') return;
    const to = kiosk.unlockRequest?.to ?? null;
    setBusy(true);
    try {
      const result = await kiosk.unlock(pin);
      setPin('');
      if (result.ok) {
        setMessage(null);
        if (to) void navigate(to);
        return;
      }
      // Refused: the countdown speaks. Otherwise say so, and warn on the last free try.
      const left = FREE_PIN_FAILURES + 1 - kioskStore().getState().failures;
      setMessage(
        result.retryInMs > 0
          ? null
          : left > 1
            ? t('kiosk.wrongPin')
            : t('kiosk.wrongPinLeft', { count: left }),
      );
    } finally {
      setBusy(false);
    }
  };

  const error = refused ? t('kiosk.refused', { seconds: Math.ceil(remaining / 1000) }) : message;

  return (
    <Modal
      opened={opened}
      onClose={close}
      closeOnEscape={false}
      title={t('kiosk.unlockTitle')}
      centered
      zIndex={1000}
    >
      <form onSubmit={(event) => void submit(event)} onKeyDown={keepKeysInDialog(close)}>
        <Stack gap="sm">
          <Text size="sm">{t('kiosk.unlockText')}</Text>
          <PasswordInput
            ref={input}
            label={t('kiosk.pin')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            data-autofocus
            data-testid="kiosk-pin"
            disabled={refused}
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value)}
          />
          {error && (
            <Text c="red" size="sm" role="alert" data-testid="kiosk-error">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('kiosk.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={refused} data-testid="kiosk-unlock">
              {t('kiosk.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
