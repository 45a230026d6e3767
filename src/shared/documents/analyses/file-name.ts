import type { AnalysisKind } from '../../domain/analyses';
import { analysisLabels } from '../../analyses/charts/labels';
import type { ChartLanguage } from '../../analyses/charts/labels';

/** "Wettbewerbsmatrix Firewall-Projekt.xlsx": the kind when the title does not say it. */
export function analysisFileName(
  analysis: { kind: AnalysisKind; title: string },
  language: ChartLanguage,
  extension: 'docx' | 'xlsx',
): string {
  const title = analysis.title
    // Characters no file system accepts in a name, control characters included.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  const stem = analysisLabels(language).fileStem[analysis.kind];
  const name =
    title === ''
      ? stem
      : title.toLowerCase().includes(stem.toLowerCase())
        ? title
        : `${stem} ${title}`;
  return `${name}.${extension}`;
}
