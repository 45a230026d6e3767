import { Kbd, type KbdProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { keyLabel } from './key-labels';

/** A shortcut in the keys' names of the UI language: "Strg+N" in German, "Ctrl+N" in English. */
export function Keys({ keys, ...props }: { keys: string } & KbdProps) {
  const { i18n } = useTranslation();
  return <Kbd {...props}>{keyLabel(keys, i18n.language)}</Kbd>;
}

/** The same label as text, for tooltips, titles and nav descriptions. */
export function useKeyLabel(): (keys: string) => string {
  const { i18n } = useTranslation();
  return (keys) => keyLabel(keys, i18n.language);
}
