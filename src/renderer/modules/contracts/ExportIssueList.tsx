import { Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTRACT_VARIABLES, sectionLabel } from '#shared/contracts';
import type { ContractLanguage } from '#shared/contracts';
import type { ContractExportIssue } from '#shared/documents/contracts/contract-text';
import type { ContractRevisionClause } from '#shared/domain/contracts';
import { useUiLanguage } from '../../components/useUiLanguage';
import { issueTarget, partyVariable, type IssueTarget } from './contract-view';

/** What blocks the export (or would): each item a link to where it is fixed. */
export function ExportIssueList({
  issues,
  clauses,
  language,
  onJump,
  testId,
}: {
  issues: readonly ContractExportIssue[];
  clauses: readonly Pick<ContractRevisionClause, 'id' | 'key'>[];
  language: ContractLanguage;
  onJump: (target: IssueTarget) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const label = (name: string) =>
    Object.hasOwn(CONTRACT_VARIABLES, name)
      ? CONTRACT_VARIABLES[name as keyof typeof CONTRACT_VARIABLES][uiLanguage]
      : name;
  const text = (issue: ContractExportIssue) => {
    switch (issue.kind) {
      case 'missingParty':
        return t('contracts.editor.issues.missingParty', {
          field: label(partyVariable(issue.field)),
        });
      case 'slaTable':
        return t('contracts.editor.issues.slaTable');
      default:
        return t(`contracts.editor.issues.${issue.kind}`, {
          name: issue.kind === 'missingVariable' ? label(issue.name) : issue.name,
          where: issue.clauses.map((clause) => sectionLabel(clause.number, language)).join(', '),
          interpolation: { escapeValue: false },
        });
    }
  };
  return (
    <List size="sm" data-testid={testId} spacing={2}>
      {issues.map((issue, index) => (
        <List.Item key={index}>
          <Anchor
            component="button"
            type="button"
            size="sm"
            c="red.8"
            onClick={() => onJump(issueTarget(issue, clauses))}
            data-testid={`${testId === 'export-issues' ? 'export-issue' : testId}-${index}`}
            ta="left"
          >
            {text(issue)}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
