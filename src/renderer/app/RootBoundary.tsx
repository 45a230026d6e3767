import { Button, Code, Container, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import i18next from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { logRenderError, shortMessage } from '../components/error-log';

/**
 * The last line of defence, in German and English at once: it may show when the language
 * setting or the providers themselves failed.
 */
export function RootFallback({
  error,
  onRetry,
  onBack,
}: {
  error: unknown;
  onRetry: () => void;
  onBack: () => void;
}) {
  const de = i18next.getFixedT('de');
  const en = i18next.getFixedT('en');
  const both = (key: string) => `${de(key)} / ${en(key)}`;
  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" radius="md" role="alert" data-testid="root-error-boundary">
        <Stack gap="sm">
          <Title order={3} c="red.8">
            {de('errorBoundary.rootTitle')}
          </Title>
          <Text>{de('errorBoundary.rootText')}</Text>
          <Divider />
          <Title order={4} c="red.8" lang="en">
            {en('errorBoundary.rootTitle')}
          </Title>
          <Text lang="en">{en('errorBoundary.rootText')}</Text>
          <Code block style={{ whiteSpace: 'pre-wrap' }}>
            {shortMessage(error)}
          </Code>
          <Group gap="sm">
            <Button onClick={onRetry}>{both('errorBoundary.retry')}</Button>
            <Button variant="default" onClick={onBack}>
              {both('errorBoundary.backToClients')}
            </Button>
            <Button variant="subtle" onClick={() => window.location.reload()}>
              {both('errorBoundary.reload')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}

/** React Router's error element of the top routes: a render error in the frame itself. */
export function RouteErrorFallback() {
  const error = useRouteError();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(() => {
    logRenderError({ area: 'app', error });
  }, [error]);
  return (
    <RootFallback
      error={error}
      // A navigation, even to the same place, clears React Router's error state.
      onRetry={() => void navigate(`${pathname}${search}`, { replace: true })}
      onBack={() => void navigate('/clients')}
    />
  );
}

/** Around the whole app, outside the router: catches what the router's own boundaries cannot. */
export function RootBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      resetKey="root"
      onError={(error, componentStack) => logRenderError({ area: 'app', error, componentStack })}
      fallback={({ error, retry }) => (
        <RootFallback
          error={error}
          onRetry={retry}
          onBack={() => {
            window.location.hash = '#/clients';
            retry();
          }}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
