import { AlignmentType, ImageRun, Paragraph, TableRow, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { Decimal, formatDecimal } from '../../money';
import { heading } from '../proposal/contents';
import { fitImage, formatPct, imageSize } from '../proposal/format';
import { PAGE, cell, headerRow, ruledTable } from '../proposal/kit';
import type { ProposalContext } from '../proposal/kit';
import { ganttScope } from './gantt-png';
import { planLabels } from './labels';
import type { PlanDocumentData } from './types';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A table's date: "11.01.2027" / "11 Jan 2027" (the long English form wraps in a narrow column). */
export function tableDate(iso: string, language: ProposalContext['data']['language']): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return language === 'de'
    ? `${day}.${month}.${year}`
    : `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** The chapter's title in the document language (the contents and tests use it). */
export function planChapterTitle(language: ProposalContext['data']['language']): string {
  return planLabels(language).chapter;
}

// Column widths in twips (the text is 9638 wide).
const SCHEDULE = [700, 4738, 1300, 1300, 1600] as const;
const MILESTONES = [3638, 4400, 1600] as const;
const PAYMENTS = [2638, 2600, 1400, 1100, 1900] as const;

/** Px at 96 dpi: the Gantt image fills the text width and at most most of a page. */
const IMAGE_BOX = { width: Math.floor((PAGE.textWidth / 1440) * 96), height: 860 };

/** The name indented by its depth (a wrapped name stays indented); phases bold. */
function indented(name: string, depth: number, bold: boolean): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: depth === 0 ? undefined : { left: depth * 227 },
      children: [new TextRun({ text: name, bold })],
    }),
  ];
}

function scheduleTable(context: ProposalContext, plan: PlanDocumentData): FileChild {
  const labels = planLabels(context.data.language);
  const days = (value: string) => formatDecimal(value, context.data.language, 2);
  const date = (iso: string) => tableDate(iso, context.data.language);
  const [number, name, start, finish, effort] = labels.scheduleColumns;
  const rows = plan.nodes.map((node) => {
    const look = node.phase ? { run: { bold: true }, fill: context.brandLight } : {};
    return new TableRow({
      cantSplit: true,
      children: [
        cell(node.wbs, { width: SCHEDULE[0], align: 'left', ...look }),
        cell(indented(node.name, node.depth, node.phase), { width: SCHEDULE[1], ...look }),
        cell(date(node.start), { width: SCHEDULE[2], ...look }),
        cell(date(node.finish), { width: SCHEDULE[3], ...look }),
        cell(days(node.effort), { width: SCHEDULE[4], ...look }),
      ],
    });
  });
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell(labels.totalEffort, {
        width: SCHEDULE[0] + SCHEDULE[1],
        columnSpan: 2,
        run: { bold: true },
      }),
      cell(date(plan.start), { width: SCHEDULE[2], run: { bold: true } }),
      cell(date(plan.finish), { width: SCHEDULE[3], run: { bold: true } }),
      cell(days(plan.effort), { width: SCHEDULE[4], run: { bold: true } }),
    ],
  });
  return ruledTable(
    [
      headerRow(
        [
          { text: number, align: 'left' },
          { text: name, align: 'left' },
          { text: start },
          { text: finish },
          { text: effort },
        ],
        SCHEDULE,
        context.brand,
      ),
      ...rows,
      total,
    ],
    SCHEDULE,
  );
}

function milestoneTable(context: ProposalContext, plan: PlanDocumentData): FileChild {
  const labels = planLabels(context.data.language);
  const [name, reachedWith, date] = labels.milestoneColumns;
  return ruledTable(
    [
      headerRow(
        [{ text: name, align: 'left' }, { text: reachedWith, align: 'left' }, { text: date }],
        MILESTONES,
        context.brand,
      ),
      ...plan.milestones.map(
        (milestone) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(`◆ ${milestone.name}`, { width: MILESTONES[0], align: 'left' }),
              cell(milestone.reachedWith, { width: MILESTONES[1], align: 'left' }),
              cell(tableDate(milestone.date, context.data.language), { width: MILESTONES[2] }),
            ],
          }),
      ),
    ],
    MILESTONES,
  );
}

function paymentTable(context: ProposalContext, plan: PlanDocumentData): FileChild {
  const labels = planLabels(context.data.language);
  // "30 %" in German, "30%" in English, as the rest of the proposal prints percentages.
  const space = context.data.language === 'de' ? ' ' : '';
  const pct = (value: string) => `${formatPct(value, context.data.language) || '0'}${space}%`;
  const [instalment, dueAt, dueDate, share, amount] = labels.paymentColumns;
  const percentSum = plan.payments
    .reduce((sum, row) => sum.plus(row.percent), new Decimal(0))
    .toString();
  const bold = { run: { bold: true }, fill: context.brandLight };
  return ruledTable(
    [
      headerRow(
        [
          { text: instalment, align: 'left' },
          { text: dueAt, align: 'left' },
          { text: dueDate },
          { text: share },
          { text: amount },
        ],
        PAYMENTS,
        context.brand,
      ),
      ...plan.payments.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(row.label, { width: PAYMENTS[0], align: 'left' }),
              cell(row.milestone === '' ? labels.onDate : labels.atMilestone(row.milestone), {
                width: PAYMENTS[1],
                align: 'left',
              }),
              cell(tableDate(row.dueDate, context.data.language), { width: PAYMENTS[2] }),
              cell(pct(row.percent), { width: PAYMENTS[3] }),
              cell(context.money(row.amount), { width: PAYMENTS[4] }),
            ],
          }),
      ),
      new TableRow({
        cantSplit: true,
        children: [
          cell(labels.paymentTotal, {
            width: PAYMENTS[0] + PAYMENTS[1] + PAYMENTS[2],
            columnSpan: 3,
            ...bold,
          }),
          cell(pct(percentSum), { width: PAYMENTS[3], ...bold }),
          cell(context.money(plan.paymentTotal), { width: PAYMENTS[4], ...bold }),
        ],
      }),
    ],
    PAYMENTS,
  );
}

/**
 * The "Projektplan" / "Project plan" chapter: when the project runs, the Gantt chart as an
 * image, the phases and work packages with their dates and expected effort, the milestones and
 * the payment plan with amounts and due dates. Effort and dates only: no cost, no rates.
 */
export function planChapter(
  context: ProposalContext,
  plan: PlanDocumentData,
  ganttPng: Uint8Array | null,
): FileChild[] {
  const language = context.data.language;
  const labels = planLabels(language);
  const parts: FileChild[] = [
    heading(context.contents, { level: 1, title: labels.chapter, pageBreakBefore: true }),
  ];
  const scheduled = plan.finish !== '' && plan.workingDays !== null;
  // A plan without packages yet (only a payment plan) has no schedule to speak of.
  if (plan.nodes.length > 0) {
    parts.push(
      new Paragraph({
        children: [
          new TextRun(
            scheduled
              ? labels.summary(
                  context.date(plan.start),
                  context.date(plan.finish),
                  plan.workingDays as number,
                  formatDecimal(plan.effort, language, 2),
                )
              : labels.unscheduled,
          ),
        ],
      }),
    );
  }
  if (ganttPng !== null && scheduled && plan.nodes.length > 0) {
    parts.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 240, after: 0 },
        children: [
          new ImageRun({
            type: 'png',
            data: ganttPng,
            transformation: fitImage(imageSize(ganttPng), IMAGE_BOX),
          }),
        ],
      }),
      new Paragraph({
        style: 'QuotientCaption',
        children: [
          new TextRun(
            ganttScope(plan) === 'all' ? labels.ganttCaption : labels.ganttOverviewCaption,
          ),
        ],
      }),
    );
  }
  if (plan.nodes.length > 0) {
    parts.push(
      heading(context.contents, { level: 2, title: labels.scheduleTitle }),
      scheduleTable(context, plan),
    );
  }
  if (plan.milestones.length > 0) {
    parts.push(
      heading(context.contents, { level: 2, title: labels.milestonesTitle }),
      milestoneTable(context, plan),
    );
  }
  if (plan.payments.length > 0) {
    parts.push(
      heading(context.contents, { level: 2, title: labels.paymentsTitle }),
      new Paragraph({
        keepNext: true,
        children: [new TextRun(labels.paymentsIntro(context.data.offer.paymentTermsDays))],
      }),
      paymentTable(context, plan),
    );
  }
  return parts;
}
