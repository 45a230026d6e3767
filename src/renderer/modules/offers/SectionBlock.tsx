import { ActionIcon, Anchor, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { memo, useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BillingKind, Currency, Offer, OfferLine, OfferSection } from '#shared/domain';
import { sectionSubtotals, subtotalLabel } from '#shared/documents/totals';
import { formatMoney } from '#shared/money';
import { AddLineControls } from './AddLineControls';
import { LINES_PER_PAGE, LinePage } from './LinePage';
import { SectionPackageSwitch } from './SectionPackageSwitch';
import { useEditorStore } from './editor.store';
import { customerTemplate, internalTemplate, LineRow, type LineCommand } from './LineRow';
import { useUiLanguage } from '../../components/useUiLanguage';
import type { OfferLineMove } from '#data';

/** Where a dragged line lands: the data layer's board move of a line. */
export type LineDropTarget = OfferLineMove;

type Props = {
  offer: Offer;
  section: OfferSection;
  lines: OfferLine[];
  startIndex: number;
  /** Position numbers of every line ("1.2"), offers/positions. */
  numbers: ReadonlyMap<string, string>;
  editable: boolean;
  internal: boolean;
  currency: Currency;
  replaceOptions: { value: string; label: string }[];
  canDelete: boolean;
  onSaveLine: (line: OfferLine, patch: Partial<OfferLine>) => void;
  onLineCommand: (line: OfferLine, command: LineCommand) => void;
  onDropLine: (lineId: string, target: LineDropTarget) => void;
  onRename: (section: OfferSection, title: string) => void;
  onDelete: (section: OfferSection) => void;
};

/** Columns of quantity, unit price, discount, net and margin (see heads). */
const NUMERIC_HEADS: ReadonlySet<number> = new Set([2, 4, 5, 6, 7]);

function pagesOf<T>(items: readonly T[]): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += LINES_PER_PAGE)
    pages.push(items.slice(i, i + LINES_PER_PAGE));
  return pages;
}

/** The section's subtotals per billing kind as typed right now (never one-time + monthly). */
function SectionSubtotal({
  lines,
  currency,
  language,
  title,
}: {
  lines: readonly OfferLine[];
  currency: Currency;
  language: 'de' | 'en';
  title: string;
}) {
  // A string: the section re-renders only when its own subtotals change, not per keystroke.
  const key = useEditorStore((state) => {
    const totals = state.live.totals;
    if (!totals) return '';
    return sectionSubtotals({ totals, lines })
      .map((subtotal) => `${subtotal.billing}=${subtotal.net}`)
      .join(';');
  });
  const subtotals = key
    .split(';')
    .filter(Boolean)
    .map((entry) => {
      const [billing, net] = entry.split('=') as [BillingKind, string];
      return { billing, net };
    });
  const split = subtotals.length > 1;
  return (
    <Stack gap={0} align="flex-end">
      {(subtotals.length > 0 ? subtotals : [{ billing: 'one-time' as const, net: '0.00' }]).map(
        (subtotal) => (
          <Text fw={600} key={subtotal.billing} data-testid="section-subtotal">
            {subtotalLabel({ title, billing: subtotal.billing, split, language }).replace(
              ` ${title}`,
              '',
            )}
            : {formatMoney(subtotal.net, currency, language)}
          </Text>
        ),
      )}
    </Stack>
  );
}

