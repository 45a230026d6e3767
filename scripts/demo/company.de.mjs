import { germanVatId, iban } from './check-digits.mjs';

// The fictional consultancy that "owns" the demo workspace. Hamburger Sparkasse's bank code and
// BIC are real so the IBAN looks familiar; the account number is invented.
export const company = {
  name: 'Nordlicht IT-Beratung GmbH',
  street: 'Am Sandtorkai 41',
  postalCode: '20457',
  city: 'Hamburg',
  country: 'DE',
  vatId: germanVatId('27481935'),
  taxNumber: '47/732/01958',
  legalForm: 'GmbH',
  registeredSeat: 'Hamburg',
  commercialRegister: 'Amtsgericht Hamburg HRB 184572',
  managingDirectors: 'Jana Feddersen, Mats Thorsen',
  supervisoryBoardChair: '',
  bankName: 'Hamburger Sparkasse',
  iban: iban('DE', '200505501285067341'),
  bic: 'HASPDEHHXXX',
  email: 'info@nordlicht-it.de',
  phone: '+49 40 8816340-0',
  website: 'https://www.nordlicht-it.de',
  logo: '',
  brandColor: '#1c5d99',
};
