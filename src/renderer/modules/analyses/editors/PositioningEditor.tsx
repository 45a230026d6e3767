import { ActionIcon, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fairValueLine } from '#shared/analyses';
import { formatDecimal } from '#shared/money';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { NumberField, useFieldMessage } from './fields';
import { ParticipantPicker, type Participants } from './ParticipantPicker';
import { chartAnalysis, type AnalysisDraft, type DraftErrors, type PositionDraft } from './draft';

type Props = {
  draft: AnalysisDraft;
  setDraft: (update: (draft: AnalysisDraft) => AnalysisDraft) => void;
  errors: DraftErrors;
  participants: Participants;
};

const numberFields = ['priceIndex', 'performanceScore', 'marketSharePct'] as const;
const fieldLabel = {
  priceIndex: 'priceIndex',
  performanceScore: 'performance',
  marketSharePct: 'marketShare',
} as const;

/** Price–performance positioning: per participant price index, performance and share; the fair-value line. */
export function PositioningEditor({ draft, setDraft, errors, participants }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const message = useFieldMessage();
  const points = draft.positions;
  const readable = chartAnalysis(draft, language).positions ?? [];
  let line: ReturnType<typeof fairValueLine> = null;
  try {
    line = fairValueLine(readable);
  } catch {
    line = null;
  }
  const deviation = new Map(line?.points.map((point) => [point.competitorId, point]) ?? []);
  const setPoints = (update: (current: PositionDraft[]) => PositionDraft[]) =>
    setDraft((current) => ({ ...current, positions: update(current.positions) }));

  return (
    <Stack gap="sm" data-testid="positioning-editor">
      <Paper withBorder p="xs" radius="sm">
        <Group justify="space-between" mb={4}>
          <Title order={5}>{t('analysisEditors.positioning.participant')}</Title>
          <ParticipantPicker
            participants={participants}
            taken={points.map((point) => point.competitorId)}
            onPick={(id) =>
              setPoints((current) => [
                ...current,
                {
                  competitorId: id,
                  priceIndex: '100',
                  performanceScore: '50',
                  marketSharePct: '0',
                },
              ])
            }
          />
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} data-testid="positioning-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('analysisEditors.positioning.participant')}</Table.Th>
                {numberFields.map((field) => (
                  <Table.Th key={field}>
                    {t(`analysisEditors.positioning.${fieldLabel[field]}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('analysisEditors.positioning.deviation')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((point, index) => {
                const fit = deviation.get(point.competitorId);
                return (
                  <Table.Tr key={point.competitorId}>
                    <Table.Td>
                      <Text size="sm" fw={participants.isSelf(point.competitorId) ? 700 : 400}>
                        {participants.name(point.competitorId)}
                      </Text>
                      {errors[`positions.${index}.competitorId`] && (
                        <Text size="xs" c="red.7">
                          {message(errors[`positions.${index}.competitorId`])}
                        </Text>
                      )}
                    </Table.Td>
                    {numberFields.map((field) => (
                      <Table.Td key={field}>
                        <NumberField
                          ariaLabel={`${participants.name(point.competitorId)}: ${t(`analysisEditors.positioning.${fieldLabel[field]}`)}`}
                          value={point[field]}
                          onChange={(value) =>
                            setPoints((current) =>
                              current.map((old, at) =>
                                at === index ? { ...old, [field]: value } : old,
                              ),
                            )
                          }
                          error={message(errors[`positions.${index}.${field}`])}
                          testId={`positioning-${field}-${index}`}
                          width={72}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">
                      <Text size="sm" c={fit && Number(fit.deviation) > 0 ? 'red.7' : 'green.8'}>
                        {fit
                          ? `${Number(fit.deviation) > 0 ? '+' : ''}${formatDecimal(fit.deviation, language, 2)}`
                          : '–'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('analysisEditors.remove')}
                        onClick={() =>
                          setPoints((current) => current.filter((_, at) => at !== index))
                        }
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {errors['positions.shares'] && (
          <Text size="sm" c="red.7" mt={4} data-testid="positioning-shares-error">
            {message(errors['positions.shares'])}
          </Text>
        )}
      </Paper>
      <Text size="sm" data-testid="positioning-fair-value">
        {line
          ? t('analysisEditors.positioning.fairValue', {
              a: formatDecimal(line.intercept, language, 2),
              b: formatDecimal(line.slope, language, 2),
            })
          : t('analysisEditors.positioning.fairValuePending')}
      </Text>
    </Stack>
  );
}
