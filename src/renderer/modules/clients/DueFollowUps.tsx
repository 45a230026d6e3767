import { Anchor, Badge, Button, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateInput, localIsoDate } from '../../components/date-input';
import { useRepos, useClients, useOpenFollowUps } from '#data';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { dueFollowUps } from '#shared/clients/due-follow-ups';
import { useUiLanguage } from '../../components/useUiLanguage';

/**
 * The start page's follow-ups due today or earlier, across all clients, each with a link to its
 * client and a button to tick it off. Shows nothing while none is due.
 */
export function DueFollowUps() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const open = useOpenFollowUps();
  const clients = useClients();
  const customerMode = useCustomerMode();
  // The local calendar day, taken per render: the page stays correct past midnight on the next update.
  const today = localIsoDate(new Date());
  const due = useMemo(
    () =>
      dueFollowUps({ activities: open ?? [], today }).filter(
        // Notes are internal: the customer mode leaves them out, as in the timeline.
        (activity) => !customerMode || activity.kind !== 'note',
      ),
    [open, today, customerMode],
  );
  const clientName = useMemo(
    () => new Map((clients ?? []).map((client) => [client.id, client.name])),
    [clients],
  );
  if (due.length === 0) return null;

  return (
    <Paper withBorder p="xs" px="sm" radius="md" data-testid="due-follow-ups">
      <Title order={5} mb={4}>
        {t('followUps.dueTitle')} ({due.length})
      </Title>
      <ScrollArea.Autosize mah={132} type="auto">
        <Table verticalSpacing={2} horizontalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">{t('followUps.columns.client')}</Table.Th>
              <Table.Th>{t('followUps.columns.subject')}</Table.Th>
              <Table.Th w={190}>{t('followUps.columns.due')}</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {due.map((activity) => {
              const overdue = activity.dueDate! < today;
              const subject = activity.nextStep || activity.summary;
              return (
                <Table.Tr key={activity.id} data-testid="due-follow-up">
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${activity.clientId}`} size="sm">
                      {clientName.get(activity.clientId) ?? '–'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1} title={subject}>
                      {subject}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="sm" c={overdue ? 'red' : undefined}>
                      {formatDateInput(activity.dueDate!, language)}
                    </Text>
                    {overdue && (
                      <Badge ml={6} size="xs" color="red" variant="light">
                        {t('followUps.overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="green"
                      aria-label={`${t('followUps.markDone')}: ${subject}`}
                      onClick={() => void repos.activities.setCompleted(activity.id, today)}
                    >
                      ✓ {t('followUps.markDone')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Paper>
  );
}
