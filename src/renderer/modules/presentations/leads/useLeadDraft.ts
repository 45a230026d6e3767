import { useCallback, useEffect, useRef, useState } from 'react';
import type { LeadForm } from '#shared/presentations';
import {
  clearLeadDraft,
  hasLeadInput,
  loadLeadDraft,
  saveLeadDraft,
  type DraftLoad,
  type LeadDraft,
} from './lead-draft';

/** How long typing pauses before the draft is written. */
export const DRAFT_DEBOUNCE_MS = 250;

type Current = () => Pick<LeadDraft, 'form' | 'newsletterOptIn' | 'noticeShownAt'>;

/**
 * The lead form's draft in localStorage: what was there when the form opened (`loaded`), a
 * debounced `schedule` after every change (flushed when the page hides or the form closes) and
 * `clear`. A form holding only its defaults stores no draft.
 */
export function useLeadDraft(deckId: string, defaults: LeadForm, current: Current) {
  const [loaded] = useState<DraftLoad>(() =>
    loadLeadDraft(window.localStorage, deckId, Date.now()),
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const currentRef = useRef(current);
  currentRef.current = current;
  const defaultsRef = useRef(defaults);
  defaultsRef.current = defaults;

  const write = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const draft = currentRef.current();
    if (hasLeadInput(draft, defaultsRef.current) || draft.noticeShownAt !== null) {
      saveLeadDraft(window.localStorage, deckId, { ...draft, savedAt: Date.now() });
    } else {
      clearLeadDraft(window.localStorage, deckId);
    }
  }, [deckId]);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(write, DRAFT_DEBOUNCE_MS);
  }, [write]);

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    clearLeadDraft(window.localStorage, deckId);
  }, [deckId]);

  useEffect(() => {
    // A closing lid or tab must not lose the last keystrokes still waiting for the debounce.
    const flush = () => {
      if (timer.current !== null) write();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [write]);

  return { loaded, schedule, clear };
}
