import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../conditions';
import { REQUIRED_ITEMS } from '../requirements';
import { completeness, selectClauses } from '../selection';
import { defaultSlaResponseTable, formatSlaResponseTable } from '../sla-table';
import { listPlaceholders, numberClauses, parseClauseBody, resolveContractText } from '../text';
import { CONDITION_FACTS, CONTRACT_LANGUAGES, CONTRACT_TYPES } from '../types';
import type { Clause, ContractFacts, ContractLanguage, ContractType } from '../types';
import { CONTRACT_VARIABLE_NAMES } from '../variables';
import { clauseLibrary, clauseLibraryDisclaimer, defaultStructure, libraryClause } from './index';

type Text = { where: string; body: string };

/** The preferred body and every position's body of a clause, named for error messages. */
function texts(clause: Clause): Text[] {
  const where = `${clause.id} (${clause.language})`;
  const list: Text[] = [
    { where: `${where} title`, body: clause.title },
    { where: `${where} preferred`, body: clause.body },
  ];
  if (clause.positions?.fallback)
    list.push({ where: `${where} fallback`, body: clause.positions.fallback.body });
  if (clause.positions?.walkAway)
    list.push({ where: `${where} walk-away`, body: clause.positions.walkAway.body });
  return list;
}

function notes(clause: Clause): string[] {
  return [
    clause.preferredNote,
    clause.positions?.fallback?.note,
    clause.positions?.walkAway?.note,
  ].filter((note): note is string => note !== undefined);
}

const ids = [...new Set(clauseLibrary.map((clause) => clause.id))];
const clause = (id: string, language: ContractLanguage): Clause => {
  const found = libraryClause(id, language);
  if (!found) throw new Error(`no clause ${id} in ${language}`);
  return found;
};

/** All 64 combinations of the condition facts. */
const ALL_FACTS: ContractFacts[] = Array.from({ length: 2 ** CONDITION_FACTS.length }, (_, bits) =>
  Object.fromEntries(CONDITION_FACTS.map((fact, index) => [fact, (bits & (1 << index)) !== 0])),
);

/** The clauses of a new contract: the type's default structure, kept where the condition holds. */
function draft(type: ContractType, facts: ContractFacts, language: ContractLanguage): Clause[] {
  return defaultStructure[type]
    .map((id) => clause(id, language))
    .filter((item) => evaluateCondition(item.condition, facts));
}

/** Items an SLA contract lacks when no SLA is agreed: the SLA clauses are conditional on it. */
function expectedMissing(type: ContractType, facts: ContractFacts): string[] {
  if (facts.slaAgreed) return [];
  if (type === 'maintenance-sla') return ['sla.service-levels', 'sla.response-times'];
  if (type === 'saas') return ['sla.service-levels'];
  return [];
}

