import { Anchor, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '#shared/domain';
import { useCustomerMode } from '../../stores/customer-mode.store';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children || '–'}</Text>
    </div>
  );
}

/** Read-only master data of a client. */
export function ClientMasterData({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const customerMode = useCustomerMode();
  const country = new Intl.DisplayNames([i18n.language], { type: 'region' }).of(client.country);
  const website =
    client.website &&
    (/^https?:/.test(client.website) ? client.website : `https://${client.website}`);
  return (
    <SimpleGrid cols={2} spacing="sm" data-testid="client-master-data">
      <Field label={t('clients.fields.street')}>{client.street}</Field>
      <Field label={`${t('clients.fields.postalCode')} / ${t('clients.fields.city')}`}>
        {[client.postalCode, client.city].filter(Boolean).join(' ')}
      </Field>
      <Field label={t('clients.fields.country')}>{country}</Field>
      <Field label={t('clients.fields.website')}>
        {website && (
          <Anchor href={website} target="_blank" rel="noreferrer">
            {client.website}
          </Anchor>
        )}
      </Field>
      <Field label={t('clients.fields.vatId')}>{client.vatId}</Field>
      <Field label={t('clients.fields.size')}>{client.size}</Field>
      <Field label={t('clients.fields.language')}>
        {client.language === 'de' ? 'Deutsch' : 'English'}
      </Field>
      <Field label={t('clients.fields.currency')}>{client.currency}</Field>
      {/* Notes are internal: the customer mode hides them. */}
      {client.notes && !customerMode && (
        <div style={{ gridColumn: '1 / -1' }}>
          <Field label={t('clients.fields.notes')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</span>
          </Field>
        </div>
      )}
    </SimpleGrid>
  );
}
