import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { keyLabel } from '../../components/key-labels';
import { useUiLanguage } from '../../components/useUiLanguage';
import { PLAN_KEYS, type RowCommand } from './plan-keys';
import type { PlanGridRow } from './plan-rows';

/** The row's menu: the same commands as the keys, with the keys beside them. */
export function RowMenu({
  row,
  editable,
  onCommand,
}: {
  row: PlanGridRow;
  editable: boolean;
  onCommand: (row: PlanGridRow, command: RowCommand, column: string) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const item = (command: RowCommand, text: string, keys: string, color?: string) => (
    <Menu.Item
      color={color}
      rightSection={<span className="q-plan-keys">{keyLabel(keys, language)}</span>}
      onClick={() => onCommand(row, command, 'name')}
    >
      {text}
    </Menu.Item>
  );
  return (
    <Menu withinPortal position="bottom-end" shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label={`${t('planning.grid.menu')}: ${row.node.wbs} ${row.node.name}`}
          data-testid="plan-row-menu"
        >
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {item({ type: 'details' }, t('planning.grid.details'), PLAN_KEYS.details)}
        {editable && (
          <>
            {item({ type: 'add-after' }, t('planning.grid.addPackage'), PLAN_KEYS.add)}
            {item({ type: 'indent' }, t('planning.grid.indent'), PLAN_KEYS.indent)}
            {item({ type: 'outdent' }, t('planning.grid.outdent'), PLAN_KEYS.outdent)}
            {item({ type: 'move', direction: 'up' }, t('planning.grid.moveUp'), PLAN_KEYS.moveUp)}
            {item(
              { type: 'move', direction: 'down' },
              t('planning.grid.moveDown'),
              PLAN_KEYS.moveDown,
            )}
            {item({ type: 'delete' }, t('planning.grid.delete'), PLAN_KEYS.delete, 'red')}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
