import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '#data';
import { useBattlecard } from '#data/analyses/hooks';
import { MarkupPreview } from '#modules/text-blocks';
import { translateIssue } from '../../i18n';
import { notifyError } from '../../components/notify-error';
import { battlecardDraftErrors, markupFields, toBattlecardDraft } from './battlecard-form';
import type { BattlecardDraft, MarkupField } from './battlecard-form';
import { StaleBadge } from './StaleBadge';
import { clock } from './today';

/** A Markdown-like text with its preview beside it (as in text blocks). */
function MarkupField({
  label,
  value,
  onChange,
  error,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(next) => setMode(next as 'edit' | 'preview')}
          data={[
            { value: 'edit', label: t('analyses.battlecard.edit') },
            { value: 'preview', label: t('analyses.battlecard.preview') },
          ]}
        />
      </Group>
      {mode === 'edit' ? (
        <Textarea
          aria-label={label}
          autosize
          minRows={4}
          maxRows={16}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          data-testid={testId}
        />
      ) : (
        <Paper withBorder p="sm" radius="sm" mih={96}>
          {value.trim() ? <MarkupPreview text={value} /> : <Text c="dimmed">–</Text>}
        </Paper>
      )}
    </Stack>
  );
}

/**
 * The battlecard of one competitor: objections with answers as a list, our differentiators,
 * traps to set, landmines to avoid and proof points, Markdown-like. Saved as a whole; a draft
 * with a problem shows it at the field and saves nothing.
 */
export function BattlecardEditor({ competitorId }: { competitorId: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const card = useBattlecard(competitorId);
  const [draft, setDraft] = useState<BattlecardDraft>(() => toBattlecardDraft(null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const loadedId = card === undefined ? undefined : (card?.id ?? '');

  useEffect(() => {
    if (card !== undefined) setDraft(toBattlecardDraft(card));
    setErrors({});
    // Only when another battlecard arrives (the first load, a new one): saves keep the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [competitorId, loadedId]);

  if (card === undefined) return null;
  const error = (path: string) =>
    errors[path] === undefined ? undefined : translateIssue(t, errors[path]);
  const set = (patch: Partial<BattlecardDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const setObjection = (index: number, patch: { objection?: string; answer?: string }) =>
    set({
      objections: draft.objections.map((entry, at) =>
        at === index ? { ...entry, ...patch } : entry,
      ),
    });

  const save = async (next: BattlecardDraft) => {
    const problems = battlecardDraftErrors(competitorId, next);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return false;
    setSaving(true);
    try {
      await repos.battlecards.save(competitorId, next);
      return true;
    } catch (failure) {
      notifyError(failure, t);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const labels: Record<MarkupField, string> = {
    differentiators: t('analyses.battlecard.fields.differentiators'),
    traps: t('analyses.battlecard.fields.traps'),
    landmines: t('analyses.battlecard.fields.landmines'),
    proofPoints: t('analyses.battlecard.fields.proofPoints'),
  };

  return (
    <Stack gap="sm" data-testid="battlecard-editor">
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={3}>{t('analyses.battlecard.title')}</Title>
          {card && <StaleBadge lastVerified={card.lastVerified} testId="battlecard-stale" />}
        </Group>
        <Group gap="xs">
          <Button
            variant="light"
            onClick={() => {
              const next = { ...draft, lastVerified: clock.today() };
              setDraft(next);
              void save(next).then(
                (ok) => ok && notifications.show({ message: t('analyses.profile.verifiedNotice') }),
              );
            }}
            data-testid="battlecard-verified-today"
          >
            {t('analyses.battlecard.verifiedToday')}
          </Button>
          <Button
            loading={saving}
            onClick={() =>
              void save(draft).then(
                (ok) => ok && notifications.show({ message: t('analyses.battlecard.saved') }),
              )
            }
            data-testid="battlecard-save"
          >
            {t('analyses.battlecard.save')}
          </Button>
        </Group>
      </Group>
      <Alert color="gray" variant="light" p="xs">
        <Text size="xs">
          {t('analyses.battlecard.internal')} {t('analyses.battlecard.formatHint')}
        </Text>
      </Alert>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={500}>
            {t('analyses.battlecard.objections')}
          </Text>
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              set({ objections: [...draft.objections, { objection: '', answer: '' }] })
            }
            data-testid="battlecard-add-objection"
          >
            {t('analyses.battlecard.addObjection')}
          </Button>
        </Group>
        {draft.objections.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('analyses.battlecard.noObjections')}
          </Text>
        )}
        {draft.objections.map((entry, index) => (
          <Paper key={index} withBorder p="xs" radius="sm" data-testid="battlecard-objection">
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" style={{ flex: 1 }}>
                <Textarea
                  label={t('analyses.battlecard.objection')}
                  autosize
                  minRows={2}
                  value={entry.objection}
                  onChange={(event) =>
                    setObjection(index, { objection: event.currentTarget.value })
                  }
                  error={error(`objections.${index}.objection`)}
                  data-testid={`battlecard-objection-${index}`}
                />
                <Textarea
                  label={t('analyses.battlecard.answer')}
                  autosize
                  minRows={2}
                  value={entry.answer}
                  onChange={(event) => setObjection(index, { answer: event.currentTarget.value })}
                  error={error(`objections.${index}.answer`)}
                  data-testid={`battlecard-answer-${index}`}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={24}
                aria-label={t('analyses.battlecard.removeObjection')}
                title={t('analyses.battlecard.removeObjection')}
                onClick={() =>
                  set({ objections: draft.objections.filter((_, at) => at !== index) })
                }
              >
                ×
              </ActionIcon>
            </Group>
          </Paper>
        ))}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {markupFields.map((field) => (
          <MarkupField
            key={field}
            label={labels[field]}
            value={draft[field]}
            onChange={(value) => set({ [field]: value })}
            error={error(field)}
            testId={`battlecard-${field}`}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
