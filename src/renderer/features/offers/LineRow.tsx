import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { memo, useCallback, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { billingKinds, lineKinds, units, vatRates, type OfferLine } from '../../../shared/domain';
import { formatDecimal, formatMoney } from '../../../shared/money';
import type { Currency } from '../../../shared/domain';
import { CopyIcon } from '../../components/icons';
import { EstimatePopover } from './EstimatePopover';
import { DecimalCell, NameCell, SelectCell } from './LineCells';
import { focusCell, lineKeyAction, type LineKeyAction } from './line-keys';

export type LineCommand = Exclude<LineKeyAction, { type: 'focus' } | { type: 'revert' }>;

type Props = {
  line: OfferLine;
  /** Position of the line across all sections (for keyboard navigation). */
  index: number;
  editable: boolean;
  internal: boolean;
  net: string;
  marginPct: string | null;
  lowMargin: boolean;
  currency: Currency;
  /** Lines an alternative may replace (the other normal lines of the offer). */
  replaceOptions: { value: string; label: string }[];
  onSave: (line: OfferLine, patch: Partial<OfferLine>) => void;
  onCommand: (line: OfferLine, command: LineCommand) => void;
};

export const internalTemplate =
  '18px minmax(180px, 1fr) 60px 76px 92px 54px 62px 106px 88px 84px 100px 56px 64px';
export const customerTemplate =
  '18px minmax(180px, 1fr) 60px 76px 92px 54px 62px 106px 88px 100px 64px';

/** One offer line; memoized so a keystroke re-renders only its own row and the totals. */
export const LineRow = memo(function LineRow(props: Props) {
  const {
    line,
    index,
    editable,
    internal,
    net,
    marginPct,
    lowMargin,
    currency,
    replaceOptions,
    onSave,
    onCommand,
  } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const save = useCallback((patch: Partial<OfferLine>) => onSave(line, patch), [line, onSave]);

  const onKey = useCallback(
    (event: KeyboardEvent<HTMLElement>, column: string, revert: () => void) => {
      const action = lineKeyAction(event, { isSelect: event.currentTarget.tagName === 'SELECT' });
      if (!action) return;
      event.preventDefault();
      if (action.type === 'focus') focusCell(index + action.delta, column);
      else if (action.type === 'revert') revert();
      else if (editable) onCommand(line, action);
    },
    [index, editable, line, onCommand],
  );
  const cell = { line, index, editable, onKey, onSave: save };
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <div
      className="q-line"
      role="row"
      data-testid="offer-line"
      data-line-id={line.id}
      data-kind={line.kind}
      style={{ gridTemplateColumns: internal ? internalTemplate : customerTemplate }}
      draggable={editable}
      onDragStart={(event) => {
        event.dataTransfer.setData('application/x-quotient-line', line.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span className="q-drag" title={t('offers.line.drag')} aria-hidden>
        {editable ? '⋮⋮' : ''}
      </span>
      <div style={{ minWidth: 0 }}>
        <NameCell {...cell} />
        {line.estimate && (
          <Text size="xs" c="dimmed" data-testid="line-estimate">
            {t('offers.editor.estimateSummary', {
              o: formatDecimal(line.estimate.optimistic, language),
              m: formatDecimal(line.estimate.mostLikely, language),
              p: formatDecimal(line.estimate.pessimistic, language),
              risk: formatDecimal(line.estimate.riskPct, language),
              quantity: formatDecimal(line.quantity, language),
            })}
          </Text>
        )}
        {line.kind === 'alternative' && (
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('offers.editor.replaces')}
            </Text>
            <select
              className="q-cell-input q-small"
              aria-label={t('offers.editor.replacesPlaceholder')}
              value={line.replacesOriginId}
              disabled={!editable}
              onChange={(event) => save({ replacesOriginId: event.currentTarget.value })}
            >
              {replaceOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </Group>
        )}
      </div>
      <DecimalCell {...cell} field="quantity" />
      <SelectCell {...cell} field="unit" options={options(units, 'offers.units')} />
      <DecimalCell {...cell} field="unitPrice" />
      <DecimalCell {...cell} field="discountPct" />
      <SelectCell
        {...cell}
        field="vatPct"
        options={vatRates.map((rate) => ({ value: rate, label: `${rate} %` }))}
      />
      <SelectCell {...cell} field="billing" options={options(billingKinds, 'offers.billing')} />
      <SelectCell {...cell} field="kind" options={options(lineKinds, 'offers.kinds')} />
      {internal && <DecimalCell {...cell} field="unitCost" />}
      <Text
        size="sm"
        ta="right"
        fw={500}
        c={line.kind === 'normal' ? undefined : 'dimmed'}
        td={line.kind === 'normal' ? undefined : 'line-through'}
        data-testid="line-net"
      >
        {formatMoney(net, currency, language)}
      </Text>
      {internal && (
        <Text size="xs" ta="right" c={lowMargin ? 'red' : 'dimmed'} data-testid="line-margin">
          {marginPct === null ? '–' : `${formatDecimal(marginPct, language)} %`}
          {lowMargin && (
            <Badge size="xs" color="red" ml={4} variant="light">
              !
            </Badge>
          )}
        </Text>
      )}
      <Group gap={0} wrap="nowrap" justify="flex-end">
        {line.unit === 'person-day' && editable && (
          <EstimatePopover line={line} onApply={(patch) => save(patch)} />
        )}
        {editable && (
          <>
            <Tooltip label={`${t('offers.line.duplicate')} (Ctrl+D)`}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('offers.line.duplicate')}
                onClick={() => onCommand(line, { type: 'duplicate' })}
              >
                <CopyIcon />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={`${t('offers.line.delete')} (Ctrl+Entf)`}>
              <ActionIcon
                variant="subtle"
                size="sm"
                color="red"
                aria-label={`${t('offers.line.delete')}: ${line.name}`}
                onClick={() => onCommand(line, { type: 'delete' })}
              >
                ✕
              </ActionIcon>
            </Tooltip>
          </>
        )}
      </Group>
    </div>
  );
});
