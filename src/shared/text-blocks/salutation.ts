import type { Language } from '../domain';

/** Whom a letter addresses: 'f' Frau/Ms, 'm' Herr/Mr, '' unknown. */
export type AddresseeGender = 'f' | 'm' | '';

/** A contact name taken apart for the salutation. */
export type ParsedContactName = {
  gender: AddresseeGender;
  /** Academic titles as written for the salutation, e.g. "Prof. Dr."; '' for none. */
  titles: string;
  lastName: string;
};

// A contact's stored salutation (Frau/Herr) wins; without one the name speaks: an explicit
// "Frau"/"Herr" in it, then a first name that is clearly female or male; else neutral.
const FEMALE = new Set(
  (
    'anna anne andrea angelika anja antje aylin barbara beate bettina birgit birte brigitte carina ' +
    'carla carolin caroline christa christiane christina claudia corinna corinne cornelia daniela ' +
    'diana doris dorothea elena elisabeth elke ellen emily emma erika eva ewa franziska friederike ' +
    'gabriele gisela gudrun hannah heike helga helene ines ingrid irene iris isabel jana jasmin ' +
    'jennifer jessica johanna judith julia juliane jutta karin katharina kathrin katja katrin ' +
    'kerstin klara kristin laura lea lena leonie lisa luisa maike manuela maren margarete maria ' +
    'marie marina marion marlene martina melanie michaela miriam monika nadia nadine natalie ' +
    'nicole nina olga patricia paula petra priya ramona regina renate rita ronja rosemarie ' +
    'ruth sabine sabrina sandra sarah silke silvia simone sofia sonja sophie stefanie stephanie ' +
    'susanne svenja tanja theresa ulrike ursula ute vanessa vera veronika yvonne'
  ).split(' '),
);
const MALE = new Set(
  (
    'achim alexander andreas axel bastian beat benjamin bernd bernhard björn carsten christian ' +
    'christoph claus daniel david dennis dieter dirk dominik emre erik ernst fabian felix florian ' +
    'frank franz friedrich georg gerd gerhard gernot günter hans harald hauke heinz helmut henning ' +
    'holger hubert ingo jakob james jan jens joachim jochen johannes jonas jörg josef jürgen kai ' +
    'karl klaus kevin konrad lars leon lukas lutz manfred marcel marco mario markus martin ' +
    'matthias max maximilian michael mirko moritz niklas nils norbert oliver otto patrick paul ' +
    'peter philipp rainer ralf ralph reinhard reto richard robert roland ronny rudolf sebastian ' +
    'simon stefan stephan steffen sven thomas thorsten tim timo tobias tom torsten ulrich uwe ' +
    'volker walter werner wilhelm wolfgang'
  ).split(' '),
);
const EXPLICIT: Record<string, AddresseeGender> = {
  frau: 'f',
  herr: 'm',
  ms: 'f',
  mrs: 'f',
  miss: 'f',
  mr: 'm',
};
// Name particles that start a multi-word last name ("Anna von der Heide").
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'zu', 'zur', 'ten', 'ter', 'vom']);

const isProfessor = (token: string) => /^prof\.?$/i.test(token);
const isDoctor = (token: string) => /^dr\.?(-[a-zäöü]+\.?)*$/i.test(token);
// "Dr. med.", "Dr. rer. nat.": the faculty is left out of a salutation.
const isFaculty = (token: string) => /^[a-zäöü]{2,5}\.$/.test(token);

/** Takes "Frau Dr. Anna von der Heide" apart into gender, titles and last name. */
export function parseContactName(contactName: string): ParsedContactName {
  const tokens = contactName.trim().split(/\s+/).filter(Boolean);
  let gender: AddresseeGender = '';
  const titles: string[] = [];
  const rest: string[] = [];
  for (const token of tokens) {
    const bare = token.replace(/\.$/, '').toLowerCase();
    if (rest.length === 0 && titles.length === 0 && gender === '' && bare in EXPLICIT) {
      gender = EXPLICIT[bare] ?? '';
    } else if (rest.length === 0 && isProfessor(token)) titles.push('Prof.');
    else if (rest.length === 0 && isDoctor(token)) titles.push('Dr.');
    else if (rest.length === 0 && titles.length > 0 && isFaculty(token)) continue;
    else rest.push(token);
  }
  if (rest.length === 0) return { gender, titles: titles.join(' '), lastName: '' };
  const particle = rest.findIndex((token, index) => index > 0 && PARTICLES.has(token));
  const lastStart = rest.length === 1 ? 0 : particle > 0 ? particle : rest.length - 1;
  const lastName = rest.slice(lastStart).join(' ');
  if (gender === '' && lastStart > 0) {
    const first = (rest[0] ?? '').split('-')[0]?.toLowerCase() ?? '';
    gender = FEMALE.has(first) ? 'f' : MALE.has(first) ? 'm' : '';
  }
  return { gender, titles: [...new Set(titles)].join(' '), lastName };
}

/**
 * The letter's salutation for a contact name, with its comma: "Sehr geehrte Frau Wendler,",
 * "Sehr geehrter Herr Dr. Brandt,", "Dear Ms Wendler,"; without a contact or a known gender
 * "Sehr geehrte Damen und Herren," / "Dear Sir or Madam," (English "Dear Dr Brandt," needs none).
 */
export function salutation(
  contactName: string,
  language: Language,
  /** The contact's stored salutation; when set it wins over what the name suggests. */
  stated: AddresseeGender = '',
): string {
  const parsed = parseContactName(contactName);
  const { titles, lastName } = parsed;
  const gender = stated === '' ? parsed.gender : stated;
  if (language === 'en') {
    if (lastName === '') return 'Dear Sir or Madam,';
    if (titles.startsWith('Prof.')) return `Dear Professor ${lastName},`;
    if (titles !== '') return `Dear Dr ${lastName},`;
    if (gender === 'f') return `Dear Ms ${lastName},`;
    if (gender === 'm') return `Dear Mr ${lastName},`;
    return 'Dear Sir or Madam,';
  }
  if (lastName === '' || gender === '') return 'Sehr geehrte Damen und Herren,';
  const name = titles === '' ? lastName : `${titles} ${lastName}`;
  return gender === 'f' ? `Sehr geehrte Frau ${name},` : `Sehr geehrter Herr ${name},`;
}

/** The contact's name as an addressee line: title, first and last name ("Dr. Anna Wendler"). */
export function addresseeName(contact: {
  firstName: string;
  lastName: string;
  title?: string | undefined;
}): string {
  return [contact.title ?? '', contact.firstName, contact.lastName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}
