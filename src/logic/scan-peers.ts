/**
 * Which colleagues a scan's result compares with (`<otd-self-scan peers-src>`): the recent shared
 * scans when every figure the result shows comes from at least `MIN_PEER_CELL` answers, else the
 * 2022 survey, with the reason. Pure: the element fetches the summary, this decides.
 */
import { FREQUENCY_GROUP_IDS, type AspectId, type FrequencyGroupId } from '../content/model.js';
import type { Survey, SurveyQuestion } from '../content/schema/survey.js';
import { questionId } from '../content/scan-share-fields.js';
import { SMALL_GROUP } from './scan-result.js';
import type { SummaryColumn, SurveySummary } from './survey-summary.js';

/** The fewest answers a column of the recent figures needs before the result compares with it (the self-scan's small-group line). */
export const MIN_PEER_CELL = SMALL_GROUP;

/** What the result compares with, and why. */
export type PeersChoice =
  /** The shared scans of the summary's period: a survey built from its counts. */
  | { readonly kind: 'shared'; readonly survey: Survey; readonly since: string | null; readonly n: number }
  /** The 2022 survey, because the recent figures are too few (`smallest`: the smallest n shown, null when a column is withheld), withheld for the municipality, or could not be loaded. */
  | { readonly kind: 'baseline'; readonly reason: 'too_few' | 'withheld' | 'unavailable'; readonly since: string | null; readonly smallest: number | null };

const columnOf = (columns: readonly SummaryColumn[], group: 'all' | FrequencyGroupId) => columns.find((c) => c.group === group);

/** The ids of the questions a result shows: the general question and each aspect's three. */
export function shownQuestionIds(aspects: readonly AspectId[]): string[] {
  return [
    questionId('general', 'competence'),
    ...aspects.flatMap((a) => [questionId(a, 'competence'), questionId(a, 'knowledgeSource'), questionId(a, 'escalation')]),
  ];
}

/**
 * Chooses the peers for a result of `aspects` by a person of `group`: the summary when, for every
 * question shown, both the column of all shares and the person's group have at least `min` answers.
 * The survey built from it has the same shape as the 2022 one, so the result computes the same way:
 * `n` is the shares in the period (an overall share divides by it, as the report divides by all its
 * respondents), the person's group holds its own counts, and the rest of the overall counts sits in
 * one other group (the result shows only the overall and the person's group).
 */
export function choosePeers(
  base: Survey,
  summary: SurveySummary | undefined,
  group: FrequencyGroupId,
  aspects: readonly AspectId[],
  min = MIN_PEER_CELL,
): PeersChoice {
  const since = summary?.since ?? null;
  if (!summary) return { kind: 'baseline', reason: 'unavailable', since, smallest: null };
  if (summary.withheld || summary.n === null) return { kind: 'baseline', reason: 'withheld', since, smallest: null };
  const ids = shownQuestionIds(aspects);
  let smallest: number | null = Infinity;
  const counts = new Map<string, SurveyQuestion['counts']>();
  const other = FREQUENCY_GROUP_IDS.find((g) => g !== group)!;
  for (const id of ids) {
    const q = summary.questions.find((x) => x.id === id);
    const all = q && columnOf(q.columns, 'all');
    const mine = q && columnOf(q.columns, group);
    if (!all || !mine || all.suppressed || mine.suppressed) {
      smallest = null;
      continue;
    }
    if (smallest !== null) smallest = Math.min(smallest, all.n, mine.n);
    const byAnswer = Object.fromEntries(
      Object.entries(all.answers).map(([answer, figure]) => {
        const own = mine.answers[answer]?.count ?? 0;
        const groups = Object.fromEntries(FREQUENCY_GROUP_IDS.map((g) => [g, 0])) as Record<FrequencyGroupId, number>;
        groups[group] = own;
        groups[other] = figure.count - own;
        return [answer, groups];
      }),
    );
    counts.set(id, byAnswer as SurveyQuestion['counts']);
  }
  if (smallest === null || smallest < min) {
    return { kind: 'baseline', reason: 'too_few', since, smallest: smallest === Infinity ? null : smallest };
  }
  const survey = {
    ...base,
    n: summary.n,
    date: since ?? base.date,
    questions: base.questions.map((q) => {
      const mine = counts.get(q.id);
      return mine ? ({ ...q, counts: mine, unreliableGroups: undefined } as SurveyQuestion) : q;
    }),
  } as Survey;
  return { kind: 'shared', survey, since, n: summary.n };
}
