import type { Client, CompanyProfile, Offer } from '#shared/domain';
import type { PlaceholderContext } from '#shared/text-blocks';

/** What the chapter panel previews placeholders with (the export reads the full data). */
export function placeholderContext({
  offer,
  client,
  company,
}: {
  offer: Offer;
  client: Client | null | undefined;
  company: CompanyProfile | null | undefined;
}): PlaceholderContext {
  return {
    language: offer.language,
    client: { name: client?.name ?? '', city: client?.city ?? '', contactName: '' },
    offer: {
      number: offer.number,
      title: offer.title,
      date: offer.date,
      validUntil: offer.validUntil,
      termMonths: offer.termMonths,
    },
    company: { name: company?.name ?? '', city: company?.city ?? '' },
    author: { name: '', position: '' },
  };
}
