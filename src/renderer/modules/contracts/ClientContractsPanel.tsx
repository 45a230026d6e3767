import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useContractsForClient } from '#data/contracts/hooks';
import { ContractStatusBadge } from './ContractStatusBadge';
import { NewContractModal } from './NewContractModal';

/** The client's contracts with status and type on the client page ('client.detail'). */
export function ClientContractsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const contracts = useContractsForClient(clientId);
  const [creating, setCreating] = useState(false);
  return (
    <Paper withBorder p="md" radius="md" data-testid="client-contracts-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('contracts.client.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setCreating(true)}>
          {t('contracts.client.new')}
        </Button>
      </Group>
      {contracts && contracts.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('contracts.client.empty')}
        </Text>
      )}
      <Stack gap={6}>
        {(contracts ?? []).map((contract) => (
          <Group key={contract.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={`/contracts/${contract.id}`}
                size="sm"
                fw={500}
                underline="hover"
                truncate
              >
                {contract.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t(`contracts.types.${contract.type}`)}
              </Text>
            </Stack>
            <ContractStatusBadge status={contract.status} />
          </Group>
        ))}
      </Stack>
      <NewContractModal opened={creating} onClose={() => setCreating(false)} clientId={clientId} />
    </Paper>
  );
}