describe('clause library', () => {
  it('ships at least 25 distinct clauses, each exactly once in German and once in English', () => {
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(clauseLibrary).toHaveLength(ids.length * 2);
    for (const id of ids) {
      expect(
        clauseLibrary.filter((item) => item.id === id).map((item) => item.language),
        id,
      ).toEqual([...CONTRACT_LANGUAGES]);
    }
  });

  it('keeps the ids as slugs and gives every contract type its clauses', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const type of CONTRACT_TYPES) {
      expect(
        ids.filter((id) => clause(id, 'de').contractTypes.includes(type)).length,
        type,
      ).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives both languages the same metadata, positions, placeholders and references', () => {
    for (const id of ids) {
      const de = clause(id, 'de');
      const en = clause(id, 'en');
      const meta = (item: Clause) => ({
        category: item.category,
        contractTypes: item.contractTypes,
        version: item.version,
        condition: item.condition,
        requiredFor: item.requiredFor,
        covers: item.covers,
        positions: Object.keys(item.positions ?? {}),
        notes: notes(item).length,
      });
      expect(meta(en), id).toEqual(meta(de));
      const deTexts = texts(de);
      const enTexts = texts(en);
      deTexts.forEach((text, index) => {
        const other = enTexts[index]!;
        const sorted = (body: string) => {
          const { variables, references } = listPlaceholders(body);
          return { variables: variables.sort(), references: references.sort() };
        };
        expect(sorted(other.body), `${other.where} against ${text.where}`).toEqual(
          sorted(text.body),
        );
        // The same structure: as many paragraphs and list items in both languages.
        const shape = (body: string) =>
          parseClauseBody(body).map((block) =>
            block.kind === 'list' ? `list:${block.items.length}` : block.kind,
          );
        expect(shape(other.body), `${other.where} against ${text.where}`).toEqual(shape(text.body));
      });
    }
  });

  it('uses only documented variables and references only clauses of the library', () => {
    const known = new Set<string>(CONTRACT_VARIABLE_NAMES);
    for (const item of clauseLibrary) {
      for (const text of texts(item)) {
        const { variables, references } = listPlaceholders(text.body);
        expect(
          variables.filter((name) => !known.has(name)),
          text.where,
        ).toEqual([]);
        expect(
          references.filter((id) => !ids.includes(id)),
          text.where,
        ).toEqual([]);
        expect(references, `${text.where} refers to itself`).not.toContain(item.id);
      }
      // Titles are headings: no placeholders in them.
      expect(listPlaceholders(item.title), item.id).toEqual({ variables: [], references: [] });
    }
  });

  it('has a note for the sales engineer on every position of a negotiable clause', () => {
    for (const item of clauseLibrary) {
      if (!item.positions) continue;
      expect(item.preferredNote, item.id).toBeTruthy();
      for (const note of notes(item)) expect(note.trim().length, item.id).toBeGreaterThan(10);
      for (const position of Object.values(item.positions)) {
        expect(position.body, `${item.id} position equals preferred`).not.toBe(item.body);
      }
    }
    const negotiable = ids.filter((id) => clause(id, 'de').positions?.walkAway);
    expect(negotiable.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps the texts clean: no control characters, no stray blanks, at most 20,000 characters', () => {
    for (const item of clauseLibrary) {
      for (const text of [
        ...texts(item),
        ...notes(item).map((body) => ({ where: item.id, body })),
      ]) {
        expect(text.body.length, text.where).toBeLessThanOrEqual(20_000);
        expect(text.body.trim(), text.where).toBe(text.body);
        // eslint-disable-next-line no-control-regex
        expect(text.body, text.where).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(text.body, text.where).not.toMatch(/\n{3,}| {2,}|[ \t]\n|\n[ \t]/);
        expect(text.body, text.where).not.toMatch(/\{\{(?![a-zA-Z:.-]+\}\})/);
      }
    }
  });

  it('numbers the paragraphs of every text (1), (2), … without gaps', () => {
    for (const item of clauseLibrary) {
      for (const text of texts(item).slice(1)) {
        const numbers = parseClauseBody(text.body)
          .filter((block) => block.kind === 'paragraph')
          .map((block) => /^\((\d+)\) /.exec(block.kind === 'paragraph' ? block.text : ''))
          .filter((match) => match !== null)
          .map((match) => Number(match[1]));
        expect(numbers, text.where).toEqual(numbers.map((_, index) => index + 1));
      }
    }
  });

  it('writes German with „…“ quotes and § followed by a space and a number', () => {
    for (const id of ids) {
      for (const text of [
        ...texts(clause(id, 'de')),
        ...notes(clause(id, 'de')).map((body) => ({ where: id, body })),
      ]) {
        expect(text.body, text.where).not.toMatch(/["”]/);
        // Every „ is closed by “ before the next quote opens.
        expect(text.body.replace(/„[^„“]*“/g, ''), text.where).not.toMatch(/[„“]/);
        for (const match of text.body.matchAll(/§/g)) {
          if (text.body[match.index - 1] === '§') continue;
          expect(text.body.slice(match.index, match.index + 4), text.where).toMatch(/^§§? \d/);
        }
        expect(text.body, text.where).not.toMatch(/Art\.\d|Abs\.\d|\bNr\.\d/);
      }
    }
  });

  it('writes English with “…” quotes and without the § sign', () => {
    for (const id of ids) {
      for (const text of [
        ...texts(clause(id, 'en')),
        ...notes(clause(id, 'en')).map((body) => ({ where: id, body })),
      ]) {
        expect(text.body, text.where).not.toMatch(/[„"§]/);
        expect(text.body.replace(/“[^“”]*”/g, ''), text.where).not.toMatch(/[“”]/);
      }
    }
  });
});

describe('default structure', () => {
  it('lists each type’s clauses once, all of them meant for that type', () => {
    for (const type of CONTRACT_TYPES) {
      const structure = defaultStructure[type];
      expect(new Set(structure).size, type).toBe(structure.length);
      for (const id of structure) {
        expect(ids, `${type}: ${id}`).toContain(id);
        expect(clause(id, 'de').contractTypes, `${type}: ${id}`).toContain(type);
      }
    }
    // Every clause is used somewhere, and every required clause is in its type's structure.
    expect(
      ids.filter((id) => !CONTRACT_TYPES.some((type) => defaultStructure[type].includes(id))),
    ).toEqual([]);
    for (const id of ids) {
      for (const type of clause(id, 'de').requiredFor ?? []) {
        expect(defaultStructure[type], `${id} required for ${type}`).toContain(id);
      }
    }
  });

  it('selects the same clauses as the contracts core does from the library, for every combination of facts', () => {
    for (const type of CONTRACT_TYPES) {
      for (const facts of ALL_FACTS) {
        for (const language of CONTRACT_LANGUAGES) {
          const core = selectClauses(clauseLibrary, { type, facts, language }).map((one) => one.id);
          const ours = draft(type, facts, language).map((one) => one.id);
          expect([...core].sort(), `${type} ${language} ${JSON.stringify(facts)}`).toEqual(
            [...ours].sort(),
          );
        }
      }
    }
  });

  it('resolves every cross-reference and variable inside the draft, for every combination of facts', () => {
    const variables = Object.fromEntries(CONTRACT_VARIABLE_NAMES.map((name) => [name, 'x']));
    for (const type of CONTRACT_TYPES) {
      for (const facts of ALL_FACTS) {
        for (const language of CONTRACT_LANGUAGES) {
          const clauses = draft(type, facts, language);
          const numbering = numberClauses(clauses);
          for (const item of clauses) {
            for (const text of texts(item)) {
              const resolved = resolveContractText(text.body, variables, numbering, { language });
              expect(
                {
                  unknownReferences: resolved.unknownReferences,
                  unknownPlaceholders: resolved.unknownPlaceholders,
                  missingVariables: resolved.missingVariables,
                },
                `${type} ${JSON.stringify(facts)}: ${text.where}`,
              ).toEqual({ unknownReferences: [], unknownPlaceholders: [], missingVariables: [] });
              expect(resolved.text, text.where).not.toContain('{{');
            }
          }
        }
      }
    }
  });

  it('covers every required item of every type, with any position taken, for every combination of facts', () => {
    for (const type of CONTRACT_TYPES) {
      for (const facts of ALL_FACTS) {
        for (const language of CONTRACT_LANGUAGES) {
          const clauses = draft(type, facts, language);
          for (const position of ['preferred', 'fallback', 'walkAway'] as const) {
            const chosen = clauses.map((item) => ({
              covers: item.covers,
              body:
                position === 'preferred'
                  ? item.body
                  : (item.positions?.[position]?.body ?? item.body),
            }));
            expect(
              completeness(type, chosen, { facts, language }).map(({ item }) => item),
              `${type} ${language} ${position} ${JSON.stringify(facts)}`,
            ).toEqual(expectedMissing(type, facts));
          }
        }
      }
    }
  });

  it('reports an item missing when the clauses covering it are left out', () => {
    const facts = Object.fromEntries(CONDITION_FACTS.map((fact) => [fact, true]));
    for (const type of CONTRACT_TYPES) {
      for (const { item } of REQUIRED_ITEMS[type]) {
        const clauses = draft(type, facts, 'de').filter((one) => !one.covers?.includes(item));
        const missing = completeness(type, clauses, { facts }).map((one) => one.item);
        expect(missing, `${type} without ${item}`).toContain(item);
        // Only items of the clauses left out go missing.
        const left = draft(type, facts, 'de').filter((one) => one.covers?.includes(item));
        for (const other of missing) {
          expect(
            left.some((one) => one.covers?.includes(other)),
            `${type} without ${item}: ${other}`,
          ).toBe(true);
        }
      }
    }
  });

  it('has one required AVV clause per item of Art. 28(3) GDPR', () => {
    const avvItems = REQUIRED_ITEMS.avv.map(({ item }) => item);
    expect(avvItems).toHaveLength(11);
    for (const item of avvItems) {
      const covering = ids.filter((id) => clause(id, 'de').covers?.includes(item));
      expect(covering, item).toHaveLength(1);
      expect(clause(covering[0]!, 'de').requiredFor, item).toEqual(['avv']);
    }
  });
});

describe('rendering', () => {
  it('numbers cross-references by the clause’s place in the draft', () => {
    const clauses = draft('werkvertrag', {}, 'de');
    const numbering = numberClauses(clauses);
    const acceptance = clause('acceptance', 'de');
    const resolved = resolveContractText(acceptance.body, {}, numbering, { language: 'de' });
    expect(clauses.map((one) => one.id).slice(5, 9)).toEqual([
      'acceptance',
      'prices-payment',
      'warranty',
      'liability',
    ]);
    expect(resolved.text).toContain('im Rahmen von § 8 beseitigt');
    expect(resolved.text).toContain('Mit der Abnahme wird die Vergütung nach § 7 fällig');
    const english = resolveContractText(
      clause('acceptance', 'en').body,
      {},
      numberClauses(draft('werkvertrag', {}, 'en')),
      { language: 'en' },
    );
    expect(english.text).toContain('removed under Section 8');
  });

  it('adds the payment schedule after the fees of a Werkvertrag or Dienstvertrag only with a payment plan, as a list', () => {
    for (const language of CONTRACT_LANGUAGES) {
      for (const type of ['werkvertrag', 'dienstvertrag'] as const) {
        const ids = (facts: ContractFacts) => draft(type, facts, language).map((one) => one.id);
        expect(ids({}), `${type} ${language}`).not.toContain('payment-schedule');
        const withPlan = ids({ hasPaymentPlan: true });
        expect(withPlan.indexOf('payment-schedule'), `${type} ${language}`).toBe(
          withPlan.indexOf('prices-payment') + 1,
        );
      }
      const clauses = draft('werkvertrag', { hasPaymentPlan: true }, language);
      const plan =
        '- 30 % (8.100,00 €) bei Abnahme Konzept, fällig am 04.04.2027\n- 70 % (18.900,00 €) bei Projektabnahme, fällig am 30.06.2027';
      const resolved = resolveContractText(
        clause('payment-schedule', language).body,
        { 'plan.paymentPlan': plan, 'offer.number': 'A-1', 'plan.start': 'S', 'plan.finish': 'F' },
        numberClauses(clauses),
        { language },
      );
      expect(resolved.missingVariables).toEqual([]);
      const blocks = parseClauseBody(resolved.text);
      expect(blocks[1]).toEqual({
        kind: 'list',
        items: plan.split('\n').map((line) => line.slice(2)),
      });
      expect(clause('payment-schedule', language).title).toBe(
        language === 'de' ? 'Zahlungsplan' : 'Payment schedule',
      );
    }
  });

  it('turns the SLA response table into a list inside the response clause', () => {
    for (const language of CONTRACT_LANGUAGES) {
      const table = formatSlaResponseTable(defaultSlaResponseTable(language), language);
      const clauses = draft('maintenance-sla', { slaAgreed: true }, language);
      const resolved = resolveContractText(
        clause('sla-response', language).body,
        { 'sla.responseTable': table },
        numberClauses(clauses),
        { language },
      );
      expect(resolved.missingVariables).toEqual([]);
      const blocks = parseClauseBody(resolved.text);
      expect(blocks.map((block) => block.kind)).toEqual([
        'paragraph',
        'list',
        'paragraph',
        'paragraph',
      ]);
      expect(blocks[1]).toEqual({
        kind: 'list',
        items: table.split('\n').map((line) => line.slice(2)),
      });
    }
  });
});

describe('disclaimer', () => {
  it('says in both languages that the clauses are drafting aids, not legal advice', () => {
    expect(clauseLibraryDisclaimer.de).toMatch(/^Formulierungshilfen, keine Rechtsberatung/);
    expect(clauseLibraryDisclaimer.en).toMatch(/^Drafting aids, not legal advice/);
  });
});
