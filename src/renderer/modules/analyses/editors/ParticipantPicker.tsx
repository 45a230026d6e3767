import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_ID, type Competitor } from '#shared/domain/analyses';

/** Who can take part in a matrix or a positioning, and how each is named. */
export type Participants = {
  /** Competitors not deleted, and "Wir", in that order: what can be added. */
  options: { value: string; label: string }[];
  /** A participant's name: the company's (or "Wir"), a competitor's (deleted ones too), else the id. */
  name: (id: string) => string;
  isSelf: (id: string) => boolean;
  /** Competitor names by id, for the charts and the exports. */
  names: Record<string, string>;
};

/** The participants of the analyses from the competitors (all, deleted ones included). */
export function useParticipants(
  competitors: readonly Competitor[] | undefined,
  companyName: string,
): Participants {
  const { t } = useTranslation();
  return useMemo(() => {
    const all = competitors ?? [];
    const names = Object.fromEntries(all.map((competitor) => [competitor.id, competitor.name]));
    const self = companyName.trim() || t('analysisEditors.self');
    return {
      options: [
        { value: SELF_ID, label: `${self} (${t('analysisEditors.self')})` },
        ...all
          .filter((competitor) => !competitor.deleted)
          .map((competitor) => ({ value: competitor.id, label: competitor.name })),
      ],
      name: (id) => (id === SELF_ID ? self : (names[id] ?? id)),
      isSelf: (id) => id === SELF_ID,
      names,
    };
  }, [competitors, companyName, t]);
}

/** A select that adds one participant not taken yet. */
export function ParticipantPicker({
  participants,
  taken,
  onPick,
}: {
  participants: Participants;
  taken: readonly string[];
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const free = participants.options.filter((option) => !taken.includes(option.value));
  return (
    <Select
      aria-label={t('analysisEditors.matrix.addParticipant')}
      placeholder={t('analysisEditors.matrix.participantPlaceholder')}
      data={free}
      value={null}
      onChange={(value) => {
        if (value) onPick(value);
      }}
      searchable
      disabled={free.length === 0}
      w={280}
      size="xs"
      data-testid="participant-picker"
    />
  );
}
