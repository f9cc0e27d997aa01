import {
  AGREEMENT_ANSWERS,
  INSUFFICIENT,
  YES_NO_MAYBE_ANSWERS,
  type AgreementAnswer,
  type AspectId,
  type FrequencyGroupId,
  type Lang,
  type QuestionKind,
} from '../content/model.js';
import type { Survey, SurveyQuestion } from '../content/schema/survey.js';
import {
  needScore,
  reasonsFor,
  SMALL_GROUP,
  type AnswerShares,
  type AspectAnswers,
  type AspectFigures,
  type AspectResult,
  type PeerFigures,
  type QuestionFigures,
  type ScanResult,
} from './scan-result.js';

export { INSUFFICIENT };

/** Everything a person answered in the scan; any part may still be missing. */
export interface ScanAnswers {
  frequency?: FrequencyGroupId;
  general?: AgreementAnswer;
  aspects: Partial<Record<AspectId, AspectAnswers>>;
}

/** A scan's answers once every question of the chosen aspects is answered. */
export interface CompleteAnswers {
  frequency: FrequencyGroupId;
  general: AgreementAnswer;
  aspects: Partial<Record<AspectId, Required<AspectAnswers>>>;
}

/** Rounds half up to one decimal, as the report does (64.53 → 64.5, 57.627 → 57.6). */
export function roundPct(numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  return Math.round((1000 * numerator) / denominator + 1e-9) / 10;
}

function question(survey: Survey, topic: AspectId | 'general', kind: QuestionKind): SurveyQuestion {
  const q = survey.questions.find((x) => x.aspect === topic && x.kind === kind);
  if (!q) throw new Error(`The survey has no ${kind} question for ${topic}`);
  return q;
}

/** Sums `counts[answer][group]` over the given answers and groups. */
function sum(
  counts: Record<string, Partial<Record<FrequencyGroupId, number>>>,
  answers: readonly string[],
  groups: readonly FrequencyGroupId[],
): number {
  return answers.reduce((s, a) => s + groups.reduce((t, g) => t + (counts[a]?.[g] ?? 0), 0), 0);
}

/**
 * The peers' figures for the competence question of a topic: overall as the report's prose computes
 * them (divided by all respondents: juridisch 64.5%, financieel 81.8%), and within one frequency group
 * as its tables do (juridisch, more than once a week: 57.6%).
 */
export function peerFigures(survey: Survey, topic: AspectId | 'general', group: FrequencyGroupId): PeerFigures {
  const q = question(survey, topic, 'competence');
  const allGroups = survey.frequencyGroups.map((g) => g.id);
  const answers = Object.keys(q.counts);
  const groupN = sum(q.counts, answers, [group]);
  return {
    insufficientPct: roundPct(sum(q.counts, INSUFFICIENT, allGroups), survey.n),
    groupInsufficientPct: roundPct(sum(q.counts, INSUFFICIENT, [group]), groupN),
    groupN,
    smallGroup: groupN < SMALL_GROUP,
  };
}

/** The share of all respondents who answered "ja" to a knowledge-source or escalation question. */
export function peerYesPct(survey: Survey, topic: AspectId, kind: Exclude<QuestionKind, 'competence'>): number {
  const q = question(survey, topic, kind);
  return roundPct(sum(q.counts, ['ja'], survey.frequencyGroups.map((g) => g.id)), survey.n);
}

function shares<A extends string>(
  q: SurveyQuestion,
  answers: readonly A[],
  groups: readonly FrequencyGroupId[],
  n: number,
): AnswerShares<A> {
  const answered = sum(q.counts, Object.keys(q.counts), groups);
  return {
    n,
    answered,
    pct: Object.fromEntries(answers.map((a) => [a, roundPct(sum(q.counts, [a], groups), n)])) as Record<A, number>,
    smallGroup: n < SMALL_GROUP,
  };
}

/**
 * How the colleagues answered one question: every answer's share of all respondents (the report's
 * text divides by all 203), and of those in `group` who answered (the report's tables), or `null`
 * for the group where the report's column cannot be trusted (`unreliableGroups`).
 */
export function questionFigures<A extends string>(
  survey: Survey,
  topic: AspectId | 'general',
  kind: QuestionKind,
  answers: readonly A[],
  group: FrequencyGroupId,
): QuestionFigures<A> {
  const q = question(survey, topic, kind);
  const groupAnswered = sum(q.counts, Object.keys(q.counts), [group]);
  return {
    all: shares(q, answers, survey.frequencyGroups.map((g) => g.id), survey.n),
    group: q.unreliableGroups?.includes(group) ? null : shares(q, answers, [group], groupAnswered),
  };
}

/** The colleagues' answers to an aspect's three questions, overall and in `group`. */
export function aspectFigures(survey: Survey, aspect: AspectId, group: FrequencyGroupId): AspectFigures {
  return {
    competence: questionFigures(survey, aspect, 'competence', AGREEMENT_ANSWERS, group),
    knowledgeSource: questionFigures(survey, aspect, 'knowledgeSource', YES_NO_MAYBE_ANSWERS, group),
    escalation: questionFigures(survey, aspect, 'escalation', YES_NO_MAYBE_ANSWERS, group),
  };
}

/**
 * The aspects to work on, most need first: rated (sterk mee) oneens, or not knowing ("nee" or
 * "misschien") where to find knowledge or whom to escalate to. Ties go to the aspect the peers
 * found hardest, then to the report's order.
 */
export function focusAspects(
  survey: Survey,
  aspects: readonly AspectId[],
  answers: CompleteAnswers,
): AspectId[] {
  const scored = aspects
    .map((id, index) => ({ id, index, need: needScore(answers.aspects[id]!) }))
    .filter((a) => a.need > 0);
  const peer = (id: AspectId) => peerFigures(survey, id, answers.frequency).insufficientPct;
  return scored
    .sort((a, b) => b.need - a.need || peer(b.id) - peer(a.id) || a.index - b.index)
    .map((a) => a.id);
}

/** True when every question of the chosen aspects, and the two general ones, has an answer. */
export function isComplete(answers: ScanAnswers, aspects: readonly AspectId[]): answers is ScanAnswers & CompleteAnswers {
  return Boolean(
    answers.frequency &&
      answers.general &&
      aspects.every((id) => {
        const a = answers.aspects[id];
        return a?.competence && a.knowledgeSource && a.escalation;
      }),
  );
}

/** A result as the self-scan computes it: every aspect with its `figures`. */
export type ComputedScanResult = Omit<ScanResult, 'aspects'> & {
  readonly aspects: readonly (AspectResult & { readonly figures: AspectFigures })[];
};

/** The scan's result, computed from the survey and the answers; never typed in. */
export function buildScanResult(
  survey: Survey,
  aspects: readonly AspectId[],
  mandatory: readonly AspectId[],
  answers: CompleteAnswers,
  lang: Lang,
): ComputedScanResult {
  return {
    version: 1,
    lang,
    frequency: answers.frequency,
    general: answers.general,
    aspects: aspects.map((id) => {
      const a = answers.aspects[id]!;
      const reasons = reasonsFor(a);
      return {
        id,
        competence: a.competence,
        knowledgeSource: a.knowledgeSource,
        escalation: a.escalation,
        reasons,
        needsAttention: reasons.length > 0,
        mandatory: mandatory.includes(id),
        peers: peerFigures(survey, id, answers.frequency),
        figures: aspectFigures(survey, id, answers.frequency),
      };
    }),
    focus: focusAspects(survey, aspects, answers),
  };
}

/** Formats a percentage the reader's way (its own module, so a widget can have it without the scan's logic). */
export { formatPct } from './format-pct.js';
