import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '#data';
import type { Contract, ContractRevision } from '#shared/domain/contracts';
import { notifyError } from '../../../components/notify-error';
import { platform } from '../../../platform';
import { formatInstant } from './review-view';
import { useUiLanguage } from '../../../components/useUiLanguage';

type Verification = { ok: boolean; expected: string; actual: string | null };

/**
 * Above a signed revision: the stored signed PDF checked against the SHA-256 kept at signing,
 * each time the contract is opened; a red warning when the file was altered or is missing here.
 */
export function SignedBanner({
  contract,
  revision,
}: {
  contract: Contract;
  revision: ContractRevision;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const [result, setResult] = useState<Verification | 'failed' | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    setResult(null);
    repos.contracts
      .verifySigned(contract.id, revision.id)
      .then((verification) => live && setResult(verification))
      .catch(() => live && setResult('failed'));
    return () => {
      live = false;
    };
  }, [repos, contract.id, revision.id, revision.signedPdfSha256]);

  const save = async () => {
    setSaving(true);
    try {
      const blob = await repos.blobs.get(revision.signedPdfSha256);
      if (!blob) throw new Error(t('contractReview.signed.missing'));
      const saved = await platform.saveFile({
        suggestedName: `${t('contractReview.signed.fileName', {
          title: contract.title,
          number: revision.number,
        })}.pdf`,
        data: blob.data,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (saved.saved) notifications.show({ message: t('contractReview.signed.saved') });
    } catch (error) {
      notifyError(error, t);
    } finally {
      setSaving(false);
    }
  };

  if (result === null) {
    return (
      <Alert color="gray" variant="light" data-testid="signed-banner" py="xs">
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('contractReview.signed.checking')}</Text>
        </Group>
      </Alert>
    );
  }
  if (result === 'failed') {
    return (
      <Alert color="red" variant="light" data-testid="signed-banner" data-verified="false" py="xs">
        <Text size="sm">{t('contractReview.signed.checkFailed')}</Text>
      </Alert>
    );
  }
  if (result.ok) {
    return (
      <Alert
        color="green"
        variant="light"
        data-testid="signed-banner"
        data-verified="true"
        py="xs"
        title={t('contractReview.signed.verified', { hash: result.expected })}
        styles={{ title: { fontFamily: 'var(--mantine-font-family)', wordBreak: 'break-all' } }}
      >
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">
            {t('contractReview.signed.verifiedText', {
              date: formatInstant(revision.signedAt, language),
            })}
          </Text>
          <Button
            size="compact-sm"
            variant="white"
            onClick={() => void save()}
            loading={saving}
            data-testid="signed-pdf-save"
          >
            {t('contractReview.signed.save')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="filled"
      data-testid="signed-banner"
      data-verified="false"
      title={t(
        result.actual === null ? 'contractReview.signed.missing' : 'contractReview.signed.altered',
      )}
    >
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {result.actual === null
          ? t('contractReview.signed.missingText', { expected: result.expected })
          : t('contractReview.signed.alteredText', { expected: result.expected })}
      </Text>
      {result.actual && (
        <Text size="xs" mt={4} ff="monospace" style={{ wordBreak: 'break-all' }}>
          {t('contractReview.signed.alteredActual', { actual: result.actual })}
        </Text>
      )}
    </Alert>
  );
}
