import type { Client, CompanyProfile, OfferInput, OfferSettings } from '#shared/domain';
import { reverseChargeApplies } from '#shared/offers/pricing';
import { addDays, localDate } from '#shared/offers/status';

/** A new offer's fields from the client, the company profile and the offer settings. */
export function newOfferDefaults({
  client,
  company,
  settings,
  today,
  title,
  opportunityId = '',
}: {
  client: Client;
  company: CompanyProfile | null;
  settings: OfferSettings;
  today: string;
  title: string;
  opportunityId?: string;
}): OfferInput {
  const currency = client.currency;
  return {
    clientId: client.id,
    opportunityId,
    title,
    date: today,
    validUntil: addDays(today, settings.defaultValidityDays),
    currency,
    exchangeRate: currency === 'EUR' ? '' : settings.exchangeRates[currency],
    language: client.language,
    paymentTermsDays: settings.defaultPaymentTermsDays,
    cashDiscountPct: '',
    cashDiscountDays: 0,
    termMonths: settings.defaultTermMonths,
    discountPct: '',
    reverseCharge: reverseChargeApplies({
      clientCountry: client.country,
      clientVatId: client.vatId,
      companyCountry: company?.country ?? 'DE',
    }),
    customerView: false,
    notes: '',
  };
}

/** Today as `YYYY-MM-DD` in local time. */
export const localToday = (): string => localDate();
