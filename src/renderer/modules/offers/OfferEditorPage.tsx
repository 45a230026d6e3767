import { Accordion, Button, Grid, Group, Stack, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { OfferLine, OfferSection } from '#shared/domain';
import { isEditable } from '#shared/offers/status';
import { EmptyState } from '../../components/EmptyState';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useCustomerMode } from '../../stores/customer-mode.store';
import {
  useRepos,
  useClient,
  useCompany,
  useOffer,
  useOfferLines,
  useOfferSections,
  useOfferSettings,
} from '#data';
import { freeLine } from './AddLineControls';
import { CompareVariantsModal } from './CompareVariantsModal';
import { DiffModal } from './DiffModal';
import { focusAfterStep } from './editor-focus';
import { useEditorStore } from './editor.store';
import { LineDetailsDrawer } from './LineDetailsDrawer';
import {
  planAddSection,
  planLineCommand,
  type EditorPlan,
  type LineCommand,
} from './line-commands';
import { OfferAside } from './OfferAside';
import { OfferHeader } from './OfferHeader';
import { OfferTermsForm } from './OfferTermsForm';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SectionBlock, type LineDropTarget } from './SectionBlock';
import { TotalsBar, TotalsPanel } from './TotalsPanel';
import { Slot, useSlot } from '../../app/slots';
import { placeholderContext } from './placeholder-context';
import { byPosition } from '#shared/ordering';
import { positionNumbers } from '#shared/offers/positions';
import { alternativeTargets, withAlternativeRule } from '#shared/offers/alternatives';
import { notifyError } from '../../components/notify-error';

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
  // Other areas' tabs (the project plan): `?tab=<id>` opens one; the lines are the default.
  const tabs = useSlot('offerEditor.tab');
  const [params, setParams] = useSearchParams();
  const requestedTab = params.get('tab');
  const tab = tabs.some((contribution) => contribution.id === requestedTab)
    ? (requestedTab ?? 'lines')
    : 'lines';
  const [dialog, setDialog] = useState<'diff' | 'compare' | null>(null);
  // The line whose details drawer is open (billing, kind, purchase price, long text).
  const [detailsLineId, setDetailsLineId] = useState<string | null>(null);
  // The terms panel: open while a new offer is filled in, folded once it has lines. Its form
  // (with the contact and follow-up queries) mounts when first opened, not with the lines.
  const [termsOpened, setTermsOpened] = useState<boolean | null>(null);
  const [termsMounted, setTermsMounted] = useState(false);
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
  // What an alternative may replace (offers/alternatives), labelled with its position number.
  const ordered = useMemo(() => grouped.flatMap((entry) => entry.lines), [grouped]);
  const replaceOption = useCallback(
    (line: OfferLine) => ({
      value: line.originId,
      label: `${numbers.get(line.id) ?? ''} ${line.name}`.trim(),
    }),
    [numbers],
  );
  const replaceOptions = useMemo(
    () => alternativeTargets(ordered).map(replaceOption),
    [ordered, replaceOption],
  );
  // The data layer's typed errors in the UI language (never its English text).
  const fail = useCallback((error: unknown) => notifyError(error, t), [t]);
  const onSaveLine = useCallback(
    (line: OfferLine, patch: Partial<OfferLine>) => {
      const next = withAlternativeRule(patch);
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
  // Runs a plan of line-commands with the repositories, then moves the focus as it says.
  const runPlan = useCallback(
    async (plan: EditorPlan, label = '') => {
      const { step } = plan;
      let created: string | undefined;
      switch (step.kind) {
        case 'details':
          setDetailsLineId(step.lineId);
          break;
        case 'add-line':
          created = (
            await repos.offerLines.add({
              ...freeLine(t('offers.editor.newLine')),
              offerId,
              sectionId: step.sectionId,
              after: step.after,
            })
          ).id;
          break;
        case 'duplicate':
          created = (await repos.offerLines.duplicate(step.lineId)).id;
          break;
        case 'delete':
          await deleteWithUndo({
            label,
            remove: () => repos.offerLines.remove(step.lineId),
            restore: () => repos.offerLines.restore(step.lineId),
          });
          break;
        case 'move':
          await repos.offerLines.move(step.lineId, step.to);
          break;
        case 'add-section':
          created = (
            await repos.offerSections.add({ offerId, title: step.title, after: step.after })
          ).id;
          break;
      }
      focusAfterStep(plan.focus, created);
    },
    [offerId, repos, deleteWithUndo, t],
  );
  const onLineCommand = useCallback(
    (line: OfferLine, command: LineCommand) => {
      const plan = planLineCommand({
        sections: grouped,
        lineId: line.id,
        command,
        // A moved line keeps the focused column; a delete hands it to the next line.
        column: (document.activeElement as HTMLElement | null)?.dataset.col,
      });
      if (plan) void runPlan(plan, line.name).catch(fail);
    },
    [grouped, runPlan, fail],
  );
  const onDropLine = useCallback(
    (lineId: string, to: LineDropTarget) => {
      const plan = planLineCommand({ sections: grouped, lineId, command: { type: 'move-to', to } });
      if (plan) void runPlan(plan).catch(fail);
    },
    [grouped, runPlan, fail],
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
  const detailsLine = lines.find((line) => line.id === detailsLineId && !line.deleted) ?? null;
  // Decided once, when the offer is first shown: adding the first line does not fold it.
  const termsOpen = termsOpened ?? (editable && lines.length === 0);
  if (termsOpened === null) setTermsOpened(termsOpen);

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
          {tabs.length > 0 && (
            <Tabs
              value={tab}
              onChange={(value) =>
                value && setParams(value === 'lines' ? {} : { tab: value }, { replace: true })
              }
              keepMounted={false}
              mb="md"
            >
              <Tabs.List>
                <Tabs.Tab value="lines" data-testid="offer-tab-lines">
                  {t('offers.editor.linesTab')}
                </Tabs.Tab>
                {tabs.map(({ id, label }) => (
                  <Tabs.Tab key={id} value={id} data-testid={`offer-tab-${id}`}>
                    {label && t(label)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {tabs.map(({ id, component: Panel }) => (
                <Tabs.Panel key={id} value={id} pt="md">
                  <Suspense fallback={null}>
                    <Panel offer={offer} editable={editable} internal={internal} />
                  </Suspense>
                </Tabs.Panel>
              ))}
            </Tabs>
          )}
          {tab === 'lines' && (
            <Stack gap="md">
              <Accordion
                variant="contained"
                value={termsOpen ? 'terms' : null}
                onChange={(value) => {
                  setTermsOpened(value === 'terms');
                  if (value === 'terms') setTermsMounted(true);
                }}
              >
                <Accordion.Item value="terms">
                  <Accordion.Control>{t('offers.editor.details')}</Accordion.Control>
                  <Accordion.Panel>
                    {(termsOpen || termsMounted) && (
                      <OfferTermsForm
                        offer={offer}
                        settings={settings}
                        editable={editable}
                        hasLines={lines.length > 0}
                      />
                    )}
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
              <Group justify="space-between" wrap="nowrap" align="center">
                <Text size="xs" c="dimmed">
                  {editable ? t('offers.editor.keyboardHint') : ''}
                </Text>
                <OfferAside offer={offer} internal={internal} />
              </Group>
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
                    void runPlan(
                      planAddSection({ sections: grouped, language: offer.language }),
                    ).catch(fail)
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
          )}
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
        offer={offer}
        line={detailsLine}
        pos={numbers.get(detailsLineId ?? '') ?? ''}
        // A line from the project plan is edited in the plan; its details are read here.
        editable={editable && !detailsLine?.planPackageId}
        internal={internal}
        replaceOptions={
          detailsLine ? alternativeTargets(ordered, detailsLine).map(replaceOption) : []
        }
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
