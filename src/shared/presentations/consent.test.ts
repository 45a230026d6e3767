import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadConsentInputSchema } from '../domain/presentations';
import {
  buildConsent,
  defaultNewsletterText,
  defaultPrivacyNotice,
  newsletterTextFor,
  noticeFor,
} from './consent';
import { sampleCompany, sampleDeck } from '#test/presentation-fixtures';

const company = sampleCompany({
  name: 'Muster IT-Beratung GmbH',
  street: 'Königsallee 1',
  postalCode: '40212',
  city: 'Düsseldorf',
  email: 'datenschutz@muster-it.example.de',
  phone: '+49 211 987650',
});

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const args = {
  leadId: 'lead-1',
  deck: sampleDeck(),
  language: 'de' as const,
  noticeText: 'Datenschutzhinweise – Verantwortlich: Müller & Söhne GmbH, Königstraße 1.',
  noticeShownAt: '2026-10-08T10:29:12.000Z',
  capturedAt: '2026-10-08T10:31:40.000Z',
  staffId: 'MM',
  staffName: 'Max Mustermann',
  newsletterOptIn: false,
  newsletterText: 'Ja, ich möchte den Newsletter.',
};

describe('privacy notice', () => {
  it('German: controller with address and contact, purpose, legal basis, retention, rights', () => {
    const notice = defaultPrivacyNotice(company, 'de');
    expect(notice).toContain('Art. 13 DSGVO');
    expect(notice).toContain(
      'Verantwortlich: Muster IT-Beratung GmbH, Königsallee 1, 40212 Düsseldorf (E-Mail: datenschutz@muster-it.example.de, Telefon: +49 211 987650).',
    );
    for (const part of [
      'Zweck:',
      'Art. 6 Abs. 1 lit. f DSGVO',
      'berechtigtes Interesse',
      'Speicherdauer:',
      'Auskunft (Art. 15)',
      'Widerspruch',
      'Art. 21',
      'Aufsichtsbehörde',
      'Kontakt zum Datenschutz: E-Mail: datenschutz@muster-it.example.de',
    ]) {
      expect(notice).toContain(part);
    }
  });

  it('English, and a company abroad names its country', () => {
    const notice = defaultPrivacyNotice(
      { ...company, country: 'AT', postalCode: '1010', city: 'Wien' },
      'en',
    );
    expect(notice).toContain('Art. 13 GDPR');
    expect(notice).toContain('Controller: Muster IT-Beratung GmbH, Königsallee 1, 1010 Wien, AT');
    expect(notice).toContain('Art. 6(1)(f) GDPR');
    expect(notice).toContain('object');
  });

  it('the newsletter text names the company and the withdrawal', () => {
    expect(defaultNewsletterText(company, 'de')).toBe(
      'Ja, ich möchte den Newsletter von Muster IT-Beratung GmbH zu Produkten, Veranstaltungen und Angeboten per E-Mail erhalten. Diese Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen (z. B. an datenschutz@muster-it.example.de).',
    );
    expect(defaultNewsletterText({ ...company, email: '' }, 'en')).toBe(
      "Yes, I would like to receive Muster IT-Beratung GmbH's newsletter by e-mail about products, events and offers. I can withdraw this consent at any time with effect for the future.",
    );
  });

  it('the deck’s own texts win over the defaults, in the deck’s language', () => {
    expect(noticeFor(sampleDeck(), company)).toBe(defaultPrivacyNotice(company, 'de'));
    expect(noticeFor(sampleDeck({ language: 'en' }), company)).toBe(
      defaultPrivacyNotice(company, 'en'),
    );
    expect(noticeFor(sampleDeck({ privacyNotice: 'Unser Hinweis.' }), company)).toBe(
      'Unser Hinweis.',
    );
    expect(newsletterTextFor(sampleDeck(), company)).toBe(defaultNewsletterText(company, 'de'));
    expect(newsletterTextFor(sampleDeck({ newsletterText: 'Newsletter? Ja.' }), company)).toBe(
      'Newsletter? Ja.',
    );
  });
});

describe('buildConsent', () => {
  it('keeps the exact text and its SHA-256; no newsletter: empty texts', async () => {
    const consent = await buildConsent(args);
    expect(consent).toEqual({
      leadId: 'lead-1',
      deckId: 'deck-itsa',
      language: 'de',
      noticeText: args.noticeText,
      noticeSha256: sha(args.noticeText),
      noticeShownAt: '2026-10-08T10:29:12.000Z',
      capturedAt: '2026-10-08T10:31:40.000Z',
      staffId: 'MM',
      staffName: 'Max Mustermann',
      legalBasis: 'legitimate-interest',
      newsletterOptIn: false,
      newsletterText: '',
      newsletterOptInAt: '',
    });
    expect(leadConsentInputSchema.parse(consent)).toEqual(consent);
  });

  it('a different character is a different hash', async () => {
    const one = await buildConsent(args);
    const other = await buildConsent({ ...args, noticeText: args.noticeText.replace('ü', 'ue') });
    expect(other.noticeSha256).not.toBe(one.noticeSha256);
    expect(other.noticeSha256).toBe(sha(other.noticeText));
  });

  it('newsletter ticked: its label as shown and the time', async () => {
    const consent = await buildConsent({ ...args, newsletterOptIn: true });
    expect(consent).toMatchObject({
      newsletterOptIn: true,
      newsletterText: 'Ja, ich möchte den Newsletter.',
      newsletterOptInAt: '2026-10-08T10:31:40.000Z',
    });
  });

  it('stores and hashes the text as the schema keeps it (trimmed), so it verifies', async () => {
    const consent = await buildConsent({ ...args, noticeText: `\n  ${args.noticeText}\n` });
    const stored = leadConsentInputSchema.parse(consent);
    expect(stored.noticeText).toBe(args.noticeText);
    expect(stored.noticeSha256).toBe(sha(stored.noticeText));
  });

  it('hashes the full default notice', async () => {
    const notice = defaultPrivacyNotice(company, 'de');
    const consent = await buildConsent({ ...args, noticeText: notice });
    expect(consent.noticeSha256).toBe(sha(notice));
    expect(leadConsentInputSchema.safeParse(consent).success).toBe(true);
  });
});
