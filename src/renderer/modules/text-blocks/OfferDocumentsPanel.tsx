import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchivedDocument, Offer } from '#shared/domain';
import { useOfferDocuments, useRepos } from '#data';
import { platform } from '../../platform';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { useSync } from '../../sync/SyncProvider';
import { formatSize } from './text-block-list';
import { notifyError } from '../../components/notify-error';

/** The files generated for an offer, archived with their SHA-256; open or save any of them. */
export function OfferDocumentsPanel({ offerId }: { offerId: string }) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const sync = useSync();
  const archived = useOfferDocuments(offerId);
  const customerMode = useCustomerMode();
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  if (archived === undefined) return null;
  // The internal Excel and the offer file carry purchase prices: not listed in the customer mode.
  const documents = customerMode
    ? archived.filter((doc) => !doc.internal && doc.kind !== 'bundle')
    : archived;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const open = async (doc: ArchivedDocument) => {
    try {
      // A row synced from a colleague may arrive before its bytes: fetch them from the server now.
      let blob = await repos.blobs.get(doc.sha256);
      if (!blob && (await sync.fetchBlob(doc.sha256))) blob = await repos.blobs.get(doc.sha256);
      if (!blob) {
        setMissing((current) => new Set([...current, doc.id]));
        return;
      }
      await platform.saveFile({
        suggestedName: doc.name,
        data: blob.data,
        filters: [{ name: doc.kind.toUpperCase(), extensions: [extensionOf(doc)] }],
      });
    } catch (error) {
      notifyError(error, t);
    }
  };

  return (
    <Stack gap="sm" data-testid="offer-documents">
      <Title order={4}>{t('texts.documents.title')}</Title>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('texts.documents.empty')}
        </Text>
      ) : (
        <Table data-testid="offer-documents-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('texts.documents.columns.name')}</Table.Th>
              <Table.Th>{t('texts.documents.columns.kind')}</Table.Th>
              <Table.Th ta="right">{t('texts.documents.columns.size')}</Table.Th>
              <Table.Th>{t('texts.documents.columns.date')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((doc) => (
              <Table.Tr key={doc.id} data-testid="offer-document-row">
                <Table.Td>
                  <Text size="sm" fw={500} span>
                    {doc.name}
                  </Text>
                  {doc.internal && (
                    <Badge size="xs" color="grape" variant="light" ml={6}>
                      {t('texts.documents.internal')}
                    </Badge>
                  )}
                  {missing.has(doc.id) && (
                    <Text size="xs" c="orange">
                      {t('texts.documents.missing')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {doc.kind.toUpperCase()}{' '}
                  <Text span size="xs" c="dimmed">
                    {t('texts.documents.revision', { revision: doc.revision })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatSize(doc.size, i18n.language)}</Table.Td>
                <Table.Td>{dateFormat.format(new Date(doc.createdAt))}</Table.Td>
                <Table.Td ta="right">
                  <Button size="xs" variant="light" onClick={() => void open(doc)}>
                    {t('texts.documents.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The file extension a document kind saves with. */
function extensionOf(doc: ArchivedDocument): string {
  return doc.kind === 'bundle' ? 'json' : doc.kind;
}

/** The panel in the offer editor's slot. */
export function OfferDocumentsSlot({ offer }: { offer: Offer }) {
  return <OfferDocumentsPanel offerId={offer.id} />;
}
