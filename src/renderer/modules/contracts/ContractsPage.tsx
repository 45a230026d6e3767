import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Contract } from '#shared/domain/contracts';
import { useClients, useRepos } from '#data';
import { useContractRevision, useContracts, useNoticeDeadlines } from '#data/contracts/hooks';
import { formatDateInput, localIsoDate } from '../../components/date-input';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify-error';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useUiLanguage } from '../../components/useUiLanguage';
import { ContractStatusBadge } from './ContractStatusBadge';
import { termView } from './contract-view';
import { NewContractModal } from './NewContractModal';

/** The contracts (route `contracts`): notice deadlines of the next 90 days, the list, "Neuer Vertrag". */
export function ContractsPage() {
  const { t } = useTranslation();
  const contracts = useContracts();
  const clients = useClients();
  const today = localIsoDate(new Date());
  const [creating, setCreating] = useState(false);
  const clientNames = useMemo(
    () => new Map((clients ?? []).map((client) => [client.id, client.name])),
    [clients],
  );
  if (contracts === undefined) return null;

  const newButton = (
    <Button onClick={() => setCreating(true)} data-testid="new-contract">
      {t('contracts.list.new')}
    </Button>
  );
  return (
    <Stack gap="md" data-testid="contracts-page">
      <Group justify="space-between">
        <Title order={2}>{t('contracts.title')}</Title>
        <Group gap="sm">
          <Button variant="default" component={Link} to="/contracts/library">
            {t('contracts.list.library')}
          </Button>
          {contracts.length > 0 && newButton}
        </Group>
      </Group>
      <NoticeDeadlines today={today} clientNames={clientNames} />
      {contracts.length === 0 ? (
        <EmptyState
          title={t('contracts.list.emptyTitle')}
          text={t('contracts.list.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('contracts.list.count', { count: contracts.length })}
          </Text>
          <Table highlightOnHover data-testid="contracts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.list.columns.title')}</Table.Th>
                <Table.Th>{t('contracts.list.columns.status')}</Table.Th>
                <Table.Th>{t('contracts.list.columns.client')}</Table.Th>
                <Table.Th>{t('contracts.list.columns.type')}</Table.Th>
                <Table.Th>{t('contracts.list.columns.revision')}</Table.Th>
                <Table.Th>{t('contracts.list.columns.termEnd')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contracts.map((contract) => (
                <ContractRow
                  key={contract.id}
                  contract={contract}
                  clientName={clientNames.get(contract.clientId) ?? '…'}
                  today={today}
                />
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <NewContractModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function ContractRow({
  contract,
  clientName,
  today,
}: {
  contract: Contract;
  clientName: string;
  today: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const repos = useRepos();
  const deleteWithUndo = useDeleteWithUndo();
  const revision = useContractRevision(contract.currentRevisionId);
  const term = revision ? termView(revision.variables, today) : undefined;
  const open = () => void navigate(`/contracts/${contract.id}`);
  return (
    <Table.Tr
      data-testid={`contract-row-${contract.id}`}
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open();
      }}
    >
      <Table.Td>
        <Anchor
          component={Link}
          to={`/contracts/${contract.id}`}
          onClick={(event) => event.stopPropagation()}
          fw={500}
          size="sm"
          underline="hover"
        >
          {contract.title}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <ContractStatusBadge status={contract.status} />
      </Table.Td>
      <Table.Td>{clientName}</Table.Td>
      <Table.Td>{t(`contracts.types.${contract.type}`)}</Table.Td>
      <Table.Td>{revision ? revision.number : ''}</Table.Td>
      <Table.Td>
        {term?.state === 'ok'
          ? formatDateInput(term.details.termEnd, language)
          : t('contracts.list.noTermEnd')}
      </Table.Td>
      <Table.Td
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <Tooltip label={t('contracts.list.delete')}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('contracts.list.deleteLabel', { title: contract.title })}
            onClick={() =>
              void deleteWithUndo({
                label: contract.title,
                remove: () => repos.contracts.remove(contract.id),
                restore: () => repos.contracts.restore(contract.id),
              }).catch((error: unknown) => notifyError(error, t))
            }
          >
            ✕
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

/** "Kündigungsfristen in den nächsten 90 Tagen": signed contracts whose notice date comes up. */
function NoticeDeadlines({
  today,
  clientNames,
}: {
  today: string;
  clientNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const deadlines = useNoticeDeadlines(today, 90);
  if (deadlines === undefined) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="notice-deadlines">
      <Title order={4} mb="xs">
        {t('contracts.list.deadlinesTitle')}
      </Title>
      {deadlines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contracts.list.deadlinesEmpty')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contracts.list.deadlineColumns.contract')}</Table.Th>
              <Table.Th>{t('contracts.list.deadlineColumns.client')}</Table.Th>
              <Table.Th>{t('contracts.list.deadlineColumns.lastNoticeDate')}</Table.Th>
              <Table.Th>{t('contracts.list.deadlineColumns.termEnd')}</Table.Th>
              <Table.Th>{t('contracts.list.deadlineColumns.daysLeft')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deadlines.map(({ contract, termEnd, lastNoticeDate, daysLeft }) => (
              <Table.Tr key={contract.id} data-testid={`notice-deadline-${contract.id}`}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/contracts/${contract.id}`}
                    size="sm"
                    underline="hover"
                  >
                    {contract.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{clientNames.get(contract.clientId) ?? '…'}</Table.Td>
                <Table.Td>{formatDateInput(lastNoticeDate, language)}</Table.Td>
                <Table.Td>{formatDateInput(termEnd, language)}</Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={daysLeft <= 14 ? 'red.8' : undefined}
                    fw={daysLeft <= 14 ? 600 : undefined}
                  >
                    {daysLeft === 0
                      ? t('contracts.list.today')
                      : t('contracts.list.daysLeft', { count: daysLeft })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
