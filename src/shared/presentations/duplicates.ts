import Fuse from 'fuse.js';
import { dropLegalForm } from '../analyses/charts/text';
import type { Client, Contact } from '../domain/client';
import type { Lead } from '../domain/presentations';

/** An existing client (and perhaps contact) a lead may be the same as. */
export type LeadDuplicate = {
  kind: 'email' | 'company';
  clientId: string;
  /** '' for a company match. */
  contactId: string;
  clientName: string;
  contactName: string;
  /** 0..1, 1 exact. */
  score: number;
};

/** Similarity (0..1) from which two normalised company names count as the same company. */
export const COMPANY_SIMILARITY = 0.8;

// Legal forms as the normaliser's tokens (lower case, umlauts spelled out, punctuation gone),
// stripped from the end of a name as often as they occur ("gmbh co kg" is three of them).
const LEGAL_FORM_TOKENS = [
  'ug haftungsbeschraenkt',
  'partg mbb',
  'e k',
  'e kfm',
  'e kfr',
  'e v',
  's a',
  's a s',
  's p a',
  's r l',
  's a r l',
  'sarl',
  'b v',
  'n v',
  'sp z o o',
  'a s',
  'gmbh',
  'ggmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ohg',
  'gbr',
  'ek',
  'ekfm',
  'eg',
  'ev',
  'ug',
  'se',
  'partg',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'plc',
  'corp',
  'corporation',
  'co',
  'cie',
  'sa',
  'sas',
  'spa',
  'srl',
  'bv',
  'nv',
  'ab',
  'as',
  'aps',
  'oy',
].map((form) => form.split(' '));

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Lower case, umlauts spelled out (ä → ae), other accents dropped, punctuation as spaces, and
 * "und"/"and" dropped like "&" ("Brandt und Söhne" is "Brandt & Söhne").
 */
function tokens(name: string): string[] {
  return dropLegalForm(name)
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => UMLAUTS[char] ?? char)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&|\+/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((token) => token !== '' && token !== 'und' && token !== 'and');
}

function endsWith(words: string[], form: string[]): boolean {
  if (form.length >= words.length) return false;
  return form.every((token, index) => words[words.length - form.length + index] === token);
}

/**
 * A company name as duplicate detection compares it: lower case, ä→ae ö→oe ü→ue ß→ss, accents
 * dropped, legal forms at the end removed (GmbH, AG, KG, GmbH & Co. KG, UG (haftungsbeschränkt),
 * e.K., Ltd, Inc, LLC, S.A., B.V. …), punctuation gone, single spaces: "Möbelhaus Kessler
 * GmbH & Co. KG" → "moebelhaus kessler". A name that is nothing but a legal form keeps it.
 */
export function normalizeCompanyName(name: string): string {
  const words = tokens(name);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const form of LEGAL_FORM_TOKENS) {
      if (endsWith(words, form)) {
        words.splice(words.length - form.length, form.length);
        stripped = true;
      }
    }
  }
  return words.join(' ');
}

/** The plain-vowel spelling as well: "mueller" and "muller" (Müller typed without umlaut) meet. */
const plainVowels = (normalised: string) => normalised.replace(/([aou])e/g, '$1');

/** Words in alphabetical order: "kessler moebelhaus" and "moebelhaus kessler" meet. */
const sortedWords = (normalised: string) => normalised.split(' ').sort().join(' ');

type Entry = { clientId: string; key: string };

/**
 * The best similarity per client of the lead's keys against the clients' keys: Fuse's bitap
 * score (0 exact) as 1 − score, lowered by the keys' difference in length, so "kessler" alone
 * does not match "kessler moebelhaus" just because it is found inside it.
 */
function similarities(patterns: readonly string[], entries: readonly Entry[]): Map<string, number> {
  const fuse = new Fuse(entries, {
    keys: ['key'],
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 1 - COMPANY_SIMILARITY,
  });
  const best = new Map<string, number>();
  for (const pattern of patterns) {
    for (const result of fuse.search(pattern)) {
      const { clientId, key } = result.item;
      const lengths = Math.min(key.length, pattern.length) / Math.max(key.length, pattern.length);
      const value = (1 - (result.score ?? 1)) * lengths;
      best.set(clientId, Math.max(best.get(clientId) ?? 0, value));
    }
  }
  return best;
}

const clientKeys = (name: string) => {
  const normalised = normalizeCompanyName(name);
  const plain = plainVowels(normalised);
  return { normalised, plain, keys: [...new Set([plain, sortedWords(plain)])] };
};

const personName = (person: Pick<Contact, 'firstName' | 'lastName'>) =>
  `${person.firstName} ${person.lastName}`.trim();

/**
 * The existing clients and contacts a lead may duplicate, best first, each client once: the
 * same e-mail (case-insensitive, score 1) first, then the same company, equal after
 * normalizeCompanyName (or its plain-vowel spelling, score 1), else similar by fuse.js (word
 * order ignored, score ≥ COMPANY_SIMILARITY, below 1). Deleted clients and contacts are ignored.
 */
export function findLeadDuplicates(
  lead: Pick<Lead, 'email' | 'company' | 'firstName' | 'lastName'>,
  clients: readonly Client[],
  contacts: readonly Contact[],
): LeadDuplicate[] {
  const live = new Map(clients.filter((client) => !client.deleted).map((c) => [c.id, c]));
  const found: LeadDuplicate[] = [];
  const seen = new Set<string>();
  const email = lead.email.trim().toLowerCase();
  if (email !== '') {
    for (const contact of contacts) {
      const client = live.get(contact.clientId);
      if (contact.deleted || !client || contact.email.trim().toLowerCase() !== email) continue;
      if (seen.has(client.id)) continue;
      seen.add(client.id);
      found.push({
        kind: 'email',
        clientId: client.id,
        contactId: contact.id,
        clientName: client.name,
        contactName: personName(contact),
        score: 1,
      });
    }
  }
  const company = clientKeys(lead.company);
  if (company.normalised === '') return found;
  const candidates = [...live.values()]
    .filter((client) => !seen.has(client.id))
    .map((client) => ({ client, ...clientKeys(client.name) }));
  const fuzzy = similarities(
    company.keys,
    candidates.flatMap(({ client, keys }) => keys.map((key) => ({ clientId: client.id, key }))),
  );
  const byCompany: LeadDuplicate[] = [];
  for (const { client, normalised, plain } of candidates) {
    const exact = normalised === company.normalised || plain === company.plain;
    // Just below 1: only the same name (as normalised) is certain.
    const score = exact ? 1 : Math.min(0.99, fuzzy.get(client.id) ?? 0);
    if (normalised === '' || score < COMPANY_SIMILARITY) continue;
    byCompany.push({
      kind: 'company',
      clientId: client.id,
      contactId: '',
      clientName: client.name,
      contactName: '',
      score: Math.round(score * 1000) / 1000,
    });
  }
  byCompany.sort((a, b) => b.score - a.score || a.clientName.localeCompare(b.clientName));
  return [...found, ...byCompany];
}
