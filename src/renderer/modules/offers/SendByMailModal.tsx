import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Offer } from '#shared/domain';
import { documentFileName } from '#shared/documents/types';
import { buildDraftEml, type MailAttachment } from '#shared/mail/eml';
import { defaultOfferMailBody, markupToPlainText, offerMailSubject } from '#shared/mail/offer-mail';
import { fillPlaceholders, placeholderValue } from '#shared/text-blocks';
import { localIsoDate } from '../../components/date-input';
import { useRepos, useContacts, useTextBlocks } from '#data';
import { platform } from '../../platform';
import { generateDocument } from '../../workers/documents.client';
import { contactFullName } from './ContactPersonSelect';
import { collectOffer, ExportProblem, type CollectedOffer } from './offer-export';
import { notifyError } from '../../components/notify-error';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Props = {
  offer: Offer;
  opened: boolean;
  onClose: () => void;
  /** Called when the user chooses to mark the offer as sent after the draft was made. */
  onMarkSent: () => void;
};

/**
 * "Per E-Mail senden": a draft e-mail to a contact person of the offer's client with a text block
 * (or a standard text) as its body and the PDF (desktop) and/or the Excel quote attached, opened in
 * the mail program (desktop) or downloaded (browser); then offers to mark the offer as sent.
 */
