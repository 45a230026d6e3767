// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck, Lead } from '#shared/domain/presentations';
import { defaultFollowUpDate } from '#shared/presentations';
import type { initAppI18n } from '#test/i18n';
import {
  byTestId as elementByTestId,
  click,
  openContractUiWorkspace,
  until,
} from '#test/contract-workspace';
import { makeCatalogItemInput, makeCompanyProfile } from '../../../../../test/factories/domain';
import { WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../../app/theme';
import { DatesLocale } from '../../../components/DatesLocale';
import { draftKey, DRAFT_MAX_AGE_MS } from './lead-draft';
import { LeadCaptureForm } from './LeadCaptureForm';
import { DRAFT_DEBOUNCE_MS } from './useLeadDraft';

// The booth's lead form on a real (fake-indexeddb) workspace, in German: bad input is refused at
// its field with the visitor's other input kept and nothing saved; a good lead is saved with its
// consent evidence and the form is blank for the next visitor; the draft survives a remount
// (reload), is cleared on save and cancel, and an old one is dropped unseen.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let deck: Deck;
let root: Root | undefined;
let container: HTMLElement | undefined;
const saved: Lead[] = [];
let cancelled = 0;

beforeAll(async () => {
  ({ workspace, i18n } = await openContractUiWorkspace('leads-ui-test', '2026-11-28T09:00:00Z'));
  const { repos } = workspace;
  await repos.settings.saveCompany(makeCompanyProfile());
  await repos.catalog.create(makeCatalogItemInput({ name: 'Managed Firewall', kind: 'service' }));
  deck = await repos.decks.createDeck({ title: 'it-sa 2026' });
});

afterAll(() => workspace?.close());

beforeEach(() => {
  window.localStorage.clear();
  saved.length = 0;
  cancelled = 0;
});

afterEach(unmount);

async function unmount() {
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = undefined;
  document.body.innerHTML = '';
}

async function render(element: ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] });
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <MantineProvider theme={theme}>
        <Notifications />
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <DatesLocale>
              <RouterProvider router={router} />
            </DatesLocale>
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const renderForm = async () => {
  await render(
    <LeadCaptureForm
      deckId={deck.id}
      onSaved={(lead) => saved.push(lead)}
      onCancel={() => (cancelled += 1)}
    />,
  );
  await until(() => expect(document.querySelector('[data-testid="lead-form"]')).not.toBeNull());
};

const input = (id: string) => elementByTestId<HTMLInputElement>(id);
const query = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  await act(async () => {
    element.focus();
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const leadsInStore = () => workspace.repos.leads.list({ deckId: deck.id });
const waitForDraft = () =>
  until(() => expect(window.localStorage.getItem(draftKey(deck.id))).not.toBeNull());
const key = (target: HTMLElement, init: KeyboardEventInit) =>
  act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  });

