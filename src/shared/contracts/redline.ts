import { ContractInputError } from './errors';

export type RedlineOp = 'equal' | 'insert' | 'delete';
export type RedlinePart = { op: RedlineOp; text: string };

// Words (letters, digits, joined by inner dots, commas, hyphens, slashes or apostrophes: "1.000,00",
// "E-Mail"), whitespace runs, and every other character on its own (punctuation).
const TOKEN = /[\p{L}\p{N}\p{M}_]+(?:[.,'’\-/][\p{L}\p{N}\p{M}_]+)*|\s+|[^\s\p{L}\p{N}\p{M}_]/gu;

/** Splits text into word, whitespace and punctuation tokens that joined give the text again. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const isSpace = (token: string) => /^\s/u.test(token);

/**
 * Word-level redline: the equal and deleted parts joined give `oldText`, the equal and inserted parts give
 * `newText`, whitespace kept. The word alignment is a longest common subsequence over the words and
 * punctuation (Myers), so as few words as possible are marked changed; whitespace between aligned words is
 * equal where it is the same and changed where it differs.
 */
export function redline(oldText: string, newText: string): RedlinePart[] {
  if (typeof oldText !== 'string') throw new ContractInputError('oldText', 'must be a string');
  if (typeof newText !== 'string') throw new ContractInputError('newText', 'must be a string');
  const oldTokens = tokenize(oldText);
  const newTokens = tokenize(newText);
  const oldWords = wordPositions(oldTokens);
  const newWords = wordPositions(newTokens);
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const oldIds = oldWords.map((position) => idOf(oldTokens[position]!));
  const newIds = newWords.map((position) => idOf(newTokens[position]!));

  const parts: RedlinePart[] = [];
  const push = (op: RedlineOp, text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  const gap = (oldGap: string[], newGap: string[]) => {
    let head = 0;
    while (head < oldGap.length && head < newGap.length && oldGap[head] === newGap[head]) head += 1;
    let tail = 0;
    while (
      tail < oldGap.length - head &&
      tail < newGap.length - head &&
      oldGap[oldGap.length - 1 - tail] === newGap[newGap.length - 1 - tail]
    ) {
      tail += 1;
    }
    push('equal', oldGap.slice(0, head).join(''));
    push('delete', oldGap.slice(head, oldGap.length - tail).join(''));
    push('insert', newGap.slice(head, newGap.length - tail).join(''));
    push('equal', oldGap.slice(oldGap.length - tail).join(''));
  };

  let oldAt = 0;
  let newAt = 0;
  for (const [oldWord, newWord] of commonSubsequence(oldIds, newIds)) {
    const oldPosition = oldWords[oldWord]!;
    const newPosition = newWords[newWord]!;
    gap(oldTokens.slice(oldAt, oldPosition), newTokens.slice(newAt, newPosition));
    push('equal', oldTokens[oldPosition]!);
    oldAt = oldPosition + 1;
    newAt = newPosition + 1;
  }
  gap(oldTokens.slice(oldAt), newTokens.slice(newAt));
  return alignEdits(parts);
}

/**
 * Slides each lone insertion or deletion between two equal parts to the place where its edges fall on the best
 * boundaries (a blank line, a line break, a space, punctuation), as diff-match-patch's semantic cleanup does:
 * "nicht[.\n\n(3) … schweigt]." becomes "nicht.[\n\n(3) … schweigt.]". The texts and the changed words stay the same.
 */
function alignEdits(parts: RedlinePart[]): RedlinePart[] {
  for (let index = 1; index < parts.length - 1; index += 1) {
    const before = parts[index - 1]!;
    const edit = parts[index]!;
    const after = parts[index + 1]!;
    if (before.op !== 'equal' || after.op !== 'equal' || edit.op === 'equal') continue;
    let left = tokenize(before.text);
    let middle = tokenize(edit.text);
    let right = tokenize(after.text);
    while (left.length > 0 && left[left.length - 1] === middle[middle.length - 1]) {
      right = [middle.pop()!, ...right];
      middle = [left.pop()!, ...middle];
    }
    let best = { score: -1, left, middle, right };
    for (;;) {
      const score =
        boundaryScore(left[left.length - 1], middle[0]) +
        boundaryScore(middle[middle.length - 1], right[0]);
      if (score >= best.score) best = { score, left, middle, right };
      if (right.length === 0 || right[0] !== middle[0]) break;
      left = [...left, middle[0]!];
      middle = [...middle.slice(1), right[0]!];
      right = right.slice(1);
    }
    before.text = best.left.join('');
    edit.text = best.middle.join('');
    after.text = best.right.join('');
  }
  return parts
    .filter((part) => part.text !== '')
    .reduce<RedlinePart[]>((merged, part) => {
      const last = merged[merged.length - 1];
      if (last?.op === part.op) last.text += part.text;
      else merged.push({ ...part });
      return merged;
    }, []);
}

/** How good a place between two tokens is for an edit's edge: 6 at the text's end … 0 inside running text. */
function boundaryScore(one: string | undefined, two: string | undefined): number {
  if (one === undefined || two === undefined) return 6;
  const blankLine = /\n\s*\n/;
  if (blankLine.test(one) || blankLine.test(two)) return 5;
  if (one.includes('\n') || two.includes('\n')) return 4;
  if (isSpace(one) || isSpace(two)) return 2;
  const word = /[\p{L}\p{N}]/u;
  if (!word.test(one) || !word.test(two)) return 1;
  return 0;
}

function wordPositions(tokens: string[]): number[] {
  const positions: number[] = [];
  tokens.forEach((token, index) => {
    if (!isSpace(token)) positions.push(index);
  });
  return positions;
}

/**
 * Index pairs of a longest common subsequence of `a` and `b`, in order. Myers' O(ND) bisection in linear
 * space (the middle-snake split of diff-match-patch's diff_bisect), after trimming common ends.
 */
export function commonSubsequence(
  a: readonly number[],
  b: readonly number[],
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const solve = (aLo: number, aHi: number, bLo: number, bHi: number): void => {
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) pairs.push([aLo++, bLo++]);
    const tail: Array<[number, number]> = [];
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) tail.push([--aHi, --bHi]);
    if (aLo < aHi && bLo < bHi) {
      const [x, y] = bisect(a, b, aLo, aHi, bLo, bHi);
      solve(aLo, x, bLo, y);
      solve(x, aHi, y, bHi);
    }
    for (let index = tail.length - 1; index >= 0; index -= 1) pairs.push(tail[index]!);
  };
  solve(0, a.length, 0, b.length);
  return pairs;
}

/** A split point on an optimal edit path between a[aLo, aHi) and b[bLo, bHi) (both non-empty, ends differing). */
function bisect(
  a: readonly number[],
  b: readonly number[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
): [number, number] {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const size = 2 * maxD + 2;
  const forward = new Int32Array(size).fill(-1);
  const backward = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d <= maxD; d += 1) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = offset + k1;
      let x1 =
        k1 === -d || (k1 !== d && forward[k1Offset - 1]! < forward[k1Offset + 1]!)
          ? forward[k1Offset + 1]!
          : forward[k1Offset - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1 += 1;
        y1 += 1;
      }
      forward[k1Offset] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2Offset = offset + delta - k1;
        if (k2Offset >= 0 && k2Offset < size && backward[k2Offset] !== -1) {
          if (x1 >= n - backward[k2Offset]!) return [aLo + x1, bLo + y1];
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = offset + k2;
      let x2 =
        k2 === -d || (k2 !== d && backward[k2Offset - 1]! < backward[k2Offset + 1]!)
          ? backward[k2Offset + 1]!
          : backward[k2Offset - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2 += 1;
        y2 += 1;
      }
      backward[k2Offset] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1Offset = offset + delta - k2;
        if (k1Offset >= 0 && k1Offset < size && forward[k1Offset] !== -1) {
          const x1 = forward[k1Offset]!;
          const y1 = offset + x1 - k1Offset;
          if (x1 >= n - x2) return [aLo + x1, bLo + y1];
        }
      }
    }
  }
  // Unreachable for non-empty inputs: the paths always meet by d = maxD.
  throw new Error('redline: no split point found');
}
