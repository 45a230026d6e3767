import { Button, Menu, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayInfo } from '../../../platform/types';
import { platform } from '../../../platform';
import { notifyError } from '../../../components/notify-error';

type Props = { deckId: string; kiosk: boolean };

/**
 * "Publikumsfenster öffnen": the desktop opens a full-screen window on the display picked (a
 * menu when there is more than one), the browser a popup on this origin; a blocked popup is said.
 */
export function AudienceButton({ deckId, kiosk }: Props) {
  const { t } = useTranslation();
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    let active = true;
    void platform.presentation.listDisplays().then(
      (list) => active && setDisplays(list),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);

  const open = async (displayId?: number) => {
    try {
      const result = await platform.presentation.openAudience({ deckId, displayId, kiosk });
      setBlocked(result.kind === 'browser' && result.window === null);
    } catch (error) {
      notifyError(error, t);
    }
  };

  const button = (onClick?: () => void) => (
    <Button
      size="compact-sm"
      variant="default"
      data-testid="present-open-audience"
      onClick={onClick}
    >
      {t('present.openAudience')}
    </Button>
  );
  return (
    <>
      {displays.length > 1 ? (
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>{button()}</Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('present.display')}</Menu.Label>
            {displays.map((display) => (
              <Menu.Item
                key={display.id}
                data-testid={`present-display-${display.id}`}
                onClick={() => void open(display.id)}
              >
                {display.primary
                  ? t('present.displayPrimary', { label: display.label })
                  : display.label}{' '}
                <Text span size="xs" c="dimmed">
                  {display.width}×{display.height}
                </Text>
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : (
        button(() => void open())
      )}
      {blocked && (
        <Text
          c="red"
          size="sm"
          role="alert"
          maw={320}
          style={{ position: 'absolute', top: 56, right: 16, zIndex: 10 }}
          bg="var(--mantine-color-body)"
          p="xs"
        >
          {t('present.audienceBlocked')}
        </Text>
      )}
    </>
  );
}
