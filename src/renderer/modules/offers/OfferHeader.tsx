import {
  Anchor,
  Button,
  Group,
  Menu,
  Modal,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Client, Offer } from '#shared/domain';
import type { Finding } from '#shared/offers/preflight';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Internal, InternalTag } from '../../components/Internal';
import { useOfferRevisions } from '#data';
import { offerLabel } from './offer-list';
import { controlLabelled, focusInEditor } from './focus-target';
import { FollowUpFields } from './FollowUpFields';
import { OfferStatusBadge } from './OfferStatusBadge';
import { SendByMailModal } from './SendByMailModal';
import { SendCheckModal } from './SendCheckModal';
import { useOfferActions } from './useOfferActions';
import { useOfferExport } from './useOfferExport';
import { useSendCheck } from './useSendCheck';

type Props = {
  offer: Offer;
  client: Client | null | undefined;
  onDiff: () => void;
  onCompare: () => void;
};

/** Number, revision, status and the lifecycle actions of the offer being edited. */
export function OfferHeader({ offer, client, onDiff, onCompare }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = useOfferActions(offer);
  const exporter = useOfferExport(offer);
  const revisions = useOfferRevisions(offer.rootId);
  // The kind outlives the dialog so its labels do not change while it fades out.
  const [confirm, setConfirm] = useState<{ open: boolean; kind: 'sent' | 'accept' }>({
    open: false,
    kind: 'sent',
  });
  const ask = (kind: 'sent' | 'accept') => setConfirm({ open: true, kind });
  const kind = confirm.kind;
  const [variantOpen, setVariantOpen] = useState(false);
  const [variantName, setVariantName] = useState('');
  const check = useSendCheck(offer);
  const [rejecting, setRejecting] = useState<{ open: boolean; reason: string }>({
    open: false,
    reason: '',
  });
  const exportChecked = (go: () => void) => check.guard('export', go);
  const [mailOpen, setMailOpen] = useState(false);
  const closeMail = useCallback(() => setMailOpen(false), []);
  const markSentChecked = () =>
    check.guard(
      'send',
      () => ask('sent'),
      () => void actions.markSent(),
    );

  /** Takes the user to where a finding is fixed: a line, a field, the chapters, a profile. */
  const fix = (finding: Finding) => {
    check.close();
    const { target } = finding;
    switch (target.kind) {
      case 'company':
        return void navigate('/settings?tab=company');
      case 'settings':
        return void navigate('/settings?tab=offers');
      case 'client':
        return void navigate(`/clients/${target.clientId}`);
      case 'plan':
        return void navigate(`/offers/${offer.id}?tab=plan`);
      default:
    }
    // After the modal has closed and given focus back, so the editor keeps it.
    window.setTimeout(() => {
      const editor = document.querySelector('[data-testid="offer-editor"]') ?? document;
      if (target.kind === 'line') {
        focusInEditor(editor.querySelector(`[data-line-id="${CSS.escape(target.lineId)}"]`));
      } else if (target.kind === 'lines') {
        focusInEditor(
          editor.querySelector('[data-testid="offer-line"]') ??
            editor.querySelector('[data-testid="add-line"], button'),
        );
      } else if (target.kind === 'chapters') {
        focusInEditor(editor.querySelector('[data-testid="offer-chapters"]'));
      } else if (target.kind === 'offerField') {
        // The terms panel may be folded away: open it, then focus the field once it shows.
        const toggle = [...editor.querySelectorAll('button[aria-expanded="false"]')].find(
          (button) => button.textContent?.trim() === t('offers.editor.details'),
        );
        if (toggle instanceof HTMLElement) toggle.click();
        const field = () => controlLabelled(t(`offers.fields.${target.field}`), editor);
        window.setTimeout(() => focusInEditor(field()), toggle ? 400 : 0);
      }
    }, 50);
  };

  return (
    <Stack gap={4}>
      <Anchor component={Link} to="/offers" size="sm">
        ← {t('offers.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Title order={2} ff="monospace" data-testid="offer-number">
              {offerLabel(offer)}
            </Title>
            <OfferStatusBadge offer={offer} />
            {offer.variantName && <Text c="dimmed">· {offer.variantName}</Text>}
          </Group>
          <Text>
            {offer.title}
            {client && (
              <>
                {' · '}
                <Anchor component={Link} to={`/clients/${client.id}`}>
                  {client.name}
                </Anchor>
              </>
            )}
          </Text>
        </div>
        {/* Wraps on a laptop screen instead of clipping its buttons. */}
        <Group gap="xs" wrap="wrap" justify="flex-end">
          <Tooltip label={t('offers.editor.customerViewHint')} multiline w={240}>
            <Switch
              label={t('offers.editor.customerView')}
              checked={offer.customerView}
              onChange={(event) => void actions.setCustomerView(event.currentTarget.checked)}
              data-testid="customer-view"
            />
          </Tooltip>
          {offer.status === 'draft' && (
            <Button
              loading={check.checking}
              onClick={() =>
                check.guard(
                  'send',
                  () => ask('sent'),
                  () => void actions.markSent(),
                )
              }
              data-testid="mark-sent"
            >
              {t('offers.actions.markSent')}
            </Button>
          )}
          {(offer.status === 'sent' || offer.status === 'rejected') && (
            <Button onClick={() => void actions.revise()}>{t('offers.actions.revise')}</Button>
          )}
          {offer.status === 'sent' && (
            <>
              <Button color="green" variant="light" onClick={() => ask('accept')}>
                {t('offers.actions.accept')}
              </Button>
              <Button
                color="red"
                variant="light"
                onClick={() => setRejecting({ open: true, reason: '' })}
                data-testid="reject"
              >
                {t('offers.actions.reject')}
              </Button>
            </>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                variant="light"
                loading={exporter.busy || check.checking}
                data-testid="export-menu"
              >
                {t('offers.export.menu')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => exportChecked(() => exporter.exportAs('xlsx'))}>
                {t('offers.export.xlsx')}
              </Menu.Item>
              <Menu.Item onClick={() => exportChecked(() => exporter.exportAs('docx'))}>
                {t('offers.export.docx')}
              </Menu.Item>
              <Menu.Item onClick={() => exportChecked(exporter.printPdf)}>
                {t('offers.export.pdf')}
              </Menu.Item>
              <Menu.Item
                onClick={() => exportChecked(() => setMailOpen(true))}
                data-testid="export-mail"
              >
                {t('mail.menu')}
              </Menu.Item>
              {/* Both carry purchase prices: marked internal, gone in the customer mode. */}
              <Internal>
                <Menu.Item
                  rightSection={<InternalTag />}
                  onClick={() => exportChecked(() => exporter.exportAs('bundle'))}
                  data-testid="export-offer-file"
                >
                  {t('offers.export.bundle')}
                </Menu.Item>
                {!offer.customerView && (
                  <Menu.Item
                    rightSection={<InternalTag />}
                    onClick={() => exportChecked(() => exporter.exportAs('xlsx-internal'))}
                    data-testid="export-xlsx-internal"
                  >
                    {t('offers.export.xlsxInternal')}
                  </Menu.Item>
                )}
              </Internal>
            </Menu.Dropdown>
          </Menu>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" aria-label="…">
                …
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void actions.duplicate()}>
                {t('offers.actions.duplicate')}
              </Menu.Item>
              <Menu.Item onClick={() => setVariantOpen(true)}>
                {t('offers.actions.variant')}
              </Menu.Item>
              {offer.variantGroupId && (
                <Menu.Item onClick={onCompare}>{t('offers.actions.compare')}</Menu.Item>
              )}
              {(revisions?.length ?? 0) > 1 && (
                <Menu.Item onClick={onDiff}>{t('offers.actions.diff')}</Menu.Item>
              )}
              {(revisions ?? []).length > 1 && <Menu.Divider />}
              {(revisions ?? [])
                .filter((revision) => revision.id !== offer.id)
                .map((revision) => (
                  <Menu.Item
                    key={revision.id}
                    onClick={() => void navigate(`/offers/${revision.id}`)}
                  >
                    {t('offers.editor.revision', { revision: revision.revision })}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirm.open}
        title={kind === 'sent' ? t('offers.actions.markSent') : t('offers.actions.accept')}
        text={
          kind === 'sent'
            ? t('offers.actions.confirmSent', {
                revision: offer.revision,
                next: offer.revision + 1,
              })
            : t('offers.actions.confirmAccept')
        }
        confirmLabel={kind === 'sent' ? t('offers.actions.markSent') : t('offers.actions.accept')}
        color={kind === 'sent' ? 'blue' : 'green'}
        confirmDisabled={kind === 'sent' && actions.followUp.error !== null}
        onCancel={() => setConfirm({ open: false, kind })}
        onConfirm={() => {
          setConfirm({ open: false, kind });
          void (kind === 'sent' ? actions.markSent() : actions.accept());
        }}
      >
        {kind === 'sent' && <FollowUpFields offer={offer} choice={actions.followUp} />}
      </ConfirmDialog>
      <SendByMailModal
        offer={offer}
        opened={mailOpen}
        onClose={closeMail}
        onMarkSent={markSentChecked}
      />
      <SendCheckModal
        opened={check.pending !== null}
        purpose={check.pending?.purpose ?? 'send'}
        findings={check.pending?.findings ?? []}
        currency={offer.currency}
        frozen={offer.status !== 'draft'}
        note={
          check.pending?.purpose === 'send'
            ? t('offers.actions.confirmSent', {
                revision: offer.revision,
                next: offer.revision + 1,
              })
            : undefined
        }
        proceedDisabled={check.pending?.purpose === 'send' && actions.followUp.error !== null}
        onFix={fix}
        onMarkCredit={(lineIds) => void actions.markCredit(lineIds).then(check.recheck)}
        onProceed={check.proceed}
        onClose={check.close}
      >
        {check.pending?.purpose === 'send' && (
          <FollowUpFields offer={offer} choice={actions.followUp} />
        )}
      </SendCheckModal>
      <Modal
        opened={rejecting.open}
        onClose={() => setRejecting((current) => ({ ...current, open: false }))}
        title={t('offers.reject.title')}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setRejecting((current) => ({ ...current, open: false }));
            void actions.reject(rejecting.reason.trim());
          }}
          data-testid="reject-form"
        >
          <Stack gap="sm">
            <Textarea
              label={t('offers.reject.reason')}
              placeholder={t('offers.reject.reasonPlaceholder')}
              value={rejecting.reason}
              maxLength={500}
              autosize
              minRows={2}
              onChange={(event) => {
                const reason = event.currentTarget.value;
                setRejecting((current) => ({ ...current, reason }));
              }}
              data-autofocus
            />
            {offer.opportunityId !== '' && (
              <Text size="xs" c="dimmed">
                {t('offers.reject.hint')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => setRejecting((current) => ({ ...current, open: false }))}
              >
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" data-testid="reject-confirm">
                {t('offers.reject.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Modal
        opened={variantOpen}
        onClose={() => setVariantOpen(false)}
        title={t('offers.actions.variant')}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!variantName.trim()) return;
            setVariantOpen(false);
            void actions.duplicate(variantName.trim());
          }}
        >
          <TextInput
            label={t('offers.actions.variantName')}
            value={variantName}
            onChange={(event) => setVariantName(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" mt="md">
            <Button type="submit" disabled={!variantName.trim()}>
              {t('offers.actions.variant')}
            </Button>
          </Group>
        </form>
      </Modal>
    </Stack>
  );
}
