import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { negotiationSummary } from '#shared/contracts';
import type { ContractLanguage, Deviation, MissingItem } from '#shared/contracts';
import type {
  Contract,
  ContractClause,
  ContractRevision,
  ContractRevisionClause,
} from '#shared/domain/contracts';
import { useClient, useOfferLines, useRepos } from '#data';
import { useUiLanguage } from '../../components/useUiLanguage';
import { ExportIssueList } from './ExportIssueList';
import { clauseRefId, isPublicSectorClient, libraryClause, unresolvedItems } from './contract-view';
import type { IssueTarget } from './contract-view';
import { recommendationFor } from './NewContractModal';
import { usePrintedVariables } from './usePrintedVariables';

type Props = {
  contract: Contract;
  revision: ContractRevision;
  clauses: readonly ContractRevisionClause[];
  library: ReadonlyMap<string, ContractClause>;
  onJump: (target: IssueTarget) => void;
};

/** The internal check: completeness, unresolved placeholders, deviations, the EVB-IT hint. */
export function CheckTab({ contract, revision, clauses, library, onJump }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const repos = useRepos();
  const language = contract.language as ContractLanguage;
  const [missing, setMissing] = useState<MissingItem[] | undefined>();
  const client = useClient(contract.clientId);
  const lines = useOfferLines(contract.offerId);

  useEffect(() => {
    let live = true;
    repos.contracts
      .missingItems(contract.id)
      .then((items) => live && setMissing(items))
      .catch(() => live && setMissing(undefined));
    return () => {
      live = false;
    };
  }, [repos, contract.id, clauses]);

  const variables = usePrintedVariables(contract, revision);
  const unresolved = useMemo(
    () => unresolvedItems(clauses, variables, language),
    [clauses, variables, language],
  );
  const deviations = useMemo((): Deviation[] => {
    const rows = [...library.values()].map(libraryClause);
    try {
      return negotiationSummary(
        clauses.map((clause) => ({
          clauseId: clause.clauseId === '' ? clauseRefId(clause) : clause.key,
          title: clause.title,
          body: clause.body,
          position: clause.negotiation,
          modified: clause.modified,
        })),
        rows,
      );
    } catch {
      return [];
    }
  }, [clauses, library]);
  const evb = useMemo(() => {
    if (!client || !isPublicSectorClient(client)) return undefined;
    try {
      return recommendationFor(client, lines ?? []);
    } catch {
      return null;
    }
  }, [client, lines]);

  return (
    <Stack gap="md" data-testid="check-tab">
      <Paper withBorder p="md" radius="md" data-testid="check-completeness">
        <Title order={5} mb="xs">
          {t('contracts.check.completeTitle')}
        </Title>
        {missing === undefined ? null : missing.length === 0 ? (
          <Text size="sm" c="green.8">
            ✓ {t('contracts.check.complete')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="red.8">
              {t('contracts.check.missingIntro')}
            </Text>
            <List size="sm" mt={4}>
              {missing.map((item) => (
                <List.Item key={item.item} data-testid={`check-missing-${item.item}`}>
                  {item.label}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={5} mb="xs">
          {t('contracts.check.placeholdersTitle')}
        </Title>
        {unresolved.length === 0 ? (
          <Text size="sm" c="green.8">
            ✓ {t('contracts.check.placeholdersOk')}
          </Text>
        ) : (
          <ExportIssueList
            issues={unresolved}
            clauses={clauses}
            language={language}
            onJump={onJump}
            testId="check-unresolved"
          />
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="check-negotiation">
        <Group justify="space-between" mb="xs">
          <Title order={5}>{t('contracts.check.negotiationTitle')}</Title>
          <Badge color="orange" variant="light">
            {t('contracts.check.internal')}
          </Badge>
        </Group>
        {deviations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contracts.check.noDeviation')}
          </Text>
        ) : (
          <Stack gap="xs">
            {deviations.map((deviation, index) => (
              <Stack key={`${deviation.clauseId}-${index}`} gap={2} data-testid="check-deviation">
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {deviation.title}
                  </Text>
                  <Badge
                    size="xs"
                    variant="light"
                    color={deviation.position === 'preferred' ? 'gray' : 'orange'}
                  >
                    {t(`contracts.positions.${deviation.position}`)}
                  </Badge>
                  {deviation.edited && (
                    <Badge size="xs" variant="filled" color="orange">
                      {t('contracts.check.edited')}
                    </Badge>
                  )}
                </Group>
                {deviation.note && (
                  <Text size="xs" c="blue.8">
                    {deviation.note}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        )}
      </Paper>
      {evb !== undefined && (
        <Alert
          color="blue"
          variant="light"
          title={t('contracts.check.evbTitle')}
          data-testid="check-evb-it"
        >
          {evb === null
            ? t('contracts.check.evbNone')
            : t('contracts.check.evbHint', { type: evb.type, reason: evb.reason[uiLanguage] })}
        </Alert>
      )}
    </Stack>
  );
}