describe('LeadCaptureForm', () => {
  it('starts blank: newsletter unticked, rating warm, follow-up two working days later, notice folded', async () => {
    await renderForm();
    expect(input('lead-first-name').value).toBe('');
    expect(input('lead-newsletter').checked).toBe(false);
    expect(input('lead-rating-warm').checked).toBe(true);
    expect(input('lead-follow-up').value).toBe(
      defaultFollowUpDate(new Date().toISOString()).split('-').reverse().join('.'),
    );
    expect(query('lead-notice')?.dataset['shown']).toBe('false');
    expect(query('lead-notice-text')).toBeNull();
  });

  it('refuses bad input at the field, keeps the rest, saves nothing; then saves with the evidence and is blank again', async () => {
    await renderForm();
    await type(input('lead-first-name'), 'Jana');
    await type(input('lead-company'), 'Muster Logistik GmbH');
    await type(input('lead-email'), 'jana@@muster');
    await type(elementByTestId<HTMLTextAreaElement>('lead-note'), 'Fragt nach SOC');
    await click(input('lead-save'));
    await until(() => expect(query('lead-error-lastName')?.textContent).toBe('Pflichtfeld'));
    expect(query('lead-error-email')?.textContent).toMatch(/E-Mail/);
    expect(query('lead-error-notice')?.textContent).toBe(
      'Zeigen Sie dem Besucher den Datenschutzhinweis, bevor Sie speichern.',
    );
    expect(input('lead-first-name').value).toBe('Jana');
    expect(input('lead-company').value).toBe('Muster Logistik GmbH');
    expect(input('lead-email').value).toBe('jana@@muster');
    expect(elementByTestId<HTMLTextAreaElement>('lead-note').value).toBe('Fragt nach SOC');
    expect(await leadsInStore()).toEqual([]);

    await type(input('lead-last-name'), 'Schulz');
    await type(input('lead-email'), 'jana.schulz@muster.example');
    await click(elementByTestId('lead-notice-show'));
    const shownText = query('lead-notice-text')?.textContent;
    expect(shownText).toContain('Art. 13');
    expect(query('lead-notice-shown')?.textContent).toMatch(/^Hinweis gezeigt um \d\d:\d\d$/);
    await click(input('lead-rating-hot'));
    await click(input('lead-newsletter'));
    await click(input('lead-save'));
    await until(() => expect(saved).toHaveLength(1));

    const [lead] = await leadsInStore();
    expect(lead).toMatchObject({
      firstName: 'Jana',
      lastName: 'Schulz',
      company: 'Muster Logistik GmbH',
      email: 'jana.schulz@muster.example',
      note: 'Fragt nach SOC',
      rating: 'hot',
      status: 'new',
    });
    const consent = await workspace.repos.leads.consentFor(lead!.id);
    expect(consent?.noticeText).toBe(shownText);
    expect(consent).toMatchObject({ newsletterOptIn: true, deckId: deck.id });
    expect(consent?.noticeSha256).toMatch(/^[0-9a-f]{64}$/);

    // Blank for the next visitor, the notice folded again, no draft left behind.
    await until(() => expect(input('lead-first-name').value).toBe(''));
    expect(input('lead-company').value).toBe('');
    expect(input('lead-email').value).toBe('');
    expect(input('lead-newsletter').checked).toBe(false);
    expect(input('lead-rating-warm').checked).toBe(true);
    expect(query('lead-notice')?.dataset['shown']).toBe('false');
    await new Promise((resolve) => setTimeout(resolve, DRAFT_DEBOUNCE_MS * 2));
    expect(window.localStorage.getItem(draftKey(deck.id))).toBeNull();
    await workspace.repos.leads.discard(lead!.id);
  });

  it('puts a newsletter tick without the notice at the notice and saves nothing', async () => {
    await renderForm();
    await type(input('lead-last-name'), 'Becker');
    await type(input('lead-email'), 'becker@example.com');
    await click(input('lead-newsletter'));
    await click(input('lead-save'));
    await until(() =>
      expect(query('lead-error-notice')?.textContent).toBe(
        'Der Newsletter braucht zuerst den Datenschutzhinweis: zeigen Sie ihn dem Besucher.',
      ),
    );
    expect(input('lead-last-name').value).toBe('Becker');
    expect(input('lead-newsletter').checked).toBe(true);
    expect(await leadsInStore()).toEqual([]);
    await click(elementByTestId('lead-notice-show'));
    await until(() => expect(query('lead-error-notice')).toBeNull());
  });

  it('restores the draft after a reload with a note, and a cancelled form is blank with the draft gone', async () => {
    await renderForm();
    await type(input('lead-last-name'), 'Krüger');
    await type(input('lead-phone'), '+49 30 1234');
    await click(elementByTestId('lead-notice-show'));
    await waitForDraft();
    await unmount();

    await renderForm();
    expect(query('lead-draft-restored')?.textContent).toMatch(
      /Entwurf von \d\d:\d\d wiederhergestellt/,
    );
    expect(input('lead-last-name').value).toBe('Krüger');
    expect(input('lead-phone').value).toBe('+49 30 1234');
    expect(query('lead-notice')?.dataset['shown']).toBe('true');

    await click(elementByTestId('lead-cancel'));
    await until(() => expect(document.body.textContent).toContain('Eingaben verwerfen?'));
    const confirm = [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Verwerfen',
    )!;
    await click(confirm);
    await until(() => expect(cancelled).toBe(1));
    expect(window.localStorage.getItem(draftKey(deck.id))).toBeNull();
    expect(input('lead-last-name').value).toBe('');
    await unmount();

    await renderForm();
    expect(query('lead-draft-restored')).toBeNull();
    expect(input('lead-last-name').value).toBe('');
    expect(input('lead-phone').value).toBe('');
  });

  it('drops a draft older than two hours unseen, with a note', async () => {
    const old = Date.now() - DRAFT_MAX_AGE_MS - 60_000;
    window.localStorage.setItem(
      draftKey(deck.id),
      JSON.stringify({
        form: {
          firstName: 'Alter',
          lastName: 'Besucher',
          company: 'Vorher AG',
          email: '',
          phone: '',
          interestItemIds: [],
          interestCategories: [],
          note: '',
          rating: 'cold',
          followUpDate: '2026-12-01',
        },
        newsletterOptIn: false,
        noticeShownAt: null,
        savedAt: old,
      }),
    );
    await renderForm();
    expect(query('lead-draft-expired')?.textContent).toMatch(/älter als 2 Stunden/);
    expect(input('lead-last-name').value).toBe('');
    expect(input('lead-company').value).toBe('');
    expect(window.localStorage.getItem(draftKey(deck.id))).toBeNull();
  });

  it('Enter moves to the next field, Ctrl+Enter saves, Esc without input cancels at once', async () => {
    await renderForm();
    const first = input('lead-first-name');
    first.focus();
    await key(first, { key: 'Enter' });
    expect(document.activeElement).toBe(input('lead-last-name'));
    await key(input('lead-last-name'), { key: 'Enter', ctrlKey: true });
    await until(() => expect(query('lead-error-lastName')).not.toBeNull());
    expect(await leadsInStore()).toEqual([]);
    await key(input('lead-last-name'), { key: 'Escape' });
    await until(() => expect(cancelled).toBe(1));
    const outside = vi.fn();
    window.addEventListener('keydown', outside);
    await key(input('lead-first-name'), { key: 'ArrowRight' });
    window.removeEventListener('keydown', outside);
    // The presenter behind the dialog does not see the form's keys.
    expect(outside).not.toHaveBeenCalled();
  });
});
