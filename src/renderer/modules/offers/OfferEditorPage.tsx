import { Accordion, Button, Grid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OfferLine, OfferSection } from '#shared/domain';
import { isEditable } from '#shared/offers/status';
import { EmptyState } from '../../components/EmptyState';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { useRepos } from '../../data';
import {
  useClient,
  useCompany,
  useOffer,
  useOfferLines,
  useOfferSections,
  useOfferSettings,
} from '#data';
import { focusWhenRendered, freeLine } from './AddLineControls';
import { CompareVariantsModal } from './CompareVariantsModal';
import { DiffModal } from './DiffModal';
import { focusAfterLineDelete, focusSectionTitle } from './editor-focus';
import { useEditorStore } from './editor.store';
import { LineDetailsDrawer } from './LineDetailsDrawer';
import type { LineCommand } from './LineRow';
import { OfferHeader } from './OfferHeader';
import { OfferTermsForm } from './OfferTermsForm';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SectionBlock, type LineDropTarget } from './SectionBlock';
import { TotalsBar, TotalsPanel } from './TotalsPanel';
import { Slot } from '../../app/slots';
import { placeholderContext } from './placeholder-context';
import { byPosition } from '#shared/ordering';
import { positionNumbers } from '#shared/offers/positions';
import { defaultSectionTitles } from '#shared/offers/section-titles';

