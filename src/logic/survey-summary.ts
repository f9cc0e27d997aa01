/**
 * The report's chapter 7 tables, recomputed from counts: per question, overall and per frequency
 * group, the count and share of each answer and the report's cumulative rows, with the report's
 * definitions and rounding, and small-cell suppression. Pure; the receiver uses it (built into
 * dist/shared/) to answer `GET /api/scan-results/summary`, and `<otd-survey-trend>` to read that
 * answer and to compute the 2022 column from the bundled survey.
 *
 * Definitions (those of the report's tables, test/fixtures/seed/survey-2022.json):
 * - a column's `n` is how many respondents in it answered the question;
 * - an answer's share is its count / n × 100, rounded half up to one decimal;
 * - the cumulative rows add counts first, then divide: `insufficient` (sterk mee oneens + oneens),
 *   `sufficient` (eens + sterk mee eens), `not_sure` (nee + misschien).
 * The report's prose divides its overall figures by all 203 respondents, also where one or two
 * skipped a question (general.competence: 38.9 % of 203, 39.1 % of the 202 who answered); a share
 * answers every question it was asked, so for shares the two are the same.
 *
 * Suppression (nothing below is published from fewer than `MIN_CELL` answers):
 * - a column (overall or a group) with fewer than `MIN_CELL` answers is withheld;
 * - when what is withheld together could be worked out from what is shown (the overall column minus
 *   the groups shown leaves 1 to 9 answers), the smallest shown group is withheld too, until it
 *   cannot (secondary suppression);
 * - a municipality with fewer than `MIN_MUNICIPALITY` shares is withheld entirely, with the same
 *   secondary rule against the region's total.
 */
import {
  FREQUENCY_GROUP_IDS,
  MUNICIPALITY_IDS,
  type FrequencyGroupId,
  type MunicipalityId,
  type QuestionKind,
  type ScaleId,
  type TopicId,
} from '../content/model.js';
import { SHARE_QUESTIONS, type ShareQuestion } from '../content/scan-share-fields.js';

/** The fewest answers a published column comes from. */
export const MIN_CELL = 10;
/** The fewest shares a municipality needs before anything about it is published. */
export const MIN_MUNICIPALITY = 10;

/** A column of a table: all respondents, or one frequency group. */
export type ColumnId = 'all' | FrequencyGroupId;
export const COLUMN_IDS: readonly ColumnId[] = ['all', ...FREQUENCY_GROUP_IDS];

/** The report's cumulative rows per scale: which answers each adds up. */
export const CUMULATIVE_ROWS = {
  agreement: { insufficient: ['sterk_mee_oneens', 'oneens'], sufficient: ['eens', 'sterk_mee_eens'] },
  yes_no_maybe: { not_sure: ['nee', 'misschien'] },
} as const satisfies Record<ScaleId, Record<string, readonly string[]>>;

/**
 * The one figure per question a chart shows: for the competence questions the share rating their own
 * knowledge (very) insufficient (the need the learning path addresses, as the self-scan compares it);
 * for the other two the share answering "ja".
 */
export function headlineOf(kind: QuestionKind): { readonly row: 'cumulative' | 'answer'; readonly id: string } {
  return kind === 'competence' ? { row: 'cumulative', id: 'insufficient' } : { row: 'answer', id: 'ja' };
}

/** Counts per question id, per answer, per group. */
export type Tally = Record<string, Record<string, Record<FrequencyGroupId, number>>>;

const zeroGroups = (): Record<FrequencyGroupId, number> =>
  Object.fromEntries(FREQUENCY_GROUP_IDS.map((g) => [g, 0])) as Record<FrequencyGroupId, number>;

/** A tally with every question and answer at zero. */
export function emptyTally(questions: readonly ShareQuestion[] = SHARE_QUESTIONS): Tally {
  return Object.fromEntries(
    questions.map((q) => [q.id, Object.fromEntries(q.answers.map((a) => [a, zeroGroups()]))]),
  ) as Tally;
}

