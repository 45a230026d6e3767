import { Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './input';

/**
 * The elapsed time since presenting began and the time on the current slide, ticking once a
 * second in this component alone (the slides do not re-render with it).
 */
export function PresentTimers({ startedAt, shownAt }: { startedAt: number; shownAt: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const current = Math.max(now, shownAt);
  return (
    <Group gap="md" wrap="nowrap" style={{ flex: 'none' }}>
      <div>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('present.elapsed')}
        </Text>
        <Text fw={700} size="xl" ff="monospace" data-testid="present-elapsed">
          {formatDuration(current - startedAt)}
        </Text>
      </div>
      <div>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('present.slideTime')}
        </Text>
        <Text fw={700} size="xl" ff="monospace" data-testid="present-slide-time">
          {formatDuration(current - shownAt)}
        </Text>
      </div>
    </Group>
  );
}
