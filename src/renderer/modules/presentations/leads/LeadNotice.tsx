import { Badge, Button, Group, Paper, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { formatTime } from './lead-format';

type Props = {
  /** The notice exactly as it is stored with the lead. */
  text: string;
  /** When it was shown (ISO), null while it is not. */
  shownAt: string | null;
  onShow: () => void;
  error?: string;
};

/**
 * The privacy notice (Art. 13 GDPR) the visitor is shown before the lead is saved: folded to one
 * line until "Hinweis zeigen", then shown in full with the time it was shown; that time and this
 * exact text are the consent evidence.
 */
export function LeadNotice({ text, shownAt, onShow, error }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      data-testid="lead-notice"
      data-shown={shownAt ? 'true' : 'false'}
      style={error ? { borderColor: 'var(--mantine-color-error)' } : undefined}
    >
      <Group justify="space-between" gap="xs" mb={shownAt ? 'xs' : 0}>
        <Text fw={600} size="sm">
          {t('leads.capture.notice.title')}
        </Text>
        {shownAt ? (
          <Badge color="green" variant="light" data-testid="lead-notice-shown">
            {t('leads.capture.notice.shownAt', { time: formatTime(shownAt, language) })}
          </Badge>
        ) : (
          <Button size="xs" variant="light" onClick={onShow} data-testid="lead-notice-show">
            {t('leads.capture.notice.show')}
          </Button>
        )}
      </Group>
      {shownAt ? (
        <ScrollArea.Autosize mah={160} type="auto" offsetScrollbars>
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="lead-notice-text">
            {text}
          </Text>
        </ScrollArea.Autosize>
      ) : (
        <Text size="xs" c="dimmed">
          {t('leads.capture.notice.hidden')}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red" mt={4} role="alert" data-testid="lead-error-notice">
          {error}
        </Text>
      )}
    </Paper>
  );
}
