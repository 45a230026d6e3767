import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractIncompleteError, RevisionLockedError, useRepos } from '#data';
import { useContractRevision } from '#data/contracts/hooks';
import { COMPLETENESS_LABELS } from '#shared/contracts';
import type { MissingItem } from '#shared/contracts';
import { isRevisionFrozen, isRevisionSigned } from '#shared/domain/contracts';
import type { Contract, ContractStatus } from '#shared/domain/contracts';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateField } from '../../../components/DateField';
import { formatDateInput } from '../../../components/date-input';
import { notifyError } from '../../../components/notify-error';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { reviewActions, shortHash } from './review-view';
import { SignedBanner } from './SignedBanner';
import { clock } from './today';

// The pad library loads with the dialog, not with the editor.
const SigningDialog = lazy(() =>
  import('./SigningDialog').then((m) => ({ default: m.SigningDialog })),
);

const statusColor: Record<ContractStatus, string> = {
  draft: 'gray',
  'in-review': 'yellow',
  sent: 'blue',
  signed: 'green',
  terminated: 'dark',
};

type Move = 'draft' | 'in-review' | 'sent';

/** A padlock (no emoji: not every system has a font for it). */
function LockIcon() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <rect x={5} y={11} width={14} height={10} rx={2} />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}

/**
 * The top of the contract editor: status, revision and its frozen hash, the moves the status
 * allows (sending asks first and lists missing required clauses when refused), signing on site,
 * the signed banner with its hash check and the lock notice, terminating with a date.
 */
