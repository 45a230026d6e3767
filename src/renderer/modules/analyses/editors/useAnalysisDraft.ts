import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, AnalysisInput } from '#shared/domain/analyses';
import { useRepos } from '#data';
import { notifyError } from '../../../components/notify-error';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { patchIsStored, pickInput, readDraft, toDraft, type AnalysisDraft } from './draft';

/** How long typing may pause before a valid draft is saved. */
export const SAVE_DELAY_MS = 400;

export type SaveState = 'saved' | 'pending' | 'invalid' | 'error';

/**
 * The editor's draft of one analysis: the chart and the fields read it on every keystroke; a
 * valid draft is saved SAVE_DELAY_MS after the last change (and at once when the editor closes),
 * an invalid one never. A change from elsewhere (sync, another window) replaces the draft unless
 * the user has an edit of their own in it.
 */
export function useAnalysisDraft(analysis: Analysis) {
  const { t } = useTranslation();
  const repos = useRepos();
  const language = useUiLanguage();
  const [draft, setDraftState] = useState<AnalysisDraft>(() => toDraft(analysis, language));
  const [failed, setFailed] = useState(false);
  const stored = useMemo(() => pickInput(analysis), [analysis]);
  const result = useMemo(() => readDraft(draft, stored, language), [draft, stored, language]);
  // True from the user's first change until that state of the draft is stored.
  const dirty = useRef(false);
  const pending = useRef<Partial<AnalysisInput> | null>(null);

  const save = useCallback(
    async (patch: Partial<AnalysisInput>) => {
      try {
        await repos.analyses.update(analysis.id, patch);
        setFailed(false);
      } catch (error) {
        setFailed(true);
        notifyError(error, t);
      }
    },
    [repos, analysis.id, t],
  );

  const upToDate = result.patch !== null && patchIsStored(result.patch, stored);
  useEffect(() => {
    if (result.patch === null || upToDate) {
      pending.current = null;
      if (upToDate) dirty.current = false;
      return;
    }
    const patch = result.patch;
    pending.current = patch;
    const timer = setTimeout(() => {
      pending.current = null;
      void save(patch);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [result.patch, upToDate, save]);

  // A stored change the user did not make replaces a clean draft (their own saved edit is in it
  // already, as typed: trimming it now would move the caret).
  useEffect(() => {
    if (!dirty.current && !upToDate) setDraftState(toDraft(stored, language));
  }, [stored, language, upToDate]);

  // Leaving the editor saves what is still waiting.
  useEffect(
    () => () => {
      if (pending.current) void save(pending.current);
    },
    [save],
  );

  const setDraft = useCallback((update: (draft: AnalysisDraft) => AnalysisDraft) => {
    dirty.current = true;
    setDraftState(update);
  }, []);

  const state: SaveState = failed
    ? 'error'
    : result.patch === null
      ? 'invalid'
      : upToDate
        ? 'saved'
        : 'pending';
  return { draft, setDraft, errors: result.errors, state, language };
}
