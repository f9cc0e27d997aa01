/**
 * What `<otd-survey-trend>` shows, as plain data: per question the 2022 figure beside the period's
 * (the headline share of `headlineOf`, with its n, or why it is withheld), and the CSV of it. Pure.
 */
import { FREQUENCY_GROUP_IDS, type FrequencyGroupId } from '../content/model.js';
import type { Survey } from '../content/schema/survey.js';
import {
  addCount,
  emptyTally,
  headlineOf,
  summarise,
  type ColumnId,
  type QuestionSummary,
  type SurveySummary,
} from './survey-summary.js';

/** One figure of the table: a share with its n, or the reason it is not shown. */
export type TrendCell =
  | { readonly pct: number; readonly n: number }
  | { readonly withheld: 'too_few' | 'unreliable' | 'no_data' };

export interface TrendRow {
  readonly id: string;
  readonly topic: QuestionSummary['topic'];
  readonly kind: QuestionSummary['kind'];
  readonly baseline: TrendCell;
  readonly period: TrendCell;
}

/** The 2022 tables from the bundled survey's counts, all shown (they are published), the copied column marked. */
export function baselineSummary(survey: Survey): QuestionSummary[] {
  const tally = emptyTally();
  const unreliable: Record<string, readonly FrequencyGroupId[] | undefined> = {};
  for (const q of survey.questions) {
    unreliable[q.id] = q.unreliableGroups;
    for (const [answer, byGroup] of Object.entries<Record<FrequencyGroupId, number>>(q.counts)) {
      for (const g of FREQUENCY_GROUP_IDS) addCount(tally, q.id, answer, g, byGroup[g]);
    }
  }
  return summarise(tally, { minCell: 0, unreliable });
}

/** A question's headline figure in one column. */
export function headlineCell(question: QuestionSummary | undefined, group: ColumnId): TrendCell {
  const column = question?.columns.find((c) => c.group === group);
  if (!question || !column) return { withheld: 'no_data' };
  if (column.suppressed) return { withheld: column.reason };
  if (column.n === 0) return { withheld: 'no_data' };
  const { row, id } = headlineOf(question.kind);
  const figure = row === 'answer' ? column.answers[id] : column.cumulative[id];
  return figure ? { pct: figure.pct, n: column.n } : { withheld: 'no_data' };
}

/** Every question of the 2022 survey with its 2022 figure and the period's (withheld while the period is missing or withheld). */
export function trendRows(baseline: readonly QuestionSummary[], period: SurveySummary | undefined, group: ColumnId = 'all'): TrendRow[] {
  return baseline.map((q) => ({
    id: q.id,
    topic: q.topic,
    kind: q.kind,
    baseline: headlineCell(q, group),
    period:
      !period || period.withheld
        ? { withheld: period?.withheld ? 'too_few' : 'no_data' }
        : headlineCell(period.questions.find((p) => p.id === q.id), group),
  }));
}

/** A cell a spreadsheet reads as text: quoted, quotes doubled, a formula start defused with `'`. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV (CRLF, every cell quoted) with a byte order mark, so spreadsheet programs read UTF-8. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
