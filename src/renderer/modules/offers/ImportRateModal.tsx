import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayDecimal } from '../../components/decimal-input';
import { translateIssue } from '../../i18n';
import { readImportRate } from './import-rate';
import { useUiLanguage } from '../../components/useUiLanguage';

export type RateRequest = { name: string; currency: string; defaultRate: string };

type Props = {
  /** The file waiting for a rate, or null when the dialog is closed. */
  request: RateRequest | null;
  onCancel: () => void;
  onConfirm: (rate: string) => void;
};

/** Asks for the exchange rate of an imported offer not in EUR whose file names none. */
export function ImportRateModal({ request, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(request ? displayDecimal(request.defaultRate, language) : '');
    setError(null);
  }, [request, language]);

  const confirm = () => {
    const result = readImportRate(text, language);
    if (result.ok) onConfirm(result.rate);
    else setError(translateIssue(t, result.error));
  };

  return (
    <Modal opened={request !== null} onClose={onCancel} title={t('offers.import.rateTitle')}>
      {request && (
        <form
          data-testid="import-rate-form"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('offers.import.rateText', { name: request.name, currency: request.currency })}
            </Text>
            <TextInput
              label={t('offers.import.rateLabel', { currency: request.currency })}
              description={t('offers.import.rateHint')}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              inputMode="decimal"
              data-autofocus
              data-testid="import-rate-input"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('offers.import.rateCancel')}
              </Button>
              <Button type="submit">{t('offers.import.rateImport')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
