type Modifier = 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey';

/** A key press as the keyboard maps read it: `key('d', { ctrlKey: true })`. */
export const key = (name: string, modifiers: Partial<Record<Modifier, boolean>> = {}) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});
