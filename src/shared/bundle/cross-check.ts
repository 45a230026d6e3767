import { isCalendarDate } from '../domain/calendar-date';
import { formatLineRef, parseLineRef } from './line-ref';

/** A problem found across fields; `path` as zod paths are (keys and indexes). */
export type CrossProblem = { path: (string | number)[]; message: string };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDate(value.trim());
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function checkDates(offer: Loose): CrossProblem[] {
  const { date, validUntil } = offer;
  if (!isDate(date) || !isDate(validUntil) || validUntil.trim() >= date.trim()) return [];
  return [{ path: ['offer', 'validUntil'], message: 'must not be before the offer date' }];
}

function checkReplaces(offer: Loose): CrossProblem[] {
  const sections = arrayOf(offer.sections).map((section) =>
    isObject(section) ? arrayOf(section.lines) : [],
  );
  const problems: CrossProblem[] = [];
  sections.forEach((lines, sectionIndex) => {
    lines.forEach((line, lineIndex) => {
      if (!isObject(line) || line.kind !== 'alternative' || line.replaces === undefined) return;
      const path = ['offer', 'sections', sectionIndex, 'lines', lineIndex, 'replaces'];
      if (typeof line.replaces !== 'string') return; // the schema reports the type
      const ref = parseLineRef(line.replaces);
      const self = formatLineRef({ section: sectionIndex, line: lineIndex });
      if (ref === null) {
        problems.push({
          path,
          message: `must name the replaced line as "sections[i].lines[j]" (0-based), not "${line.replaces}"`,
        });
      } else if (sections[ref.section]?.[ref.line] === undefined) {
        problems.push({ path, message: `refers to ${formatLineRef(ref)}, which does not exist` });
      } else if (formatLineRef(ref) === self) {
        problems.push({ path, message: 'an alternative cannot replace itself' });
      }
    });
  });
  return problems;
}

/**
 * Rules across fields: validity not before the date, and an alternative's `replaces` names an
 * existing other line. (A foreign currency needs no rate here: the amounts are in that currency
 * already; the app asks for the rate when it imports the offer.) Reads unvalidated input defensively,
 * so the problems can be listed even when other fields are broken.
 */
export function crossCheckBundle(bundle: unknown): CrossProblem[] {
  if (!isObject(bundle) || !isObject(bundle.offer)) return [];
  const offer = bundle.offer;
  return [...checkDates(offer), ...checkReplaces(offer)];
}
