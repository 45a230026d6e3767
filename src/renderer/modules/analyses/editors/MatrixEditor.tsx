import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '#shared/ids';
import { matrixWeightSum, scoreCompetitorMatrix } from '#shared/analyses';
import { formatDecimal } from '#shared/money';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { NumberField, useFieldMessage } from './fields';
import { ParticipantPicker, type Participants } from './ParticipantPicker';
import { percentText, type AnalysisDraft, type DraftErrors, type MatrixDraft } from './draft';
import { normalizeDecimalInput } from '../../../components/decimal-input';

type Props = {
  draft: AnalysisDraft;
  setDraft: (update: (draft: AnalysisDraft) => AnalysisDraft) => void;
  errors: DraftErrors;
  participants: Participants;
};

/**
 * The competitor matrix: weighted criteria (their sum shown while typing), participants
 * (competitors and "Wir"), a score 1–5 per participant and criterion, and the ranking.
 */
export function MatrixEditor({ draft, setDraft, errors, participants }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const message = useFieldMessage();
  const matrix = draft.matrix;
  const setMatrix = (update: (current: MatrixDraft) => MatrixDraft) =>
    setDraft((current) => ({ ...current, matrix: update(current.matrix) }));

  const sum = matrixWeightSum(
    matrix.criteria.map((criterion) => ({
      weightPct: normalizeDecimalInput(criterion.weightPct, language),
    })),
  );
  const sumText = percentText(sum, language);
  const sumValid = Number(sum) === 100;

  let ranking: { id: string; score: string; rank: number }[] | null = null;
  if (Object.keys(errors).every((key) => !/^(criteria|scores|participants)/.test(key))) {
    try {
      const scores: Record<string, Record<string, number>> = {};
      for (const id of matrix.participants) {
        scores[id] = Object.fromEntries(
          matrix.criteria.map((criterion) => [
            criterion.id,
            Number(matrix.scores[id]?.[criterion.id]),
          ]),
        );
      }
      if (matrix.criteria.length > 0 && matrix.participants.length > 0) {
        ranking = scoreCompetitorMatrix({
          criteria: matrix.criteria.map((criterion) => ({
            id: criterion.id,
            weightPct: normalizeDecimalInput(criterion.weightPct, language),
          })),
          scores,
        }).ranking;
      }
    } catch {
      ranking = null;
    }
  }

  const addCriterion = () =>
    setMatrix((current) => ({
      ...current,
      criteria: [
        ...current.criteria,
        { id: newId(), name: t('analysisEditors.matrix.newCriterion'), weightPct: '' },
      ],
    }));
  const removeCriterion = (index: number) =>
    setMatrix((current) => {
      const removed = current.criteria[index];
      return {
        ...current,
        criteria: current.criteria.filter((_, at) => at !== index),
        scores: Object.fromEntries(
          Object.entries(current.scores).map(([participant, row]) => [
            participant,
            Object.fromEntries(Object.entries(row).filter(([id]) => id !== removed?.id)),
          ]),
        ),
      };
    });
  const setCriterion = (index: number, field: 'name' | 'weightPct', value: string) =>
    setMatrix((current) => ({
      ...current,
      criteria: current.criteria.map((criterion, at) =>
        at === index ? { ...criterion, [field]: value } : criterion,
      ),
    }));
  const addParticipant = (id: string) =>
    setMatrix((current) =>
      current.participants.includes(id)
        ? current
        : {
            ...current,
            participants: [...current.participants, id],
            scores: { ...current.scores, [id]: current.scores[id] ?? {} },
          },
    );
  const removeParticipant = (index: number) =>
    setMatrix((current) => {
      const id = current.participants[index];
      const scores = { ...current.scores };
      if (id !== undefined) delete scores[id];
      return {
        ...current,
        participants: current.participants.filter((_, at) => at !== index),
        scores,
      };
    });
  const setScore = (participant: string, criterionId: string, value: string) =>
    setMatrix((current) => ({
      ...current,
      scores: {
        ...current.scores,
        [participant]: { ...current.scores[participant], [criterionId]: value },
      },
    }));

  return (
    <Stack gap="md" data-testid="matrix-editor">
      <Paper withBorder p="xs" radius="sm">
        <Title order={5} mb={4}>
          {t('analysisEditors.matrix.criteria')}
        </Title>
        <Stack gap={4}>
          {matrix.criteria.map((criterion, index) => (
            <Group key={criterion.id} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={`${t('analysisEditors.matrix.criterion')} ${index + 1}`}
                value={criterion.name}
                onChange={(event) => setCriterion(index, 'name', event.currentTarget.value)}
                error={message(errors[`criteria.${index}.name`])}
                style={{ flex: 1 }}
                data-testid={`matrix-criterion-${index}`}
              />
              <NumberField
                ariaLabel={`${t('analysisEditors.matrix.weight')} ${index + 1}`}
                value={criterion.weightPct}
                onChange={(value) => setCriterion(index, 'weightPct', value)}
                error={message(errors[`criteria.${index}.weightPct`])}
                testId={`matrix-weight-${index}`}
                width={110}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={6}
                aria-label={t('analysisEditors.remove')}
                onClick={() => removeCriterion(index)}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Group justify="space-between">
            <Button size="compact-sm" variant="light" onClick={addCriterion}>
              {t('analysisEditors.matrix.addCriterion')}
            </Button>
            {matrix.criteria.length > 0 && (
              <Text
                size="sm"
                fw={600}
                c={sumValid ? 'green.8' : 'red.7'}
                data-testid="matrix-weight-sum"
                data-valid={sumValid}
              >
                {sumValid
                  ? t('analysisEditors.matrix.weightSum', { sum: sumText })
                  : t('analysisEditors.matrix.weightSumInvalid', { sum: sumText })}
              </Text>
            )}
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder p="xs" radius="sm">
        <Group justify="space-between" mb={4}>
          <Title order={5}>{t('analysisEditors.matrix.scores')}</Title>
          <ParticipantPicker
            participants={participants}
            taken={matrix.participants}
            onPick={addParticipant}
          />
        </Group>
        {matrix.participants.length === 0 ? (
          <Text size="sm" c="red.7">
            {t('analysisEditors.errors.noParticipants')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={300}>
            <Table withColumnBorders={false} verticalSpacing={4} data-testid="matrix-scores">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('analysisEditors.matrix.participants')}</Table.Th>
                  {matrix.criteria.map((criterion) => (
                    <Table.Th key={criterion.id} ta="center" style={{ fontWeight: 500 }}>
                      {criterion.name}
                    </Table.Th>
                  ))}
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matrix.participants.map((participant, participantIndex) => (
                  <Table.Tr key={participant}>
                    <Table.Td>
                      <Text size="sm" fw={participants.isSelf(participant) ? 700 : 400}>
                        {participants.name(participant)}
                      </Text>
                      {errors[`participants.${participantIndex}`] && (
                        <Text size="xs" c="red.7">
                          {message(errors[`participants.${participantIndex}`])}
                        </Text>
                      )}
                    </Table.Td>
                    {matrix.criteria.map((criterion, criterionIndex) => (
                      <Table.Td key={criterion.id} ta="center">
                        <NumberField
                          ariaLabel={`${participants.name(participant)}: ${criterion.name}`}
                          value={matrix.scores[participant]?.[criterion.id] ?? ''}
                          onChange={(value) => setScore(participant, criterion.id, value)}
                          error={message(errors[`scores.${participantIndex}.${criterionIndex}`])}
                          testId={`matrix-score-${participantIndex}-${criterionIndex}`}
                          width={64}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('analysisEditors.remove')}
                        onClick={() => removeParticipant(participantIndex)}
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      <Paper withBorder p="xs" radius="sm" data-testid="matrix-ranking">
        <Title order={5} mb={4}>
          {t('analysisEditors.matrix.ranking')}
        </Title>
        {ranking === null ? (
          <Text size="sm" c="dimmed">
            {t('analysisEditors.matrix.rankingPending')}
          </Text>
        ) : (
          <Table verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('analysisEditors.matrix.rank')}</Table.Th>
                <Table.Th>{t('analysisEditors.matrix.participants')}</Table.Th>
                <Table.Th ta="right">{t('analysisEditors.matrix.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ranking.map((row) => (
                <Table.Tr key={row.id} data-testid="matrix-ranking-row">
                  <Table.Td>{row.rank}.</Table.Td>
                  <Table.Td fw={participants.isSelf(row.id) ? 700 : 400}>
                    {participants.name(row.id)}
                  </Table.Td>
                  <Table.Td ta="right">{formatDecimal(row.score, language, 2)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
