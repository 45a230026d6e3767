import type { Language } from '../domain/common';
import type { Deck, LeadConsentInput } from '../domain/presentations';
import type { CompanyProfile } from '../domain/settings';
import { sha256Hex } from '../hash';

type NoticeCompany = Pick<
  CompanyProfile,
  'name' | 'street' | 'postalCode' | 'city' | 'country' | 'email' | 'phone' | 'website'
>;

function address(company: NoticeCompany): string {
  const city = [company.postalCode, company.city].filter((part) => part.trim() !== '').join(' ');
  const country = company.country === 'DE' ? '' : company.country;
  return [company.street, city, country].filter((part) => part.trim() !== '').join(', ');
}

function contactLine(company: NoticeCompany, language: Language): string {
  const parts = [
    company.email && (language === 'de' ? `E-Mail: ${company.email}` : `e-mail: ${company.email}`),
    company.phone && (language === 'de' ? `Telefon: ${company.phone}` : `phone: ${company.phone}`),
  ].filter((part) => part !== '');
  return parts.join(', ');
}

/**
 * The Art. 13 GDPR information a visitor is shown before their contact data is taken at the
 * booth: controller with address and contact, purpose, legal basis (legitimate interest, Art.
 * 6(1)(f)), recipients, retention, the visitor's rights and whom to contact. Built from the
 * company profile; a deck may replace it with its own text (noticeFor).
 */
export function defaultPrivacyNotice(company: NoticeCompany, language: Language): string {
  const name = company.name.trim();
  const where = address(company);
  const contact = contactLine(company, language);
  if (language === 'en') {
    return [
      'Privacy information (Art. 13 GDPR)',
      `Controller: ${name}${where ? `, ${where}` : ''}${contact ? ` (${contact})` : ''}.`,
      'What we record: your name, company, business contact details, the topics you are interested in and notes from our conversation at the booth.',
      'Purpose: to answer your enquiry and to contact you after the fair about the products and services you asked about.',
      'Legal basis: Art. 6(1)(f) GDPR. Our legitimate interest is to follow up business contacts made at the fair. Newsletters are sent only with your separate consent (Art. 6(1)(a) GDPR).',
      'Recipients: our sales and service staff; IT service providers who process data on our behalf. We do not sell your data.',
      'Retention: until your enquiry has been dealt with, at the latest 24 months after our last contact, unless statutory retention periods apply (e.g. for offers and contracts).',
      'Your rights: access (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and objection to the processing at any time (Art. 21 GDPR); you may also lodge a complaint with a supervisory authority (Art. 77 GDPR).',
      `Contact for data protection: ${contact || name}.`,
    ].join('\n\n');
  }
  return [
    'Datenschutzhinweise (Art. 13 DSGVO)',
    `Verantwortlich: ${name}${where ? `, ${where}` : ''}${contact ? ` (${contact})` : ''}.`,
    'Was wir erfassen: Ihren Namen, Ihre Firma, Ihre geschäftlichen Kontaktdaten, die Themen, für die Sie sich interessieren, und Notizen aus unserem Gespräch am Stand.',
    'Zweck: Bearbeitung Ihrer Anfrage und Kontaktaufnahme nach der Messe zu den Produkten und Leistungen, nach denen Sie gefragt haben.',
    'Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO. Unser berechtigtes Interesse ist die Nachbereitung der auf der Messe geknüpften Geschäftskontakte. Newsletter senden wir nur mit Ihrer gesonderten Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
    'Empfänger: unsere Vertriebs- und Servicemitarbeiter; IT-Dienstleister, die Daten in unserem Auftrag verarbeiten. Wir verkaufen Ihre Daten nicht.',
    'Speicherdauer: bis Ihre Anfrage erledigt ist, längstens 24 Monate nach unserem letzten Kontakt, soweit keine gesetzlichen Aufbewahrungspflichten bestehen (z. B. für Angebote und Verträge).',
    'Ihre Rechte: Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und jederzeitiger Widerspruch gegen die Verarbeitung (Art. 21 DSGVO); außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO).',
    `Kontakt zum Datenschutz: ${contact || name}.`,
  ].join('\n\n');
}

/** The newsletter opt-in's label: what the visitor agrees to, and that it can be withdrawn. */
export function defaultNewsletterText(
  company: Pick<CompanyProfile, 'name' | 'email'>,
  language: Language,
): string {
  const name = company.name.trim();
  if (language === 'en') {
    return `Yes, I would like to receive ${name}'s newsletter by e-mail about products, events and offers. I can withdraw this consent at any time${company.email ? ` (e.g. to ${company.email})` : ''} with effect for the future.`;
  }
  return `Ja, ich möchte den Newsletter von ${name} zu Produkten, Veranstaltungen und Angeboten per E-Mail erhalten. Diese Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen${company.email ? ` (z. B. an ${company.email})` : ''}.`;
}

/** The privacy notice the deck's lead form shows: the deck's own text or the default. */
export function noticeFor(
  deck: Pick<Deck, 'privacyNotice' | 'language'>,
  company: NoticeCompany,
): string {
  const own = deck.privacyNotice.trim();
  return own !== '' ? own : defaultPrivacyNotice(company, deck.language);
}

/** The newsletter opt-in label the deck's lead form shows: the deck's own text or the default. */
export function newsletterTextFor(
  deck: Pick<Deck, 'newsletterText' | 'language'>,
  company: Pick<CompanyProfile, 'name' | 'email'>,
): string {
  const own = deck.newsletterText.trim();
  return own !== '' ? own : defaultNewsletterText(company, deck.language);
}

export type BuildConsentArgs = {
  leadId: string;
  deck: Pick<Deck, 'id'>;
  language: Language;
  /** The notice as shown. */
  noticeText: string;
  noticeShownAt: string;
  capturedAt: string;
  staffId: string;
  staffName: string;
  newsletterOptIn: boolean;
  /** The opt-in's label as shown. */
  newsletterText: string;
};

/**
 * The consent evidence of one lead: the notice text and the SHA-256 (hex) of its UTF-8 bytes,
 * when it was shown, by whom, from which deck; the newsletter opt-in with its label and time
 * only when ticked ('' otherwise). Texts are stored trimmed, as the schema keeps them, and the
 * hash is of the stored text, so the record verifies against itself.
 */
export async function buildConsent({
  leadId,
  deck,
  language,
  noticeText,
  noticeShownAt,
  capturedAt,
  staffId,
  staffName,
  newsletterOptIn,
  newsletterText,
}: BuildConsentArgs): Promise<LeadConsentInput> {
  const notice = noticeText.trim();
  return {
    leadId,
    deckId: deck.id,
    language,
    noticeText: notice,
    noticeSha256: await sha256Hex(notice),
    noticeShownAt,
    capturedAt,
    staffId,
    staffName: staffName.trim(),
    legalBasis: 'legitimate-interest',
    newsletterOptIn,
    newsletterText: newsletterOptIn ? newsletterText.trim() : '',
    newsletterOptInAt: newsletterOptIn ? capturedAt : '',
  };
}
