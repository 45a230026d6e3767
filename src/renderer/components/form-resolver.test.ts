// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  activityInputSchema,
  bundleInputSchema,
  catalogItemInputSchema,
  clientInputSchema,
  companyProfileSchema,
  contactInputSchema,
  emptyClientInput,
  offerInputSchema,
  offerLineInputSchema,
  offerSectionInputSchema,
  opportunityInputSchema,
  roleInputSchema,
  textBlockInputSchema,
  userProfileSchema,
} from '#shared/domain';
import { issueMessage } from '#shared/validation/issue-message';
import { itemFormSchema } from '#modules/catalog/item-form';
import { offerSettingsFormSchema } from '#modules/catalog/offer-settings-form';
import { initAppI18n } from '#test/i18n';
import { translateIssue } from '../i18n';
import { formResolver } from './form-resolver';

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
beforeAll(async () => {
  i18n = await initAppI18n('de');
});

const translate = (language: 'de' | 'en', message: string) =>
  translateIssue(i18n.getFixedT(language), message);

/** The messages (de and en) of every issue a schema reports for `input`. */
function messages(schema: z.ZodType, input: unknown, language: 'de' | 'en' = 'de') {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => translate(language, issueMessage(issue, input)));
}

// Every form's schema, as the form parses it (the forms' own small extensions are built from these).
const schemas: Record<string, z.ZodType> = {
  client: clientInputSchema,
  contact: contactInputSchema,
  activity: activityInputSchema,
  catalogItem: catalogItemInputSchema,
  catalogItemForm: itemFormSchema,
  role: roleInputSchema,
  bundle: bundleInputSchema,
  opportunity: opportunityInputSchema,
  textBlock: textBlockInputSchema,
  company: companyProfileSchema,
  profile: userProfileSchema,
  offerSettings: offerSettingsFormSchema,
  offer: offerInputSchema,
  offerSection: offerSectionInputSchema,
  offerLine: offerLineInputSchema,
};

function shapeOf(schema: z.ZodType): Record<string, unknown> {
  const def = (schema as unknown as { def: { type: string; in?: z.ZodType; shape?: object } }).def;
  if (def.shape) return def.shape as Record<string, unknown>;
  if (def.in) return shapeOf(def.in);
  throw new Error(`no object schema: ${def.type}`);
}

// Wrong values of every kind a form can send: too long, no number, negative, empty, wrong type,
// a wrong check digit, too many entries, entries of the wrong kind.
const badValues: unknown[] = [
  'x'.repeat(100_001),
  'abc',
  '-1',
  '',
  '   ',
  42,
  null,
  true,
  'DE136695977',
  '2026-02-30',
  '101',
  Array.from({ length: 200 }, () => 'tag'),
  [42],
  ['x'.repeat(300)],
  [{}],
  {},
];

describe('validation messages', () => {
  it('no form field ever shows a raw key or a bare "invalid", in German or English', () => {
    const generic = new Set([
      i18n.getFixedT('de')('validation.invalid'),
      i18n.getFixedT('en')('validation.invalid'),
    ]);
    const bad: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      for (const field of Object.keys(shapeOf(schema))) {
        for (const value of badValues) {
          for (const language of ['de', 'en'] as const) {
            for (const message of messages(schema, { [field]: value }, language)) {
              if (generic.has(message) || /validation\.|import\.|\{\{/.test(message)) {
                bad.push(
                  `${name}.${field} = ${JSON.stringify(value).slice(0, 30)} (${language}): ${message}`,
                );
              }
            }
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('says what is wrong: the limit and the length, the check digit, the format, the number', () => {
    const client = (patch: object) => ({ ...emptyClientInput(), name: 'Brandt', ...patch });
    const line = { name: 'Server', quantity: 'abc' };
    expect([
      messages(clientInputSchema, client({ name: 'x'.repeat(213) })),
      messages(clientInputSchema, client({ name: 'x'.repeat(213) }), 'en'),
      messages(clientInputSchema, client({ vatId: 'DE 136 695 977' })),
      messages(clientInputSchema, client({ vatId: 'DE136695977' }), 'en'),
      messages(clientInputSchema, client({ vatId: 'DE13669597' })),
      messages(clientInputSchema, client({ vatId: 'DE13669597' }), 'en'),
      messages(offerLineInputSchema, line).filter((text) => text.startsWith('Keine Zahl')),
      messages(offerLineInputSchema, line, 'en').filter((text) => text.startsWith('Not a')),
    ]).toEqual([
      ['Höchstens 200 Zeichen (jetzt 213)'],
      ['At most 200 characters (now 213)'],
      ['Die Prüfziffer der USt-IdNr. stimmt nicht (DE136695977)'],
      ["The VAT ID's check digit is wrong (DE136695977)"],
      ['Format: DE und 9 Ziffern (z. B. DE136695976)'],
      ['Format: DE and 9 digits (e.g. DE136695976)'],
      ['Keine Zahl: „abc“ – bitte z. B. 1,5 eingeben'],
      ['Not a number: "abc" – enter e.g. 1.5'],
    ]);
  });

  it('the form resolver hands these messages to react-hook-form', async () => {
    const resolver = formResolver(clientInputSchema);
    const values = { ...emptyClientInput(), name: 'x'.repeat(213), vatId: 'DE136695977' };
    const result = await resolver(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect({
      name: translate('de', String(result.errors.name?.message)),
      vatId: translate('en', String(result.errors.vatId?.message)),
    }).toEqual({
      name: 'Höchstens 200 Zeichen (jetzt 213)',
      vatId: "The VAT ID's check digit is wrong (DE136695977)",
    });
  });
});
