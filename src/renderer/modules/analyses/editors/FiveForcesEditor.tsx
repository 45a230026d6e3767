import { Badge, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fiveForces } from '#shared/analyses';
import { fiveForceKeys } from '#shared/domain/analyses';
import { formatDecimal } from '#shared/money';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { NumberField, useFieldMessage } from './fields';
import type { AnalysisDraft, DraftErrors } from './draft';

type Props = {
  draft: AnalysisDraft;
  setDraft: (update: (draft: AnalysisDraft) => AnalysisDraft) => void;
  errors: DraftErrors;
};

const attractivenessColor = { high: 'green', medium: 'yellow', low: 'red' } as const;

/** Porter's five forces: each rated 1–5 with a reason; average and attractiveness below. */
export function FiveForcesEditor({ draft, setDraft, errors }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const message = useFieldMessage();
  // The figures the document shows: only from ratings the editor accepts (whole numbers 1–5).
  const ratingsValid = fiveForceKeys.every((key) => !errors[`forces.${key}.rating`]);
  let summary: ReturnType<typeof fiveForces> | null = null;
  try {
    if (ratingsValid)
      summary = fiveForces(
        Object.fromEntries(
          fiveForceKeys.map((key) => [key, draft.forces[key].rating.trim()]),
        ) as Record<(typeof fiveForceKeys)[number], string>,
      );
  } catch {
    summary = null;
  }
  const set = (key: (typeof fiveForceKeys)[number], field: 'rating' | 'reason', value: string) =>
    setDraft((current) => ({
      ...current,
      forces: { ...current.forces, [key]: { ...current.forces[key], [field]: value } },
    }));

  return (
    <Stack gap="sm" data-testid="five-forces-editor">
      {fiveForceKeys.map((key) => (
        <Paper key={key} withBorder p="xs" radius="sm">
          <Text fw={600} size="sm" mb={4}>
            {t(`analysisEditors.forces.${key}`)}
          </Text>
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <NumberField
              label={t('analysisEditors.forces.rating')}
              value={draft.forces[key].rating}
              onChange={(value) => set(key, 'rating', value)}
              error={message(errors[`forces.${key}.rating`])}
              testId={`force-rating-${key}`}
              width={120}
            />
            <Textarea
              label={t('analysisEditors.forces.reason')}
              value={draft.forces[key].reason}
              onChange={(event) => set(key, 'reason', event.currentTarget.value)}
              error={message(errors[`forces.${key}.reason`])}
              rows={2}
              style={{ flex: 1 }}
              data-testid={`force-reason-${key}`}
            />
          </Group>
        </Paper>
      ))}
      <Group gap="lg" data-testid="five-forces-summary">
        <Text size="sm">
          {t('analysisEditors.forces.average')}:{' '}
          <b>{summary ? formatDecimal(summary.average, language, 2) : '–'}</b>
        </Text>
        <Group gap={6}>
          <Text size="sm">{t('analysisEditors.forces.attractiveness')}:</Text>
          {summary ? (
            <Badge color={attractivenessColor[summary.attractiveness]} variant="light">
              {t(`analysisEditors.forces.levels.${summary.attractiveness}`)}
            </Badge>
          ) : (
            <Text size="sm">–</Text>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
