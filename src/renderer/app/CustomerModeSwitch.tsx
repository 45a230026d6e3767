import { ActionIcon, Badge, Checkbox, Group, Popover, Switch, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKeyLabel } from '../components/Keys';
import { useCustomerModeStore } from '../stores/customer-mode.store';
import { CUSTOMER_MODE_KEYS } from './shortcuts';

/** The header's customer mode: a switch, its one option, and a badge while it is on. */
export function CustomerModeSwitch() {
  const { t } = useTranslation();
  const keyLabel = useKeyLabel();
  const on = useCustomerModeStore((state) => state.on);
  const setOn = useCustomerModeStore((state) => state.setOn);
  const hidePipelineValues = useCustomerModeStore((state) => state.hidePipelineValues);
  const setHidePipelineValues = useCustomerModeStore((state) => state.setHidePipelineValues);
  return (
    <Group gap="xs" wrap="nowrap">
      {on && (
        <Badge color="teal" variant="filled" size="lg" data-testid="customer-mode-badge">
          {t('customerMode.badge')}
        </Badge>
      )}
      <Tooltip
        label={t('customerMode.hint', { keys: keyLabel(CUSTOMER_MODE_KEYS) })}
        multiline
        w={280}
        openDelay={400}
      >
        <Switch
          color="teal"
          label={t('customerMode.switch')}
          checked={on}
          onChange={(event) => setOn(event.currentTarget.checked)}
          data-testid="customer-mode-switch"
        />
      </Tooltip>
      <Popover position="bottom-end" withArrow shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('customerMode.options')}
            data-testid="customer-mode-options"
          >
            ▾
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Checkbox
            label={t('customerMode.hidePipelineValues')}
            checked={hidePipelineValues}
            onChange={(event) => setHidePipelineValues(event.currentTarget.checked)}
            data-testid="customer-mode-hide-pipeline"
          />
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
