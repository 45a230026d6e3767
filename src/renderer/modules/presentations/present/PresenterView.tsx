import { Badge, Box, Button, Group, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRepos } from '#data';
import type { PresentableDeck } from '#shared/presentations/types';
import { platform } from '../../../platform';
import { KioskStartButton, useKiosk } from '../kiosk';
import { LeadCaptureDialog } from '../leads';
import { prepareMedia, SlideView } from '../slide';
import { AudienceButton } from './AudienceButton';
import type { KeyCommand } from './input';
import { PresentTimers } from './PresentTimers';
import { SlideStrip } from './SlideStrip';
import { usePresenter } from './usePresenter';
import { useStageInput } from './useStageInput';

/** Slides ahead (and one behind) whose images are decoded before they are needed. */
const AHEAD = [1, 2, 3, -1];

/**
 * The presenter's screen for a deck with slides: current and next slide, notes, timers, the
 * strip, and the controls. `data-ready` turns true once the first slide is painted and the next
 * slides' images are decoded (the bench's "ready to present").
 */
export function PresenterView({ deck }: { deck: PresentableDeck }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { blobs } = useRepos();
  const slides = deck.slides;
  const deckId = deck.deck.id;
  const presenter = usePresenter({
    deckId,
    durations: slides.map((slide) => slide.durationSeconds),
    idleSeconds: deck.deck.loopIdleSeconds,
  });
  const { index, black, looping, apply, setLooping } = presenter;
  const [startedAt] = useState(() => Date.now());
  const [ready, setReady] = useState(false);
  const [leadOpen, setLeadOpen] = useState(false);
  const current = slides[index]!;
  const next = slides[index + 1];

  useEffect(() => {
    document.title = t('present.title', { deck: deck.deck.title });
  }, [deck.deck.title, t]);

  // Decode the coming slides' images now, so that each key shows its slide in one frame.
  useEffect(() => {
    let active = true;
    const coming = AHEAD.map((step) => slides[index + step]?.media).filter((m) => m != null);
    const logo = deck.theme.logo;
    const prepared = Promise.all([
      ...coming.map((media) => prepareMedia(blobs, media)),
      ...(logo?.sha256 ? [prepareMedia(blobs, { ...logo, kind: 'image' })] : []),
    ]);
    void prepared.then(() =>
      requestAnimationFrame(() => {
        if (active) setReady(true);
      }),
    );
    return () => {
      active = false;
    };
  }, [index, slides, blobs, deck.theme.logo]);

  const { locked, requestUnlock } = useKiosk(deckId);
  const leave = useCallback(() => {
    // Locked: leaving asks for the PIN first; the audience window stays until it is given.
    if (locked) {
      requestUnlock(`/presentations/${deckId}`);
      return;
    }
    void platform.presentation.closeAudience().catch(() => undefined);
    void navigate(`/presentations/${deckId}`);
  }, [navigate, deckId, locked, requestUnlock]);

  const onCommand = useCallback(
    (command: KeyCommand) => {
      if (command === 'leave') leave();
      else if (command === 'lead') setLeadOpen(true);
      else apply(command);
    },
    [apply, leave],
  );
  const pointer = useStageInput({ enabled: !leadOpen, onCommand });
  const goto = useCallback((i: number) => apply({ goto: i }), [apply]);

  return (
    <Box
      data-testid="presenter"
      data-ready={ready}
      data-slide-index={index}
      h="100vh"
      style={{
        display: 'flex',
        flexDirection: 'column',
        background: 'var(--mantine-color-gray-1)',
      }}
    >
      <Group justify="space-between" px="md" py={8} wrap="nowrap" bg="var(--mantine-color-body)">
        <Stack gap={0} style={{ flex: 1, minWidth: 120 }}>
          <Text fw={700} truncate>
            {deck.deck.title}
          </Text>
          <Text size="sm" c="dimmed" data-testid="present-position">
            {t('present.position', { n: index + 1, count: slides.length })}
          </Text>
        </Stack>
        <PresentTimers startedAt={startedAt} shownAt={presenter.shownAt} />
        <Group gap={6} wrap="nowrap">
          <AudienceButton deckId={deckId} kiosk={locked} />
          <Tooltip
            label={t('present.loopHint', { seconds: deck.deck.loopIdleSeconds })}
            multiline
            w={280}
          >
            <Button
              size="compact-sm"
              variant={looping ? 'filled' : 'default'}
              data-testid="present-loop"
              aria-pressed={looping}
              onClick={() => setLooping(!looping)}
            >
              {looping ? t('present.loopOn') : t('present.loop')}
            </Button>
          </Tooltip>
          <Button
            size="compact-sm"
            variant={black ? 'filled' : 'default'}
            color={black ? 'dark' : undefined}
            data-testid="present-black"
            aria-pressed={black}
            onClick={() => apply('black')}
          >
            {t('present.black')}
          </Button>
          <Button
            size="compact-sm"
            variant={current.kind === 'lead-capture' ? 'filled' : 'default'}
            data-testid="present-lead"
            onClick={() => setLeadOpen(true)}
          >
            {t('present.lead')}
          </Button>
          <KioskStartButton deckId={deckId} />
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            data-testid="present-leave"
            onClick={leave}
          >
            {t('present.leave')}
          </Button>
        </Group>
      </Group>
      <LeadCaptureDialog deckId={deckId} opened={leadOpen} onClose={() => setLeadOpen(false)} />
      <Box
        p="md"
        style={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) minmax(260px, 30%)',
          gap: 16,
        }}
      >
        <Box
          data-testid="present-current"
          data-black={black}
          onPointerDown={pointer.onPointerDown}
          onPointerUp={pointer.onPointerUp}
          onPointerCancel={pointer.onPointerCancel}
          style={{ position: 'relative', minHeight: 0, touchAction: 'none', cursor: 'pointer' }}
        >
          <SlideView
            content={current}
            theme={deck.theme}
            mode="presenter-current"
            language={deck.language}
          />
          {black && (
            <Badge
              color="dark"
              size="lg"
              style={{ position: 'absolute', top: 12, left: 12 }}
              data-testid="present-black-badge"
            >
              {t('present.blackOn')}
            </Badge>
          )}
        </Box>
        <Stack gap="sm" style={{ minHeight: 0 }}>
          <Text size="sm" fw={600} c="dimmed">
            {t('present.next')}
          </Text>
          <Box data-testid="present-next">
            {next ? (
              <SlideView
                content={next}
                theme={deck.theme}
                mode="presenter-next"
                language={deck.language}
              />
            ) : (
              <Box
                style={{
                  aspectRatio: '16 / 9',
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  border: '1px dashed var(--mantine-color-gray-5)',
                }}
              >
                <Text c="dimmed">{t('present.end')}</Text>
              </Box>
            )}
          </Box>
          <Text size="sm" fw={600} c="dimmed">
            {t('present.notes')}
          </Text>
          <ScrollArea style={{ flex: 1 }} bg="var(--mantine-color-body)" p="sm">
            <Text
              data-testid="present-notes"
              size="lg"
              style={{ whiteSpace: 'pre-wrap' }}
              c={current.notes ? undefined : 'dimmed'}
            >
              {current.notes || t('present.noNotes')}
            </Text>
          </ScrollArea>
        </Stack>
      </Box>
      <Box px="md" pb="xs">
        <SlideStrip slides={slides} index={index} primary={deck.theme.primary} onGoto={goto} />
        <Text size="xs" c="dimmed" mt={4}>
          {t('present.keysHint')}
        </Text>
      </Box>
    </Box>
  );
}
