import { Accordion, Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Battlecard, Competitor } from '#shared/domain/analyses';
import { MarkupPreview } from '#modules/text-blocks';
import { markupFields } from './battlecard-form';
import { StaleBadge } from './StaleBadge';

/**
 * One competitor's battlecard to read while selling (offer editor, opportunity): name with the
 * stale marks of profile and card, then objections with answers, differentiators, traps,
 * landmines and proof points, each folded open on demand.
 */
export function BattlecardSummary({
  competitor,
  card,
  incumbent = false,
}: {
  competitor: Competitor;
  card: Battlecard | undefined;
  incumbent?: boolean;
}) {
  const { t } = useTranslation();
  const filled = card ? markupFields.filter((field) => card[field].trim() !== '') : [];
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="battlecard-summary">
      <Stack gap={4}>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Group gap={6}>
            <Anchor component={Link} to={`/competitors/${competitor.id}`} fw={600} size="sm">
              {competitor.name}
            </Anchor>
            {incumbent && (
              <Badge size="xs" variant="outline">
                {t('analyses.inPlay.incumbentBadge')}
              </Badge>
            )}
            {competitor.deleted && (
              <Badge size="xs" color="gray" variant="outline">
                {t('analyses.deleted')}
              </Badge>
            )}
          </Group>
          <StaleBadge lastVerified={card?.lastVerified ?? competitor.lastVerified} />
        </Group>
        {!card || (card.objections.length === 0 && filled.length === 0) ? (
          <Text size="xs" c="dimmed">
            {t('analyses.aside.noBattlecard')}
          </Text>
        ) : (
          <Accordion
            multiple
            variant="contained"
            chevronPosition="left"
            defaultValue={filled.includes('differentiators') ? ['differentiators'] : []}
            styles={{ label: { paddingBlock: 6 }, content: { paddingTop: 0 } }}
          >
            {card.objections.length > 0 && (
              <Accordion.Item value="objections">
                <Accordion.Control>
                  <Text size="sm">
                    {t('analyses.battlecard.objections')} ({card.objections.length})
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap={6}>
                    {card.objections.map((entry, index) => (
                      <div key={index}>
                        <Text size="sm" fw={500}>
                          „{entry.objection}“
                        </Text>
                        <MarkupPreview text={entry.answer} />
                      </div>
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            )}
            {filled.map((field) => (
              <Accordion.Item key={field} value={field}>
                <Accordion.Control>
                  <Text size="sm">{t(`analyses.battlecard.fields.${field}`)}</Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <MarkupPreview text={card[field]} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Stack>
    </Paper>
  );
}
