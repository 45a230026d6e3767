import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, Competitor } from '#shared/domain/analyses';
import type { Deck, Slide, SlideInput } from '#shared/domain/presentations';
import {
  SLIDE_MEDIA_MAX_BYTES,
  useBundles,
  useCatalogItems,
  useClients,
  useRepos,
  ValidationError,
} from '#data';
import { PlatformError, platform } from '../../platform';
import { notifyError } from '../../components/notify-error';
import { bodyKinds, mediaUse, pricedKinds, subtitleKinds } from './deck-view';
import { SavedNumberField, SavedTextField, useIssueText, useSave } from './fields';
import { mediaExtensions, slideMediaType } from './media-file';

/** The selected slide's fields, by its kind; each field saves on its own (blur or pick). */
export function SlideForm({ deck, slide, index }: { deck: Deck; slide: Slide; index: number }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const save = useSave();
  const update = (patch: Partial<SlideInput>) => save(() => repos.slides.update(slide.id, patch));
  const kind = slide.kind;

  return (
    <Paper withBorder radius="md" p="md" data-testid="slide-form" data-kind={kind}>
      <Stack gap="sm">
        <Title order={4}>
          {t('presentations.form.heading', {
            position: index + 1,
            kind: t(`presentations.kinds.${kind}`),
          })}
        </Title>
        <SavedTextField
          label={t('presentations.fields.title')}
          value={slide.title}
          onSave={(title) => update({ title })}
          testId="slide-title"
          maxLength={200}
          placeholder={
            kind in { 'catalog-item': 1, bundle: 1, analysis: 1 }
              ? t('presentations.form.titleFromSource')
              : t('presentations.form.titlePlaceholder')
          }
        />
        {subtitleKinds.includes(kind) && (
          <SavedTextField
            label={t('presentations.fields.subtitle')}
            value={slide.subtitle}
            onSave={(subtitle) => update({ subtitle })}
            testId="slide-subtitle"
            maxLength={300}
          />
        )}
        {kind === 'catalog-item' && <CatalogItemPicker slide={slide} update={update} />}
        {kind === 'bundle' && <BundlePicker slide={slide} update={update} />}
        {pricedKinds.includes(kind) && (
          <Stack gap={4}>
            <Switch
              label={t('presentations.fields.showPrices')}
              description={t('presentations.form.showPricesHint')}
              checked={slide.showPrices}
              onChange={(event) => void update({ showPrices: event.currentTarget.checked })}
              data-testid="slide-show-prices"
            />
            {deck.hidePrices && slide.showPrices && (
              <Text size="xs" c="orange.8" data-testid="slide-prices-overridden">
                {t('presentations.form.showPricesOverridden')}
              </Text>
            )}
          </Stack>
        )}
        {kind === 'reference' && <ClientPicker slide={slide} update={update} />}
        {kind === 'analysis' && <AnalysisPicker slide={slide} update={update} />}
        {kind === 'competitor-comparison' && <CompetitorPicker slide={slide} update={update} />}
        {bodyKinds.includes(kind) && (
          <SavedTextField
            label={t('presentations.fields.body')}
            description={
              kind === 'lead-capture'
                ? t('presentations.form.leadCaptureHint')
                : t('presentations.form.bodyHint')
            }
            value={slide.body}
            onSave={(body) => update({ body })}
            testId="slide-body"
            multiline
            maxLength={5_000}
          />
        )}
        {kind === 'reference' && (
          <>
            <SavedTextField
              label={t('presentations.fields.quote')}
              value={slide.quote}
              onSave={(quote) => update({ quote })}
              testId="slide-quote"
              multiline
              minRows={2}
              maxLength={1_000}
            />
            <SavedTextField
              label={t('presentations.fields.quoteAuthor')}
              value={slide.quoteAuthor}
              onSave={(quoteAuthor) => update({ quoteAuthor })}
              testId="slide-quote-author"
              maxLength={200}
            />
          </>
        )}
        {mediaUse[kind] && <MediaField slide={slide} required={mediaUse[kind] === 'required'} />}
        <SavedTextField
          label={t('presentations.fields.notes')}
          description={t('presentations.form.notesHint')}
          value={slide.notes}
          onSave={(notes) => update({ notes })}
          testId="slide-notes"
          multiline
          minRows={2}
          maxLength={5_000}
        />
        <SavedNumberField
          label={t('presentations.fields.durationSeconds')}
          description={t('presentations.form.durationHint')}
          value={slide.durationSeconds}
          onSave={(durationSeconds) => update({ durationSeconds })}
          testId="slide-duration"
          min={3}
          max={600}
          rangeMessage={t('presentations.form.durationRange')}
        />
      </Stack>
    </Paper>
  );
}

