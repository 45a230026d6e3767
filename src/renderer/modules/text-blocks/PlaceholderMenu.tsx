import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { placeholderNames, placeholderToken } from '#shared/text-blocks';

/** A menu of the known placeholders; picking one hands its token (`{{client.name}}`) to `onPick`. */
export function PlaceholderMenu({ onPick }: { onPick: (token: string) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light">
          {t('texts.insertPlaceholder')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={360} style={{ overflowY: 'auto' }}>
        {placeholderNames.map((name) => (
          <Menu.Item
            key={name}
            onClick={() => onPick(placeholderToken(name))}
            rightSection={<code style={{ fontSize: 11 }}>{placeholderToken(name)}</code>}
          >
            {t(`texts.placeholders.${name}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
