import { memo, useCallback, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  billingKinds,
  lineKinds,
  units,
  vatRates,
  type Currency,
  type OfferLine,
} from '../../../shared/domain';
import { lineMargin } from '../../../shared/calculation';
import { formatDecimal, formatMoney } from '../../../shared/money';
import { CopyIcon } from '../../components/icons';
import { keyLabel } from '../../components/key-labels';
import { useEditorStore } from './editor.store';
import { EstimateButton } from './EstimatePopover';
import { DecimalCell, NameCell, SelectCell } from './LineCells';
import { focusCell, lineKeyAction, type LineKeyAction } from './line-keys';

export type LineCommand = Exclude<LineKeyAction, { type: 'focus' } | { type: 'revert' }>;

type Props = {
  line: OfferLine;
  /** The line's position number ("1.2"), the same as in every document. */
  pos: string;
  /** Position of the line across all sections (for keyboard navigation). */
  index: number;
  editable: boolean;
  internal: boolean;
  currency: Currency;
  /** Lines an alternative may replace (the other normal lines of the offer). */
  replaceOptions: { value: string; label: string }[];
  onSave: (line: OfferLine, patch: Partial<OfferLine>) => void;
  onCommand: (line: OfferLine, command: LineCommand) => void;
};

export const internalTemplate =
  '46px minmax(150px, 1fr) 60px 76px 92px 54px 62px 96px 84px 84px 100px 88px 64px';
export const customerTemplate =
  '46px minmax(150px, 1fr) 60px 76px 92px 54px 62px 96px 84px 100px 64px';

// The number reads like text, not like the grey drag handle beside it.
const POS_STYLE = { color: 'var(--mantine-color-text)', whiteSpace: 'nowrap' } as const;

function language(i18nLanguage: string): 'de' | 'en' {
  return i18nLanguage === 'en' ? 'en' : 'de';
}

type Option = { value: string; label: string };
type RowTexts = {
  options: Record<'units' | 'vat' | 'billing' | 'kinds', Option[]>;
  drag: string;
  replaces: string;
  replacesPlaceholder: string;
  credit: string;
  creditHint: string;
  duplicate: string;
  duplicateTitle: string;
  delete: string;
  deleteTitle: string;
};
const textCache = new Map<string, RowTexts>();

/** A line's fixed texts in the UI language, translated once per language, not per row. */
function rowTexts(t: TFunction, lang: 'de' | 'en'): RowTexts {
  let cached = textCache.get(lang);
  if (!cached) {
    const list = (values: readonly string[], prefix: string) =>
      values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    cached = {
      options: {
        units: list(units, 'offers.units'),
        vat: vatRates.map((rate) => ({ value: rate, label: `${rate} %` })),
        billing: list(billingKinds, 'offers.billing'),
        kinds: list(lineKinds, 'offers.kinds'),
      },
      drag: t('offers.line.drag'),
      replaces: t('offers.editor.replaces'),
      replacesPlaceholder: t('offers.editor.replacesPlaceholder'),
      credit: t('offers.line.credit'),
      creditHint: t('offers.line.creditHint'),
      duplicate: t('offers.line.duplicate'),
      duplicateTitle: `${t('offers.line.duplicate')} (${keyLabel('Ctrl+D', lang)})`,
      delete: t('offers.line.delete'),
      deleteTitle: `${t('offers.line.delete')} (${keyLabel('Ctrl+Del', lang)})`,
    };
    textCache.set(lang, cached);
  }
  return cached;
}

/** The line's net as typed right now; re-renders only when that figure changes. */
function LineNet({
  line,
  currency,
  lang,
}: {
  line: OfferLine;
  currency: Currency;
  lang: 'de' | 'en';
}) {
  // No totals (an engine error, reported in the totals panel): a dash, never a made-up 0.
  const net = useEditorStore((state) => state.live.totals?.byLineId.get(line.id)?.net ?? null);
  return (
    <span
      className={line.kind === 'normal' ? 'q-net' : 'q-net q-net-excluded'}
      data-testid="line-net"
    >
      {net === null ? '–' : formatMoney(net, currency, lang)}
    </span>
  );
}

