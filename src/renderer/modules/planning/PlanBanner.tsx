import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanAnalysis } from '#shared/planning/types';
import { useUiLanguage } from '../../components/useUiLanguage';
import { noteText, problemText } from './note-text';

/**
 * What the plan says about itself: problems (a cycle after a merge, a payment plan off 100 %)
 * that block sending in red, notes (a dropped dependency, an orphan, a package without a
 * role) in yellow. Nothing when all is well.
 */
export function PlanBanner({ analysis }: { analysis: PlanAnalysis }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // The start's move is shown at the start field.
  const notes = analysis.notes.filter((note) => note.kind !== 'start-moved');
  return (
    <>
      {analysis.problems.length > 0 && (
        <Alert color="red" title={t('planning.problems.title')} data-testid="plan-problems">
          <List size="sm">
            {analysis.problems.map((problem, index) => (
              <List.Item key={index} data-kind={problem.kind}>
                {problemText(problem, t)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {notes.length > 0 && (
        <Alert color="yellow" title={t('planning.notes.title')} data-testid="plan-notes">
          <List size="sm">
            {notes.map((note, index) => (
              <List.Item key={index} data-kind={note.kind}>
                {noteText(note, t, language)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
