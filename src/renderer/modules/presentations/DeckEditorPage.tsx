import {
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { SlideKind } from '#shared/domain/presentations';
import { useRepos } from '#data';
import { useDeck, useDeckSlides, usePresentableDeck } from '#data/presentations/hooks';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify-error';
import { DeckSettings } from './DeckSettings';
import { formatDuration, selectionAfter, totalSeconds } from './deck-view';
import { SlideForm } from './SlideForm';
import { SlideList } from './SlideList';
import { SlideView } from './slide';
import { useDeckExport } from './export';

/** The deck editor (route `presentations/:deckId`). */
export function DeckEditorPage() {
  const { deckId = '' } = useParams();
  const { t } = useTranslation();
  const deck = useDeck(deckId);
  if (deck === undefined) return null;
  if (deck === null || deck.deleted) {
    return (
      <EmptyState
        title={t('presentations.editor.notFound')}
        text={t('presentations.editor.notFoundText')}
        action={
          <Button component={Link} to="/presentations" variant="light">
            {t('presentations.editor.back')}
          </Button>
        }
      />
    );
  }
  return <DeckEditor key={deck.id} deckId={deck.id} />;
}

function DeckEditor({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();
  const deck = useDeck(deckId);
  const slides = useDeckSlides(deckId);
  const presentable = usePresentableDeck(deckId);
  const exporter = useDeckExport(deckId);
  const [tab, setTab] = useState<'slides' | 'settings'>('slides');
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const contents = useMemo(
    () =>
      presentable ? new Map(presentable.slides.map((content) => [content.id, content])) : undefined,
    [presentable],
  );
  // The first slide is selected when none is, or when the selected one was deleted; a slide just
  // added or duplicated stays selected while the list has not drawn it yet.
  const selectedIndex = slides?.findIndex((slide) => slide.id === selectedId) ?? -1;
  const seen = useRef(new Set<string>());
  useEffect(() => {
    if (!slides) return;
    const ids = slides.map((slide) => slide.id);
    for (const id of ids) seen.current.add(id);
    const next = selectionAfter(ids, selectedId, seen.current);
    if (next !== selectedId) setSelectedId(next);
  }, [slides, selectedId]);

  const canPresent = (slides?.length ?? 0) > 0;
  const present = () => {
    if (canPresent) void navigate(`/present/${deckId}`);
  };
  // F5 starts the presentation, as in the usual presentation programs.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F5' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      present();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!deck || !slides) {
    return (
      <Text c="dimmed" data-testid="deck-loading">
        {t('presentations.editor.loading')}
      </Text>
    );
  }

  const add = async (kind: SlideKind) => {
    try {
      const at = selectedIndex === -1 ? slides.length : selectedIndex + 1;
      const slide = await repos.slides.add(deckId, kind, at);
      setSelectedId(slide.id);
      setTab('slides');
    } catch (error) {
      notifyError(error, t);
    }
  };
  const selected = selectedIndex === -1 ? undefined : slides[selectedIndex];

  return (
    <Stack gap="sm" data-testid="deck-editor">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor component={Link} to="/presentations" size="sm">
            ← {t('presentations.editor.back')}
          </Anchor>
          <Title order={2} data-testid="deck-heading" style={{ overflowWrap: 'anywhere' }}>
            {deck.title}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed" data-testid="deck-summary">
              {[
                deck.fairName,
                t('presentations.editor.slideCount', { count: slides.length }),
                t('presentations.editor.totalDuration', {
                  duration: formatDuration(totalSeconds(slides)),
                }),
              ]
                .filter((part) => part !== '')
                .join(' · ')}
            </Text>
            <Badge size="sm" variant="outline" color="gray">
              {t(`presentations.languages.${deck.language}`)}
            </Badge>
            {deck.hidePrices && (
              <Badge size="sm" variant="light" color="orange" data-testid="deck-prices-hidden">
                {t('presentations.editor.pricesHiddenBadge')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Tooltip label={t('presentations.editor.exportPdfHint')}>
            <Button
              variant="default"
              loading={exporter.busy}
              disabled={!canPresent}
              onClick={() => void exporter.exportFile('pdf')}
              data-testid="deck-export-pdf"
            >
              {t('presentations.editor.exportPdf')}
            </Button>
          </Tooltip>
          <Button.Group>
            <Tooltip label={t('presentations.editor.exportPptxHint')}>
              <Button
                variant="default"
                loading={exporter.busy}
                disabled={!canPresent}
                onClick={() => void exporter.exportFile('pptx')}
                data-testid="deck-export-pptx"
              >
                {t('presentations.editor.exportPptx')}
              </Button>
            </Tooltip>
            <Menu position="bottom-end" shadow="md">
              <Menu.Target>
                <Button
                  variant="default"
                  px={8}
                  disabled={!canPresent || exporter.busy}
                  aria-label={t('presentations.editor.exportMore')}
                  data-testid="deck-export-more"
                >
                  ▾
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  onClick={() => void exporter.exportFile('pptx', { withNotes: true })}
                  data-testid="deck-export-pptx-notes"
                >
                  {t('presentations.editor.exportPptxNotes')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Button.Group>
          <Tooltip
            label={
              canPresent
                ? t('presentations.editor.presentHint')
                : t('presentations.editor.presentDisabled')
            }
            multiline
            w={260}
          >
            <Button
              onClick={present}
              disabled={!canPresent}
              data-testid="deck-present"
              aria-describedby={canPresent ? undefined : 'deck-present-reason'}
            >
              ▶ {t('presentations.editor.present')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      {!canPresent && (
        <Text size="sm" c="dimmed" id="deck-present-reason" data-testid="deck-present-reason">
          {t('presentations.editor.presentDisabled')}
        </Text>
      )}
      <Tabs
        value={tab}
        onChange={(value) => value && setTab(value as 'slides' | 'settings')}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="slides" data-testid="deck-tab-slides">
            {t('presentations.editor.tabs.slides')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" data-testid="deck-tab-settings">
            {t('presentations.editor.tabs.settings')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="slides" pt="md">
          <Group align="flex-start" gap="md" wrap="nowrap">
            <div
              style={{
                width: 260,
                flexShrink: 0,
                position: 'sticky',
                top: 8,
                // A long deck scrolls inside its column, so every slide stays reachable.
                maxHeight: 'calc(100vh - 90px)',
                overflowY: 'auto',
                paddingRight: 2,
              }}
            >
              <SlideList
                slides={slides}
                contents={contents}
                selectedId={selected?.id ?? null}
                onSelect={setSelectedId}
                onAdd={(kind) => void add(kind)}
              />
            </div>
            <div style={{ flex: 1, minWidth: 320 }}>
              {selected && (
                <SlideForm key={selected.id} deck={deck} slide={selected} index={selectedIndex} />
              )}
            </div>
            {selected && (
              <Paper
                withBorder
                radius="md"
                p="sm"
                data-testid="deck-preview"
                style={{ width: 400, flexShrink: 0, position: 'sticky', top: 8 }}
              >
                <Text size="sm" fw={600} mb={6}>
                  {t('presentations.editor.preview')}
                </Text>
                {presentable && contents?.get(selected.id) ? (
                  <SlideView
                    content={contents.get(selected.id)!}
                    theme={presentable.theme}
                    mode="preview"
                    language={presentable.language}
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('presentations.editor.previewLoading')}
                  </Text>
                )}
              </Paper>
            )}
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <DeckSettings deck={deck} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
