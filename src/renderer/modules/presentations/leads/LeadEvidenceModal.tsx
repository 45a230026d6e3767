import { Button, Code, Group, Modal, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lead } from '#shared/domain/presentations';
import { useLeadConsent } from '#data/presentations/hooks';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { formatDateTime, leadName } from './lead-format';

type Props = { lead: Lead | null; deckTitle: string; onClose: () => void };

/**
 * A lead's consent evidence as stored at capture: the exact notice text with its SHA-256, when it
 * was shown, who captured the lead from which deck, the legal basis and the newsletter opt-in.
 */
export function LeadEvidenceModal({ lead, deckTitle, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={lead !== null}
      onClose={onClose}
      size="xl"
      title={lead ? t('leads.evidence.title', { name: leadName(lead) }) : ''}
    >
      {lead && <Evidence lead={lead} deckTitle={deckTitle} />}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('leads.evidence.close')}
        </Button>
      </Group>
    </Modal>
  );
}

function Evidence({ lead, deckTitle }: { lead: Lead; deckTitle: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const consent = useLeadConsent(lead.id);
  if (consent === undefined) return null;
  if (consent === null) {
    return (
      <Text c="red" data-testid="lead-evidence-missing">
        {t('leads.evidence.missing')}
      </Text>
    );
  }
  const rows: [string, string, string][] = [
    ['shownAt', t('leads.evidence.shownAt'), formatDateTime(consent.noticeShownAt, language)],
    ['capturedAt', t('leads.evidence.capturedAt'), formatDateTime(consent.capturedAt, language)],
    ['staff', t('leads.evidence.staff'), consent.staffName || consent.staffId],
    ['deck', t('leads.evidence.deck'), deckTitle],
    ['language', t('leads.evidence.language'), consent.language.toUpperCase()],
    ['legalBasis', t('leads.evidence.legalBasis'), t('leads.evidence.legitimateInterest')],
    [
      'newsletter',
      t('leads.evidence.newsletter'),
      consent.newsletterOptIn
        ? t('leads.evidence.newsletterYes', {
            time: formatDateTime(consent.newsletterOptInAt, language),
            text: consent.newsletterText,
          })
        : t('leads.evidence.newsletterNo'),
    ],
  ];
  return (
    <Stack gap="sm" data-testid="lead-evidence">
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([key, label, value]) => (
            <Table.Tr key={key}>
              <Table.Th w={220}>{label}</Table.Th>
              <Table.Td data-testid={`lead-evidence-${key}`}>{value}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th>{t('leads.evidence.sha256')}</Table.Th>
            <Table.Td>
              <Code data-testid="lead-evidence-sha256" style={{ wordBreak: 'break-all' }}>
                {consent.noticeSha256}
              </Code>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text fw={600} size="sm">
        {t('leads.evidence.notice')}
      </Text>
      <Paper withBorder p="sm">
        <ScrollArea.Autosize mah={260} type="auto">
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="lead-evidence-notice">
            {consent.noticeText}
          </Text>
        </ScrollArea.Autosize>
      </Paper>
    </Stack>
  );
}
