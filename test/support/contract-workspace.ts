// Test support only (imported by the contract tests, issue 13): the company profile, a client with its
// contacts and an offer to draft contracts from, and the German UI workspace the contract components render on.
import { act } from 'react';
import { vi } from 'vitest';
import type { ContactInput } from '../../src/shared/domain';
import type { ContractLanguage, ContractType } from '../../src/shared/contracts';
import type { Repositories } from '../../src/renderer/data/repositories';
import { openWorkspace } from '../../src/renderer/data/workspace';
import {
  makeClientInput,
  makeCompanyProfile,
  makeContactInput,
  makeOfferInput,
  makeOfferLineInput,
} from '../factories/domain';
import { installDomStubs } from './dom-stubs';
import { initAppI18n } from './i18n';
import { freshIndexedDb } from './test-workspace';

type LineOverrides = NonNullable<Parameters<typeof makeOfferLineInput>[2]>;

/** Ten person-days of development at 1200 €. */
export const developmentLine = {
  name: 'Individualentwicklung Schnittstelle zum ERP',
  unit: 'person-day',
  quantity: '10',
  unitPrice: '1200.00',
} satisfies LineOverrides;

/** Maintenance billed monthly at 250 €. */
export const maintenanceLine = {
  name: 'Software-Wartung',
  unit: 'month',
  billing: 'monthly',
  quantity: '1',
  unitPrice: '250.00',
} satisfies LineOverrides;

export type ContractOfferSeed = {
  /** Overrides of the company profile. */
  company?: Parameters<typeof makeCompanyProfile>[0];
  /** Overrides of the client. */
  client?: Parameters<typeof makeClientInput>[0];
  /** The client's contacts, in order (default: one main contact). */
  contacts?: Partial<ContactInput>[];
  /** The lines of the offer's one section "Leistungen", in order. */
  lines: LineOverrides[];
};

/** Saves the company profile, a client with its contacts and an offer with `lines`; returns the client and the offer as stored. */
export async function seedContractOffer(
  repos: Repositories,
  { company, client: clientOverrides, contacts = [{ primary: true }], lines }: ContractOfferSeed,
) {
  await repos.settings.saveCompany(makeCompanyProfile(company));
  const client = await repos.clients.create(makeClientInput(clientOverrides));
  for (const contact of contacts) await repos.contacts.create(makeContactInput(client.id, contact));
  const created = await repos.offers.create(makeOfferInput(client.id));
  const section = await repos.offerSections.add({ offerId: created.id, title: 'Leistungen' });
  for (const line of lines)
    await repos.offerLines.add(makeOfferLineInput(created.id, section.id, line));
  return { client, offer: (await repos.offers.get(created.id))! };
}

/** `seedContractOffer`, then a German contract of `type` drafted from the offer; returns the client, offer, contract and revision 1. */
export async function draftContractFromOffer(
  repos: Repositories,
  {
    type = 'werkvertrag',
    language = 'de',
    ...seed
  }: ContractOfferSeed & { type?: ContractType; language?: ContractLanguage },
) {
  const { client, offer } = await seedContractOffer(repos, seed);
  const created = await repos.contracts.createFromOffer({
    clientId: client.id,
    offerId: offer.id,
    type,
    language,
  });
  return { client, offer, ...created };
}

/** For component tests (jsdom): the DOM stubs Mantine needs, a fresh workspace named `name` on a frozen clock, and German i18n. */
export async function openContractUiWorkspace(name: string, now: string) {
  installDomStubs();
  (document as { fonts?: unknown }).fonts ??= {
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  freshIndexedDb();
  const workspace = await openWorkspace(name, { now: () => Date.parse(now) });
  const i18n = await initAppI18n('de');
  return { workspace, i18n };
}

/** Waits (generously: the machine may be busy) until `assertion` passes. */
export const until = (assertion: () => void) =>
  vi.waitFor(assertion, { timeout: 10_000, interval: 20 });

/** The element with `data-testid` `id`; throws when there is none. */
export const byTestId = <E extends HTMLElement = HTMLElement>(id: string) => {
  const element = document.querySelector<E>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no element with data-testid ${id}`);
  return element;
};

/** Clicks `element` inside React's act. */
export const click = (element: HTMLElement) => act(async () => element.click());