/** Adds `count` answers `answer` to `question` from `group`; unknown questions and answers are ignored. */
export function addCount(tally: Tally, question: string, answer: string, group: FrequencyGroupId, count = 1): void {
  const cell = tally[question]?.[answer];
  if (cell && group in cell) cell[group] += count;
}

/** Counts shares (or anything with a frequency group and answers by question id) into a tally. */
export function tallyShares(
  shares: Iterable<{ readonly frequency: FrequencyGroupId; readonly answers: Readonly<Record<string, string | undefined>> }>,
  tally: Tally = emptyTally(),
): Tally {
  for (const share of shares) {
    for (const [question, answer] of Object.entries(share.answers)) {
      if (answer !== undefined) addCount(tally, question, answer, share.frequency);
    }
  }
  return tally;
}

/** count / n × 100, rounded half up to one decimal (as the report prints); 0 when n is 0. */
export function pct(count: number, n: number): number {
  return n > 0 ? Math.round((count * 1000) / n) / 10 : 0;
}

export interface Figure {
  readonly count: number;
  readonly pct: number;
}

/** A column that is shown: its n, each answer's count and share, and the cumulative rows. */
export interface ShownColumn {
  readonly group: ColumnId;
  readonly suppressed: false;
  readonly n: number;
  readonly answers: Readonly<Record<string, Figure>>;
  readonly cumulative: Readonly<Record<string, Figure>>;
}

/**
 * A column that is not shown: `too_few` when it (or, to protect it, another) comes from fewer than
 * `MIN_CELL` answers; `unreliable` for a column of the 2022 report that cannot be trusted.
 */
export interface WithheldColumn {
  readonly group: ColumnId;
  readonly suppressed: true;
  readonly reason: 'too_few' | 'unreliable';
  readonly n: null;
}

export type SummaryColumn = ShownColumn | WithheldColumn;

export interface QuestionSummary {
  readonly id: string;
  readonly topic: TopicId;
  readonly kind: QuestionKind;
  readonly scale: ScaleId;
  /** `all` first, then the frequency groups in the survey's order. */
  readonly columns: readonly SummaryColumn[];
}

/**
 * Which units to withhold so that nothing published comes from fewer than `min`: every unit under
 * `min`, then, while what is hidden (the total minus the units shown) is 1 to `min - 1`, the smallest
 * unit still shown (first in the given order on a tie). The total itself is not judged here.
 */
export function withheldUnits<T extends string>(units: readonly { readonly id: T; readonly n: number }[], total: number, min: number): Set<T> {
  const withheld = new Set(units.filter((u) => u.n < min).map((u) => u.id));
  for (;;) {
    const shown = units.filter((u) => !withheld.has(u.id));
    const hidden = total - shown.reduce((sum, u) => sum + u.n, 0);
    if (!shown.length || hidden <= 0 || hidden >= min) return withheld;
    const smallest = shown.reduce((a, b) => (b.n < a.n ? b : a));
    withheld.add(smallest.id);
  }
}

function shownColumn(group: ColumnId, question: ShareQuestion, counts: (answer: string) => number): ShownColumn {
  const n = question.answers.reduce((sum, a) => sum + counts(a), 0);
  const answers = Object.fromEntries(question.answers.map((a) => [a, { count: counts(a), pct: pct(counts(a), n) }]));
  const rows = CUMULATIVE_ROWS[question.scale] as Record<string, readonly string[]>;
  const cumulative = Object.fromEntries(
    Object.entries(rows).map(([row, ids]) => {
      const count = ids.reduce((sum, a) => sum + counts(a), 0);
      return [row, { count, pct: pct(count, n) }];
    }),
  );
  return { group, suppressed: false, n, answers, cumulative };
}

const withheldColumn = (group: ColumnId, reason: WithheldColumn['reason'] = 'too_few'): WithheldColumn => ({
  group,
  suppressed: true,
  reason,
  n: null,
});

export interface SummariseOptions {
  /** The fewest answers a shown column comes from (default `MIN_CELL`; 0 shows everything, as for the published 2022 tables). */
  readonly minCell?: number;
  /** Per question id, groups whose column cannot be trusted (the 2022 report's copied column). */
  readonly unreliable?: Readonly<Record<string, readonly FrequencyGroupId[] | undefined>>;
  readonly questions?: readonly ShareQuestion[];
}