/** The offer editor: terms, sections with keyboard-driven lines, live totals, lifecycle. */
export function OfferEditorPage() {
  const { offerId = '' } = useParams();
  const { t } = useTranslation();
  const repos = useRepos();
  const offer = useOffer(offerId);
  const sections = useOfferSections(offerId);
  const lines = useOfferLines(offerId);
  const settings = useOfferSettings();
  const client = useClient(offer?.clientId);
  const company = useCompany();
  const deleteWithUndo = useDeleteWithUndo();
  const clearDraft = useEditorStore((state) => state.clearDraft);
  const load = useEditorStore((state) => state.load);
  const customerMode = useCustomerMode();
  const [dialog, setDialog] = useState<'diff' | 'compare' | null>(null);
  // The line whose details drawer is open (billing, kind, purchase price, long text).
  const [detailsLineId, setDetailsLineId] = useState<string | null>(null);
  // The line grid needs about 1,100 px: beside it the totals fit only on wide windows.
  const wide = useMediaQuery('(min-width: 1700px)') ?? false;
  const minMarginPct = settings?.minMarginPct ?? '';
  // The live totals live in the editor store; this page does not re-render per keystroke.
  useLayoutEffect(() => {
    if (offer && lines) load(offer, lines, minMarginPct);
  }, [offer, lines, minMarginPct, load]);
  useEffect(() => () => useEditorStore.getState().reset(), []);

  const grouped = useMemo(() => {
    const sorted = [...(sections ?? [])].sort(byPosition);
    let start = 0;
    return sorted.map((section) => {
      const sectionLines = (lines ?? [])
        .filter((line) => line.sectionId === section.id)
        .sort(byPosition);
      const entry = { section, lines: sectionLines, startIndex: start };
      start += sectionLines.length;
      return entry;
    });
  }, [sections, lines]);
  // One numbering for the editor, every document and the diff (offers/positions).
  const numbers = useMemo(
    () => positionNumbers({ sections: sections ?? [], lines: lines ?? [] }),
    [sections, lines],
  );
  const replaceOptions = useMemo(
    () =>
      grouped
        .flatMap((entry) => entry.lines)
        .filter((line) => line.kind === 'normal')
        .map((line) => ({
          value: line.originId,
          label: `${numbers.get(line.id) ?? ''} ${line.name}`.trim(),
        })),
    [grouped, numbers],
  );
  const fail = useCallback(
    (error: unknown) =>
      notifications.show({
        title: t('common.errorTitle'),
        message: String(error instanceof Error ? error.message : error),
        color: 'red',
      }),
    [t],
  );
  const onSaveLine = useCallback(
    (line: OfferLine, patch: Partial<OfferLine>) => {
      const next: Partial<OfferLine> = { ...patch };
      // A new alternative waits for the user to choose what it replaces (never the first line
      // by default); the check before sending reports one without a target.
      if (patch.kind && patch.kind !== 'alternative') next.replacesOriginId = '';
      const drafted = (['quantity', 'unitPrice', 'discountPct', 'unitCost'] as const).filter(
        (field) => field in patch,
      );
      void repos.offerLines.update(line.id, next).then(
        // A newer keystroke keeps its draft; the saved value is now the line's own.
        () => drafted.forEach((field) => clearDraft(line.id, field, patch[field])),
        (error: unknown) => {
          // Nothing was saved: the totals go back to the stored value, the cell shows why.
          drafted.forEach((field) => clearDraft(line.id, field));
          fail(error);
        },
      );
    },
    [repos, clearDraft, fail],
  );
  const onLineCommand = useCallback(
    (line: OfferLine, command: LineCommand) => {
      if (command.type === 'details') {
        setDetailsLineId(line.id);
        return;
      }
      const siblings = grouped.find((entry) => entry.section.id === line.sectionId)?.lines ?? [];
      const index = siblings.findIndex((candidate) => candidate.id === line.id);
      const focusAt = (lineId: string, column = 'name') =>
        focusWhenRendered(`[data-line-id="${lineId}"] [data-col="${column}"]`);
      const run = async () => {
        if (command.type === 'add-after') {
          const created = await repos.offerLines.add({
            ...freeLine(t('offers.editor.newLine')),
            offerId: line.offerId,
            sectionId: line.sectionId,
            after: line.id,
          });
          focusAt(created.id);
        } else if (command.type === 'duplicate') {
          const copy = await repos.offerLines.duplicate(line.id);
          focusAt(copy.id);
        } else if (command.type === 'delete') {
          const column = (document.activeElement as HTMLElement | null)?.dataset.col ?? 'name';
          await deleteWithUndo({
            label: line.name,
            remove: () => repos.offerLines.remove(line.id),
            restore: () => repos.offerLines.restore(line.id),
          });
          focusAfterLineDelete({
            order: grouped.flatMap((entry) => entry.lines.map((candidate) => candidate.id)),
            deletedId: line.id,
            sectionId: line.sectionId,
            column,
          });
        } else if (command.type === 'move') {
          const column = (document.activeElement as HTMLElement | null)?.dataset.col ?? 'name';
          const target = command.direction === 'up' ? index - 1 : index + 1;
          if (target < 0 || target >= siblings.length) {
            // At a section's edge the line moves on into the neighbouring section.
            const sectionIndex = grouped.findIndex((entry) => entry.section.id === line.sectionId);
            const next = grouped[sectionIndex + (command.direction === 'up' ? -1 : 1)];
            if (!next) return;
            await repos.offerLines.move(
              line.id,
              command.direction === 'up'
                ? { sectionId: next.section.id, after: next.lines.at(-1)?.id }
                : { sectionId: next.section.id, before: next.lines[0]?.id },
            );
            focusAt(line.id, column);
            return;
          }
          const others = siblings.filter((candidate) => candidate.id !== line.id);
          await repos.offerLines.move(line.id, {
            sectionId: line.sectionId,
            after: others[target - 1]?.id,
            before: others[target]?.id,
          });
          focusAt(line.id, column);
        }
      };
      void run().catch(fail);
    },
    [grouped, repos, deleteWithUndo, t, fail],
  );
  const onDropLine = useCallback(
    (lineId: string, target: LineDropTarget) =>
      void repos.offerLines.move(lineId, target).catch(fail),
    [repos, fail],
  );
  const onRename = useCallback(
    (section: OfferSection, title: string) =>
      void repos.offerSections.rename(section.id, title).catch(fail),
    [repos, fail],
  );
  const onDeleteSection = useCallback(
    (section: OfferSection) =>
      void deleteWithUndo({
        label: section.title,
        remove: () => repos.offerSections.remove(section.id),
        restore: () => repos.offerSections.restore(section.id),
      }).catch(fail),
    [repos, deleteWithUndo, fail],
  );

  if (
    offer === undefined ||
    sections === undefined ||
    lines === undefined ||
    settings === undefined
  )
    return null;
  if (offer === null || offer.deleted) {
    return (
      <EmptyState
        title={t('offers.notFound')}
        action={
          <Button component={Link} to="/offers">
            {t('offers.backToList')}
          </Button>
        }
      />
    );
  }
  const editable = isEditable(offer);
  // The device's customer mode hides the internal view on every offer, whatever the offer says.
  const internal = !offer.customerView && !customerMode;
  const totalsPanel = <TotalsPanel offer={offer} internal={internal} />;

  return (
    <Stack
      gap="md"
      data-testid="offer-editor"
      data-editable={editable}
      className={editable ? undefined : 'q-offer-readonly'}
    >
      <OfferHeader
        offer={offer}
        client={client}
        onDiff={() => setDialog('diff')}
        onCompare={() => setDialog('compare')}
      />
      <ReadOnlyBanner offer={offer} />
      <Grid gap="md">
        <Grid.Col span={wide ? 9 : 12}>
          <Stack gap="md">
            {/* Open while a new offer is filled in; folded once it has lines, to give them room. */}
            <Accordion
              variant="contained"
              defaultValue={editable && lines.length === 0 ? 'terms' : null}
            >
              <Accordion.Item value="terms">
                <Accordion.Control>{t('offers.editor.details')}</Accordion.Control>
                <Accordion.Panel>
                  <OfferTermsForm
                    offer={offer}
                    settings={settings}
                    editable={editable}
                    hasLines={lines.length > 0}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            {editable && (
              <Text size="xs" c="dimmed">
                {t('offers.editor.keyboardHint')}
              </Text>
            )}
            {grouped.map((entry) => (
              <SectionBlock
                key={entry.section.id}
                offer={offer}
                section={entry.section}
                lines={entry.lines}
                startIndex={entry.startIndex}
                numbers={numbers}
                editable={editable}
                internal={internal}
                currency={offer.currency}
                replaceOptions={replaceOptions}
                canDelete={grouped.length > 1}
                onSaveLine={onSaveLine}
                onLineCommand={onLineCommand}
                onDropLine={onDropLine}
                onRename={onRename}
                onDelete={onDeleteSection}
              />
            ))}
            {editable && (
              <Button
                variant="default"
                onClick={() =>
                  void repos.offerSections
                    .add({
                      offerId: offer.id,
                      // The document's language, not the UI's: the title prints in the proposal.
                      title: defaultSectionTitles.added[offer.language],
                      after: grouped.at(-1)?.section.id,
                    })
                    // Typing goes into the new title, not into the button (which made empty sections).
                    .then((created) => focusSectionTitle(created.id))
                    .catch(fail)
                }
              >
                {t('offers.editor.addSection')}
              </Button>
            )}
            <Slot
              name="offerEditor.main"
              props={{ offer, context: placeholderContext({ offer, client, company }) }}
            />
          </Stack>
        </Grid.Col>
        {wide ? (
          <Grid.Col span={3}>
            <div className="q-sticky">{totalsPanel}</div>
          </Grid.Col>
        ) : (
          <Grid.Col span={12}>{totalsPanel}</Grid.Col>
        )}
      </Grid>
      {!wide && <TotalsBar offer={offer} internal={internal} />}
      <LineDetailsDrawer
        line={lines.find((line) => line.id === detailsLineId && !line.deleted) ?? null}
        pos={numbers.get(detailsLineId ?? '') ?? ''}
        editable={editable}
        internal={internal}
        replaceOptions={replaceOptions.filter(
          (option) => option.value !== lines.find((line) => line.id === detailsLineId)?.originId,
        )}
        onSave={onSaveLine}
        onClose={() => setDetailsLineId(null)}
      />
      <DiffModal offer={offer} opened={dialog === 'diff'} onClose={() => setDialog(null)} />
      {offer.variantGroupId && (
        <CompareVariantsModal
          offer={offer}
          opened={dialog === 'compare'}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
