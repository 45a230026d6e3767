import { Anchor, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Analysis } from '#shared/domain/analyses';
import { useRepos } from '#data';
import { useAnalyses } from '#data/analyses/hooks';
import type { SlotProps } from '../../../app/module-types';
import { notifyError } from '../../../components/notify-error';

// No closed dropdown kept mounted in the offer editor (each costs a layout at every open).
const dropdownOnlyWhenOpen = { keepMounted: false };

const NONE = '';
/** The select's value for "none" (a select option cannot be the empty string). */
const NONE_OPTION = 'none';

/** The matrices the offer can argue with: those about its client first, then the rest by title. */
export function whyUsOptions(
  matrices: readonly Analysis[],
  clientId: string,
): { value: string; analysis: Analysis }[] {
  const ownFirst = (analysis: Analysis) => (analysis.clientId === clientId ? 0 : 1);
  return [...matrices]
    .sort((a, b) => ownFirst(a) - ownFirst(b) || a.title.localeCompare(b.title))
    .map((analysis) => ({ value: analysis.id, analysis }));
}

/**
 * On the offer editor: which competitor matrix the proposal's "Warum wir" chapter is built from
 * (`offers.whyUsAnalysisId`, '' for none). Read-only unless the offer is a draft.
 */
export function WhyUsPanel({ offer }: SlotProps['offerEditor.main']) {
  const { t } = useTranslation();
  const repos = useRepos();
  const matrices = useAnalyses({ kind: 'competitor-matrix' });
  const [busy, setBusy] = useState(false);
  if (matrices === undefined) return null;
  const readOnly = offer.status !== 'draft';
  const chosen = offer.whyUsAnalysisId ?? NONE;
  const missing = chosen !== NONE && !matrices.some((analysis) => analysis.id === chosen);
  const options = whyUsOptions(matrices, offer.clientId);

  const choose = async (value: string) => {
    if (value === chosen) return;
    setBusy(true);
    try {
      await repos.offers.update(offer.id, { whyUsAnalysisId: value });
      notifications.show({ color: 'green', message: t('analysisEditors.whyUs.saved') });
    } catch (error) {
      notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={6} data-testid="why-us-panel">
      <Title order={4}>{t('analysisEditors.whyUs.title')}</Title>
      {readOnly && (
        <Text size="sm" c="dimmed">
          {t('analysisEditors.whyUs.readOnly')}
        </Text>
      )}
      {matrices.length === 0 && chosen === NONE ? (
        <Text size="sm" c="dimmed">
          {t('analysisEditors.whyUs.noMatrix')}{' '}
          <Anchor component={Link} to="/analyses" size="sm">
            {t('analysisEditors.title')}
          </Anchor>
        </Text>
      ) : (
        <Group gap="sm" align="flex-end">
          <Select
            label={t('analysisEditors.whyUs.label')}
            data={[
              { value: NONE_OPTION, label: t('analysisEditors.whyUs.none') },
              ...options.map(({ value, analysis }) => ({ value, label: analysis.title })),
              ...(missing ? [{ value: chosen, label: t('analysisEditors.whyUs.missing') }] : []),
            ]}
            value={chosen === NONE ? NONE_OPTION : chosen}
            onChange={(value) => void choose(!value || value === NONE_OPTION ? NONE : value)}
            allowDeselect={false}
            disabled={readOnly || busy}
            w={420}
            comboboxProps={dropdownOnlyWhenOpen}
            data-testid="why-us-select"
          />
          {chosen !== NONE && !missing && (
            <Anchor component={Link} to={`/analyses/${chosen}`} size="sm" pb={8}>
              {t('analysisEditors.open')}
            </Anchor>
          )}
        </Group>
      )}
      {missing && (
        <Text size="sm" c="orange">
          {t('analysisEditors.whyUs.missing')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('analysisEditors.whyUs.hint')}
      </Text>
    </Stack>
  );
}