/** The chapter 7 tables from a tally, with suppression. */
export function summarise(tally: Tally, options: SummariseOptions = {}): QuestionSummary[] {
  const min = options.minCell ?? MIN_CELL;
  return (options.questions ?? SHARE_QUESTIONS).map((q) => {
    const byAnswer = tally[q.id] ?? {};
    const count = (a: string, g: FrequencyGroupId) => byAnswer[a]?.[g] ?? 0;
    const groupN = FREQUENCY_GROUP_IDS.map((g) => ({ id: g, n: q.answers.reduce((sum, a) => sum + count(a, g), 0) }));
    const total = groupN.reduce((sum, g) => sum + g.n, 0);
    const unreliable = new Set(options.unreliable?.[q.id] ?? []);
    const hide = total < min ? new Set<FrequencyGroupId>(FREQUENCY_GROUP_IDS) : withheldUnits(groupN, total, min);
    const columns: SummaryColumn[] = [
      total < min
        ? withheldColumn('all')
        : shownColumn('all', q, (a) => FREQUENCY_GROUP_IDS.reduce((sum, g) => sum + count(a, g), 0)),
      ...FREQUENCY_GROUP_IDS.map((g) =>
        unreliable.has(g) ? withheldColumn(g, 'unreliable') : hide.has(g) ? withheldColumn(g) : shownColumn(g, q, (a) => count(a, g)),
      ),
    ];
    return { id: q.id, topic: q.topic, kind: q.kind, scale: q.scale, columns };
  });
}

/** How many shares came from each frequency group, with the same suppression as a question's columns. */
export interface FrequencyRow {
  readonly group: FrequencyGroupId;
  /** null when withheld. */
  readonly n: number | null;
  /** Share of all shares in the period, null when withheld. */
  readonly pct: number | null;
}

export function frequencyRows(groups: Readonly<Record<FrequencyGroupId, number>>, minCell = MIN_CELL): FrequencyRow[] {
  const units = FREQUENCY_GROUP_IDS.map((g) => ({ id: g, n: groups[g] ?? 0 }));
  const total = units.reduce((sum, u) => sum + u.n, 0);
  const hide = total < minCell ? new Set(FREQUENCY_GROUP_IDS) : withheldUnits(units, total, minCell);
  return units.map((u) => (hide.has(u.id) ? { group: u.id, n: null, pct: null } : { group: u.id, n: u.n, pct: pct(u.n, total) }));
}

/**
 * The municipalities whose figures are withheld, from the number of shares each has in the period
 * and the region's total (which also holds the shares without a municipality or with "liever niet").
 */
export function withheldMunicipalities(
  counts: Readonly<Partial<Record<MunicipalityId, number>>>,
  total: number,
  min = MIN_MUNICIPALITY,
): Set<MunicipalityId> {
  return withheldUnits(
    MUNICIPALITY_IDS.map((id) => ({ id, n: counts[id] ?? 0 })),
    total,
    min,
  );
}

/** One municipality in the summary: its number of shares, or null when withheld. */
export interface MunicipalityRow {
  readonly id: MunicipalityId;
  readonly n: number | null;
}

/** The answer of `GET /api/scan-results/summary`. */
export interface SurveySummary {
  /** The survey version the shares answer (`2022-02`). */
  readonly survey: string;
  /** The first month counted (yyyy-mm), or null for all shares. */
  readonly since: string | null;
  /** The municipality asked for, or null for the whole region. */
  readonly municipality: MunicipalityId | null;
  /** The fewest answers a shown column comes from. */
  readonly minCell: number;
  /** True when the municipality asked for has too few shares (or protects one that has): nothing is shown. */
  readonly withheld: boolean;
  /** Shares in the period (and municipality); null when withheld. */
  readonly n: number | null;
  readonly frequency: readonly FrequencyRow[];
  readonly questions: readonly QuestionSummary[];
  /** Shares per municipality in the period; null where withheld. */
  readonly municipalities: readonly MunicipalityRow[];
}

