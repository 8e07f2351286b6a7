import { summaryDate } from '../../domain';
import type { EvaluationSummary, Locale } from '../../domain';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';
import type { HeadingStyle, WordBody, WordContext } from './wordApi';

/**
 * "Evaluatiesamenvatting invoegen": the evaluation summary (latest scores, every decision, the changes since
 * the previous version) appended to the end of the open document as plain text. It holds no content controls,
 * so reading the document back and updating it ignore it: it is a snapshot for the reader, not part of the plan.
 */

export type SummaryBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** `bullet`: a line of a list (a decision, a change); `detail`: a changed field under the line before it. */
  | { kind: 'paragraph'; text: string; bullet: boolean; detail?: boolean }
  /** The first row is the header row. */
  | { kind: 'table'; rows: string[][] };

const HEADING_STYLE: Record<1 | 2, HeadingStyle> = { 1: 'Heading1', 2: 'Heading2' };
/**
 * Real Word lists need `startNewList` (outside the API subset in wordApi.ts), so list lines are indented
 * "List Paragraph"s with a bullet character, and the details of a changed item a dash one step further in.
 */
const BULLET = '• ';
const DETAIL_PREFIX = '\u00a0\u00a0\u00a0– ';

function scoreBlocks(summary: EvaluationSummary, locale: Locale): SummaryBlock[] {
  const latest = summary.latest;
  if (!latest) return [];
  const heading = latest.date
    ? translate(m['summary.scores.headingDated'], locale, { date: summaryDate(latest.date, locale) })
    : translate(m['summary.scores.heading'], locale);
  const header = [m['summary.scores.name'], m['summary.scores.audience'], m['summary.scores.score']].map((msg) => translate(msg, locale));
  return [
    { kind: 'heading', level: 2, text: heading },
    latest.scores.length > 0
      ? { kind: 'table', rows: [header, ...latest.scores.map((s) => [s.name, s.audienceLabel, String(s.score)])] }
      : { kind: 'paragraph', text: translate(m['summary.scores.none'], locale), bullet: false },
  ];
}

function decisionBlocks(summary: EvaluationSummary, locale: Locale): SummaryBlock[] {
  const lines: SummaryBlock[] = summary.decisions.map((d) => ({
    kind: 'paragraph',
    bullet: true,
    text: translate(m['summary.decisions.line'], locale, {
      date: d.date ? summaryDate(d.date, locale) : translate(m['summary.decisions.undated'], locale),
      version: d.planVersion,
      decision: d.label,
    }),
  }));
  return [
    { kind: 'heading', level: 2, text: translate(m['summary.decisions.heading'], locale) },
    ...(lines.length > 0 ? lines : [{ kind: 'paragraph', text: translate(m['summary.decisions.none'], locale), bullet: false } as const]),
  ];
}

function changeBlocks(summary: EvaluationSummary, locale: Locale): SummaryBlock[] {
  const changes = summary.changes;
  if (!changes) return [];
  const lines = changes.lines.flatMap((line): SummaryBlock[] => [
    { kind: 'paragraph', text: line.text, bullet: true },
    ...line.details.map((detail): SummaryBlock => ({ kind: 'paragraph', text: detail, bullet: false, detail: true })),
  ]);
  return [
    { kind: 'heading', level: 2, text: translate(m['summary.changes.heading'], locale) },
    {
      kind: 'paragraph', bullet: false,
      text: translate(m['summary.changes.compared'], locale, { fromVersion: changes.fromVersion, toVersion: changes.toVersion }),
    },
    ...(lines.length > 0 ? lines : [{ kind: 'paragraph', text: translate(m['summary.changes.none'], locale), bullet: false } as const]),
  ];
}

/** The summary as blocks, in reading order: heading, scores table, decisions, changes. */
export function summaryBlocks(summary: EvaluationSummary, locale: Locale): SummaryBlock[] {
  return [
    { kind: 'heading', level: 1, text: translate(m['summary.heading'], locale) },
    ...scoreBlocks(summary, locale),
    ...decisionBlocks(summary, locale),
    ...changeBlocks(summary, locale),
  ];
}

function writeSummaryBlock(body: WordBody, block: SummaryBlock): void {
  switch (block.kind) {
    case 'heading':
      body.insertParagraph(block.text, 'End').styleBuiltIn = HEADING_STYLE[block.level];
      break;
    case 'paragraph':
      if (block.bullet || block.detail) {
        body.insertParagraph(`${block.detail ? DETAIL_PREFIX : BULLET}${block.text}`, 'End').styleBuiltIn = 'ListParagraph';
      } else {
        body.insertParagraph(block.text, 'End').styleBuiltIn = 'Normal';
      }
      break;
    case 'table': {
      const columns = Math.max(...block.rows.map((r) => r.length));
      body.insertTable(block.rows.length, columns, 'End', block.rows).headerRowCount = 1;
      break;
    }
  }
}

/** Queues the whole summary at the end of the body and syncs once, whatever its length. */
export async function insertEvaluationSummary(context: WordContext, summary: EvaluationSummary, locale: Locale): Promise<void> {
  const body = context.document.body;
  for (const block of summaryBlocks(summary, locale)) writeSummaryBlock(body, block);
  await context.sync();
}
