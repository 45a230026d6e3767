/** A tree of UI texts: every leaf a string. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** The translation of a German tree: the same keys, every leaf any string. */
export type Translation<D> = { [K in keyof D]: D[K] extends string ? string : Translation<D[K]> };

/** Keys of `E` that the German tree `D` does not have are `never`, at every depth. */
type NoExtraKeys<D, E> = {
  [K in keyof E]: K extends keyof D
    ? D[K] extends string
      ? E[K]
      : NoExtraKeys<D[K], E[K]>
    : never;
};

/** One area's texts in both languages, merged into i18n under `key` (t('<key>.…')). */
export type MessageBundle<D extends MessageTree = MessageTree> = {
  readonly key: string;
  readonly de: D;
  readonly en: Translation<D>;
};

/**
 * Define an area's messages: German first, English with exactly the German keys (the type
 * rejects a missing and an extra key at any depth). A module's manifest lists the result
 * under `messages`.
 */
export function defineMessages<D extends MessageTree, E extends Translation<D>>(
  key: string,
  de: D,
  en: E & NoExtraKeys<D, E>,
): MessageBundle<D> {
  return { key, de, en };
}
