import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slideKinds } from '#shared/domain/presentations';
import type { Slide, SlideKind } from '#shared/domain/presentations';
import type { SlideContent } from '#shared/presentations/types';
import { useRepos } from '#data';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../components/notify-error';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { keyboardMoveTarget, useDragReorder } from '../../components/sortable';
import { formatDuration } from './deck-view';

const DRAG_TYPE = 'application/x-quotient-slide';

type Props = {
  slides: readonly Slide[];
  /** The built contents by slide id (titles from the data, "missing"), when ready. */
  contents: ReadonlyMap<string, SlideContent> | undefined;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: (kind: SlideKind) => void;
};

/** The deck's slides in order: select, drag and drop or Alt+↑/↓, duplicate, delete; add by kind. */
export function SlideList({ slides, contents, selectedId, onSelect, onAdd }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const deleteWithUndo = useDeleteWithUndo();
  const [announcement, setAnnouncement] = useState('');
  const [deleting, setDeleting] = useState<{ slide: Slide; index: number } | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);

  const titleOf = (slide: Slide) => {
    const built = contents?.get(slide.id)?.title ?? '';
    return slide.title || built || t('presentations.slides.untitled');
  };

  const move = async (slide: Slide, toIndex: number, focusMoved = false) => {
    if (focusMoved) pendingFocus.current = slide.id;
    try {
      await repos.slides.move(slide.id, toIndex);
      setAnnouncement(
        t('presentations.slides.moved', { title: titleOf(slide), position: toIndex + 1 }),
      );
    } catch (error) {
      pendingFocus.current = null;
      notifyError(error, t);
    }
  };

  // A keyboard move keeps the focus on the moved slide once the new order is drawn.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const index = slides.findIndex((slide) => slide.id === id);
    if (index === -1) return;
    pendingFocus.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-testid="slide-item-${index}"]`)?.focus();
  }, [slides]);

  const drag = useDragReorder(DRAG_TYPE, slides, (slide, to) => void move(slide, to));

  const duplicate = async (slide: Slide) => {
    try {
      const copy = await repos.slides.duplicate(slide.id);
      onSelect(copy.id);
    } catch (error) {
      notifyError(error, t);
    }
  };

  const remove = (slide: Slide, index: number) => {
    const neighbour = slides[index + 1] ?? slides[index - 1];
    if (slide.id === selectedId && neighbour) onSelect(neighbour.id);
    void deleteWithUndo({
      label: t('presentations.slides.itemLabel', { position: index + 1, title: titleOf(slide) }),
      remove: () => repos.slides.remove(slide.id),
      restore: () => repos.slides.restore(slide.id),
    }).catch((error: unknown) => notifyError(error, t));
  };

  return (
    <Stack gap="xs" data-testid="slide-list">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{t('presentations.slides.title')}</Text>
        <Menu position="bottom-end" shadow="md" width={320}>
          <Menu.Target>
            <Button size="xs" data-testid="deck-add-slide">
              + {t('presentations.slides.add')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {slideKinds.map((kind) => (
              <Menu.Item
                key={kind}
                onClick={() => onAdd(kind)}
                data-testid={`deck-add-slide-${kind}`}
              >
                <Text size="sm" fw={500}>
                  {t(`presentations.kinds.${kind}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`presentations.kindHints.${kind}`)}
                </Text>
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <div aria-live="polite" role="status">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      {slides.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="slides-empty">
          {t('presentations.slides.empty')}
        </Text>
      )}
      <Stack gap={4} ref={listRef} role="listbox" aria-label={t('presentations.slides.title')}>
        {slides.map((slide, index) => {
          const selected = slide.id === selectedId;
          const content = contents?.get(slide.id);
          const up = keyboardMoveTarget(index, slides.length, 'up');
          const down = keyboardMoveTarget(index, slides.length, 'down');
          return (
            <div key={slide.id} {...drag.dropTarget(index, slide.id)}>
              <Paper
                withBorder
                radius="sm"
                p={6}
                bg={selected ? 'blue.0' : undefined}
                style={{ borderColor: selected ? 'var(--mantine-color-blue-5)' : undefined }}
              >
                <Group gap={6} wrap="nowrap">
                  <UnstyledButton
                    role="option"
                    aria-selected={selected}
                    draggable
                    data-testid={`slide-item-${index}`}
                    data-slide-id={slide.id}
                    aria-label={t('presentations.slides.itemLabel', {
                      position: index + 1,
                      title: titleOf(slide),
                    })}
                    aria-description={t('presentations.slides.drag')}
                    style={{ flex: 1, minWidth: 0, cursor: 'grab', userSelect: 'none' }}
                    onClick={() => onSelect(slide.id)}
                    {...drag.dragSource(slide.id)}
                    onKeyDown={(event) => {
                      if (event.altKey && event.key === 'ArrowUp' && up !== null) {
                        event.preventDefault();
                        void move(slide, up, true);
                      } else if (event.altKey && event.key === 'ArrowDown' && down !== null) {
                        event.preventDefault();
                        void move(slide, down, true);
                      } else if (!event.altKey && event.key === 'ArrowUp' && up !== null) {
                        event.preventDefault();
                        onSelect(slides[up]!.id);
                        listRef.current
                          ?.querySelector<HTMLElement>(`[data-testid="slide-item-${up}"]`)
                          ?.focus();
                      } else if (!event.altKey && event.key === 'ArrowDown' && down !== null) {
                        event.preventDefault();
                        onSelect(slides[down]!.id);
                        listRef.current
                          ?.querySelector<HTMLElement>(`[data-testid="slide-item-${down}"]`)
                          ?.focus();
                      } else if (event.key === 'Delete') {
                        event.preventDefault();
                        setDeleting({ slide, index });
                      }
                    }}
                  >
                    <Group gap={8} wrap="nowrap">
                      <Text size="sm" c="dimmed" fw={700} w={34} style={{ flexShrink: 0 }}>
                        ⠿ {index + 1}
                      </Text>
                      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                        <Text size="sm" fw={500} truncate="end">
                          {titleOf(slide)}
                        </Text>
                        <Group gap={4} wrap="nowrap">
                          <Text size="xs" c="dimmed" truncate="end">
                            {t(`presentations.kinds.${slide.kind}`)} ·{' '}
                            {formatDuration(slide.durationSeconds)}
                          </Text>
                          {content?.missing && (
                            <Badge size="xs" color="red" variant="light">
                              {t('presentations.slides.missing')}
                            </Badge>
                          )}
                        </Group>
                      </Stack>
                    </Group>
                  </UnstyledButton>
                  <Menu position="bottom-end" shadow="md">
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('presentations.slides.actions', { position: index + 1 })}
                        data-testid={`slide-actions-${index}`}
                      >
                        ⋮
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        onClick={() => void duplicate(slide)}
                        data-testid={`slide-duplicate-${index}`}
                      >
                        {t('presentations.slides.duplicate')}
                      </Menu.Item>
                      <Menu.Item
                        color="red"
                        onClick={() => setDeleting({ slide, index })}
                        data-testid={`slide-delete-${index}`}
                      >
                        {t('presentations.slides.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Paper>
            </div>
          );
        })}
      </Stack>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('presentations.slides.deleteTitle')}
        text={
          deleting
            ? t('presentations.slides.deleteText', {
                position: deleting.index + 1,
                title: titleOf(deleting.slide),
              })
            : ''
        }
        confirmLabel={t('common.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove(deleting.slide, deleting.index);
          setDeleting(null);
        }}
      />
    </Stack>
  );
}
