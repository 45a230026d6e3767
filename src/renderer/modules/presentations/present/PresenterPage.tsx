import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePresentableDeck } from '#data/presentations/hooks';
import { PresenterView } from './PresenterView';

/**
 * The presenter view (`/present/:deckId`, outside the window frame): the deck's current and next
 * slide, notes, timers and controls. A deck without slides cannot start: it says so.
 */
export function PresenterPage() {
  const { t } = useTranslation();
  const { deckId = '' } = useParams();
  const navigate = useNavigate();
  const deck = usePresentableDeck(deckId);

  if (deck === undefined) {
    return (
      <Center h="100vh">
        <Loader size="sm" />
      </Center>
    );
  }
  if (deck === null) {
    return (
      <Center h="100vh">
        <Stack align="center" data-testid="present-not-found">
          <Text>{t('present.notFound')}</Text>
          <Button variant="default" onClick={() => void navigate('/presentations')}>
            {t('present.backToList')}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (deck.slides.length === 0) {
    return (
      <Center h="100vh">
        <Stack align="center" maw={520} data-testid="present-empty">
          <Title order={2}>{t('present.empty.title')}</Title>
          <Text ta="center">{t('present.empty.text')}</Text>
          <Button
            data-testid="present-leave"
            onClick={() => void navigate(`/presentations/${deckId}`)}
          >
            {t('present.empty.back')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return <PresenterView deck={deck} />;
}
