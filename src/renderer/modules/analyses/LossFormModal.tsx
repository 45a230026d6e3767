import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lossReasons } from '#shared/domain';
import type { Opportunity } from '#shared/domain';
import { issueMessage } from '#shared/validation/issue-message';
import { ValidationError, useRepos } from '#data';
import { useCompetitors, useAllCompetitors } from '#data/analyses/hooks';
import { translateIssue } from '../../i18n';
import { notifyError } from '../../components/notify-error';
import { initialLossForm, lossFieldOf, readLossForm } from './loss-form';
import type { LossFormField, LossFormState } from './loss-form';
import { PriceTargetSelect } from './PriceTargetSelect';

/** The choice "unknown / none" of the lost-to list (a select's value cannot be ''). */
const NONE = '-';

/**
 * The short form when an opportunity has just been lost (slot 'opportunity.lost'): the reason,
 * the competitor it went to (those in play first, or any other), their price or the gap in
 * percent. "Speichern" records it (with a price also as a price observation); "Überspringen"
 * just closes, and win/loss counts the skipped ones.
 */
export function LossFormModal({
  opportunity,
  onClose,
}: {
  opportunity: Opportunity;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const competitors = useCompetitors();
  const all = useAllCompetitors();
  const [form, setForm] = useState<LossFormState>(() => initialLossForm(opportunity));
  const [errors, setErrors] = useState<Partial<Record<LossFormField, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<LossFormState>) => setForm((current) => ({ ...current, ...patch }));
  const error = (field: LossFormField) =>
    errors[field] === undefined ? undefined : translateIssue(t, errors[field]);

  const inPlay = opportunity.competitorIds ?? [];
  const names = new Map((all ?? []).map((competitor) => [competitor.id, competitor.name]));
  const others = (competitors ?? []).filter((competitor) => !inPlay.includes(competitor.id));
  const lostToData = [
    { value: NONE, label: t('analyses.loss.lostToNone') },
    ...(inPlay.length > 0
      ? [
          {
            group: t('analyses.loss.inPlay'),
            items: inPlay.map((id) => ({ value: id, label: names.get(id) ?? id })),
          },
        ]
      : []),
    ...(others.length > 0
      ? [
          {
            group: t('analyses.loss.others'),
            items: others.map((competitor) => ({ value: competitor.id, label: competitor.name })),
          },
        ]
      : []),
  ];

  const save = async () => {
    const read = readLossForm(form);
    if (read.errors) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await repos.winLoss.recordLoss(opportunity.id, read.input);
      notifications.show({ message: t('analyses.loss.saved') });
      onClose();
    } catch (failure) {
      if (failure instanceof ValidationError) {
        const found: Partial<Record<LossFormField, string>> = {};
        for (const issue of failure.issues) {
          const field = lossFieldOf(issue.path);
          if (field) found[field] ??= issueMessage(issue, read.input);
        }
        if (Object.keys(found).length > 0) {
          setErrors(found);
          return;
        }
      }
      notifyError(failure, t);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('analyses.loss.title')} size="lg">
      <form
        noValidate
        data-testid="loss-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('analyses.loss.intro', { title: opportunity.title })}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('analyses.loss.reason')}
            </Text>
            <SegmentedControl
              fullWidth
              value={form.reason}
              onChange={(reason) => set({ reason: reason as LossFormState['reason'] })}
              data={lossReasons.map((reason) => ({
                value: reason,
                label: t(`analyses.lossReasons.${reason}`),
              }))}
              data-testid="loss-reason"
            />
            {error('reason') && (
              <Text size="xs" c="red" data-testid="loss-reason-error">
                {error('reason')}
              </Text>
            )}
          </Stack>
          <Select
            label={t('analyses.loss.lostTo')}
            data={lostToData}
            value={form.lostTo === '' ? NONE : form.lostTo}
            onChange={(lostTo) =>
              set({ lostTo: typeof lostTo === 'string' && lostTo !== NONE ? lostTo : '' })
            }
            searchable
            allowDeselect={false}
            error={error('lostTo')}
            data-testid="loss-lost-to"
          />
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('analyses.loss.priceKind')}
              </Text>
              <SegmentedControl
                size="xs"
                value={form.priceKind}
                onChange={(kind) => set({ priceKind: kind as LossFormState['priceKind'] })}
                data={[
                  { value: 'price', label: t('analyses.loss.byPrice') },
                  { value: 'gap', label: t('analyses.loss.byGap') },
                ]}
                data-testid="loss-price-kind"
              />
            </Group>
            {form.priceKind === 'price' ? (
              <SimpleGrid cols={2} spacing="sm">
                <TextInput
                  label={t('analyses.loss.theirPrice')}
                  value={form.price}
                  onChange={(event) => set({ price: event.currentTarget.value })}
                  error={error('price')}
                  data-testid="loss-price"
                />
                <PriceTargetSelect
                  label={t('analyses.prices.target')}
                  value={form.target}
                  onChange={(target) => set({ target })}
                  error={error('target')}
                  testId="loss-target"
                />
              </SimpleGrid>
            ) : (
              <TextInput
                label={t('analyses.loss.gap')}
                description={t('analyses.loss.gapHint')}
                value={form.gap}
                onChange={(event) => set({ gap: event.currentTarget.value })}
                error={error('gap')}
                data-testid="loss-gap"
              />
            )}
          </Stack>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} data-testid="loss-skip">
              {t('analyses.loss.skip')}
            </Button>
            <Button type="submit" loading={saving} data-testid="loss-save">
              {t('analyses.loss.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
