import { describe, expect, it } from 'vitest';
import type { Client, Contact } from '../domain/client';
import { sampleClient, sampleContact } from '#test/presentation-fixtures';
import { findLeadDuplicates, normalizeCompanyName } from './duplicates';

const client = (id: string, name: string, deleted = false): Client =>
  sampleClient(id, { name, legalForm: '', deleted });

const contact = (id: string, clientId: string, email: string, deleted = false): Contact =>
  sampleContact(id, clientId, { firstName: 'Petra', lastName: 'Kessler', email, deleted });

const lead = (company: string, email = '') => ({
  company,
  email,
  firstName: 'Petra',
  lastName: 'Kessler',
});

describe('normalizeCompanyName', () => {
  it.each([
    ['Möbelhaus Kessler GmbH', 'moebelhaus kessler'],
    ['Kessler Möbelhaus AG', 'kessler moebelhaus'],
    ['MÜLLER & SÖHNE GmbH & Co. KG', 'mueller soehne'],
    ['Müller und Co. KG', 'mueller'],
    ['Brandt und Söhne Maschinenfabrik', 'brandt soehne maschinenfabrik'],
    ['Straßenbau Nord e.K.', 'strassenbau nord'],
    ['Datawerk UG (haftungsbeschränkt)', 'datawerk'],
    ['Datawerk UG (haftungsbeschraenkt)', 'datawerk'],
    ['  Nordlicht   IT-Systeme, GmbH ', 'nordlicht it systeme'],
    ['Elbtal Systemhaus mbH', 'elbtal systemhaus'],
    ['Volksbank Mittelhessen eG', 'volksbank mittelhessen'],
    ['Siemens Energy SE', 'siemens energy'],
    ['Porsche Holding KGaA', 'porsche holding'],
    ['Acme Ltd.', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['Acme LLC', 'acme'],
    ['Nestlé S.A.', 'nestle'],
    ['Philips B.V.', 'philips'],
    ['Café Zürich GbR', 'cafe zuerich'],
    ['Schmidt OHG', 'schmidt'],
    ['GmbH', 'gmbh'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeCompanyName(name)).toBe(expected);
  });
});

describe('findLeadDuplicates', () => {
  const clients = [
    client('c-kessler', 'Möbelhaus Kessler GmbH'),
    client('c-mueller', 'Müller Logistik GmbH'),
    client('c-weber', 'Spedition Weber GmbH'),
    client('c-gone', 'Kessler Möbelhaus GmbH', true),
  ];
  const contacts = [
    contact('p-weber', 'c-weber', 'Jonas.Weber@Spedition-Weber.example.de'),
    contact('p-gone', 'c-mueller', 'old@mueller.example.de', true),
  ];

  it('the same e-mail, whatever its case, first, with the contact', () => {
    expect(
      findLeadDuplicates(
        lead('Ganz Andere AG', 'jonas.weber@spedition-weber.EXAMPLE.de'),
        clients,
        contacts,
      ),
    ).toEqual([
      {
        kind: 'email',
        clientId: 'c-weber',
        contactId: 'p-weber',
        clientName: 'Spedition Weber GmbH',
        contactName: 'Petra Kessler',
        score: 1,
      },
    ]);
  });

  it('an e-mail and company match of the same client is listed once, as the e-mail', () => {
    const found = findLeadDuplicates(
      lead('Spedition Weber', 'jonas.weber@spedition-weber.example.de'),
      clients,
      contacts,
    );
    expect(found.map((duplicate) => [duplicate.kind, duplicate.clientId])).toEqual([
      ['email', 'c-weber'],
    ]);
  });

  it('legal forms and case do not matter: GmbH vs AG', () => {
    expect(findLeadDuplicates(lead('MÖBELHAUS KESSLER AG'), clients, contacts)).toEqual([
      {
        kind: 'company',
        clientId: 'c-kessler',
        contactId: '',
        clientName: 'Möbelhaus Kessler GmbH',
        contactName: '',
        score: 1,
      },
    ]);
  });

  it('umlaut spellings meet: Mueller, Muller, Müller', () => {
    for (const name of [
      'Mueller Logistik AG',
      'Muller Logistik',
      'müller logistik gmbh & co. kg',
    ]) {
      expect(findLeadDuplicates(lead(name), clients, contacts), name).toEqual([
        expect.objectContaining({ kind: 'company', clientId: 'c-mueller', score: 1 }),
      ]);
    }
  });

  it('similar names: word order and a typo are close, not certain', () => {
    const [swapped] = findLeadDuplicates(lead('Kessler Möbelhaus AG'), clients, contacts);
    expect(swapped).toMatchObject({ kind: 'company', clientId: 'c-kessler' });
    expect(swapped?.score).toBeGreaterThanOrEqual(0.8);
    expect(swapped?.score).toBeLessThan(1);
    const [typo] = findLeadDuplicates(lead('Moebelhaus Kesler'), clients, contacts);
    expect(typo).toMatchObject({ kind: 'company', clientId: 'c-kessler' });
    expect(typo?.score).toBeGreaterThanOrEqual(0.8);
    expect(typo?.score).toBeLessThan(1);
    expect(findLeadDuplicates(lead('Spedition Webers'), clients, contacts)).toEqual([
      expect.objectContaining({ clientId: 'c-weber' }),
    ]);
  });

  it('below the threshold nothing: a part of a name, a different company', () => {
    expect(findLeadDuplicates(lead('Kessler'), clients, contacts)).toEqual([]);
    expect(findLeadDuplicates(lead('Möbelhaus Schröder GmbH'), clients, contacts)).toEqual([]);
    expect(findLeadDuplicates(lead('Weber Spedition und Lager'), clients, contacts)).toEqual([]);
    expect(findLeadDuplicates(lead(''), clients, contacts)).toEqual([]);
  });

  it('deleted clients and contacts are ignored', () => {
    expect(findLeadDuplicates(lead('', 'old@mueller.example.de'), clients, contacts)).toEqual([]);
    const onlyDeleted = [client('c-gone', 'Kessler Möbelhaus GmbH', true)];
    expect(findLeadDuplicates(lead('Kessler Möbelhaus'), onlyDeleted, [])).toEqual([]);
    // A live contact of a deleted client is no match either.
    const orphan = [contact('p-orphan', 'c-gone', 'p.kessler@example.de')];
    expect(findLeadDuplicates(lead('', 'p.kessler@example.de'), onlyDeleted, orphan)).toEqual([]);
  });

  it('best first: exact before similar', () => {
    const more = [
      ...clients,
      client('c-kessler-2', 'Kessler Möbelhaus Vertrieb GmbH'),
      client('c-exact', 'Kessler Möbelhaus KG'),
    ];
    const found = findLeadDuplicates(lead('Kessler Möbelhaus AG'), more, contacts);
    expect(found[0]).toMatchObject({ clientId: 'c-exact', score: 1 });
    expect(found[1]).toMatchObject({ clientId: 'c-kessler' });
    const scores = found.map((duplicate) => duplicate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(found.map((duplicate) => duplicate.clientId)).size).toBe(found.length);
  });
});
