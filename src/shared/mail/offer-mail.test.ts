import { describe, expect, it } from 'vitest';
import { defaultOfferMailBody, markupToPlainText, offerMailSubject } from './offer-mail';

describe('offer mail texts', () => {
  it('turns a text block into plain text: headings and paragraphs, bullets and numbers kept', () => {
    expect(
      markupToPlainText(
        '# Leistungen\n\nWir liefern **alles** aus *einer* Hand.\n\n- Planung\n- Umsetzung\n\n1. Workshop\n2. Betrieb',
      ),
    ).toBe(
      'Leistungen\n\nWir liefern alles aus einer Hand.\n\n• Planung\n• Umsetzung\n\n1. Workshop\n2. Betrieb',
    );
  });

  it('writes subject and default body in the offer language', () => {
    const args = {
      number: 'AN-2026-0042',
      title: ' Lagerverwaltung ',
      contactName: 'Petra Wendler',
      validUntil: '31.12.2026',
      authorName: 'Jana Becker',
      companyName: 'Quotient GmbH',
    };
    expect(offerMailSubject({ ...args, language: 'de' })).toBe(
      'Angebot AN-2026-0042: Lagerverwaltung',
    );
    expect(offerMailSubject({ ...args, title: '', language: 'en' })).toBe('Proposal AN-2026-0042');
    expect(defaultOfferMailBody({ ...args, language: 'de' })).toBe(
      'Sehr geehrte Frau Wendler,\n\nanbei erhalten Sie unser Angebot AN-2026-0042, gültig bis 31.12.2026.\n\n' +
        'Für Fragen stehen wir Ihnen gern zur Verfügung und freuen uns auf Ihre Rückmeldung.\n\n' +
        'Mit freundlichen Grüßen\nJana Becker\nQuotient GmbH',
    );
    // A name that does not tell Frau or Herr is greeted in full, unless the contact states it.
    expect(defaultOfferMailBody({ ...args, contactName: 'Kim Lee', language: 'de' })).toMatch(
      /^Guten Tag Kim Lee,\n/,
    );
    expect(
      defaultOfferMailBody({
        ...args,
        contactName: 'Dr. Kim Lee',
        contactSalutation: 'm',
        language: 'de',
      }),
    ).toMatch(/^Sehr geehrter Herr Dr\. Lee,\n/);
    expect(defaultOfferMailBody({ ...args, language: 'en' })).toMatch(/^Dear Ms Wendler,\n/);
    expect(
      defaultOfferMailBody({
        ...args,
        language: 'en',
        contactName: '',
        validUntil: '',
        authorName: '',
      }),
    ).toBe(
      'Dear Sir or Madam,\n\nplease find attached our proposal AN-2026-0042.\n\n' +
        'We look forward to hearing from you and are happy to answer any questions.\n\n' +
        'Kind regards\nQuotient GmbH',
    );
  });
});
