import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { analysisChartConfig } from '#shared/analyses/charts';
import type { Analysis, AnalysisKind } from '#shared/domain/analyses';
import { useCatalogItems, useClient, useClientOpportunities, useCompany } from '#data';
import { useAllCompetitors, useAnalysis } from '#data/analyses/hooks';
import { EmptyState } from '../../../components/EmptyState';
import { ChartView } from '../ChartView';
import { chartAnalysis } from './draft';
import { useFieldMessage } from './fields';
import { FiveForcesEditor } from './FiveForcesEditor';
import { MarketSizeEditor } from './MarketSizeEditor';
import { MatrixEditor } from './MatrixEditor';
import { AnalysisExportButtons } from './AnalysisExportButtons';
import { useParticipants } from './ParticipantPicker';
import { PortfolioEditor } from './PortfolioEditor';
import { PositioningEditor } from './PositioningEditor';
import { SwotEditor } from './SwotEditor';
import { useAnalysisDraft, type SaveState } from './useAnalysisDraft';

/** One analysis: its editor with the live chart beside it (route `analyses/:analysisId`). */
// The SWOT's lists and the bubbles with their names need more height than bars and radar.
const TALL_CHARTS = new Set<AnalysisKind>(['swot', 'positioning', 'portfolio']);

export function AnalysisEditorPage() {
  const { t } = useTranslation();
  const { analysisId = '' } = useParams();
  const analysis = useAnalysis(analysisId);
  if (analysis === undefined) return null;
  if (analysis === null || analysis.deleted) {
    return (
      <Stack gap="sm">
        <BackLink />
        <EmptyState title={t('analysisEditors.notFound')} />
      </Stack>
    );
  }
  return <AnalysisEditor key={analysis.id} analysis={analysis} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/analyses" size="sm">
      ← {t('analysisEditors.back')}
    </Anchor>
  );
}

/** About the characters of the title that fit one line beside the export buttons. */
const TITLE_LINE = 55;

const stateColor: Record<SaveState, string> = {
  saved: 'green',
  pending: 'blue',
  invalid: 'red',
  error: 'red',
};

function AnalysisEditor({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const { draft, setDraft, errors, state, language } = useAnalysisDraft(analysis);
  const competitors = useAllCompetitors();
  const company = useCompany();
  const catalog = useCatalogItems();
  const companyName = company?.name ?? '';
  const participants = useParticipants(competitors, companyName);
  const config = useMemo(
    () =>
      analysisChartConfig(chartAnalysis(draft, language), {
        names: participants.names,
        language,
        companyName,
        screen: true,
      }),
    [draft, language, participants.names, companyName],
  );
  const editorProps = { draft, setDraft, errors };

  return (
    <Stack gap="sm" data-testid="analysis-editor" data-kind={analysis.kind}>
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          <Textarea
            aria-label={t('analysisEditors.fields.title')}
            value={draft.title}
            onChange={(event) => {
              // A title is one line: a pasted line break becomes a space.
              const value = event.currentTarget.value.replace(/\s*\n\s*/g, ' ');
              setDraft((current) => ({ ...current, title: value }));
            }}
            error={message(errors.title)}
            variant="unstyled"
            rows={draft.title.length > TITLE_LINE ? 2 : 1}
            styles={{ input: { fontSize: 24, fontWeight: 700, lineHeight: 1.3, resize: 'none' } }}
            data-testid="analysis-title"
          />
          <Group gap="xs">
            <Badge variant="light">{t(`analysisEditors.kinds.${analysis.kind}`)}</Badge>
            <SubjectText analysis={analysis} />
            <Badge
              variant="dot"
              color={stateColor[state]}
              data-testid="analysis-save-state"
              data-state={state}
            >
              {t(`analysisEditors.state.${state}`)}
            </Badge>
          </Group>
        </Stack>
        <AnalysisExportButtons
          analysis={analysis}
          names={participants.names}
          companyName={companyName}
          brandColor={company?.brandColor ?? ''}
          disabled={state !== 'saved'}
        />
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            {draft.kind === 'swot' && <SwotEditor {...editorProps} />}
            {draft.kind === 'five-forces' && <FiveForcesEditor {...editorProps} />}
            {draft.kind === 'competitor-matrix' && (
              <MatrixEditor {...editorProps} participants={participants} />
            )}
            {draft.kind === 'positioning' && (
              <PositioningEditor {...editorProps} participants={participants} />
            )}
            {draft.kind === 'market-size' && <MarketSizeEditor {...editorProps} />}
            {draft.kind === 'portfolio' && (
              <PortfolioEditor {...editorProps} catalog={catalog ?? []} />
            )}
            <Textarea
              label={t('analysisEditors.fields.notes')}
              value={draft.notes}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDraft((current) => ({ ...current, notes: value }));
              }}
              error={message(errors.notes)}
              rows={3}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="xs" radius="sm" style={{ position: 'sticky', top: 8 }}>
            <ChartView config={config} height={TALL_CHARTS.has(draft.kind) ? 420 : 360} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** "Kunde: Rheinland Logistik GmbH · Verkaufschance: …" or "Eigenes Unternehmen". */
function SubjectText({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const client = useClient(analysis.clientId === '' ? undefined : analysis.clientId);
  const opportunities = useClientOpportunities(analysis.clientId);
  const opportunity = opportunities?.find((row) => row.id === analysis.opportunityId);
  const parts =
    analysis.subject === 'company'
      ? [t('analysisEditors.subjects.company')]
      : [
          `${t('analysisEditors.subjects.client')}: ${client?.name ?? '…'}`,
          ...(analysis.subject === 'opportunity'
            ? [`${t('analysisEditors.subjects.opportunity')}: ${opportunity?.title ?? '…'}`]
            : []),
        ];
  return (
    <Text size="sm" c="dimmed" data-testid="analysis-subject">
      {parts.join(' · ')}
    </Text>
  );
}