export function ContractReviewBar({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const revision = useContractRevision(contract.currentRevisionId) ?? undefined;
  const [confirmSend, setConfirmSend] = useState(false);
  const [missing, setMissing] = useState<MissingItem[] | null>(null);
  const [signing, setSigning] = useState(false);
  const [terminating, setTerminating] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const number = revision?.number ?? 1;
  const actions = reviewActions(contract.status, revision);
  const signed = revision !== undefined && isRevisionSigned(revision);
  const explain = (error: unknown) =>
    error instanceof RevisionLockedError ? t('contractReview.locked', { number }) : undefined;

  const move = async (to: Move) => {
    setConfirmSend(false);
    setMissing(null);
    setBusy(true);
    try {
      await repos.contracts.setStatus(contract.id, to);
      notifications.show({ message: t(`contractReview.moved.${to}`, { number }) });
    } catch (error) {
      if (error instanceof ContractIncompleteError) setMissing(error.missing);
      else notifyError(error, t, { explain });
    } finally {
      setBusy(false);
    }
  };

  // Missing required clauses are listed before anyone is asked to freeze the revision.
  const askToSend = async () => {
    setMissing(null);
    try {
      const items = await repos.contracts.missingItems(contract.id);
      if (items.length > 0) setMissing(items);
      else setConfirmSend(true);
    } catch (error) {
      notifyError(error, t, { explain });
    }
  };

  const terminate = async (date: string) => {
    setBusy(true);
    try {
      await repos.contracts.terminate(contract.id, date);
      setTerminating(null);
      notifications.show({ message: t('contractReview.terminate.done') });
    } catch (error) {
      notifyError(error, t, { explain });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="xs" data-testid="contract-review-bar">
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Badge
              color={statusColor[contract.status]}
              variant="light"
              size="lg"
              data-testid="contract-status"
              data-status={contract.status}
            >
              {t(`contractReview.status.${contract.status}`)}
            </Badge>
            <Text size="sm" fw={500} data-testid="contract-revision">
              {t('contractReview.revision', { number })}
            </Text>
            {revision && isRevisionFrozen(revision) ? (
              <Tooltip label={t('contractReview.hashTitle', { hash: revision.contentHash })}>
                <Text
                  size="xs"
                  ff="monospace"
                  c="dimmed"
                  aria-label={t('contractReview.hashLabel')}
                  data-testid="contract-hash"
                >
                  SHA-256 {shortHash(revision.contentHash)}
                </Text>
              </Tooltip>
            ) : (
              <Text size="xs" c="dimmed" data-testid="contract-hash">
                {t('contractReview.notFrozen')}
              </Text>
            )}
            {contract.status === 'terminated' && contract.terminatedOn && (
              <Text size="sm" c="dimmed">
                {t('contractReview.terminatedOn', {
                  date: formatDateInput(contract.terminatedOn, language),
                })}
              </Text>
            )}
          </Group>
          <Group gap="xs">
            {actions.map((action) => {
              if (action.kind === 'sign') {
                return (
                  <Button
                    key="sign"
                    size="compact-sm"
                    onClick={() => setSigning(true)}
                    disabled={busy || !revision}
                    data-testid="contract-sign"
                  >
                    {t('contractReview.sign.open')}
                  </Button>
                );
              }
              if (action.kind === 'terminate') {
                return (
                  <Button
                    key="terminate"
                    size="compact-sm"
                    variant="default"
                    color="red"
                    onClick={() => setTerminating(clock.today())}
                    disabled={busy}
                    data-testid="contract-move-terminated"
                  >
                    {t('contractReview.move.terminated')}
                  </Button>
                );
              }
              const to = action.to;
              return (
                <Button
                  key={to}
                  size="compact-sm"
                  variant={to === 'sent' ? 'filled' : 'default'}
                  onClick={() => void (to === 'sent' ? askToSend() : move(to))}
                  disabled={busy}
                  data-testid={`contract-move-${to}`}
                >
                  {t(`contractReview.move.${to}`)}
                </Button>
              );
            })}
          </Group>
        </Group>

        {missing && missing.length > 0 && (
          <Alert
            color="red"
            variant="light"
            title={t('contractReview.send.blockedTitle')}
            withCloseButton
            onClose={() => setMissing(null)}
            data-testid="send-missing"
          >
            <Text size="sm" mb={4}>
              {t('contractReview.send.blockedText')}
            </Text>
            <List size="sm">
              {missing.map((entry) => (
                <List.Item key={entry.item} data-testid={`send-missing-${entry.item}`}>
                  {COMPLETENESS_LABELS[language][entry.item] ?? entry.label}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}

        {contract.status === 'sent' && revision && isRevisionFrozen(revision) && !signed && (
          <Text size="sm" c="dimmed" data-testid="revision-frozen">
            {t('contractReview.sentNotice', { number, next: number + 1 })}
          </Text>
        )}

        {signed && revision && (
          <>
            <SignedBanner contract={contract} revision={revision} />
            <Alert
              color="gray"
              variant="light"
              py={6}
              icon={<LockIcon />}
              data-testid="revision-locked"
            >
              <Text size="sm">{t('contractReview.locked', { number })}</Text>
            </Alert>
          </>
        )}
      </Stack>

      <ConfirmDialog
        opened={confirmSend}
        title={t('contractReview.send.title', { number })}
        text={t('contractReview.send.text', { number, next: number + 1 })}
        confirmLabel={t('contractReview.send.confirm')}
        color="blue"
        onConfirm={() => void move('sent')}
        onCancel={() => setConfirmSend(false)}
      />

      <ConfirmDialog
        opened={terminating !== null}
        title={t('contractReview.terminate.title')}
        text={t('contractReview.terminate.text')}
        confirmLabel={t('contractReview.terminate.confirm')}
        confirmDisabled={!terminating || busy}
        onConfirm={() => terminating && void terminate(terminating)}
        onCancel={() => setTerminating(null)}
      >
        <DateField
          label={t('contractReview.terminate.date')}
          value={terminating ?? ''}
          onChange={(value) => setTerminating(value)}
          data-testid="terminate-date"
        />
      </ConfirmDialog>

      {signing && revision && (
        <Suspense fallback={null}>
          <SigningDialog
            contract={contract}
            revision={revision}
            onClose={() => setSigning(false)}
          />
        </Suspense>
      )}
    </Paper>
  );
}