/** One section: its title, column heads, lines, subtotal and the controls that add lines. */
export const SectionBlock = memo(function SectionBlock(props: Props) {
  const { offer, section, lines, startIndex, internal, currency } = props;
  const { t } = useTranslation();
  // A section the project plan generated is edited in the plan: its title, lines and deletion.
  const fromPlan = Boolean(section.planPhaseId);
  const editable = props.editable && !fromPlan;
  const language = useUiLanguage();
  const [title, setTitle] = useState(section.title);
  const [over, setOver] = useState(false);
  useEffect(() => setTitle(section.title), [section.title]);

  const dropTarget = (event: DragEvent<HTMLDivElement>, draggedId: string): LineDropTarget => {
    const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-line-id]')].filter(
      (row) => row.dataset.lineId !== draggedId,
    );
    const next = rows.find((row) => {
      const box = row.getBoundingClientRect();
      return event.clientY < box.top + box.height / 2;
    });
    const index = next ? rows.indexOf(next) : rows.length;
    return {
      sectionId: section.id,
      before: next?.dataset.lineId,
      after: index > 0 ? rows[index - 1]?.dataset.lineId : undefined,
    };
  };

  // VAT, billing, kind and purchase price are in the line details drawer (LineDetailsDrawer).
  const heads = [
    t('offers.line.pos'),
    t('offers.line.name'),
    t('offers.line.quantity'),
    t('offers.line.unit'),
    t('offers.line.unitPrice'),
    t('offers.line.discountPct'),
    t('offers.line.net'),
    ...(internal ? [t('offers.line.margin')] : []),
    '',
  ];

  return (
    <Paper withBorder radius="md" p="sm" data-testid="offer-section" data-section-id={section.id}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <TextInput
          variant="unstyled"
          size="md"
          fw={600}
          aria-label={t('offers.editor.sectionTitle')}
          value={title}
          readOnly={!editable}
          classNames={editable ? undefined : { input: 'q-readonly' }}
          onChange={(event) => setTitle(event.currentTarget.value)}
          onBlur={() =>
            title.trim() && title.trim() !== section.title && props.onRename(section, title.trim())
          }
          onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
          style={{ flex: 1 }}
          styles={{ input: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
        />
        {fromPlan && (
          <Anchor
            component={Link}
            to={`/offers/${offer.id}?tab=plan`}
            size="xs"
            data-testid="section-from-plan"
            style={{ whiteSpace: 'nowrap' }}
          >
            {t('offers.editor.fromPlan')}
          </Anchor>
        )}
        <SectionPackageSwitch section={section} editable={editable} />
        <SectionSubtotal
          lines={lines}
          title={section.title}
          currency={currency}
          language={language}
        />
        {editable && props.canDelete && (
          <Tooltip label={t('offers.editor.deleteSection')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('offers.editor.deleteSection')}: ${section.title}`}
              onClick={() => props.onDelete(section)}
            >
              ✕
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <div className="q-lines" role="grid" style={{ overflowX: 'auto' }}>
        <div
          className="q-line q-line-head"
          role="row"
          style={{ gridTemplateColumns: internal ? internalTemplate : customerTemplate }}
        >
          {heads.map((head, index) => (
            <span
              key={index}
              role="columnheader"
              // Numbers are right-aligned in their cells; so are their heads.
              style={NUMERIC_HEADS.has(index) ? { textAlign: 'right' } : undefined}
            >
              {head}
            </span>
          ))}
        </div>
        <div
          data-over={over}
          className="q-line-drop"
          onDragOver={(event) => {
            if (!editable || !event.dataTransfer.types.includes('application/x-quotient-line'))
              return;
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(event) => {
            setOver(false);
            const id = event.dataTransfer.getData('application/x-quotient-line');
            if (!id) return;
            event.preventDefault();
            props.onDropLine(id, dropTarget(event, id));
          }}
        >
          {lines.length === 0 && (
            <Text size="sm" c="dimmed" py="sm">
              {t('offers.editor.emptySection')}
            </Text>
          )}
          {pagesOf(lines).map((page, pageIndex) => (
            <LinePage
              key={page[0]?.id ?? pageIndex}
              eager={startIndex + pageIndex * LINES_PER_PAGE < LINES_PER_PAGE}
              count={page.length}
            >
              {() =>
                page.map((line, offset) => (
                  <LineRow
                    key={line.id}
                    line={line}
                    pos={props.numbers.get(line.id) ?? ''}
                    index={startIndex + pageIndex * LINES_PER_PAGE + offset}
                    editable={props.editable}
                    internal={internal}
                    currency={currency}
                    replacesLabel={
                      line.kind === 'alternative'
                        ? (props.replaceOptions.find(
                            (option) => option.value === line.replacesOriginId,
                          )?.label ?? null)
                        : null
                    }
                    onSave={props.onSaveLine}
                    onCommand={props.onLineCommand}
                  />
                ))
              }
            </LinePage>
          ))}
        </div>
      </div>
      {editable && (
        <AddLineControls offer={offer} sectionId={section.id} sectionEmpty={lines.length === 0} />
      )}
    </Paper>
  );
});
