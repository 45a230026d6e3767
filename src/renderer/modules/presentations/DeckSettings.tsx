import {
  Accordion,
  Button,
  ColorInput,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '#shared/domain';
import type { Deck, DeckInput } from '#shared/domain/presentations';
import { defaultNewsletterText, defaultPrivacyNotice } from '#shared/presentations';
import { useCompany, useRepos } from '#data';
import { SavedNumberField, SavedTextField, useSave } from './fields';

/** The deck's own settings: title, fair, language, hide prices, colour, loop, the lead form's texts. */
export function DeckSettings({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const save = useSave();
  const company = useCompany();
  const update = (patch: Partial<DeckInput>) => save(() => repos.decks.update(deck.id, patch));

  return (
    <Stack gap="md" data-testid="deck-settings">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SavedTextField
              label={t('presentations.fields.title')}
              value={deck.title}
              onSave={(title) =>
                title.trim() === ''
                  ? Promise.resolve(t('presentations.settings.titleRequired'))
                  : update({ title })
              }
              testId="deck-title"
              maxLength={200}
              required
            />
            <SavedTextField
              label={t('presentations.fields.fairName')}
              description={t('presentations.settings.fairHint')}
              placeholder={t('presentations.settings.fairPlaceholder')}
              value={deck.fairName}
              onSave={(fairName) => update({ fairName })}
              testId="deck-fair"
              maxLength={200}
            />
          </SimpleGrid>
          <Select
            label={t('presentations.fields.language')}
            description={t('presentations.settings.languageHint')}
            data={languages.map((value) => ({
              value,
              label: t(`presentations.languages.${value}`),
            }))}
            value={deck.language}
            allowDeselect={false}
            onChange={(language) => {
              if (language === 'de' || language === 'en') void update({ language });
            }}
            w={260}
            data-testid="deck-language"
          />
          <Paper
            withBorder
            radius="sm"
            p="sm"
            bg={deck.hidePrices ? 'orange.0' : undefined}
            data-testid="deck-hide-prices-box"
          >
            <Switch
              size="md"
              label={t('presentations.fields.hidePrices')}
              checked={deck.hidePrices}
              onChange={(event) => void update({ hidePrices: event.currentTarget.checked })}
              data-testid="deck-hide-prices"
              description={
                <span data-testid="deck-hide-prices-text">
                  {deck.hidePrices
                    ? t('presentations.settings.hidePricesOn')
                    : t('presentations.settings.hidePricesOff')}
                </span>
              }
            />
          </Paper>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <BrandColorField deck={deck} onSave={(brandColor) => update({ brandColor })} />
            <SavedNumberField
              label={t('presentations.fields.loopIdleSeconds')}
              description={t('presentations.settings.idleHint')}
              value={deck.loopIdleSeconds}
              onSave={(loopIdleSeconds) => update({ loopIdleSeconds })}
              testId="deck-idle-seconds"
              min={10}
              max={3_600}
              rangeMessage={t('presentations.settings.idleRange')}
            />
          </SimpleGrid>
        </Stack>
      </Paper>
      <Accordion variant="separated" radius="md">
        <Accordion.Item value="lead-form">
          <Accordion.Control data-testid="deck-lead-texts">
            {t('presentations.settings.more')}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              <DefaultableText
                label={t('presentations.fields.privacyNotice')}
                description={t('presentations.settings.privacyHint')}
                value={deck.privacyNotice}
                onSave={(privacyNotice) => update({ privacyNotice })}
                defaultText={company ? defaultPrivacyNotice(company, deck.language) : ''}
                testId="deck-privacy-notice"
                maxLength={10_000}
                minRows={6}
              />
              <DefaultableText
                label={t('presentations.fields.newsletterText')}
                description={t('presentations.settings.newsletterHint')}
                value={deck.newsletterText}
                onSave={(newsletterText) => update({ newsletterText })}
                defaultText={company ? defaultNewsletterText(company, deck.language) : ''}
                testId="deck-newsletter-text"
                maxLength={1_000}
                minRows={2}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

/** A text of the deck where '' means "the default text": edit it, or go back to the default. */
function DefaultableText({
  label,
  description,
  value,
  onSave,
  defaultText,
  testId,
  maxLength,
  minRows,
}: {
  label: string;
  description: string;
  value: string;
  onSave: (value: string) => Promise<string | null>;
  /** The text that applies while `value` is '' (from the company profile, in the deck's language). */
  defaultText: string;
  testId: string;
  maxLength: number;
  minRows: number;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <SavedTextField
        label={label}
        description={description}
        value={value}
        onSave={onSave}
        testId={testId}
        multiline
        minRows={minRows}
        maxLength={maxLength}
      />
      <Group gap="xs">
        {value === '' ? (
          <Stack gap={4} w="100%">
            <Text size="xs" c="dimmed">
              {t('presentations.settings.usingDefault')}
            </Text>
            {defaultText !== '' && (
              <>
                <Paper
                  withBorder
                  radius="sm"
                  p="xs"
                  bg="gray.0"
                  mah={160}
                  style={{ overflow: 'auto' }}
                >
                  <Text
                    size="xs"
                    style={{ whiteSpace: 'pre-wrap' }}
                    data-testid={`${testId}-default`}
                  >
                    {defaultText}
                  </Text>
                </Paper>
                <Button
                  size="xs"
                  variant="subtle"
                  w="fit-content"
                  onClick={() => void onSave(defaultText)}
                  data-testid={`${testId}-edit-default`}
                >
                  {t('presentations.settings.editDefault')}
                </Button>
              </>
            )}
          </Stack>
        ) : (
          <Button
            size="xs"
            variant="subtle"
            onClick={() => void onSave('')}
            data-testid={`${testId}-use-default`}
          >
            {t('presentations.settings.useDefault')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The deck's brand colour ('' = the company's); saved when a colour is picked or typed. */
function BrandColorField({
  deck,
  onSave,
}: {
  deck: Deck;
  onSave: (value: string) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(deck.brandColor);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(deck.brandColor), [deck.brandColor]);
  const commit = async (value: string) => {
    const next = value.trim();
    if (next === deck.brandColor) return;
    if (next !== '' && !/^#[0-9a-fA-F]{6}$/.test(next)) {
      setError(t('presentations.settings.colorFormat'));
      return;
    }
    const problem = await onSave(next);
    setError(problem === '' ? null : problem);
  };
  return (
    <ColorInput
      label={t('presentations.fields.brandColor')}
      description={t('presentations.settings.brandColorHint')}
      format="hex"
      value={draft}
      error={error}
      onChange={(value) => {
        setDraft(value);
        setError(null);
      }}
      onChangeEnd={(value) => void commit(value)}
      onBlur={() => void commit(draft)}
      data-testid="deck-brand-color"
    />
  );
}
