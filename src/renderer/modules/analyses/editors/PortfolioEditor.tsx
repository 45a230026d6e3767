import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '#shared/ids';
import { bcgQuadrant, type BcgQuadrant } from '#shared/analyses';
import { analysisLabels } from '#shared/analyses/charts';
import type { CatalogItem } from '#shared/domain';
import { NumberField, useFieldMessage } from './fields';
import type { AnalysisDraft, DraftErrors, PortfolioEntryDraft } from './draft';
import { normalizeDecimalInput } from '../../../components/decimal-input';
import { useUiLanguage } from '../../../components/useUiLanguage';

type Props = {
  draft: AnalysisDraft;
  setDraft: (update: (draft: AnalysisDraft) => AnalysisDraft) => void;
  errors: DraftErrors;
  catalog: readonly CatalogItem[];
};

const numberFields = [
  ['marketGrowthPct', 'growth', 72],
  ['relativeMarketShare', 'share', 72],
  ['revenue', 'revenue', 112],
] as const;

const quadrantColor: Record<BcgQuadrant, string> = {
  star: 'blue',
  'cash-cow': 'green',
  'question-mark': 'orange',
  'poor-dog': 'gray',
};

/** The BCG portfolio of our solutions: growth, relative share and revenue; the quadrant of each. */
export function PortfolioEditor({ draft, setDraft, errors, catalog }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const message = useFieldMessage();
  // The quadrant names the chart prints (Arme Hunde, Poor Dogs), so badge and chart agree.
  const quadrantNames = analysisLabels(language).bcg;
  const entries = draft.portfolio;
  const setEntries = (update: (current: PortfolioEntryDraft[]) => PortfolioEntryDraft[]) =>
    setDraft((current) => ({ ...current, portfolio: update(current.portfolio) }));
  const add = (catalogItemId: string, name: string) =>
    setEntries((current) => [
      ...current,
      {
        id: newId(),
        catalogItemId,
        name,
        marketGrowthPct: '0',
        relativeMarketShare: '1',
        revenue: '0',
      },
    ]);
  const taken = new Set(entries.map((entry) => entry.catalogItemId));
  const quadrantOf = (entry: PortfolioEntryDraft, index: number): BcgQuadrant | null => {
    if (
      errors[`portfolio.${index}.marketGrowthPct`] ||
      errors[`portfolio.${index}.relativeMarketShare`]
    )
      return null;
    try {
      return bcgQuadrant({
        marketGrowthPct: normalizeDecimalInput(entry.marketGrowthPct, language),
        relativeMarketShare: normalizeDecimalInput(entry.relativeMarketShare, language),
      });
    } catch {
      return null;
    }
  };

  return (
    <Stack gap="sm" data-testid="portfolio-editor">
      <Group gap="sm">
        <Select
          aria-label={t('analysisEditors.portfolio.fromCatalog')}
          placeholder={t('analysisEditors.portfolio.catalogPlaceholder')}
          data={catalog
            .filter((item) => !taken.has(item.id))
            .map((item) => ({ value: item.id, label: item.name }))}
          value={null}
          onChange={(value) => {
            const item = catalog.find((row) => row.id === value);
            if (item) add(item.id, item.name);
          }}
          searchable
          w={320}
          data-testid="portfolio-catalog"
        />
        <Button
          variant="light"
          onClick={() => add('', t('analysisEditors.portfolio.newEntry'))}
          data-testid="portfolio-add-free"
        >
          {t('analysisEditors.portfolio.addFree')}
        </Button>
      </Group>
      {entries.length > 0 && (
        <Paper withBorder p="xs" radius="sm">
          <Table.ScrollContainer minWidth={540}>
            <Table verticalSpacing={4} data-testid="portfolio-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('analysisEditors.portfolio.entry')}</Table.Th>
                  {numberFields.map(([field, label]) => (
                    <Table.Th key={field}>{t(`analysisEditors.portfolio.${label}`)}</Table.Th>
                  ))}
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry, index) => {
                  const quadrant = quadrantOf(entry, index);
                  return (
                    <Table.Tr key={entry.id}>
                      <Table.Td>
                        <TextInput
                          aria-label={`${t('analysisEditors.portfolio.entry')} ${index + 1}`}
                          value={entry.name}
                          onChange={(event) => {
                            const value = event.currentTarget.value;
                            setEntries((current) =>
                              current.map((old, at) =>
                                at === index ? { ...old, name: value } : old,
                              ),
                            );
                          }}
                          error={message(errors[`portfolio.${index}.name`])}
                          data-testid={`portfolio-name-${index}`}
                          miw={150}
                        />
                        <Group gap={4} mt={2} data-testid={`portfolio-quadrant-${index}`}>
                          <Text size="xs" c="dimmed">
                            {t('analysisEditors.portfolio.quadrant')}:
                          </Text>
                          {quadrant ? (
                            <Badge
                              size="xs"
                              color={quadrantColor[quadrant]}
                              variant="light"
                              tt="none"
                              data-quadrant={quadrant}
                            >
                              {quadrantNames[quadrant]}
                            </Badge>
                          ) : (
                            <Text size="xs">–</Text>
                          )}
                        </Group>
                      </Table.Td>
                      {numberFields.map(([field, label, width]) => (
                        <Table.Td key={field}>
                          <NumberField
                            ariaLabel={`${entry.name}: ${t(`analysisEditors.portfolio.${label}`)}`}
                            value={entry[field]}
                            onChange={(value) =>
                              setEntries((current) =>
                                current.map((old, at) =>
                                  at === index ? { ...old, [field]: value } : old,
                                ),
                              )
                            }
                            error={message(errors[`portfolio.${index}.${field}`])}
                            testId={`portfolio-${field}-${index}`}
                            width={width}
                          />
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('analysisEditors.remove')}
                          onClick={() =>
                            setEntries((current) => current.filter((_, at) => at !== index))
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
        </Paper>
      )}
    </Stack>
  );
}
