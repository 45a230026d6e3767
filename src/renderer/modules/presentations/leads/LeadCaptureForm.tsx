import { Alert, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  catalogKinds,
  emptyCompanyProfile,
  type CatalogItem,
  type CompanyProfile,
} from '#shared/domain';
import type { Deck, Lead } from '#shared/domain/presentations';
import { newsletterTextFor, noticeFor } from '#shared/presentations';
import { useCatalogItems, useCompany } from '#data';
import { useDeck } from '#data/presentations/hooks';
import { LeadFormFields } from './LeadFormFields';

type Props = {
  deckId: string;
  onSaved: (lead: Lead) => void;
  onCancel: () => void;
};

/**
 * The booth's lead form for one deck: the visitor's name, company, e-mail, phone, interests,
 * note, the staff member's rating and the follow-up date (two working days later), the deck's
 * privacy notice shown in full with the time it was shown, and the newsletter opt-in, unticked.
 * Everything is local, so it works offline; a draft survives a crash or a reload.
 */
export function LeadCaptureForm({ deckId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const deck = useDeck(deckId);
  const company = useCompany();
  const items = useCatalogItems();
  if (deck === undefined || company === undefined || items === undefined) {
    return <Loader size="sm" data-testid="lead-form-loading" />;
  }
  if (deck === null) {
    return (
      <Alert color="red" data-testid="lead-form-no-deck">
        {t('leads.capture.noDeck')}
      </Alert>
    );
  }
  return (
    <LoadedLeadForm
      key={deckId}
      deck={deck}
      company={company}
      items={items}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}

function LoadedLeadForm({
  deck,
  company,
  items,
  onSaved,
  onCancel,
}: {
  deck: Deck;
  company: CompanyProfile | null;
  items: CatalogItem[];
  onSaved: (lead: Lead) => void;
  onCancel: () => void;
}) {
  const { i18n } = useTranslation();
  // The visitor reads the deck's language; the notice and its evidence are in it too.
  const deckT = useMemo(() => i18n.getFixedT(deck.language), [i18n, deck.language]);
  // Without a company profile yet, the default texts still name what they can (nothing is invented).
  const profile = useMemo(() => company ?? emptyCompanyProfile(), [company]);
  const noticeText = useMemo(() => noticeFor(deck, profile), [deck, profile]);
  const newsletterText = useMemo(() => newsletterTextFor(deck, profile), [deck, profile]);
  const activeItems = useMemo(
    () =>
      items
        .filter((item) => item.active)
        .sort((a, b) => a.name.localeCompare(b.name, deck.language)),
    [items, deck.language],
  );
  const categories = useMemo(() => {
    const used = new Set(activeItems.map((item) => item.kind));
    return catalogKinds
      .filter((kind) => used.has(kind))
      .map((kind) => deckT(`catalog.kinds.${kind}`));
  }, [activeItems, deckT]);
  return (
    <LeadFormFields
      deck={deck}
      noticeText={noticeText}
      newsletterText={newsletterText}
      items={activeItems}
      categories={categories}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}
