import type { OfferLine } from '../domain';

/**
 * The alternative-line rule, in one place for the editor and the check before sending.
 *
 * An alternative line names the line it replaces by that line's `originId` (stable across
 * revisions, moves and sections). It must replace a live normal line of the same offer, never
 * itself. A line that becomes an alternative replaces nothing until the user chooses (never
 * the first line by default); a line that stops being one forgets its target. Deleting the
 * replaced line leaves the alternative pointing at it (an undo restores the pair) and the
 * check reports the target as missing; moving it changes nothing, its originId stays.
 */
export type AlternativeLine = Pick<
  OfferLine,
  'id' | 'offerId' | 'originId' | 'kind' | 'replacesOriginId' | 'billing'
> & { deleted?: boolean };

/** What is wrong with an alternative: errors, then a different billing (a warning). */
export type AlternativeProblem<L extends AlternativeLine = AlternativeLine> =
  | { code: 'noTarget' }
  | { code: 'targetMissing' }
  | { code: 'targetNotNormal'; replaced: L }
  | { code: 'billingDiffers'; replaced: L };

/** Whether `target` may be what `line` replaces: a live normal line of its offer, not itself. */
export function canReplace(target: AlternativeLine, line?: AlternativeLine): boolean {
  if (target.kind !== 'normal' || target.deleted === true) return false;
  return line === undefined || (target.offerId === line.offerId && target.id !== line.id);
}

/** The lines `line` may replace, in the given order (every candidate when no line is given). */
export function alternativeTargets<L extends AlternativeLine>(
  lines: readonly L[],
  line?: AlternativeLine,
): L[] {
  return lines.filter((target) => canReplace(target, line));
}

type Index<L> = Map<string, L>;
const key = (offerId: string, originId: string) => `${offerId}\u0000${originId}`;

/** The live lines by offer and originId (a later duplicate wins, as it always did). */
function originIndex<L extends AlternativeLine>(lines: readonly L[]): Index<L> {
  const index: Index<L> = new Map();
  for (const line of lines) {
    if (line.deleted !== true) index.set(key(line.offerId, line.originId), line);
  }
  return index;
}

const resolve = <L extends AlternativeLine>(index: Index<L>, line: AlternativeLine) =>
  line.kind !== 'alternative' || line.replacesOriginId === ''
    ? undefined
    : index.get(key(line.offerId, line.replacesOriginId));

function check<L extends AlternativeLine>(
  index: Index<L>,
  line: AlternativeLine,
): AlternativeProblem<L> | undefined {
  if (line.kind !== 'alternative') return undefined;
  if (line.replacesOriginId === '') return { code: 'noTarget' };
  const replaced = resolve(index, line);
  if (replaced === undefined) return { code: 'targetMissing' };
  if (!canReplace(replaced, line)) return { code: 'targetNotNormal', replaced };
  if (replaced.billing !== line.billing) return { code: 'billingDiffers', replaced };
  return undefined;
}

/**
 * The live line of the same offer that an alternative names, whatever its kind; undefined for
 * a line that is no alternative, has no target yet, or whose target is gone.
 */
export function replacedLine<L extends AlternativeLine>(
  lines: readonly L[],
  line: AlternativeLine,
): L | undefined {
  return resolve(originIndex(lines), line);
}

/** What is wrong with `line` as an alternative among `lines`; undefined when nothing is. */
export function checkAlternative<L extends AlternativeLine>(
  lines: readonly L[],
  line: AlternativeLine,
): AlternativeProblem<L> | undefined {
  return check(originIndex(lines), line);
}

/** Every alternative of `lines` with a problem, in the given order (one index for all). */
export function checkAlternatives<L extends AlternativeLine>(
  lines: readonly L[],
): { line: L; problem: AlternativeProblem<L> }[] {
  const index = originIndex(lines);
  return lines.flatMap((line) => {
    const problem = line.deleted === true ? undefined : check(index, line);
    return problem ? [{ line, problem }] : [];
  });
}

/**
 * A line patch with the rule applied: changing the kind to anything but an alternative clears
 * what the line replaced; becoming an alternative chooses nothing for the user.
 */
export function withAlternativeRule<
  P extends Partial<Pick<OfferLine, 'kind' | 'replacesOriginId'>>,
>(patch: P): P {
  if (patch.kind && patch.kind !== 'alternative') return { ...patch, replacesOriginId: '' };
  return { ...patch };
}
