import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Paragraph,
  TextRun,
} from 'docx';
import type { ParagraphChild } from 'docx';
import { clauseDiff } from '../../contracts/clause-diff';
import type { ClauseChange, RevisionClause } from '../../contracts/clause-diff';
import { ContractInputError } from '../../contracts/errors';
import type { RedlineOp, RedlinePart } from '../../contracts/redline';
import type { ContractLanguage } from '../../contracts/types';
import { xmlSafeData } from '../../text/xml-text';
import { docxColor } from '../proposal/format';
import { PAGE } from '../proposal/kit';
import { packDocument } from '../proposal/pack';
import { FONT, proposalStyles } from '../proposal/styles';

/** Two revisions of a contract, their clause texts already resolved (placeholders filled, § numbers set). */
export type RedlineDocxInput = {
  language: ContractLanguage;
  title: string;
  oldRevision: { label: string; clauses: RevisionClause[] };
  newRevision: { label: string; clauses: RevisionClause[] };
  /** Who made the changes of the new revision, as Word's review pane shows it. */
  author: string;
  /** When the new revision was made, ISO 8601 (e.g. 2027-03-02T14:05:00Z). */
  date: string;
  /** Brand colour of the proposal, #RRGGBB. */
  brand?: string;
};

const SECTIONS = 'quotient-contract-sections';
const BULLETS = 'quotient-contract-bullets';

const LABELS = {
  de: {
    changes: (from: string, to: string) => `Änderungen von ${from} zu ${to}`,
    note: 'Die Änderungen sind als Änderungsverfolgung enthalten: in Word unter „Überprüfen“ annehmen oder ablehnen.',
    by: (author: string, date: string) => `Bearbeitet von ${author} am ${date}`,
    section: '§ %1',
  },
  en: {
    changes: (from: string, to: string) => `Changes from ${from} to ${to}`,
    note: 'The changes are included as tracked changes: accept or reject them in Word under “Review”.',
    by: (author: string, date: string) => `Edited by ${author} on ${date}`,
    section: 'Section %1',
  },
} as const;

type Mark = RedlineOp;
type Line = { segments: RedlinePart[]; mark: Mark };

/**
 * Splits redline parts into paragraphs at line breaks. A run of breaks is one paragraph boundary; its mark is
 * inserted when only the new text has it, deleted when only the old one has it.
 */
export function redlineParagraphs(parts: readonly RedlinePart[]): Line[] {
  const lines: Line[] = [];
  let current: RedlinePart[] = [];
  let breaks: Set<RedlineOp> | null = null;
  for (const part of parts) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) (breaks ??= new Set()).add(part.op);
      // Indentation at a paragraph's start is dropped; whitespace inserted or deleted there is kept.
      const startsParagraph = current.length === 0 || breaks !== null;
      if (piece === '' || (startsParagraph && part.op === 'equal' && piece.trim() === '')) return;
      if (breaks) {
        if (current.length > 0) lines.push({ segments: current, mark: markOf(breaks) });
        current = [];
        breaks = null;
      }
      current.push({ op: part.op, text: piece });
    });
  }
  if (current.length > 0) lines.push({ segments: current, mark: 'equal' });
  return lines;
}

function markOf(ops: Set<RedlineOp>): Mark {
  const inOld = ops.has('equal') || ops.has('delete');
  const inNew = ops.has('equal') || ops.has('insert');
  return inOld && inNew ? 'equal' : inNew ? 'insert' : 'delete';
}