export function SendByMailModal({ offer, opened, onClose, onMarkSent }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const contacts = useContacts(offer.clientId);
  const textBlocks = useTextBlocks();
  const recipients = useMemo(
    () => (contacts ?? []).filter((contact) => contact.email !== ''),
    [contacts],
  );
  const [collected, setCollected] = useState<CollectedOffer | null>(null);
  const [recipientId, setRecipientId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [blockId, setBlockId] = useState<string | null>(null);
  const [attachExcel, setAttachExcel] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const noPdf = platform.kind === 'browser';

  // The offer's contact person first (when reachable by e-mail), else the primary contact.
  const recipient =
    recipients.find((contact) => contact.id === recipientId) ??
    recipients.find((contact) => contact.id === offer.contactId) ??
    recipients.find((contact) => contact.primary) ??
    recipients[0];
  const contactName = recipient ? contactFullName(recipient) : '';
  const contactSalutation = recipient?.salutation ?? '';

  // Everything a document of the offer shows, read once per opening.
  useEffect(() => {
    if (!opened) return;
    setDone(false);
    setBlockId(null);
    setAttachExcel(false);
    setRecipientId(null);
  }, [opened]);
  useEffect(() => {
    if (!opened) return;
    let live = true;
    collectOffer(repos, offer, false).then(
      (result) => {
        if (!live) return;
        setCollected(result);
        setSubject(
          offerMailSubject({
            language: offer.language,
            number: placeholderValue('offer.number', result.data),
            title: offer.title,
          }),
        );
      },
      (error: unknown) => {
        onClose();
        notifyError(error, t, {
          title: t('mail.failed'),
          explain: (e) => (e instanceof ExportProblem ? t(e.key) : undefined),
        });
      },
    );
    return () => {
      live = false;
    };
  }, [opened, offer, repos, onClose, t]);

  // The text follows the recipient and the chosen text block until the user sends.
  const context = useMemo(
    () =>
      collected && {
        ...collected.data,
        client: { ...collected.data.client, contactName, contactSalutation },
      },
    [collected, contactName, contactSalutation],
  );
  useEffect(() => {
    if (!context) return;
    const block = textBlocks?.find((candidate) => candidate.id === blockId);
    setBody(
      block
        ? fillPlaceholders(markupToPlainText(block.body), context).text
        : defaultOfferMailBody({
            language: offer.language,
            number: placeholderValue('offer.number', context),
            title: offer.title,
            contactName,
            contactSalutation,
            validUntil: placeholderValue('offer.validUntil', context),
            authorName: context.author.name,
            companyName: context.company.name,
          }),
    );
  }, [context, blockId, textBlocks, contactName, contactSalutation, offer.language, offer.title]);

  const blockOptions = (textBlocks ?? [])
    .filter((block) => block.active && block.language === offer.language)
    .map((block) => ({ value: block.id, label: block.title }));

  const create = async () => {
    if (!collected || !recipient) return;
    setBusy(true);
    try {
      const name = (extension: 'pdf' | 'xlsx') =>
        documentFileName({
          number: offer.number,
          revision: offer.revision,
          clientName: collected.data.client.name,
          extension,
        });
      const attachments: (MailAttachment & { kind: 'pdf' | 'xlsx' })[] = [];
      if (!noPdf) {
        const pdf = await platform.printOffer(offer.id);
        if (pdf.kind === 'pdf') {
          attachments.push({
            kind: 'pdf',
            filename: name('pdf'),
            contentType: 'application/pdf',
            bytes: pdf.data,
          });
        }
      }
      if (attachExcel || attachments.length === 0) {
        const bytes = await generateDocument('xlsx', collected.data);
        attachments.push({ kind: 'xlsx', filename: name('xlsx'), contentType: XLSX, bytes });
      }
      const draft = buildDraftEml({
        to: { name: contactName, email: recipient.email },
        subject,
        bodyText: body,
        attachments,
        date: new Date(),
      });
      const result = await platform.openMailDraft({
        suggestedName: name('pdf').replace(/\.pdf$/, '.eml'),
        data: draft,
      });
      // What went to the customer is archived on the offer, as with every export.
      for (const { kind, filename, contentType, bytes } of attachments) {
        await repos.documents.archive({
          offerId: offer.id,
          revision: offer.revision,
          kind,
          name: filename,
          internal: false,
          mimeType: contentType,
          data: bytes,
        });
      }
      const to = `${contactName} <${recipient.email}>`;
      await repos.activities.create({
        clientId: offer.clientId,
        kind: 'email',
        date: localIsoDate(new Date()),
        summary: t('mail.activity', {
          number: placeholderValue('offer.number', collected.data),
          to,
        }),
        contactId: recipient.id,
      });
      const outcome =
        result.kind === 'opened'
          ? t('mail.opened')
          : result.kind === 'downloaded'
            ? t('mail.downloaded', { name: result.fileName })
            : t(`mail.${result.kind}`, { reason: result.reason });
      notifications.show({
        color: result.kind === 'canceled' ? 'yellow' : 'green',
        message: `${outcome} ${t('mail.attached', {
          names: attachments.map((attachment) => attachment.filename).join(', '),
        })}`,
        autoClose: 8000,
      });
      if (offer.status === 'draft') setDone(true);
      else onClose();
    } catch (error) {
      notifyError(error, t, { title: t('mail.failed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('mail.title')} size="lg">
      {done ? (
        <Stack data-testid="mail-mark-sent">
          <Text>{t('mail.markSentQuestion')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('mail.later')}
            </Button>
            <Button
              onClick={() => {
                onClose();
                onMarkSent();
              }}
            >
              {t('mail.markSent')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm" data-testid="mail-form">
          {contacts && recipients.length === 0 ? (
            <Alert color="yellow">
              {t('mail.noRecipient')}{' '}
              <Anchor component={Link} to={`/clients/${offer.clientId}`}>
                {t('mail.openClient')}
              </Anchor>
            </Alert>
          ) : (
            <Select
              label={t('mail.to')}
              data={recipients.map((contact) => ({
                value: contact.id,
                label: `${contact.firstName} ${contact.lastName} <${contact.email}>`.trim(),
              }))}
              value={recipient?.id ?? null}
              onChange={setRecipientId}
              allowDeselect={false}
            />
          )}
          <TextInput
            label={t('mail.subject')}
            value={subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
          />
          <Select
            label={t('mail.textBlock')}
            placeholder={t('mail.noTextBlock')}
            data={blockOptions}
            value={blockId}
            onChange={setBlockId}
            clearable
            searchable
          />
          <Textarea
            label={t('mail.body')}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            autosize
            minRows={6}
            maxRows={12}
          />
          {noPdf ? (
            <Text size="sm" c="dimmed" data-testid="mail-no-pdf">
              {t('mail.browserNoPdf')}
            </Text>
          ) : (
            <Checkbox
              label={t('mail.attachExcel')}
              checked={attachExcel}
              onChange={(event) => setAttachExcel(event.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => void create()}
              loading={busy}
              disabled={!collected || !recipient}
              data-testid="mail-create"
            >
              {t('mail.create')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
