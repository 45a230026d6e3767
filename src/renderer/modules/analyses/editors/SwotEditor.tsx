import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deriveSwotStrategyPrompts } from '#shared/analyses';
import { StringListEditor } from './fields';
import { strategyKeys, swotListKeys, type AnalysisDraft, type DraftErrors } from './draft';

type Props = {
  draft: AnalysisDraft;
  setDraft: (update: (draft: AnalysisDraft) => AnalysisDraft) => void;
  errors: DraftErrors;
};

/** Suggestions shown per strategy quadrant at most. */
const SUGGESTIONS = 3;

/** The four SWOT lists and the strategies derived from them, with suggested pairings. */
export function SwotEditor({ draft, setDraft, errors }: Props) {
  const { t } = useTranslation();
  const swot = draft.swot;
  const prompts = useMemo(
    () =>
      deriveSwotStrategyPrompts({
        strengths: swot.strengths,
        weaknesses: swot.weaknesses,
        opportunities: swot.opportunities,
        threats: swot.threats,
      }),
    [swot.strengths, swot.weaknesses, swot.opportunities, swot.threats],
  );
  const setSwot = (update: (current: AnalysisDraft['swot']) => AnalysisDraft['swot']) =>
    setDraft((current) => ({ ...current, swot: update(current.swot) }));

  return (
    <Stack gap="md" data-testid="swot-editor">
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="sm">
        {swotListKeys.map((key) => (
          <Paper key={key} withBorder p="xs" radius="sm">
            <StringListEditor
              label={t(`analysisEditors.swot.${key}`)}
              items={swot[key]}
              onChange={(items) => setSwot((current) => ({ ...current, [key]: items }))}
              path={`swot.${key}`}
              errors={errors}
              testId={`swot-${key}`}
            />
          </Paper>
        ))}
      </SimpleGrid>
      <Title order={4}>{t('analysisEditors.swot.strategies')}</Title>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="sm">
        {strategyKeys.map((key) => {
          const taken = new Set(swot.strategies[key]);
          const suggestions = prompts[key]
            .map((prompt) => ({
              code: prompt.code,
              text: t(`analysisEditors.swot.prompt.${key}`, {
                first: prompt.first,
                second: prompt.second,
              }),
            }))
            .filter((prompt) => !taken.has(prompt.text))
            .slice(0, SUGGESTIONS);
          return (
            <Paper key={key} withBorder p="xs" radius="sm">
              <StringListEditor
                label={t(`analysisEditors.swot.${key}`)}
                items={swot.strategies[key]}
                onChange={(items) =>
                  setSwot((current) => ({
                    ...current,
                    strategies: { ...current.strategies, [key]: items },
                  }))
                }
                path={`swot.strategies.${key}`}
                errors={errors}
                testId={`swot-strategy-${key}`}
              />
              {suggestions.length > 0 && (
                <Stack gap={2} mt="xs" data-testid={`swot-suggestions-${key}`}>
                  <Text size="xs" c="dimmed">
                    {t('analysisEditors.swot.suggestions')}
                  </Text>
                  {suggestions.map((suggestion) => (
                    <Button
                      key={suggestion.code}
                      size="compact-xs"
                      variant="subtle"
                      justify="flex-start"
                      title={t('analysisEditors.swot.takeSuggestion')}
                      onClick={() =>
                        setSwot((current) => ({
                          ...current,
                          strategies: {
                            ...current.strategies,
                            [key]: [...current.strategies[key], suggestion.text],
                          },
                        }))
                      }
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                      h="auto"
                      py={2}
                    >
                      + {suggestion.code}: {suggestion.text}
                    </Button>
                  ))}
                </Stack>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
