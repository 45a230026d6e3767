import { describe, expect, it } from 'vitest';
import { checkLeadForm } from './lead-form';
import type { LeadForm } from './lead-form';

const form = (patch: Partial<LeadForm> = {}): LeadForm => ({
  firstName: 'Jonas',
  lastName: 'Weber',
  company: 'Spedition Weber GmbH',
  email: 'j.weber@spedition-weber.example.de',
  phone: '+49 911 123456',
  interestItemIds: ['item-backup'],
  interestCategories: ['Backup'],
  note: 'Sucht Ersatz für Bandsicherung.',
  rating: 'warm',
  followUpDate: '2026-10-12',
  ...patch,
});

const noNewsletter = { noticeShown: true, newsletterOptIn: false };

describe('checkLeadForm', () => {
  it('accepts a complete visitor, with and without the newsletter', () => {
    expect(checkLeadForm(form(), noNewsletter)).toEqual({ ok: true });
    expect(checkLeadForm(form(), { noticeShown: true, newsletterOptIn: true })).toEqual({
      ok: true,
    });
  });

  it('a last name and one way to reach the visitor are enough', () => {
    const minimal = form({
      firstName: '',
      company: '',
      email: '',
      phone: '040 1234567',
      interestItemIds: [],
      interestCategories: [],
      note: '',
    });
    expect(checkLeadForm(minimal, { noticeShown: false, newsletterOptIn: false })).toEqual({
      ok: true,
    });
  });

  it('names the missing last name', () => {
    expect(checkLeadForm(form({ lastName: '  ' }), noNewsletter)).toEqual({
      ok: false,
      errors: { lastName: 'validation.required' },
    });
  });

  it('names an invalid e-mail', () => {
    for (const email of ['weber@', 'weber at example.de', 'weber@example']) {
      expect(checkLeadForm(form({ email }), noNewsletter), email).toEqual({
        ok: false,
        errors: { email: 'validation.email' },
      });
    }
    expect(checkLeadForm(form({ email: ' J.Weber@Example.DE ' }), noNewsletter)).toEqual({
      ok: true,
    });
  });

  it('needs a company, an e-mail or a phone', () => {
    expect(checkLeadForm(form({ company: '', email: '', phone: ' ' }), noNewsletter)).toEqual({
      ok: false,
      errors: { email: 'leads.validation.reachable' },
    });
  });

  it('refuses the newsletter tick without the notice shown', () => {
    expect(checkLeadForm(form(), { noticeShown: false, newsletterOptIn: true })).toEqual({
      ok: false,
      errors: { notice: 'leads.validation.newsletterWithoutNotice' },
    });
  });

  it('refuses the newsletter without an e-mail', () => {
    expect(
      checkLeadForm(form({ email: '' }), { noticeShown: true, newsletterOptIn: true }),
    ).toEqual({
      ok: false,
      errors: { newsletterOptIn: 'leads.validation.newsletterEmail' },
    });
  });

  it('names every problem at once', () => {
    expect(
      checkLeadForm(
        form({ lastName: '', company: '', email: 'kaputt', phone: '', followUpDate: '2026-02-30' }),
        { noticeShown: false, newsletterOptIn: true },
      ),
    ).toEqual({
      ok: false,
      errors: {
        lastName: 'validation.required',
        followUpDate: 'validation.date',
        email: 'validation.email',
        notice: 'leads.validation.newsletterWithoutNotice',
      },
    });
  });

  it('lengths, characters and the rating as the stored lead allows', () => {
    expect(checkLeadForm(form({ note: 'x'.repeat(5_001) }), noNewsletter)).toEqual({
      ok: false,
      errors: { note: 'validation.tooLong' },
    });
    expect(checkLeadForm(form({ company: 'Weber\u0007' }), noNewsletter)).toEqual({
      ok: false,
      errors: { company: 'validation.characters' },
    });
    expect(checkLeadForm(form({ rating: 'lukewarm' as LeadForm['rating'] }), noNewsletter)).toEqual(
      {
        ok: false,
        errors: { rating: 'validation.invalid' },
      },
    );
    expect(
      checkLeadForm(form({ email: `${'a'.repeat(60)}@${'b'.repeat(140)}.de` }), noNewsletter),
    ).toEqual({
      ok: false,
      errors: { email: 'validation.tooLong' },
    });
  });
});
