import {
  Alert,
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isRevisionSigned } from '#shared/domain/contracts';
import type { ContractClause } from '#shared/domain/contracts';
import type { ContractLanguage } from '#shared/contracts';
import { useClient } from '#data';
import {
  useContract,
  useContractClauses,
  useContractRevision,
  useRevisionClauses,
} from '#data/contracts/hooks';
import { EmptyState } from '../../components/EmptyState';
import { CheckTab } from './CheckTab';
import { ClausesTab } from './ClausesTab';
import type { IssueTarget } from './contract-view';
import { ExportIssueList } from './ExportIssueList';
import { useContractExport } from './export';
import { PreviewTab } from './PreviewTab';
import { ContractReviewBar, RevisionsTab } from './review';
import { SlaTab } from './SlaTab';
import { TermTab } from './TermTab';
import { useContractEdit } from './useContractEdit';
import { VariablesTab } from './VariablesTab';

export const CONTRACT_TABS = [
  'clauses',
  'variables',
  'preview',
  'sla',
  'term',
  'check',
  'revisions',
] as const;
export type ContractTab = (typeof CONTRACT_TABS)[number];

/** The contract editor (route `contracts/:contractId`). */
export function ContractEditorPage() {
  const { contractId = '' } = useParams();
  const { t } = useTranslation();
  const contract = useContract(contractId);
  if (contract === undefined) return null;
  if (contract === null || contract.deleted) {
    return (
      <EmptyState
        title={t('contracts.editor.notFound')}
        text={t('contracts.editor.notFoundText')}
        action={
          <Button component={Link} to="/contracts" variant="light">
            {t('contracts.editor.back')}
          </Button>
        }
      />
    );
  }
  return <ContractEditor key={contract.id} contractId={contract.id} />;
}

function ContractEditor({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const contract = useContract(contractId);
  const revision = useContractRevision(contract?.currentRevisionId ?? '');
  const clauses = useRevisionClauses(revision?.id ?? '');
  const client = useClient(contract?.clientId);
  const libraryFilter = useMemo(
    () => ({ language: (contract?.language ?? 'de') as ContractLanguage }),
    [contract?.language],
  );
  const libraryRows = useContractClauses(libraryFilter);
  const library = useMemo(
    () => new Map<string, ContractClause>((libraryRows ?? []).map((row) => [row.id, row])),
    [libraryRows],
  );
  const run = useContractEdit(contract ?? undefined);
  const exporter = useContractExport(contractId);
  const [tab, setTab] = useState<ContractTab>('clauses');
  const [focusVariable, setFocusVariable] = useState<{ name: string; seq: number } | null>(null);
  const [openClause, setOpenClause] = useState<{ index: number; seq: number } | null>(null);

  if (!contract || !revision || !clauses) {
    return (
      <Text c="dimmed" data-testid="contract-loading">
        {t('contracts.editor.loading')}
      </Text>
    );
  }
  const readOnly = isRevisionSigned(revision);
  const jump = (target: IssueTarget) => {
    if (target.tab === 'variables') {
      setFocusVariable((old) => ({ name: target.variable, seq: (old?.seq ?? 0) + 1 }));
    } else if (target.tab === 'clauses') {
      setOpenClause((old) => ({ index: target.clauseIndex, seq: (old?.seq ?? 0) + 1 }));
    }
    setTab(target.tab);
  };

  return (
    <Stack gap="sm" data-testid="contract-editor" data-read-only={readOnly ? 'true' : 'false'}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor component={Link} to="/contracts" size="sm">
            ← {t('contracts.editor.back')}
          </Anchor>
          <Title order={2} data-testid="contract-title" style={{ overflowWrap: 'anywhere' }}>
            {contract.title}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {client ? (
                <Anchor component={Link} to={`/clients/${client.id}`} size="sm">
                  {client.name}
                </Anchor>
              ) : (
                '…'
              )}
              {' · '}
              {t(`contracts.types.${contract.type}`)}
            </Text>
            <Badge size="sm" variant="outline" color="gray">
              {t(`contracts.languages.${contract.language as ContractLanguage}`)}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            loading={exporter.busy}
            onClick={() => void exporter.exportFile('docx')}
            data-testid="contract-export-docx"
          >
            {t('contracts.editor.exportDocx')}
          </Button>
          <Button
            variant="default"
            loading={exporter.busy}
            onClick={() => void exporter.exportFile('pdf')}
            data-testid="contract-export-pdf"
          >
            {t('contracts.editor.exportPdf')}
          </Button>
        </Group>
      </Group>
      <ContractReviewBar contract={contract} />
      {exporter.issues && exporter.issues.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={
            <Group justify="space-between" wrap="nowrap" w="100%">
              <span>{t('contracts.editor.exportBlocked')}</span>
            </Group>
          }
          withCloseButton={false}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <ExportIssueList
              issues={exporter.issues}
              clauses={clauses}
              language={contract.language as ContractLanguage}
              onJump={jump}
              testId="export-issues"
            />
            <CloseButton
              aria-label={t('contracts.editor.closeIssues')}
              onClick={exporter.clearIssues}
            />
          </Group>
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(value) => value && setTab(value as ContractTab)}
        keepMounted={false}
      >
        <Tabs.List>
          {CONTRACT_TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`contract-tab-${value}`}>
              {t(`contracts.editor.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper pt="md" bg="transparent">
          <Tabs.Panel value="clauses">
            <ClausesTab
              contract={contract}
              clauses={clauses}
              library={library}
              readOnly={readOnly}
              run={run}
              openClause={openClause}
            />
          </Tabs.Panel>
          <Tabs.Panel value="variables">
            <VariablesTab
              contract={contract}
              revision={revision}
              clauses={clauses}
              readOnly={readOnly}
              run={run}
              focus={focusVariable}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview">
            <PreviewTab contract={contract} revision={revision} clauses={clauses} />
          </Tabs.Panel>
          <Tabs.Panel value="sla">
            <SlaTab contract={contract} revision={revision} readOnly={readOnly} run={run} />
          </Tabs.Panel>
          <Tabs.Panel value="term">
            <TermTab contract={contract} revision={revision} readOnly={readOnly} run={run} />
          </Tabs.Panel>
          <Tabs.Panel value="check">
            <CheckTab
              contract={contract}
              revision={revision}
              clauses={clauses}
              library={library}
              onJump={jump}
            />
          </Tabs.Panel>
          <Tabs.Panel value="revisions">
            <RevisionsTab contract={contract} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
    </Stack>
  );
}
