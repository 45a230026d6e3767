import { Alert, List, Mark, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractLanguage } from '#shared/contracts';
import type { Contract, ContractRevision, ContractRevisionClause } from '#shared/domain/contracts';
import { previewClauses, type PreviewSegment } from './contract-view';
import { usePrintedVariables } from './usePrintedVariables';

function Segments({ segments }: { segments: PreviewSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.unresolved ? (
          <Mark key={index} color="red.2" data-unresolved="true" px={2}>
            {segment.text}
          </Mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** The live preview: § 1 … in draft order, placeholders and references resolved, gaps marked. */
export function PreviewTab({
  contract,
  revision,
  clauses,
}: {
  contract: Contract;
  revision: ContractRevision;
  clauses: readonly ContractRevisionClause[];
}) {
  const { t } = useTranslation();
  const language = contract.language as ContractLanguage;
  const variables = usePrintedVariables(contract, revision);
  const preview = useMemo(
    () => previewClauses(clauses, variables, language),
    [clauses, variables, language],
  );
  const unresolved = preview.reduce((sum, clause) => sum + clause.unresolved, 0);
  return (
    <Stack gap="sm">
      {unresolved > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('contracts.preview.missing', { count: unresolved })}
        >
          {t('contracts.preview.missingHint')}
        </Alert>
      )}
      <Paper
        withBorder
        radius="md"
        p="xl"
        data-testid="contract-preview"
        lang={language}
        style={{ maxWidth: 820, fontFamily: 'Georgia, "Times New Roman", serif' }}
      >
        <Title order={2} ta="center" mb="lg" style={{ fontFamily: 'inherit' }}>
          {contract.title}
        </Title>
        {preview.length === 0 && <Text c="dimmed">{t('contracts.preview.empty')}</Text>}
        {preview.map((clause) => (
          <section key={clause.id} data-testid="preview-clause" data-label={clause.label}>
            <Title order={4} mt="md" mb={6} style={{ fontFamily: 'inherit' }}>
              {clause.label} {clause.title}
            </Title>
            {clause.blocks.map((block, index) =>
              block.kind === 'list' ? (
                <List key={index} size="sm" mb="xs" withPadding>
                  {block.items.map((item, itemIndex) => (
                    <List.Item key={itemIndex}>
                      <Segments segments={item} />
                    </List.Item>
                  ))}
                </List>
              ) : block.kind === 'heading' ? (
                <Text key={index} fw={600} size="sm" mt="xs" mb={4}>
                  <Segments segments={block.segments} />
                </Text>
              ) : (
                <Text key={index} size="sm" mb="xs" style={{ lineHeight: 1.6 }}>
                  <Segments segments={block.segments} />
                </Text>
              ),
            )}
          </section>
        ))}
      </Paper>
    </Stack>
  );
}
