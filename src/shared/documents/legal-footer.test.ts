import { describe, expect, it } from 'vitest';
import { legalEntryText, legalFooter, legalFormOf } from './legal-footer';

const company = {
  name: 'Nordlicht IT-Service GmbH',
  legalForm: '',
  registeredSeat: 'Hamburg',
  commercialRegister: 'Amtsgericht Hamburg HRB 123456',
  managingDirectors: 'Jana Petersen, Tobias Krüger',
  supervisoryBoardChair: 'Dr. Eva Rot',
  vatId: 'DE123456789',
};

describe('legalFooter', () => {
  it('names seat, register, all managing directors and the VAT ID of a GmbH', () => {
    expect(legalFooter(company, 'de').map(legalEntryText)).toEqual([
      'Nordlicht IT-Service GmbH',
      'Sitz der Gesellschaft: Hamburg',
      'Registergericht: Amtsgericht Hamburg HRB 123456',
      'Geschäftsführer: Jana Petersen, Tobias Krüger',
      'USt-IdNr.: DE123456789',
    ]);
  });

  it('names the board and the supervisory board chair of an AG (§ 80 AktG)', () => {
    const ag = { ...company, name: 'Beispiel', legalForm: 'AG' };
    expect(legalFooter(ag, 'en').map(legalEntryText)).toEqual([
      'Beispiel AG',
      'Registered office: Hamburg',
      'Register court: Amtsgericht Hamburg HRB 123456',
      'Management board: Jana Petersen, Tobias Krüger',
      'Chair of the supervisory board: Dr. Eva Rot',
      'VAT ID: DE123456789',
    ]);
  });

  it('reads the legal form from the name and leaves out empty or missing fields', () => {
    expect(legalFormOf({ name: 'Huber e.K.', legalForm: '' })).toBe('e.K.');
    const old = {
      name: 'Huber e.K.',
      commercialRegister: '',
      managingDirectors: 'Max Huber',
      vatId: '',
    };
    expect(legalFooter(old, 'de').map(legalEntryText)).toEqual([
      'Huber e.K.',
      'Inhaber: Max Huber',
    ]);
  });
});
