import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './placeholders';
import type { PlaceholderContext } from './placeholders';
import { addresseeName, parseContactName, salutation } from './salutation';

const names = [
  'Katrin Wendler',
  'Frank Brandt',
  'Dr. Frank Brandt',
  'Frau Prof. Dr. med. Anna von der Heide',
  'Herr Kim Lee',
  'Kim Lee',
  'Dr. Kim Lee',
  'Wendler',
  '',
  'Anna-Lena Schulz',
];

describe('salutation', () => {
  it('addresses Frau/Herr with academic titles in German, else the neutral form', () => {
    expect(names.map((name) => salutation(name, 'de'))).toEqual([
      'Sehr geehrte Frau Wendler,',
      'Sehr geehrter Herr Brandt,',
      'Sehr geehrter Herr Dr. Brandt,',
      'Sehr geehrte Frau Prof. Dr. von der Heide,',
      'Sehr geehrter Herr Lee,',
      'Sehr geehrte Damen und Herren,',
      'Sehr geehrte Damen und Herren,',
      'Sehr geehrte Damen und Herren,',
      'Sehr geehrte Damen und Herren,',
      'Sehr geehrte Frau Schulz,',
    ]);
  });

  it('says Ms/Mr/Dr/Professor in English, else "Dear Sir or Madam,"', () => {
    expect(names.map((name) => salutation(name, 'en'))).toEqual([
      'Dear Ms Wendler,',
      'Dear Mr Brandt,',
      'Dear Dr Brandt,',
      'Dear Professor von der Heide,',
      'Dear Mr Lee,',
      'Dear Sir or Madam,',
      'Dear Dr Lee,',
      'Dear Sir or Madam,',
      'Dear Sir or Madam,',
      'Dear Ms Schulz,',
    ]);
  });

  it('takes a name apart into gender, titles and last name', () => {
    expect(parseContactName('  Frau   Dr.-Ing.  Petra Wendler ')).toEqual({
      gender: 'f',
      titles: 'Dr.',
      lastName: 'Wendler',
    });
    expect(parseContactName('Mr. Tom Fletcher')).toEqual({
      gender: 'm',
      titles: '',
      lastName: 'Fletcher',
    });
  });
});

describe('{{client.salutation}}', () => {
  const context = (contactName: string, language: 'de' | 'en'): PlaceholderContext => ({
    language,
    client: { name: 'Wendler Maschinenbau', city: 'Chemnitz', contactName },
    offer: {
      number: 'A-1',
      title: 'Netz',
      date: '2026-11-28',
      validUntil: '2026-12-02',
      termMonths: 0,
    },
    company: { name: 'Nordlicht IT', city: 'Hamburg' },
    author: { name: 'Jana Becker', position: 'Vertrieb' },
  });

  it('fills from the contact person in the document language and is never reported empty', () => {
    const text = '{{client.salutation}}\n\nanbei';
    expect(fillPlaceholders(text, context('Katrin Wendler', 'de'))).toEqual({
      text: 'Sehr geehrte Frau Wendler,\n\nanbei',
      unknown: [],
      empty: [],
    });
    expect(fillPlaceholders(text, context('', 'de')).text).toBe(
      'Sehr geehrte Damen und Herren,\n\nanbei',
    );
    expect(fillPlaceholders('{{ client.salutation }}', context('Frank Brandt', 'en')).text).toBe(
      'Dear Mr Brandt,',
    );
  });
});

describe('a stated salutation', () => {
  it('wins over the name: a first name the list does not know, or one it reads otherwise', () => {
    expect(salutation('Kim Lee', 'de', 'f')).toBe('Sehr geehrte Frau Lee,');
    expect(salutation('Dr. Kim Lee', 'de', 'm')).toBe('Sehr geehrter Herr Dr. Lee,');
    expect(salutation('Andrea Rossi', 'de', 'm')).toBe('Sehr geehrter Herr Rossi,');
    expect(salutation('Kim Lee', 'en', 'f')).toBe('Dear Ms Lee,');
    expect(salutation('Kim Lee', 'de', '')).toBe('Sehr geehrte Damen und Herren,');
    // Without a name there is nobody to name, whatever was stated.
    expect(salutation('', 'de', 'f')).toBe('Sehr geehrte Damen und Herren,');
  });

  it('reaches {{client.salutation}} through the context', () => {
    const filled = fillPlaceholders('{{client.salutation}}', {
      language: 'de',
      client: { name: 'Lee GmbH', city: 'Köln', contactName: 'Kim Lee', contactSalutation: 'm' },
      offer: {
        number: 'A-1',
        title: 'X',
        date: '2026-11-28',
        validUntil: '2026-12-02',
        termMonths: 0,
      },
      company: { name: 'Nordlicht IT', city: 'Hamburg' },
      author: { name: 'Jana Becker', position: 'Vertrieb' },
    });
    expect(filled.text).toBe('Sehr geehrter Herr Lee,');
  });

  it('writes the addressee line with the title', () => {
    expect(addresseeName({ title: 'Dr.', firstName: 'Anna', lastName: 'Wendler' })).toBe(
      'Dr. Anna Wendler',
    );
    expect(addresseeName({ firstName: '', lastName: 'Wendler' })).toBe('Wendler');
    expect(addresseeName({ title: ' ', firstName: 'Kim', lastName: 'Lee' })).toBe('Kim Lee');
  });
});
