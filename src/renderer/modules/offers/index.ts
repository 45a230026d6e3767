// The offers module's public face: other modules import only what is listed here.

export { NewOfferModal } from './NewOfferModal';
export { OpportunityOffers } from './OpportunityOffers';
export { collectOffer } from './offer-export';
export { contactFullName } from './ContactPersonSelect';
export { offerContact } from './offer-export';