/** The line's margin % with its margin and cost (internal view), red below the minimum margin. */
function LineMargin({
  line,
  t,
  lang,
  currency,
}: {
  line: OfferLine;
  t: TFunction;
  lang: 'de' | 'en';
  currency: Currency;
}) {
  const marginPct = useEditorStore((state) => state.live.marginPcts.get(line.id) ?? null);
  const cost = useEditorStore((state) => state.live.totals?.byLineId.get(line.id)?.cost ?? null);
  const net = useEditorStore((state) => state.live.totals?.byLineId.get(line.id)?.net ?? null);
  const low = useEditorStore((state) => state.live.lowMarginIds.has(line.id));
  const minMarginPct = useEditorStore((state) => state.minMarginPct);
  const margin = cost === null || net === null ? null : lineMargin({ net, cost }).margin;
  return (
    <span
      className={low ? 'q-margin q-margin-low' : 'q-margin'}
      data-testid="line-margin"
      title={low ? t('offers.editor.lowMargin', { min: minMarginPct }) : undefined}
    >
      {marginPct === null ? '–' : `${formatDecimal(marginPct, lang)} %`}
      {low ? ' !' : ''}
      {margin !== null && cost !== null && (
        <span className="q-margin-detail">
          {formatMoney(margin, currency, lang)}
          <br />
          {t('offers.line.costShort')} {formatMoney(cost, currency, lang)}
        </span>
      )}
    </span>
  );
}

/** One offer line: plain elements, memoized, so 500 of them open fast and typing stays local. */
export const LineRow = memo(function LineRow(props: Props) {
  const { line, index, editable, internal, currency, replaceOptions, onSave, onCommand } = props;
  const { t, i18n } = useTranslation();
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
  const lang = language(i18n.language);
  const cell = { line, index, editable, onKey, onSave: save, t, language: lang };
  const texts = rowTexts(t, lang);
  const options = texts.options;

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
      <span
        className="q-drag q-line-pos"
        title={editable ? texts.drag : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {editable && <span aria-hidden>⋮ </span>}
        <span data-testid="line-pos" style={POS_STYLE}>
          {props.pos}
        </span>
      </span>
      <div className="q-line-name">
        <NameCell {...cell} />
        {line.estimate && (
          <span className="q-line-note" data-testid="line-estimate">
            {t('offers.editor.estimateSummary', {
              o: formatDecimal(line.estimate.optimistic, lang),
              m: formatDecimal(line.estimate.mostLikely, lang),
              p: formatDecimal(line.estimate.pessimistic, lang),
              risk: formatDecimal(line.estimate.riskPct, lang),
              quantity: formatDecimal(line.quantity, lang),
            })}
          </span>
        )}
        {line.kind === 'alternative' && (
          <span className="q-line-note">
            {texts.replaces}{' '}
            <select
              className="q-cell-input q-small"
              aria-label={texts.replacesPlaceholder}
              value={line.replacesOriginId}
              disabled={!editable}
              onChange={(event) => save({ replacesOriginId: event.currentTarget.value })}
            >
              <option value="" disabled>
                {texts.replacesPlaceholder}
              </option>
              {replaceOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </span>
        )}
        {(line.unitPrice.startsWith('-') || line.credit === true) && (
          // A negative price must be marked as meant (issue 10: the check before sending).
          <label className="q-line-note" title={texts.creditHint}>
            <input
              type="checkbox"
              checked={line.credit === true}
              disabled={!editable}
              onChange={(event) => save({ credit: event.currentTarget.checked })}
              data-testid="line-credit"
            />{' '}
            {texts.credit}
          </label>
        )}
      </div>
      <DecimalCell {...cell} field="quantity" />
      <SelectCell {...cell} field="unit" options={options.units} />
      <DecimalCell {...cell} field="unitPrice" />
      <DecimalCell {...cell} field="discountPct" />
      <SelectCell {...cell} field="vatPct" options={options.vat} />
      <SelectCell {...cell} field="billing" options={options.billing} />
      <SelectCell {...cell} field="kind" options={options.kinds} />
      {internal && <DecimalCell {...cell} field="unitCost" />}
      <LineNet line={line} currency={currency} lang={lang} />
      {internal && <LineMargin line={line} t={t} lang={lang} currency={currency} />}
      <span className="q-line-actions">
        {line.unit === 'person-day' && editable && <EstimateButton line={line} onApply={save} />}
        {editable && (
          <>
            <button
              type="button"
              className="q-icon-btn"
              title={texts.duplicateTitle}
              aria-label={texts.duplicate}
              onClick={() => onCommand(line, { type: 'duplicate' })}
            >
              <CopyIcon />
            </button>
            <button
              type="button"
              className="q-icon-btn q-danger"
              title={texts.deleteTitle}
              aria-label={`${texts.delete}: ${line.name}`}
              onClick={() => onCommand(line, { type: 'delete' })}
            >
              ✕
            </button>
          </>
        )}
      </span>
    </div>
  );
});
