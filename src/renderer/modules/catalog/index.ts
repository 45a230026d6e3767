// The catalog module's public face: other modules import only what is listed here.

export {
  offerSettingsFormSchema,
  previewOfferNumber,
  toOfferSettingsFormValues,
} from './offer-settings-form';
export type { OfferSettingsFormValues } from './offer-settings-form';