/** Builds the Word document of the redline between two revisions, with real tracked changes. */
export function buildRedlineDocument(input: RedlineDocxInput): Document {
  const {
    language,
    title,
    oldRevision,
    newRevision,
    author,
    date,
    brand = '#1F4E79',
  } = xmlSafeData(input);
  if (typeof author !== 'string' || author.trim() === '')
    throw new ContractInputError('author', 'is empty');
  if (
    typeof date !== 'string' ||
    Number.isNaN(Date.parse(date)) ||
    !/^\d{4}-\d{2}-\d{2}T/.test(date)
  ) {
    throw new ContractInputError(
      'date',
      `must be an ISO date and time, got ${JSON.stringify(date)}`,
    );
  }
  const labels = LABELS[language];
  const color = docxColor(brand);
  let nextId = 1;
  const change = () => ({ id: nextId++, author, date });

  const runs = (segments: readonly RedlinePart[], bold = false): ParagraphChild[] =>
    segments.map(({ op, text }) =>
      op === 'equal'
        ? new TextRun({ text, bold })
        : op === 'insert'
          ? new InsertedTextRun({ ...change(), text, bold })
          : new DeletedTextRun({ ...change(), text, bold }),
    );
  const paragraphMark = (mark: Mark) =>
    mark === 'insert'
      ? { insertion: change() }
      : mark === 'delete'
        ? { deletion: change() }
        : undefined;

  const clauseParagraphs = (
    titleParts: RedlinePart[],
    bodyParts: RedlinePart[],
    whole: Mark,
  ): Paragraph[] => {
    const heading = new Paragraph({
      heading: HeadingLevel.HEADING_2,
      numbering: { reference: SECTIONS, level: 0 },
      run: paragraphMark(whole),
      children: runs(titleParts),
    });
    const lines = redlineParagraphs(bodyParts);
    return [
      heading,
      ...lines.map((line, index) => {
        const last = index === lines.length - 1;
        const mark = whole !== 'equal' ? whole : last ? 'equal' : line.mark;
        const [first, ...rest] = line.segments;
        const listItem = first !== undefined && /^[-*]\s+/.test(first.text);
        const headingLine = first !== undefined && /^#{1,6}\s+/.test(first.text);
        const segments =
          first && (listItem || headingLine)
            ? [{ ...first, text: first.text.replace(/^([-*]|#{1,6})\s+/, '') }, ...rest].filter(
                (s) => s.text !== '',
              )
            : line.segments;
        return new Paragraph({
          numbering: listItem ? { reference: BULLETS, level: 0 } : undefined,
          keepNext: headingLine,
          run: paragraphMark(mark),
          children: runs(segments, headingLine),
        });
      }),
    ];
  };

  const whole = (clause: RevisionClause, op: 'insert' | 'delete') =>
    clauseParagraphs([{ op, text: clause.title }], [{ op, text: clause.body }], op);

  const oldById = new Map(oldRevision.clauses.map((clause) => [clause.clauseId, clause]));
  const newById = new Map(newRevision.clauses.map((clause) => [clause.clauseId, clause]));
  const body: Paragraph[] = [];
  for (const item of withMovedOrigins(
    clauseDiff(oldRevision.clauses, newRevision.clauses).changes,
  )) {
    if (item.kind === 'added') body.push(...whole(newById.get(item.clauseId)!, 'insert'));
    else if (item.kind === 'removed' || item.kind === 'moved-from') {
      body.push(...whole(oldById.get(item.clauseId)!, 'delete'));
    } else if (item.moved) body.push(...whole(newById.get(item.clauseId)!, 'insert'));
    else body.push(...clauseParagraphs(item.titleParts, item.bodyParts, 'equal'));
  }

  return new Document({
    creator: author,
    title,
    features: { trackRevisions: true },
    styles: proposalStyles(color),
    numbering: {
      config: [
        {
          reference: SECTIONS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: labels.section,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 851, hanging: 851 } } },
            },
          ],
        },
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 425, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        children: [
          new Paragraph({ style: 'QuotientTitle', children: [new TextRun(title)] }),
          new Paragraph({
            children: [
              new TextRun({
                text: labels.changes(oldRevision.label, newRevision.label),
                bold: true,
              }),
            ],
          }),
          new Paragraph({
            children: [new TextRun({ text: labels.by(author, date.slice(0, 10)), font: FONT })],
          }),
          new Paragraph({
            style: 'QuotientSmall',
            spacing: { after: 240 },
            children: [new TextRun(labels.note)],
          }),
          ...body,
        ],
      },
    ],
  });
}

type Placed = ClauseChange | { kind: 'moved-from'; clauseId: string; oldNumber: number };

/**
 * Adds, for each moved clause, a deleted copy where it stood in the old revision: before the next clause of the
 * old revision that stayed in place or was removed (both appear in old order).
 */
function withMovedOrigins(changes: readonly ClauseChange[]): Placed[] {
  const placed: Placed[] = [...changes];
  const moved = changes.filter((change) => change.kind === 'kept' && change.moved) as Array<
    Extract<ClauseChange, { kind: 'kept' }>
  >;
  for (const clause of moved) {
    const anchor = placed.findIndex(
      (item) =>
        (item.kind === 'removed' ||
          item.kind === 'moved-from' ||
          (item.kind === 'kept' && !item.moved)) &&
        item.oldNumber > clause.oldNumber,
    );
    const origin: Placed = {
      kind: 'moved-from',
      clauseId: clause.clauseId,
      oldNumber: clause.oldNumber,
    };
    if (anchor === -1) placed.push(origin);
    else placed.splice(anchor, 0, origin);
  }
  return placed;
}

/** The redline between two revisions as .docx bytes. */
export async function buildRedlineDocx(input: RedlineDocxInput): Promise<Uint8Array> {
  return packDocument(buildRedlineDocument(input));
}
