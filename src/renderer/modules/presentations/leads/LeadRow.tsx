import { Anchor, Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Lead } from '#shared/domain/presentations';
import type { LeadDuplicate } from '#shared/presentations';
import { useRepos } from '#data';
import { useLeadDuplicates } from '#data/presentations/hooks';
import { formatDateInput } from '../../../components/date-input';
import { notifyError } from '../../../components/notify-error';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { formatDateMinute, leadName } from './lead-format';
import { interestsText } from './leads-view';

const ratingColor = { hot: 'red', warm: 'orange', cold: 'blue' } as const;
// A badge keeps its whole word: the table squeezes its column instead of cutting it to "Wa…".
const BADGE_STYLES = {
  root: { overflow: 'visible' },
  label: { overflow: 'visible', textOverflow: 'clip' },
} as const;
const statusColor = { new: 'yellow', converted: 'green', discarded: 'gray' } as const;

type Props = {
  lead: Lead;
  /** The deck's title; null when the list shows one deck's leads only (no column). */
  deckTitle: string | null;
  itemNames: ReadonlyMap<string, string>;
  onEvidence: () => void;
};

/** One lead in the review list with its duplicate hints and actions. */
export function LeadRow({ lead, deckTitle, itemNames, onEvidence }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const duplicates = useLeadDuplicates(lead.id);
  const name = leadName(lead);
  return (
    <Table.Tr data-testid={`lead-row-${lead.id}`} data-status={lead.status}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDateMinute(lead.capturedAt, language)}</Text>
        <Text size="xs" c="dimmed">
          {lead.capturedByName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {name}
          </Text>
          {lead.company && <Text size="sm">{lead.company}</Text>}
          <Text size="xs" c="dimmed">
            {[lead.email, lead.phone].filter(Boolean).join(' · ')}
          </Text>
          {lead.status === 'new' && duplicates && duplicates.length > 0 && (
            <DuplicateHints leadId={lead.id} duplicates={duplicates} />
          )}
        </Stack>
      </Table.Td>
      {deckTitle !== null && (
        <Table.Td>
          <Text size="sm">{deckTitle}</Text>
        </Table.Td>
      )}
      <Table.Td maw={170}>
        <Text size="sm">{interestsText(lead, itemNames)}</Text>
        {lead.note && (
          <Text size="xs" c="dimmed" lineClamp={2} title={lead.note}>
            {lead.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={ratingColor[lead.rating]} variant="light" styles={BADGE_STYLES}>
          {t(`leads.ratings.${lead.rating}`)}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid={`lead-follow-up-${lead.id}`}>
        {formatDateInput(lead.followUpDate, language)}
      </Table.Td>
      <Table.Td>
        <Badge
          color={statusColor[lead.status]}
          variant="light"
          styles={BADGE_STYLES}
          data-testid={`lead-status-${lead.id}`}
        >
          {t(`leads.statuses.${lead.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <LeadActions lead={lead} duplicates={duplicates ?? []} onEvidence={onEvidence} />
      </Table.Td>
    </Table.Tr>
  );
}

function DuplicateHints({ leadId, duplicates }: { leadId: string; duplicates: LeadDuplicate[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid={`lead-duplicate-${leadId}`}>
      {duplicates.slice(0, 3).map((duplicate) => (
        <Text
          key={`${duplicate.kind}-${duplicate.clientId}-${duplicate.contactId}`}
          size="xs"
          c="orange.8"
        >
          {duplicate.kind === 'email'
            ? t('leads.list.duplicate.email', {
                contact: duplicate.contactName || duplicate.clientName,
                client: duplicate.clientName,
              })
            : t('leads.list.duplicate.company', { client: duplicate.clientName })}{' '}
          <Anchor component={Link} to={`/clients/${duplicate.clientId}`} size="xs">
            →
          </Anchor>
        </Text>
      ))}
    </Stack>
  );
}

/** The existing clients a lead could join: one per client, the e-mail match (with its contact) first. */
function clientChoices(duplicates: readonly LeadDuplicate[]): LeadDuplicate[] {
  const seen = new Set<string>();
  return duplicates.filter((duplicate) => {
    if (seen.has(duplicate.clientId)) return false;
    seen.add(duplicate.clientId);
    return true;
  });
}

function LeadActions({
  lead,
  duplicates,
  onEvidence,
}: {
  lead: Lead;
  duplicates: LeadDuplicate[];
  onEvidence: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const name = leadName(lead);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };

  const convert = (target: { clientId?: string; contactId?: string }) =>
    run(async () => {
      const result = await repos.leads.convert(lead.id, target);
      notifications.show({
        color: 'green',
        message: (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">
              {t('leads.list.convert.done', {
                name: lead.company || name,
                date: formatDateInput(lead.followUpDate, language),
              })}
            </Text>
            {/* A notification renders outside the router: navigate, no <Link>. */}
            <Button
              size="xs"
              variant="light"
              onClick={() => void navigate(`/clients/${result.clientId}`)}
            >
              {t('leads.list.convert.openClient')}
            </Button>
          </Group>
        ),
      });
    });

  const draftOffer = () =>
    run(async () => {
      const offerId = await repos.leads.createDraftOffer(lead.id);
      notifications.show({ color: 'green', message: t('leads.list.offer.created') });
      void navigate(`/offers/${offerId}`);
    });

  const discard = () =>
    run(async () => {
      await repos.leads.discard(lead.id);
      const id = `lead-discard-${lead.id}`;
      notifications.show({
        id,
        autoClose: 8000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('leads.list.discarded', { name })}</Text>
            <Button
              size="xs"
              variant="light"
              data-testid="undo-button"
              onClick={() => {
                notifications.hide(id);
                repos.leads.restore(lead.id).then(
                  () => notifications.show({ message: t('leads.list.restored', { name }) }),
                  (error: unknown) => notifyError(error, t),
                );
              }}
            >
              {t('leads.list.undo')}
            </Button>
          </Group>
        ),
      });
    });

  return (
    // Stacked, so the row fits a 1280 px laptop screen beside the lead's details.
    <Stack gap={4} align="stretch" miw={170}>
      <Button
        size="xs"
        variant="subtle"
        onClick={onEvidence}
        data-testid={`lead-evidence-${lead.id}`}
      >
        {t('leads.list.evidence')}
      </Button>
      {lead.status === 'new' && (
        <>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="xs" loading={busy} data-testid={`lead-convert-${lead.id}`}>
                {t('leads.list.convert.button')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {clientChoices(duplicates).map((duplicate) => (
                <Menu.Item
                  key={duplicate.clientId}
                  onClick={() =>
                    void convert({
                      clientId: duplicate.clientId,
                      ...(duplicate.contactId ? { contactId: duplicate.contactId } : {}),
                    })
                  }
                  data-testid={`lead-convert-to-${duplicate.clientId}`}
                >
                  {t('leads.list.convert.existing', { client: duplicate.clientName })}
                </Menu.Item>
              ))}
              <Menu.Item
                onClick={() => void convert({})}
                data-testid={`lead-convert-new-${lead.id}`}
              >
                {t('leads.list.convert.newClient', { name: lead.company || name })}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            disabled={busy}
            onClick={() => void discard()}
            data-testid={`lead-discard-${lead.id}`}
          >
            {t('leads.list.discard')}
          </Button>
        </>
      )}
      {lead.status === 'converted' &&
        (lead.offerId ? (
          <Button
            size="xs"
            variant="light"
            onClick={() => void navigate(`/offers/${lead.offerId}`)}
            data-testid={`lead-offer-${lead.id}`}
          >
            {t('leads.list.offer.open')}
          </Button>
        ) : (
          <Button
            size="xs"
            variant="light"
            loading={busy}
            onClick={() => void draftOffer()}
            data-testid={`lead-offer-${lead.id}`}
          >
            {t('leads.list.offer.button')}
          </Button>
        ))}
      {lead.status === 'converted' && (
        <Anchor
          component={Link}
          to={`/clients/${lead.clientId}`}
          size="xs"
          data-testid={`lead-client-${lead.id}`}
        >
          {t('leads.list.convert.openClient')}
        </Anchor>
      )}
      {lead.status === 'discarded' && (
        <Button
          size="xs"
          variant="light"
          loading={busy}
          onClick={() => void run(() => repos.leads.restore(lead.id).then(() => undefined))}
          data-testid={`lead-restore-${lead.id}`}
        >
          {t('leads.list.restore')}
        </Button>
      )}
    </Stack>
  );
}