// ----------------------------------------------------------------------------------------------
// Reading a summary in the browser, without zod: every field checked, anything else dropped.
// ----------------------------------------------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPct = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function readFigures(value: unknown, ids: readonly string[]): Record<string, Figure> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, Figure> = {};
  for (const id of ids) {
    const f = value[id];
    if (!isRecord(f) || !isCount(f['count']) || !isPct(f['pct'])) return undefined;
    out[id] = { count: f['count'], pct: f['pct'] };
  }
  return out;
}

function readColumn(value: unknown, question: ShareQuestion, group: ColumnId): SummaryColumn | undefined {
  if (!isRecord(value) || value['group'] !== group) return undefined;
  if (value['suppressed'] === true) {
    const reason = value['reason'] === 'unreliable' ? 'unreliable' : 'too_few';
    return withheldColumn(group, reason);
  }
  if (value['suppressed'] !== false || !isCount(value['n'])) return undefined;
  const answers = readFigures(value['answers'], question.answers);
  const cumulative = readFigures(value['cumulative'], Object.keys(CUMULATIVE_ROWS[question.scale]));
  if (!answers || !cumulative) return undefined;
  return { group, suppressed: false, n: value['n'], answers, cumulative };
}

function readQuestion(value: unknown, question: ShareQuestion): QuestionSummary | undefined {
  if (!isRecord(value) || value['id'] !== question.id || !Array.isArray(value['columns'])) return undefined;
  const raw = value['columns'] as unknown[];
  const columns: SummaryColumn[] = [];
  for (const group of COLUMN_IDS) {
    const column = readColumn(raw.find((c) => isRecord(c) && c['group'] === group), question, group);
    if (!column) return undefined;
    columns.push(column);
  }
  return { id: question.id, topic: question.topic, kind: question.kind, scale: question.scale, columns };
}

/**
 * A summary checked field by field, or undefined when `value` is not one. Questions the answer lacks
 * are left out (a receiver of an older release); a question that is there must be complete.
 */
export function parseSurveySummary(value: unknown): SurveySummary | undefined {
  if (!isRecord(value) || typeof value['survey'] !== 'string') return undefined;
  const since = value['since'] === null || value['since'] === undefined ? null : value['since'];
  if (since !== null && !(typeof since === 'string' && MONTH.test(since))) return undefined;
  const municipality = value['municipality'] ?? null;
  if (municipality !== null && !isOneOf(MUNICIPALITY_IDS, municipality)) return undefined;
  const withheld = value['withheld'] === true;
  const n = value['n'];
  if (!(n === null || isCount(n)) || (!withheld && n === null)) return undefined;
  const minCell = isCount(value['minCell']) ? value['minCell'] : MIN_CELL;
  const rawQuestions = Array.isArray(value['questions']) ? (value['questions'] as unknown[]) : [];
  const questions: QuestionSummary[] = [];
  for (const q of SHARE_QUESTIONS) {
    const raw = rawQuestions.find((r) => isRecord(r) && r['id'] === q.id);
    if (raw === undefined) continue;
    const read = readQuestion(raw, q);
    if (!read) return undefined;
    questions.push(read);
  }
  const rawFrequency = Array.isArray(value['frequency']) ? (value['frequency'] as unknown[]) : [];
  const frequency: FrequencyRow[] = FREQUENCY_GROUP_IDS.map((group) => {
    const row = rawFrequency.find((r) => isRecord(r) && r['group'] === group) as Record<string, unknown> | undefined;
    return row && isCount(row['n']) && isPct(row['pct']) ? { group, n: row['n'], pct: row['pct'] } : { group, n: null, pct: null };
  });
  const rawMunicipalities = Array.isArray(value['municipalities']) ? (value['municipalities'] as unknown[]) : [];
  const municipalities: MunicipalityRow[] = MUNICIPALITY_IDS.map((id) => {
    const row = rawMunicipalities.find((r) => isRecord(r) && r['id'] === id) as Record<string, unknown> | undefined;
    return { id, n: row && isCount(row['n']) ? row['n'] : null };
  });
  return { survey: value['survey'], since, municipality, minCell, withheld, n: withheld ? null : (n as number), frequency, questions, municipalities };
}
