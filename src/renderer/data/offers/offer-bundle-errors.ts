import type { BundleProblem } from '#shared/bundle';

// Kept apart from the importer, which loads only when a file is imported.

/** The offer of a bundle is already in this workspace (same number and revision). */
export class OfferExistsError extends Error {
  constructor(
    readonly number: string,
    readonly revision: number,
  ) {
    super(`offer ${number} revision ${revision} already exists in this workspace`);
    this.name = 'OfferExistsError';
  }
}

/** The file is no valid offer bundle; `problems` lists every one with its JSON path. */
export class BundleInvalidError extends Error {
  constructor(readonly problems: BundleProblem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
    this.name = 'BundleInvalidError';
  }
}
