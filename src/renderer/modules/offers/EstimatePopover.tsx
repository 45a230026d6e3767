import { Button, Popover, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateSchema, type Estimate, type OfferLine } from '#shared/domain';
import { CalculationError, pertQuantity } from '#shared/calculation';
import { formatDecimal } from '#shared/money';
import { normalizeDecimalInput } from '../../components/decimal-input';
import { useUiLanguage } from '../../components/useUiLanguage';

const fields = ['optimistic', 'mostLikely', 'pessimistic', 'riskPct'] as const;

type Props = { line: OfferLine; onApply: (patch: Partial<OfferLine>) => void };

/** The estimate button of a service line; the popover is mounted only while it is open. */
export function EstimateButton({ line, onApply }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const button = (
    <button
      type="button"
      className="q-icon-btn"
      title={t('offers.editor.estimate')}
      aria-label={`${t('offers.editor.estimate')}: ${line.name}`}
      onClick={() => setOpened((open) => !open)}
    >
      ≈
    </button>
  );
  if (!opened) return button;
  return (
    <EstimatePopover
      line={line}
      onApply={onApply}
      target={button}
      onClose={() => setOpened(false)}
    />
  );
}

/** Three-point estimate of a service line: the PERT value plus risk, rounded up to the quarter day. */
function EstimatePopover({
  line,
  onApply,
  target,
  onClose,
}: Props & { target: ReactElement; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const initial: Estimate = line.estimate ?? {
    optimistic: '',
    mostLikely: '',
    pessimistic: '',
    riskPct: '0',
  };
  const [values, setValues] = useState<Estimate>(initial);

  const parsed = estimateSchema.safeParse(
    Object.fromEntries(fields.map((field) => [field, normalizeDecimalInput(values[field])])),
  );
  let quantity: string | null = null;
  let problem: string | null = null;
  if (parsed.success) {
    try {
      quantity = pertQuantity(parsed.data, parsed.data.riskPct);
    } catch (error) {
      problem = error instanceof CalculationError ? error.message : String(error);
    }
  }

  return (
    <Popover
      opened
      onChange={(open) => !open && onClose()}
      onClose={onClose}
      width={320}
      position="bottom-end"
      withArrow
      trapFocus
    >
      <Popover.Target>{target}</Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!parsed.success || quantity === null) return;
            onApply({ estimate: parsed.data, quantity });
            onClose();
          }}
        >
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('offers.editor.estimateTitle')}
            </Text>
            <SimpleGrid cols={2} spacing="xs">
              {fields.map((field) => (
                <TextInput
                  key={field}
                  size="xs"
                  label={t(`offers.editor.${field === 'riskPct' ? 'risk' : field}`)}
                  value={values[field]}
                  inputMode="decimal"
                  data-autofocus={field === 'optimistic' ? true : undefined}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setValues((current) => ({ ...current, [field]: value }));
                  }}
                />
              ))}
            </SimpleGrid>
            <Text size="sm" data-testid="estimate-result" c={problem ? 'red' : undefined}>
              {problem ?? (quantity === null ? '–' : `= ${formatDecimal(quantity, language)} PT`)}
            </Text>
            <Button type="submit" size="xs" disabled={quantity === null}>
              {t('offers.editor.apply')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
