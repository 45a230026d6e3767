import { ActionIcon, Menu } from '@mantine/core';
import { memo, useCallback, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { units, type Currency, type OfferLine } from '#shared/domain';
import { lineMargin } from '#shared/calculation';
import { formatDecimal, formatMoney } from '#shared/money';
import { keyLabel } from '../../components/key-labels';
import { useEditorStore } from './editor.store';
import { EstimateButton } from './EstimatePopover';
import { DecimalCell, NameCell, SelectCell } from './LineCells';
import { focusCell, LINE_DETAILS_KEYS, lineKeyAction, type LineKeyAction } from './line-keys';
import { useUiLanguage } from '../../components/useUiLanguage';

export type LineCommand = Exclude<LineKeyAction, { type: 'focus' } | { type: 'revert' }>;

type Props = {
  line: OfferLine;
  /** The line's position number ("1.2"), the same as in every document. */
  pos: string;
  /** What an alternative replaces ("1.2 Switch …"), null when nothing is chosen yet. */
  replacesLabel: string | null;
  /** Position of the line across all sections (for keyboard navigation). */
  index: number;
  editable: boolean;
  internal: boolean;
  currency: Currency;
  onSave: (line: OfferLine, patch: Partial<OfferLine>) => void;
  onCommand: (line: OfferLine, command: LineCommand) => void;
};

/**
 * The grid keeps the common columns (position, name, quantity, unit, unit price, discount,
 * net; margin in the internal view) and the row menu; the name takes the rest, so at 1280 px
 * it shows 40 characters and more. VAT, billing, kind, purchase price and long text are in
 * the line details drawer.
 */
export const internalTemplate = '52px minmax(240px, 1fr) 64px 92px 104px 60px 108px 84px 60px';
export const customerTemplate = '52px minmax(240px, 1fr) 64px 92px 104px 60px 108px 60px';

const MENU_KEYS_STYLE = {
  color: 'var(--mantine-color-dimmed)',
  fontSize: 'var(--mantine-font-size-xs)',
} as const;

// The number reads like text, not like the grey drag handle beside it.
const POS_STYLE = { color: 'var(--mantine-color-text)', whiteSpace: 'nowrap' } as const;

type Option = { value: string; label: string };
type RowTexts = {
  units: Option[];
  drag: string;
  replaces: string;
  replacesMissing: string;
  menu: string;
  details: string;
  detailsKeys: string;
  credit: string;
  creditHint: string;
  duplicate: string;
  duplicateKeys: string;
  delete: string;
  deleteKeys: string;
  fromPlan: string;
};
const textCache = new Map<string, RowTexts>();

/** A line's fixed texts in the UI language, translated once per language, not per row. */
function rowTexts(t: TFunction, lang: 'de' | 'en'): RowTexts {
  let cached = textCache.get(lang);
  if (!cached) {
    const list = (values: readonly string[], prefix: string) =>
      values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    cached = {
      units: list(units, 'offers.units'),
      drag: t('offers.line.drag'),
      replaces: t('offers.editor.replaces'),
      replacesMissing: t('offers.editor.replacesPlaceholder'),
      menu: t('offers.line.menu'),
      details: t('offers.line.details'),
      detailsKeys: keyLabel(LINE_DETAILS_KEYS, lang),
      credit: t('offers.line.credit'),
      creditHint: t('offers.line.creditHint'),
      duplicate: t('offers.line.duplicate'),
      duplicateKeys: keyLabel('Ctrl+D', lang),
      delete: t('offers.line.delete'),
      deleteKeys: keyLabel('Ctrl+Del', lang),
      fromPlan: t('offers.editor.fromPlanLine'),
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
  const { line, index, internal, currency, onSave, onCommand } = props;
  // A line the project plan generated: only its discount is edited here, the rest in the plan.
  const fromPlan = Boolean(line.planPackageId);
  const editable = props.editable && !fromPlan;
  const { t } = useTranslation();
  const save = useCallback((patch: Partial<OfferLine>) => onSave(line, patch), [line, onSave]);

  const onKey = useCallback(
    (event: KeyboardEvent<HTMLElement>, column: string, revert: () => void) => {
      const action = lineKeyAction(event, { isSelect: event.currentTarget.tagName === 'SELECT' });
      if (!action) return;
      event.preventDefault();
      if (action.type === 'focus') focusCell(index + action.delta, column);
      else if (action.type === 'revert') revert();
      // The details open on a read-only offer too (to read them).
      else if (editable || action.type === 'details') onCommand(line, action);
    },
    [index, editable, line, onCommand],
  );
  const lang = useUiLanguage();
  const cell = { line, index, editable, onKey, onSave: save, t, language: lang };
  const discountCell = { ...cell, editable: props.editable };
  const texts = rowTexts(t, lang);

  return (
    <div
      className="q-line"
      role="row"
      data-testid="offer-line"
      data-line-id={line.id}
      data-kind={line.kind}
      // Billing is in the details drawer; the row still says it (bench, tests, styling).
      data-billing={line.billing}
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
        {fromPlan && (
          <span className="q-line-note" data-testid="line-from-plan">
            {texts.fromPlan}
          </span>
        )}
        {line.kind !== 'normal' && (
          <span className="q-line-note" data-testid="line-kind-note">
            {t(`offers.kinds.${line.kind}`)}
            {line.kind === 'alternative' &&
              ` · ${props.replacesLabel === null ? texts.replacesMissing : `${texts.replaces} ${props.replacesLabel}`}`}
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
      <SelectCell {...cell} field="unit" options={texts.units} />
      <DecimalCell {...cell} field="unitPrice" />
      <DecimalCell {...discountCell} field="discountPct" />
      <LineNet line={line} currency={currency} lang={lang} />
      {internal && <LineMargin line={line} t={t} lang={lang} currency={currency} />}
      <span className="q-line-actions">
        {line.unit === 'person-day' && editable && <EstimateButton line={line} onApply={save} />}
        <Menu withinPortal position="bottom-end" shadow="md">
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`${texts.menu}: ${line.name}`}
              data-testid="line-menu"
              data-line-index={index}
              data-col="menu"
            >
              ⋯
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              rightSection={<span style={MENU_KEYS_STYLE}>{texts.detailsKeys}</span>}
              onClick={() => onCommand(line, { type: 'details' })}
            >
              {texts.details}
            </Menu.Item>
            {editable && (
              <>
                <Menu.Item
                  rightSection={<span style={MENU_KEYS_STYLE}>{texts.duplicateKeys}</span>}
                  onClick={() => onCommand(line, { type: 'duplicate' })}
                >
                  {texts.duplicate}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  rightSection={<span style={MENU_KEYS_STYLE}>{texts.deleteKeys}</span>}
                  onClick={() => onCommand(line, { type: 'delete' })}
                >
                  {texts.delete}
                </Menu.Item>
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      </span>
    </div>
  );
});
