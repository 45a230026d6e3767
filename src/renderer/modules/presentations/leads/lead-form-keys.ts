/**
 * The lead form's keyboard: Enter moves to the next field, Ctrl+Enter (⌘+Enter) saves, Esc cancels.
 * A key that an open list (interests, date picker) or a text area needs is left to it.
 */
export type LeadFormKey = 'next' | 'save' | 'cancel' | null;

/** The fields in the order Enter walks through them (their test ids; the rating radios by prefix). */
export const leadFieldOrder = [
  'lead-first-name',
  'lead-last-name',
  'lead-company',
  'lead-email',
  'lead-phone',
  'lead-interests',
  'lead-note',
  'lead-rating',
  'lead-follow-up',
  'lead-notice-show',
  'lead-newsletter',
  'lead-save',
] as const;

type KeyEventLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
};

/** What a key pressed on `target` means for the form. */
export function leadFormKey(event: KeyEventLike, target: Element | null): LeadFormKey {
  if (event.isComposing) return null;
  // An open list or date picker takes Enter and Escape itself.
  const expanded =
    target?.getAttribute('aria-expanded') === 'true' ||
    target?.hasAttribute('data-mantine-stop-propagation') === true;
  if (event.key === 'Escape') return expanded ? null : 'cancel';
  if (event.key !== 'Enter' || event.altKey || event.shiftKey) return null;
  if (event.ctrlKey || event.metaKey) return 'save';
  if (expanded) return null;
  const tag = target?.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'button' || tag === 'a') return null;
  return tag === 'input' ? 'next' : null;
}

/** The field after the one `target` is (by its test id), inside `form`; null at the end. */
export function nextLeadField(form: HTMLElement, target: Element): HTMLElement | null {
  const id = target.getAttribute('data-testid') ?? '';
  const here = leadFieldOrder.findIndex((field) =>
    field === 'lead-rating' ? id.startsWith('lead-rating-') : field === id,
  );
  for (const field of leadFieldOrder.slice(here + 1)) {
    const element =
      field === 'lead-rating'
        ? (form.querySelector<HTMLElement>('[data-testid^="lead-rating-"]:checked') ??
          form.querySelector<HTMLElement>('[data-testid^="lead-rating-"]'))
        : form.querySelector<HTMLElement>(`[data-testid="${field}"]`);
    if (element && !(element as HTMLInputElement).disabled) return element;
  }
  return null;
}
