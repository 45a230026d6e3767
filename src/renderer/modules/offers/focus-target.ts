/** Scrolls an element of the editor into view and focuses it or its first control. */
export function focusInEditor(element: Element | null | undefined): boolean {
  if (!(element instanceof HTMLElement)) return false;
  element.scrollIntoView({ block: 'center' });
  const control = element.matches('input, textarea, select, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input:not([disabled]), textarea, select, button');
  (control ?? element).focus({ preventScroll: true });
  return true;
}

/** The control a visible label names (Mantine links label and input by id). */
export function controlLabelled(text: string, root: ParentNode = document): HTMLElement | null {
  const label = [...root.querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  if (!label) return null;
  return label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input');
}
