import { Drawer, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRepos } from '#data';
import type { PlanGridRow } from './plan-rows';

type Props = {
  row: PlanGridRow | null;
  editable: boolean;
  onClose: () => void;
  onError: (error: unknown) => void;
};

/**
 * A node's longer texts: the deliverables (the offer line's description) and an internal
 * description, each saved when the field is left.
 */
export function PackageDrawer({ row, editable, onClose, onError }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const stored = row?.stored;
  const save = (field: 'deliverables' | 'description', value: string) => {
    if (!row || !stored || stored[field] === value) return;
    void repos.workPackages.update(row.node.id, { [field]: value }).catch(onError);
  };
  return (
    <Drawer
      opened={row !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={row ? t('planning.details.title', { wbs: row.node.wbs, name: row.node.name }) : ''}
      data-testid="plan-details"
    >
      {row && stored && (
        <Stack gap="sm" key={row.node.id}>
          {row.node.phase && (
            <Text size="sm" c="dimmed">
              {t('planning.grid.phase')}
            </Text>
          )}
          <Textarea
            label={t('planning.details.deliverables')}
            defaultValue={stored.deliverables}
            autosize
            minRows={4}
            readOnly={!editable}
            data-autofocus
            data-testid="plan-deliverables"
            onBlur={(event) => save('deliverables', event.currentTarget.value.trim())}
          />
          <Textarea
            label={t('planning.details.description')}
            defaultValue={stored.description}
            autosize
            minRows={3}
            readOnly={!editable}
            onBlur={(event) => save('description', event.currentTarget.value.trim())}
          />
        </Stack>
      )}
    </Drawer>
  );
}
