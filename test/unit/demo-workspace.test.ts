import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activityInputSchema,
  clientInputSchema,
  companyProfileSchema,
  contactInputSchema,
  emptyClientInput,
  emptyCompanyProfile,
  opportunityInputSchema,
  opportunityStages,
} from '../../src/shared/domain';
import type {
  ActivityInput,
  ClientInput,
  ContactInput,
  OpportunityInput,
} from '../../src/shared/domain';
import { normalizeIban, normalizeVatId } from '../../src/shared/validation';

type DemoClient = ClientInput & {
  contacts: Omit<ContactInput, 'clientId'>[];
  activities: Omit<ActivityInput, 'clientId'>[];
  opportunities: Omit<OpportunityInput, 'clientId' | 'position'>[];
};
type DemoWorkspace = { company: Record<string, unknown>; clients: DemoClient[] };

const workspace = JSON.parse(
  readFileSync(new URL('../../resources/demo/workspace.de.json', import.meta.url), 'utf8'),
) as DemoWorkspace;
const { company, clients } = workspace;

const clientId = 'demo-client';
const sorted = (keys: string[]) => [...keys].sort();
/** ['keys'] when `value` does not carry exactly the `expected` fields (zod would drop a typo silently). */
const keyProblems = (value: object, expected: string[]) =>
  JSON.stringify(sorted(Object.keys(value))) === JSON.stringify(sorted(expected)) ? [] : ['keys'];
const inputKeys = (shape: object, without: string[]) =>
  Object.keys(shape).filter((key) => !without.includes(key));
const clientFields = ({ contacts: _c, activities: _a, opportunities: _o, ...fields }: DemoClient) =>
  fields;
/** Issues of a failed parse as "path: message" lines, so a failure names the bad field. */
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('demo workspace (resources/demo/workspace.de.json)', () => {
  it('has a company profile that parses unchanged apart from normalisation', () => {
    expect(keyProblems(company, Object.keys(emptyCompanyProfile()))).toEqual([]);
    const result = companyProfileSchema.safeParse(company);
    expect(issuesOf(result)).toEqual([]);
    expect(result.data).toEqual({
      ...company,
      vatId: normalizeVatId(String(company.vatId)),
      iban: normalizeIban(String(company.iban)),
    });
  });

  it('has at least 25 clients with exactly the ClientInput fields, all valid', () => {
    expect(clients.length).toBeGreaterThanOrEqual(25);
    const expectedKeys = Object.keys(emptyClientInput());
    const failures = clients.flatMap((client) => {
      const fields = clientFields(client);
      const result = clientInputSchema.safeParse(fields);
      const keyProblem = keyProblems(fields, expectedKeys);
      const changed =
        result.success &&
        JSON.stringify(result.data) !==
          JSON.stringify({ ...fields, vatId: normalizeVatId(fields.vatId) })
          ? ['changed by parsing']
          : [];
      return [...keyProblem, ...issuesOf(result), ...changed].map(
        (problem) => `${client.name}: ${problem}`,
      );
    });
    expect(failures).toEqual([]);
  });

  it('has unique client names and includes Austrian/Swiss and English-language clients', () => {
    expect(new Set(clients.map((client) => client.name)).size).toBe(clients.length);
    expect(clients.some((client) => client.country === 'AT')).toBe(true);
    expect(clients.some((client) => client.country === 'CH' && client.currency === 'CHF')).toBe(
      true,
    );
    expect(clients.filter((client) => client.language === 'en').length).toBeGreaterThanOrEqual(2);
  });

  it('has 1–4 valid contacts per client with exactly one primary', () => {
    const expectedKeys = inputKeys(contactInputSchema.shape, ['clientId']);
    const failures = clients.flatMap((client) => {
      const problems = client.contacts.flatMap((contact) => {
        return [
          ...keyProblems(contact, expectedKeys),
          ...issuesOf(contactInputSchema.safeParse({ ...contact, clientId })),
        ];
      });
      const primaries = client.contacts.filter((contact) => contact.primary).length;
      if (primaries !== 1) problems.push(`${primaries} primary contacts`);
      if (client.contacts.length < 1 || client.contacts.length > 4) problems.push('contact count');
      return problems.map((problem) => `${client.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });

  it('has 2–6 valid activities per client, dated January to November 2026', () => {
    // The follow-up fields are optional: an activity without a next step leaves them out.
    const followUp = ['contactId', 'nextStep', 'dueDate', 'completedAt'];
    const requiredKeys = inputKeys(activityInputSchema.shape, ['clientId', ...followUp]);
    const failures = clients.flatMap((client) => {
      const problems = client.activities.flatMap((activity) => {
        const present = followUp.filter((key) => key in activity);
        const keyProblem = keyProblems(activity, [...requiredKeys, ...present]);
        const dateProblem =
          activity.date >= '2026-01-01' && activity.date <= '2026-11-30'
            ? []
            : [`date ${activity.date}`];
        return [
          ...keyProblem,
          ...dateProblem,
          ...issuesOf(activityInputSchema.safeParse({ ...activity, clientId })),
        ];
      });
      if (client.activities.length < 2 || client.activities.length > 6)
        problems.push('activity count');
      return problems.map((problem) => `${client.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });

  it('has 1–3 valid opportunities per client whose probability and lost reason fit the stage', () => {
    const expectedKeys = inputKeys(opportunityInputSchema.shape, ['clientId', 'position']);
    const failures = clients.flatMap((client) => {
      const problems = client.opportunities.flatMap((opportunity) => {
        const { stage, probability, lostReason, title } = opportunity;
        const problems = [
          ...keyProblems(opportunity, expectedKeys),
          ...issuesOf(
            opportunityInputSchema.safeParse({ ...opportunity, clientId, position: 'a0' }),
          ),
        ];
        if (stage === 'won' && probability !== 100) problems.push(`${title}: won needs 100 %`);
        if (stage === 'lost' && probability !== 0) problems.push(`${title}: lost needs 0 %`);
        if ((stage === 'lost') !== (lostReason !== ''))
          problems.push(`${title}: lost reason only for lost`);
        return problems;
      });
      if (client.opportunities.length < 1 || client.opportunities.length > 3)
        problems.push('opportunity count');
      return problems.map((problem) => `${client.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });

  it('represents every pipeline stage at least five times', () => {
    const stages = clients.flatMap((client) => client.opportunities.map((o) => o.stage));
    const rare = opportunityStages.filter((stage) => stages.filter((s) => s === stage).length < 5);
    expect(rare).toEqual([]);
    expect(new Set(stages)).toEqual(new Set(opportunityStages));
  });

  it('would be caught by these checks if a VAT id or postal code were wrong', () => {
    const german = clients.find((client) => client.country === 'DE' && client.vatId !== '');
    expect(german).toBeDefined();
    const fields = clientFields(german as DemoClient);
    const lastDigit = Number(fields.vatId.slice(-1));
    const wrongVatId = `${fields.vatId.slice(0, -1)}${(lastDigit + 1) % 10}`;
    expect(issuesOf(clientInputSchema.safeParse({ ...fields, vatId: wrongVatId }))).toEqual([
      'vatId: validation.vatId',
    ]);
    expect(issuesOf(clientInputSchema.safeParse({ ...fields, postalCode: '1234' }))).toEqual([
      'postalCode: validation.postalCode',
    ]);
    expect(
      issuesOf(companyProfileSchema.safeParse({ ...company, iban: 'DE00200505501285067341' })),
    ).toEqual(['iban: validation.iban']);
  });
});
