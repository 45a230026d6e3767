import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNote } from '#shared/planning/types';
import { usePlanAnalysis, usePlanRows, useRepos } from '#data';
import type { SlotProps } from '../../app/module-types';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify-error';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { EffortSummary } from './EffortSummary';
import { PlanExportButton } from './export';
import { MilestonesPanel } from './MilestonesPanel';
import { PaymentPlanEditor } from './PaymentPlanEditor';
import { PlanBanner } from './PlanBanner';
import { planErrorText } from './plan-issues';
import { PlanSettings } from './PlanSettings';
import { GanttView, NetworkDiagram, ResourceView } from './views';
import { WbsGrid } from './WbsGrid';
import './plan.css';

type View = 'structure' | 'gantt' | 'network' | 'resources' | 'payments';

/** The offer editor's "Projektplan" tab: the work breakdown, schedule, views and payment plan. */
export function PlanTab({ offer, editable, internal }: SlotProps['offerEditor.tab']) {
  const { t } = useTranslation();
  const repos = useRepos();
  const rows = usePlanRows(offer.id);
  const analysis = usePlanAnalysis(offer.id);
  const deleteWithUndo = useDeleteWithUndo();
  const [view, setView] = useState<View>('structure');
  // What the last settings write said (a start moved off a holiday): shown until the next one.
  const [notes, setNotes] = useState<PlanNote[]>([]);
  const [creating, setCreating] = useState(false);
  const fail = useCallback(
    (error: unknown) => notifyError(error, t, { explain: (refused) => planErrorText(refused, t) }),
    [t],
  );

  if (rows === undefined || analysis === undefined) return null;
  if (rows === null || analysis === null) {
    return (
      <EmptyState
        title={t('planning.empty.title')}
        text={editable ? t('planning.empty.text') : t('planning.empty.readOnly')}
        action={
          editable && (
            <Button
              data-testid="plan-create"
              loading={creating}
              onClick={() => {
                setCreating(true);
                repos.plans
                  .create(offer.id)
                  .then(({ notes: created }) => {
                    setNotes(created);
                    notifications.show({ message: t('planning.created') });
                  }, fail)
                  .finally(() => setCreating(false));
              }}
            >
              {t('planning.empty.create')}
            </Button>
          )
        }
      />
    );
  }
  const { plan } = rows;
  const views: { value: View; label: string }[] = [
    { value: 'structure', label: t('planning.views.structure') },
    { value: 'gantt', label: t('planViews.gantt') },
    { value: 'network', label: t('planViews.network') },
    { value: 'resources', label: t('planViews.resources') },
    { value: 'payments', label: t('planning.views.payments') },
  ];

  return (
    <Stack gap="md" data-testid="plan-tab" data-offer-id={offer.id} data-plan-id={plan.id}>
      <PlanBanner analysis={analysis} />
      <PlanSettings
        plan={plan}
        initiallyOpen={rows.packages.every((row) => row.deleted)}
        editable={editable}
        notes={notes}
        onNotes={setNotes}
        onError={fail}
      />
      <EffortSummary offer={offer} plan={plan} analysis={analysis} internal={internal} />
      <Group justify="space-between" wrap="wrap" gap="xs">
        <SegmentedControl
          data-testid="plan-views"
          aria-label={t('planning.views.label')}
          value={view}
          onChange={(value) => setView(value as View)}
          data={views}
        />
        <Group gap="xs">
          <PlanExportButton offer={offer} />
          {editable && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              data-testid="plan-remove"
              onClick={() =>
                void deleteWithUndo({
                  label: t('planning.removeConfirm'),
                  remove: () => repos.plans.remove(plan.id),
                  restore: () => repos.plans.restore(plan.id),
                }).catch(fail)
              }
            >
              {t('planning.remove')}
            </Button>
          )}
        </Group>
      </Group>
      {view === 'structure' && (
        <WbsGrid
          plan={plan}
          analysis={analysis}
          packages={rows.packages}
          editable={editable}
          onError={fail}
        />
      )}
      {view === 'gantt' && <GanttView analysis={analysis} />}
      {view === 'network' && <NetworkDiagram analysis={analysis} />}
      {view === 'resources' && <ResourceView analysis={analysis} />}
      {view === 'payments' && (
        <Stack gap="lg">
          <MilestonesPanel
            plan={plan}
            analysis={analysis}
            milestones={rows.milestones}
            editable={editable}
            onError={fail}
          />
          <PaymentPlanEditor
            offer={offer}
            plan={plan}
            analysis={analysis}
            instalments={rows.instalments}
            editable={editable}
            onError={fail}
          />
        </Stack>
      )}
      {view === 'structure' && editable && (
        <Text size="xs" c="dimmed">
          {t('planning.grid.keysHint')}
        </Text>
      )}
    </Stack>
  );
}
