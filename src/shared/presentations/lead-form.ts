import { z } from 'zod';
import { msg } from '../domain/common';
import type { LeadRating } from '../domain/presentations';
import { leadInputSchema } from '../domain/presentations';

/** What the booth's lead form holds while a visitor is being entered. */
export type LeadForm = {
  firstName: string;
  lastName: string;
  company: string;
  email: string;
  phone: string;
  interestItemIds: string[];
  interestCategories: string[];
  note: string;
  rating: LeadRating;
  followUpDate: string;
};

export type LeadFormField = keyof LeadForm | 'newsletterOptIn' | 'notice';

export type LeadFormCheck =
  { ok: true } | { ok: false; errors: Partial<Record<LeadFormField, string /* i18n key */>> };

export const leadFormMessages = {
  reachable: 'leads.validation.reachable',
  newsletterWithoutNotice: 'leads.validation.newsletterWithoutNotice',
  newsletterEmail: 'leads.validation.newsletterEmail',
} as const;

const formSchema = leadInputSchema.pick({
  firstName: true,
  lastName: true,
  company: true,
  phone: true,
  interestItemIds: true,
  interestCategories: true,
  note: true,
  rating: true,
  followUpDate: true,
});

const emailSchema = z.string().trim().email().max(200);

/**
 * Checks the lead form before it is saved, every field at once (the first message per field):
 * the stored lead's own rules (last name required, lengths, the follow-up a calendar day), the
 * e-mail's format, a way to reach the visitor (company, e-mail or phone, on `email`), and the
 * newsletter: ticked only after the privacy notice was shown (on `notice`) and with an e-mail
 * (on `newsletterOptIn`).
 */
export function checkLeadForm(
  form: LeadForm,
  { noticeShown, newsletterOptIn }: { noticeShown: boolean; newsletterOptIn: boolean },
): LeadFormCheck {
  const errors: Partial<Record<LeadFormField, string>> = {};
  const add = (field: LeadFormField, message: string) => {
    errors[field] ??= message;
  };
  const parsed = formSchema.safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      // zod's own texts (an unknown rating, too many interests) are not i18n keys.
      const message = issue.message.startsWith('validation.')
        ? issue.message
        : 'validation.invalid';
      if (typeof field === 'string' && field in form) add(field as LeadFormField, message);
    }
  }
  const email = form.email.trim();
  if (email !== '') {
    const result = emailSchema.safeParse(email);
    if (!result.success) {
      add('email', result.error.issues[0]?.code === 'too_big' ? msg.tooLong : msg.email);
    }
  }
  if (form.company.trim() === '' && email === '' && form.phone.trim() === '') {
    add('email', leadFormMessages.reachable);
  }
  if (newsletterOptIn && !noticeShown) add('notice', leadFormMessages.newsletterWithoutNotice);
  if (newsletterOptIn && email === '') add('newsletterOptIn', leadFormMessages.newsletterEmail);
  return Object.keys(errors).length === 0 ? { ok: true } : { ok: false, errors };
}
