import { describe, expect, it } from 'vitest';
import { activityInputSchema, clientInputSchema, contactInputSchema } from '../domain/client';
import { opportunityInputSchema } from '../domain/opportunity';
import type { Lead } from '../domain/presentations';
import { leadInputSchema } from '../domain/presentations';
import { SAMPLE_IDS, sampleLead, sampleSources } from '#test/presentation-fixtures';
import { leadConversion } from './conversion';

const lead = (patch: Partial<Lead> = {}): Lead => {
  const row = sampleLead('lead-1', {
    firstName: 'Petra',
    lastName: 'Kessler',
    company: 'Kessler Möbelhaus AG',
    email: 'p.kessler@kessler-moebel.example.de',
    phone: '+49 911 4455660',
    interestItemIds: [SAMPLE_IDS.backup, SAMPLE_IDS.firewall],
    interestCategories: ['Backup'],
    note: 'Drei Filialen, Bandsicherung läuft aus.',
    rating: 'hot',
    followUpDate: '2026-10-12',
    capturedAt: '2026-10-08T14:03:00.000Z',
    fairName: 'it-sa 2026, Nürnberg',
  });
  return { ...row, ...leadInputSchema.parse(row), ...patch };
};

const args = {
  deckTitle: 'Portfolio it-sa 2026',
  fairName: 'it-sa 2026, Nürnberg',
  today: '2026-10-13',
};

describe('leadConversion', () => {
  it('a new client: client, primary contact, opportunity and the "Messe" activity', () => {
    const result = leadConversion(lead(), { ...args, catalogItems: sampleSources().catalogItems });
    expect(result).toEqual({
      client: {
        name: 'Kessler Möbelhaus AG',
        legalForm: 'AG',
        industry: '',
        size: '',
        website: '',
        street: '',
        postalCode: '',
        city: '',
        country: 'DE',
        vatId: '',
        language: 'de',
        currency: 'EUR',
        tags: [],
        notes: 'Aus einem Messe-Lead (it-sa 2026, Nürnberg) angelegt am 2026-10-13.',
      },
      contact: {
        clientId: '',
        firstName: 'Petra',
        lastName: 'Kessler',
        role: '',
        email: 'p.kessler@kessler-moebel.example.de',
        phone: '+49 911 4455660',
        primary: true,
      },
      opportunity: {
        title: 'Messe-Lead: Managed Backup, Firewall Appliance FW-600, Backup',
        stage: 'lead',
        // 14.90 + 3490.00: one of each interest at list price.
        estimatedValue: '3504.90',
        probability: 10,
        expectedCloseDate: '',
        lostReason: '',
      },
      activity: {
        kind: 'fair',
        date: '2026-10-08',
        summary:
          'Messe: it-sa 2026, Nürnberg\nDrei Filialen, Bandsicherung läuft aus.\nBewertung: heiß',
        contactId: '',
        nextStep: 'Nachfassen',
        dueDate: '2026-10-12',
        completedAt: '',
      },
    });
    // Valid once the data layer has the new client's id.
    expect(clientInputSchema.safeParse(result.client).success).toBe(true);
    expect(contactInputSchema.safeParse({ ...result.contact, clientId: 'c-new' }).success).toBe(
      true,
    );
    expect(
      opportunityInputSchema.safeParse({ ...result.opportunity, clientId: 'c-new', position: 'a0' })
        .success,
    ).toBe(true);
    expect(activityInputSchema.safeParse({ ...result.activity, clientId: 'c-new' }).success).toBe(
      true,
    );
  });

  it('into an existing client: no client, a further (not primary) contact', () => {
    const result = leadConversion(lead(), { ...args, existingClientId: 'c-kessler' });
    expect(result.client).toBeNull();
    expect(result.contact).toMatchObject({
      clientId: 'c-kessler',
      primary: false,
      lastName: 'Kessler',
    });
    expect(result.activity.contactId).toBe('');
  });

  it('into an existing contact: neither client nor contact, the activity names the contact', () => {
    const result = leadConversion(lead(), {
      ...args,
      existingClientId: 'c-kessler',
      existingContactId: 'p-kessler',
    });
    expect(result.client).toBeNull();
    expect(result.contact).toBeNull();
    expect(result.activity).toMatchObject({
      kind: 'fair',
      contactId: 'p-kessler',
      dueDate: '2026-10-12',
    });
  });

  it('without a company the client is the person; without interests the fair names it', () => {
    const result = leadConversion(
      lead({ company: '', interestItemIds: [], interestCategories: [], note: '', rating: 'cold' }),
      { ...args, fairName: '' },
    );
    expect(result.client).toMatchObject({ name: 'Petra Kessler', legalForm: '' });
    expect(result.opportunity).toMatchObject({
      title: 'Messe-Lead: it-sa 2026, Nürnberg',
      estimatedValue: '0.00',
    });
    expect(result.activity.summary).toBe('Messe: it-sa 2026, Nürnberg\nBewertung: kalt');
  });

  it('the deck title when neither the lead nor the call names a fair; interests without a catalog', () => {
    const result = leadConversion(lead({ fairName: '' }), { ...args, fairName: '' });
    expect(result.activity.summary.split('\n')[0]).toBe('Messe: Portfolio it-sa 2026');
    expect(result.opportunity).toMatchObject({
      title: 'Messe-Lead: Backup',
      estimatedValue: '0.00',
    });
  });

  it('a phone the contact would refuse goes into the activity instead', () => {
    const result = leadConversion(lead({ phone: 'ab 18 Uhr mobil' }), args);
    expect(result.contact?.phone).toBe('');
    expect(result.activity.summary).toContain('Telefon: ab 18 Uhr mobil');
  });

  it('GmbH & Co. KG is recognised as the legal form; English texts', () => {
    const result = leadConversion(lead({ company: 'Hanseatische Kühllogistik GmbH & Co. KG' }), {
      ...args,
      language: 'en',
    });
    expect(result.client).toMatchObject({ legalForm: 'GmbH & Co. KG', language: 'en' });
    expect(result.activity).toMatchObject({ nextStep: 'Follow up' });
    expect(result.activity.summary).toBe(
      'Fair: it-sa 2026, Nürnberg\nDrei Filialen, Bandsicherung läuft aus.\nRating: hot',
    );
    expect(result.opportunity.title).toBe('Fair lead: Backup');
  });
});
