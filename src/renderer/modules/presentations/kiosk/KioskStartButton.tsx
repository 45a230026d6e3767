import { Badge, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPinFormat } from '#shared/presentations/pin';
import { keepKeysInDialog } from './stop-keys';
import { useKiosk } from './useKiosk';

/**
 * The presenter's kiosk control: unlocked, "Kiosk lock …" asks for a PIN twice and locks the
 * presentation to this deck; locked, a badge and "Unlock …" (the unlock dialog itself is kept
 * mounted by the shell's kiosk gate).
 */
export function KioskStartButton({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const kiosk = useKiosk(deckId);
  const [opened, setOpened] = useState(false);
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; confirm?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  if (kiosk.locked) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Badge
          color="red"
          variant="filled"
          size="lg"
          data-testid="kiosk-locked"
          title={t('kiosk.lockedHint')}
        >
          {t('kiosk.locked')}
        </Badge>
        <Button variant="default" onClick={() => kiosk.requestUnlock(null)}>
          {t('kiosk.unlockOpen')}
        </Button>
      </Group>
    );
  }

  const close = () => {
    setOpened(false);
    setPin('');
    setConfirm('');
    setErrors({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const format = checkPinFormat(pin);
    if (format) {
      setErrors({ pin: t(format) });
      return;
    }
    if (confirm !== pin) {
      setErrors({ confirm: t('kiosk.pinMismatch') });
      return;
    }
    setBusy(true);
    try {
      await kiosk.start(pin);
      close();
    } catch {
      setErrors({ form: t('kiosk.lockFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="default" data-testid="kiosk-start" onClick={() => setOpened(true)}>
        {t('kiosk.start')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeOnEscape={false}
        title={t('kiosk.startTitle')}
        centered
      >
        <form onSubmit={(event) => void submit(event)} onKeyDown={keepKeysInDialog(close)}>
          <Stack gap="sm">
            <Text size="sm">{t('kiosk.startText')}</Text>
            <PasswordInput
              label={t('kiosk.pin')}
              description={t('kiosk.pinDescription')}
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={12}
              data-autofocus
              data-testid="kiosk-pin"
              value={pin}
              onChange={(event) => setPin(event.currentTarget.value)}
              error={errors.pin}
            />
            <PasswordInput
              label={t('kiosk.pinConfirm')}
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={12}
              data-testid="kiosk-pin-confirm"
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              error={errors.confirm}
            />
            {errors.form && (
              <Text c="red" size="sm" role="alert" data-testid="kiosk-error">
                {errors.form}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('kiosk.cancel')}
              </Button>
              <Button type="submit" color="red" loading={busy} data-testid="kiosk-lock">
                {t('kiosk.lock')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
