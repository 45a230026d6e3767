import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { logRenderError, shortMessage } from '../components/error-log';

/** A routed area's name (a module route's `area`), its label is errorBoundary.areas.<name>. */
export type AreaName = string;

/**
 * One area's error boundary: a render error (also inside a lazily loaded page) shows what
 * failed and the ways back, while the frame around it keeps working; a route change resets it.
 */
export function AreaBoundary({ area, children }: { area: AreaName; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary
      resetKey={pathname}
      onError={(error, componentStack) => logRenderError({ area, error, componentStack })}
      fallback={({ error, retry }) => <AreaFallback area={area} error={error} retry={retry} />}
    >
      {children}
    </ErrorBoundary>
  );
}

/** What a failed area shows: which area, the error in short, and three ways back. */
export function AreaFallback({
  area,
  error,
  retry,
}: {
  area: AreaName;
  error: unknown;
  retry: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const backToClients = () => {
    // Already on the list: the route does not change, so clear the error here.
    if (pathname === '/clients') retry();
    else void navigate('/clients');
  };

  return (
    <Paper
      withBorder
      p="xl"
      radius="md"
      maw={760}
      role="alert"
      data-testid="error-boundary"
      data-area={area}
    >
      <Stack gap="sm">
        <Title order={3} c="red.8">
          {t('errorBoundary.title', { area: t(`errorBoundary.areas.${area}`) })}
        </Title>
        <Text>{t('errorBoundary.text')}</Text>
        <Code block data-testid="error-message" style={{ whiteSpace: 'pre-wrap' }}>
          {t('errorBoundary.message', { message: shortMessage(error) })}
        </Code>
        <Group gap="sm">
          <Button onClick={retry}>{t('errorBoundary.retry')}</Button>
          <Button variant="default" onClick={backToClients}>
            {t('errorBoundary.backToClients')}
          </Button>
          <Button variant="subtle" onClick={() => window.location.reload()}>
            {t('errorBoundary.reload')}
          </Button>
        </Group>
        {stack && (
          <details>
            <summary>
              <Text span size="sm" c="dimmed">
                {t('errorBoundary.details')}
              </Text>
            </summary>
            <Code block mt="xs" style={{ maxHeight: 240, overflow: 'auto', fontSize: 11 }}>
              {stack}
            </Code>
          </details>
        )}
      </Stack>
    </Paper>
  );
}