type PickerProps = {
  slide: Slide;
  update: (patch: Partial<SlideInput>) => Promise<string | null>;
};

/** A searchable pick of one record; saves on change, shows a refused save at the field. */
function RecordSelect({
  label,
  placeholder,
  value,
  options,
  onPick,
  testId,
  clearable = false,
  nothingFound,
}: {
  label: string;
  placeholder: string;
  value: string;
  options: { value: string; label: string }[] | undefined;
  onPick: (value: string) => Promise<string | null>;
  testId: string;
  clearable?: boolean;
  nothingFound?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={options ?? []}
      value={value === '' ? null : value}
      searchable
      clearable={clearable}
      nothingFoundMessage={nothingFound}
      error={error}
      data-testid={testId}
      onChange={(next) => {
        void onPick(next ?? '').then((problem) => setError(problem === '' ? null : problem));
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function CatalogItemPicker({ slide, update }: PickerProps) {
  const { t } = useTranslation();
  const items = useCatalogItems();
  const options = useMemo(
    () =>
      items
        ?.filter((item) => !item.deleted || item.id === slide.catalogItemId)
        .map((item) => ({ value: item.id, label: item.name })),
    [items, slide.catalogItemId],
  );
  return (
    <RecordSelect
      label={t('presentations.fields.catalogItemId')}
      placeholder={t('presentations.form.pickCatalogItem')}
      value={slide.catalogItemId}
      options={options}
      onPick={(catalogItemId) => update({ catalogItemId })}
      testId="slide-catalog-item"
      nothingFound={t('presentations.form.noCatalogItems')}
    />
  );
}

function BundlePicker({ slide, update }: PickerProps) {
  const { t } = useTranslation();
  const bundles = useBundles();
  const options = useMemo(
    () =>
      bundles
        ?.filter((bundle) => !bundle.deleted || bundle.id === slide.bundleId)
        .map((bundle) => ({ value: bundle.id, label: bundle.name })),
    [bundles, slide.bundleId],
  );
  return (
    <RecordSelect
      label={t('presentations.fields.bundleId')}
      placeholder={t('presentations.form.pickBundle')}
      value={slide.bundleId}
      options={options}
      onPick={(bundleId) => update({ bundleId })}
      testId="slide-bundle"
    />
  );
}

function ClientPicker({ slide, update }: PickerProps) {
  const { t } = useTranslation();
  const clients = useClients();
  const options = useMemo(
    () => clients?.map((client) => ({ value: client.id, label: client.name })),
    [clients],
  );
  return (
    <RecordSelect
      label={t('presentations.fields.clientId')}
      placeholder={t('presentations.form.pickClient')}
      value={slide.clientId}
      options={options}
      onPick={(clientId) => update({ clientId })}
      testId="slide-client"
      clearable
    />
  );
}

/** Analyses and competitors for the pickers, read once when the form opens. */
function useOnce<T>(load: () => Promise<T[]>): T[] | undefined {
  const { t } = useTranslation();
  const [rows, setRows] = useState<T[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setRows(loaded),
      (error: unknown) => notifyError(error, t),
    );
    return () => {
      live = false;
    };
    // Loaded once per form: the pickers' lists do not change while a slide is edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return rows;
}

function AnalysisPicker({ slide, update }: PickerProps) {
  const { t } = useTranslation();
  const repos = useRepos();
  const analyses = useOnce<Analysis>(() => repos.analyses.list());
  const options = useMemo(
    () =>
      analyses
        ?.filter((analysis) => !analysis.deleted)
        .map((analysis) => ({
          value: analysis.id,
          label: `${analysis.title} (${t(`analysisEditors.kinds.${analysis.kind}`)})`,
        })),
    [analyses, t],
  );
  return (
    <RecordSelect
      label={t('presentations.fields.analysisId')}
      placeholder={t('presentations.form.pickAnalysis')}
      value={slide.analysisId}
      options={options}
      onPick={(analysisId) => update({ analysisId })}
      testId="slide-analysis"
    />
  );
}

function CompetitorPicker({ slide, update }: PickerProps) {
  const { t } = useTranslation();
  const repos = useRepos();
  const competitors = useOnce<Competitor>(() => repos.competitors.list());
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(
    () =>
      competitors
        ?.filter((competitor) => !competitor.deleted)
        .map((competitor) => ({ value: competitor.id, label: competitor.name })) ?? [],
    [competitors],
  );
  return (
    <MultiSelect
      label={t('presentations.fields.competitorIds')}
      description={t('presentations.form.competitorsHint')}
      placeholder={slide.competitorIds.length === 0 ? t('presentations.form.pickCompetitors') : ''}
      data={options}
      value={slide.competitorIds}
      maxValues={6}
      searchable
      error={error}
      data-testid="slide-competitors"
      onChange={(competitorIds) => {
        void update({ competitorIds }).then((problem) => setError(problem === '' ? null : problem));
      }}
    />
  );
}

/** The slide's image or video: pick a file (platform dialog), replace or remove it. */
function MediaField({ slide, required }: { slide: Slide; required: boolean }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const issueText = useIssueText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await platform.openFile({
        accept: mediaExtensions(slide.kind === 'media'),
        maxBytes: SLIDE_MEDIA_MAX_BYTES,
      });
      if (!file) return;
      await repos.slides.setMedia(slide.id, {
        name: file.name,
        mimeType: slideMediaType(file.name),
        data: file.data,
      });
      notifications.show({ message: t('presentations.form.mediaAdded', { name: file.name }) });
    } catch (caught) {
      if (caught instanceof ValidationError) setError(issueText(caught));
      else if (caught instanceof PlatformError && caught.code === 'file-too-large') {
        setError(t('presentations.form.mediaTooLarge'));
      } else notifyError(caught, t);
    } finally {
      setBusy(false);
    }
  };
  const clear = async () => {
    try {
      await repos.slides.clearMedia(slide.id);
    } catch (caught) {
      notifyError(caught, t);
    }
  };

  return (
    <Stack gap={4} data-testid="slide-media">
      <Text size="sm" fw={500}>
        {required ? t('presentations.form.media') : t('presentations.form.mediaOptional')}
      </Text>
      <Group gap="xs">
        <Text size="sm" c={slide.mediaName ? undefined : 'dimmed'} data-testid="slide-media-name">
          {slide.mediaName || t('presentations.form.mediaNone')}
        </Text>
        <Button
          size="xs"
          variant="default"
          loading={busy}
          onClick={() => void upload()}
          data-testid="slide-media-upload"
        >
          {slide.mediaSha256
            ? t('presentations.form.mediaReplace')
            : t('presentations.form.mediaUpload')}
        </Button>
        {slide.mediaSha256 && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => void clear()}
            data-testid="slide-media-remove"
          >
            {t('presentations.form.mediaRemove')}
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" variant="light" p="xs" data-testid="slide-media-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
