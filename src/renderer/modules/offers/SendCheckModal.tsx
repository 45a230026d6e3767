import { Alert, Button, Group, List, Modal, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '#shared/domain';
import type { Finding } from '#shared/offers/preflight';
import { findingParams } from './finding-text';
import { useUiLanguage } from '../../components/useUiLanguage';

export type SendCheckPurpose = 'send' | 'export';

type Props = {
  opened: boolean;
  purpose: SendCheckPurpose;
  findings: readonly Finding[];
  currency: Currency;
  /** A sent revision: its errors cannot be fixed any more, so they only warn. */
  frozen: boolean;
  /** Extra text above the buttons (what sending does). */
  note?: string;
  /** More content above the buttons when it may proceed (the follow-up when sending). */
  children?: ReactNode;
  /** Keeps "send anyway" disabled, e.g. while `children` holds an invalid value. */
  proceedDisabled?: boolean;
  onFix: (finding: Finding) => void;
  onMarkCredit: (lineIds: readonly string[]) => void;
  onProceed: () => void;
  onClose: () => void;
};

/**
 * Everything wrong or risky before sending or exporting, errors first, each with a way to fix
 * it. Errors block; with warnings only, "send anyway" / "export anyway" goes on.
 */
export function SendCheckModal({
  opened,
  purpose,
  findings,
  currency,
  frozen,
  note,
  children,
  proceedDisabled = false,
  onFix,
  onMarkCredit,
  onProceed,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const errors = frozen ? [] : findings.filter((finding) => finding.severity === 'error');
  const warnings = frozen ? findings : findings.filter((finding) => finding.severity === 'warning');
  const blocked = errors.length > 0;

  const item = (finding: Finding, index: number) => {
    const error = !frozen && finding.severity === 'error';
    return (
      <List.Item
        key={`${finding.code}-${index}`}
        data-testid="check-finding"
        data-code={finding.code}
        data-severity={error ? 'error' : 'warning'}
        icon={
          <ThemeIcon size={20} radius="xl" color={error ? 'red' : 'orange'} aria-hidden>
            {error ? '!' : '?'}
          </ThemeIcon>
        }
      >
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
          <Text size="sm">
            {t(
              `offers.check.codes.${finding.code}`,
              findingParams(finding.params, currency, language),
            )}
          </Text>
          <Group gap={4} wrap="nowrap">
            {finding.code === 'negativeNotCredit' && !frozen && (
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => onMarkCredit(finding.lineIds ?? [])}
                data-testid="check-mark-credit"
              >
                {t('offers.check.markCredit')}
              </Button>
            )}
            {!(frozen && finding.target.kind === 'offerField') && (
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => onFix(finding)}
                data-testid="check-fix"
              >
                {t(`offers.check.fix.${finding.target.kind}`)}
              </Button>
            )}
          </Group>
        </Group>
      </List.Item>
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={purpose === 'send' ? t('offers.check.title') : t('offers.check.titleExport')}
      size="lg"
      data-testid="send-check"
    >
      <Stack gap="md">
        {errors.length > 0 && (
          <div>
            <Title order={5} c="red" mb={4}>
              {t('offers.check.errors')}
            </Title>
            <List spacing="xs" center>
              {errors.map(item)}
            </List>
          </div>
        )}
        {warnings.length > 0 && (
          <div>
            <Title order={5} c="orange.8" mb={4}>
              {t('offers.check.warnings')}
            </Title>
            <List spacing="xs" center>
              {warnings.map(item)}
            </List>
          </div>
        )}
        {blocked && (
          <Alert color="red" p="xs">
            {t('offers.check.blocked')}
          </Alert>
        )}
        {frozen && (
          <Text size="xs" c="dimmed">
            {t('offers.check.frozen')}
          </Text>
        )}
        {!blocked && note && <Text size="sm">{note}</Text>}
        {!blocked && children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus={blocked || undefined}>
            {blocked ? t('offers.check.close') : t('common.cancel')}
          </Button>
          {!blocked && (
            <Button
              color="orange"
              onClick={onProceed}
              disabled={proceedDisabled}
              data-testid="check-proceed"
            >
              {purpose === 'send' ? t('offers.check.sendAnyway') : t('offers.check.exportAnyway')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
