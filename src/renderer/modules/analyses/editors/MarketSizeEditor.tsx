import { Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { marketSize } from '#shared/analyses';
import { currencies, type Currency } from '#shared/domain';
import { formatMoney } from '#shared/money';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { NumberField, useFieldMessage } from './fields';
import { chartAnalysis, type AnalysisDraft, type DraftErrors, type MarketDraft } from './draft';

type Props = {
  draft: AnalysisDraft;
  setDraft: (update: (draft: AnalysisDraft) => AnalysisDraft) => void;
  errors: DraftErrors;
};

const inputs = ['customers', 'revenuePerCustomer', 'samPct', 'somPct'] as const;

/** Market size: customers × revenue per customer = TAM, then the SAM and SOM shares. */
export function MarketSizeEditor({ draft, setDraft, errors }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const message = useFieldMessage();
  const market = chartAnalysis(draft, language).market;
  let sizes: ReturnType<typeof marketSize> | null = null;
  try {
    sizes = market && !inputs.some((key) => errors[`market.${key}`]) ? marketSize(market) : null;
  } catch {
    sizes = null;
  }
  const set = (field: keyof MarketDraft, value: string) =>
    setDraft((current) => ({ ...current, market: { ...current.market, [field]: value } }));

  return (
    <Stack gap="sm" data-testid="market-size-editor">
      <Paper withBorder p="sm" radius="sm">
        <SimpleGrid cols={2} spacing="sm">
          {inputs.map((field) => (
            <NumberField
              key={field}
              label={t(`analysisEditors.market.${field}`)}
              value={draft.market[field]}
              onChange={(value) => set(field, value)}
              error={message(errors[`market.${field}`])}
              testId={`market-${field}`}
            />
          ))}
          <Select
            label={t('analysisEditors.market.currency')}
            data={[...currencies]}
            value={draft.market.currency}
            onChange={(value) => value && set('currency', value as Currency)}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Paper>
      <Table verticalSpacing={4} data-testid="market-size-results" maw={480}>
        <Table.Tbody>
          {(['tam', 'sam', 'som'] as const).map((key) => (
            <Table.Tr key={key}>
              <Table.Td>{t(`analysisEditors.market.${key}`)}</Table.Td>
              <Table.Td ta="right" fw={600} data-testid={`market-${key}`}>
                {sizes ? formatMoney(sizes[key], draft.market.currency, language) : '–'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Text size="xs" c="dimmed">
          TAM = {t('analysisEditors.market.customers')} ×{' '}
          {t('analysisEditors.market.revenuePerCustomer')}
        </Text>
      </Group>
    </Stack>
  );
}
