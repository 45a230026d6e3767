import type { MessageBundle } from './define-messages';

/** Every leaf of a text tree as [dotted path, value]; a non-object value counts as a leaf. */
function leaves(tree: unknown, prefix: string): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** What is wrong inside one bundle: keys only one language has, empty or non-string texts. */
function bundleProblems(bundle: MessageBundle): string[] {
  const de = new Map(leaves(bundle.de, bundle.key));
  const en = new Map(leaves(bundle.en, bundle.key));
  const problems: string[] = [];
  for (const path of de.keys()) if (!en.has(path)) problems.push(`${path}: no English text`);
  for (const path of en.keys()) if (!de.has(path)) problems.push(`${path}: no German text`);
  for (const [language, texts] of [
    ['German', de],
    ['English', en],
  ] as const) {
    for (const [path, text] of texts) {
      if (typeof text !== 'string') problems.push(`${path}: the ${language} text is not a string`);
      else if (text.trim() === '') problems.push(`${path}: the ${language} text is empty`);
    }
  }
  return problems;
}

/**
 * Bundle keys used twice, as readable lines: a module's bundle may share its key neither with
 * a common namespace nor with another bundle, since the later one would replace its texts.
 */
export function keyCollisions(
  common: readonly MessageBundle[],
  bundles: readonly MessageBundle[],
): string[] {
  const seen = new Map<string, 'common' | 'module'>();
  const problems: string[] = [];
  const mark = (bundle: MessageBundle, origin: 'common' | 'module') => {
    const first = seen.get(bundle.key);
    if (first === undefined) seen.set(bundle.key, origin);
    else if (origin === 'common')
      problems.push(`${bundle.key}: the common texts use the key twice`);
    else if (first === 'common') {
      problems.push(`${bundle.key}: a module's bundle reuses a key of the common texts`);
    } else problems.push(`${bundle.key}: two modules' bundles use the key`);
  };
  for (const bundle of common) mark(bundle, 'common');
  for (const bundle of bundles) mark(bundle, 'module');
  return problems;
}

/**
 * Everything wrong with the app's texts, as readable lines (empty when all is well): no key
 * collisions, and German and English of each bundle have exactly the same keys at every depth
 * and no empty text.
 */
export function messageProblems(
  common: readonly MessageBundle[],
  bundles: readonly MessageBundle[],
): string[] {
  return [
    ...keyCollisions(common, bundles),
    ...[...common, ...bundles].flatMap((bundle) => bundleProblems(bundle)),
  ];
}
