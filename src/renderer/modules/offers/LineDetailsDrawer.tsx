import { Drawer, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { billingKinds, lineKinds, vatRates, type Offer, type OfferLine } from '#shared/domain';
import { Slot } from '../../app/slots';
import { Internal } from '../../components/Internal';
import { useDecimalField } from './LineCells';
import { useUiLanguage } from '../../components/useUiLanguage';

type Props = {
  offer: Offer;
  /** The line whose details are open; null closes the drawer. */
  line: OfferLine | null;
  pos: string;
  editable: boolean;
  /** The editor's internal view (off in the offer's customer view and in customer mode). */
  internal: boolean;
  replaceOptions: { value: string; label: string }[];
  onSave: (line: OfferLine, patch: Partial<OfferLine>) => void;
  onClose: () => void;
};

/** The purchase price: plain while typed, formatted ("1.400,00") otherwise; drafts feed the margin. */
function UnitCostField({
  line,
  editable,
  onSave,
}: {
  line: OfferLine;
  editable: boolean;
  onSave: (patch: Partial<OfferLine>) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const cell = useDecimalField({ line, field: 'unitCost', language, onSave });
  return (
    <TextInput
      label={t('offers.line.unitCost')}
      data-col="unitCost"
      value={cell.text}
      error={cell.error ? t(cell.error) : undefined}
      readOnly={!editable}
      inputMode="decimal"
      styles={{ input: { textAlign: 'right' } }}
      onChange={(event) => cell.change(event.currentTarget.value)}
      onFocus={cell.onFocus}
      onBlur={cell.onBlur}
      onKeyDown={(event) => {
        if (event.key === 'Enter') cell.commit();
        if (event.key === 'Escape' && cell.error !== null) {
          // Esc first discards a bad entry; a second Esc closes the drawer.
          event.stopPropagation();
          cell.revert();
        }
      }}
    />
  );
}

/** The long text, saved when the field is left. */
function DescriptionField({
  line,
  editable,
  onSave,
}: {
  line: OfferLine;
  editable: boolean;
  onSave: (patch: Partial<OfferLine>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(line.description);
  useEffect(() => setText(line.description), [line.description]);
  const tooLong = text.length > 5000;
  return (
    <Textarea
      label={t('offers.line.description')}
      description={t('offers.line.descriptionHint')}
      autosize
      minRows={4}
      maxRows={14}
      value={text}
      readOnly={!editable}
      error={tooLong ? t('offers.line.descriptionTooLong', { count: text.length }) : undefined}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => {
        if (!tooLong && text !== line.description) onSave({ description: text });
      }}
    />
  );
}

/**
 * A line's less common fields, out of the grid so that names have room at 1280 px: VAT,
 * billing, kind (and what an alternative replaces), purchase price (internal view only) and
 * the long text. Opened from the row's menu or with Alt+Enter.
 */
export function LineDetailsDrawer({
  offer,
  line,
  pos,
  editable,
  internal,
  replaceOptions,
  onSave,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const save = (patch: Partial<OfferLine>) => line && onSave(line, patch);
  const list = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <Drawer
      opened={line !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={line ? t('offers.line.detailsTitle', { pos }) : ''}
      data-testid="line-details"
    >
      {line && (
        <Stack gap="md" data-testid="line-details-body" data-line-id={line.id}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {line.name}
          </Text>
          <NativeSelect
            label={t('offers.line.billing')}
            value={line.billing}
            disabled={!editable}
            data={list(billingKinds, 'offers.billing')}
            onChange={(event) =>
              save({ billing: event.currentTarget.value as OfferLine['billing'] })
            }
          />
          <NativeSelect
            label={t('offers.line.kind')}
            value={line.kind}
            disabled={!editable}
            data={list(lineKinds, 'offers.kinds')}
            onChange={(event) => save({ kind: event.currentTarget.value as OfferLine['kind'] })}
          />
          {line.kind === 'alternative' && (
            <NativeSelect
              label={t('offers.editor.replacesPlaceholder')}
              value={line.replacesOriginId}
              disabled={!editable}
              data={[
                { value: '', label: t('offers.editor.replacesPlaceholder'), disabled: true },
                ...replaceOptions,
              ]}
              onChange={(event) => save({ replacesOriginId: event.currentTarget.value })}
            />
          )}
          <NativeSelect
            label={t('offers.line.vatPct')}
            value={line.vatPct}
            disabled={!editable}
            data={vatRates.map((rate) => ({ value: rate, label: `${rate} %` }))}
            onChange={(event) => save({ vatPct: event.currentTarget.value as OfferLine['vatPct'] })}
          />
          {internal && (
            <Internal>
              <UnitCostField key={line.id} line={line} editable={editable} onSave={save} />
            </Internal>
          )}
          <DescriptionField key={line.id} line={line} editable={editable} onSave={save} />
          {/* Other areas' details of the line (competitor prices): internal only. */}
          {internal && <Slot name="offerEditor.lineDetail" props={{ offer, line }} />}
        </Stack>
      )}
    </Drawer>
  );
}
