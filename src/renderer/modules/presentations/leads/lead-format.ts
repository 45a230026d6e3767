import type { Language } from '#shared/domain';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'de-DE');

/** "10:14" from an ISO timestamp, in local time. */
export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { timeStyle: 'short' }).format(date);
}

/** "28.11.2026, 10:14:05" from an ISO timestamp, in local time. */
export function formatDateTime(iso: string, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(date);
}

/** "28.11.2026, 10:14" from an ISO timestamp, in local time (lists; the evidence keeps seconds). */
export function formatDateMinute(iso: string, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** A lead's name as one line: "Jana Schulz" (first name optional). */
export function leadName(lead: { firstName: string; lastName: string }): string {
  return [lead.firstName.trim(), lead.lastName.trim()].filter(Boolean).join(' ');
}

/** Error keys of the leads core are the module's own; other keys are the common validation texts. */
export function isLeadsKey(key: string): boolean {
  return key.startsWith('leads.');
}
