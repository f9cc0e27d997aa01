import {
  AGREEMENT_ANSWERS,
  ASPECT_IDS,
  FREQUENCY_GROUP_IDS,
  LANGS,
  QUESTION_KINDS,
  YES_NO_MAYBE_ANSWERS,
  type AgreementAnswer,
  type AspectId,
  type FrequencyGroupId,
  type Lang,
  type QuestionKind,
  type YesNoMaybe,
} from '../content/model.js';

/**
 * The self-scan's result: what `otd-scan-complete` carries, what the self-scan's `result` property
 * holds, and what the recommender and the escalation card follow. Everything a widget shows about a
 * need is computed here once (`reasons`, `needsAttention`, `smallGroup`, `focus`); the widgets read it.
 */

/** Below this many answering respondents a group's percentage moves by 3+ points per person. */
export const SMALL_GROUP = 30;

/** What a person answered for one aspect, per question. */
export interface AspectAnswers {
  competence?: AgreementAnswer;
  knowledgeSource?: YesNoMaybe;
  escalation?: YesNoMaybe;
}

/** The answer type of each question. */
export type AnswerOf<Q extends QuestionKind> = Required<AspectAnswers>[Q];

/**
 * The need rule, the one place it is written: how much each answer says a person needs to learn.
 * Rating one's knowledge (very) insufficient, and not knowing (for sure) where to find knowledge or
 * whom to escalate to. Answers not listed show no need.
 */
const NEED = {
  competence: { sterk_mee_oneens: 3, oneens: 2 },
  knowledgeSource: { nee: 2, misschien: 1 },
  escalation: { nee: 2, misschien: 1 },
} as const satisfies { readonly [Q in QuestionKind]: Partial<Record<AnswerOf<Q>, number>> };

/** The answers to a question that show a need. */
export type NeedAnswer<Q extends QuestionKind> = keyof (typeof NEED)[Q];

/** One answer that shows a need: the question, and what the person answered. */
export type Reason = {
  readonly [Q in QuestionKind]: { readonly question: Q; readonly answer: NeedAnswer<Q> };
}[QuestionKind];

function weight(question: QuestionKind, answer: string): number {
  return (NEED[question] as Partial<Record<string, number>>)[answer] ?? 0;
}

/** The answers of one aspect that show a need, in the survey's question order. */
export function reasonsFor(answers: Required<AspectAnswers>): Reason[] {
  return QUESTION_KINDS.filter((q) => weight(q, answers[q]) > 0).map(
    (question) => ({ question, answer: answers[question] }) as Reason,
  );
}

/** How much an aspect needs attention: 0 when the person feels capable and knows where and whom. */
export function needScore(answers: Required<AspectAnswers>): number {
  return QUESTION_KINDS.reduce((sum, q) => sum + weight(q, answers[q]), 0);
}

/** The colleagues' figures for one topic's competence question, from the 2022 survey. */
export interface PeerFigures {
  /** Share of all respondents who rated their knowledge (very) insufficient, divided by all n (the report's prose). */
  readonly insufficientPct: number;
  /** The same share within the person's frequency group, divided by the group's answering respondents (the report's tables). */
  readonly groupInsufficientPct: number;
  /** How many in that group answered the question. */
  readonly groupN: number;
  /** True when the group is so small (under `SMALL_GROUP`) that one person moves its percentage by several points. */
  readonly smallGroup: boolean;
}

/** How a set of respondents answered one question: each answer's share, in percent (one decimal). */
export interface AnswerShares<A extends string> {
  /** The denominator: all respondents of the survey, or those in the group who answered. */
  readonly n: number;
  /** How many of them answered the question (for a group: equal to `n`). */
  readonly answered: number;
  /** Each answer's share of `n`, rounded half up to one decimal as the report does. */
  readonly pct: Readonly<Record<A, number>>;
  /** True when `n` is under `SMALL_GROUP`: one person moves a share by more than 3 points. */
  readonly smallGroup: boolean;
}

/** The colleagues' answers to one question of the 2022 survey. */
export interface QuestionFigures<A extends string> {
  /** All respondents (n = 203): each answer's share of all of them, as the report's text computes its figures. */
  readonly all: AnswerShares<A>;
  /**
   * The person's frequency group, as the report's tables: each answer's share of those in the group
   * who answered. `null` where the report's column cannot be trusted (a data-quality note).
   */
  readonly group: AnswerShares<A> | null;
}

/** The colleagues' figures for each of an aspect's three questions. */
export interface AspectFigures {
  readonly competence: QuestionFigures<AgreementAnswer>;
  readonly knowledgeSource: QuestionFigures<YesNoMaybe>;
  readonly escalation: QuestionFigures<YesNoMaybe>;
}

/** One aspect of a scan's result. */
export interface AspectResult {
  readonly id: AspectId;
  /** "Ik heb voldoende kennis en vaardigheden …": the four-point answer. */
  readonly competence: AgreementAnswer;
  /** "Weet jij waar je kennis kunt halen?" */
  readonly knowledgeSource: YesNoMaybe;
  /** "Weet jij naar wie je kunt opschalen?" */
  readonly escalation: YesNoMaybe;
  /** The answers that show a need, in the survey's question order; empty when there is none. */
  readonly reasons: readonly Reason[];
  /** True when `reasons` is not empty: the aspect is among `focus`. */
  readonly needsAttention: boolean;
  /** True when the learning path makes this aspect's self-study mandatory. */
  readonly mandatory: boolean;
  /** The colleagues' figures for the competence question (the chart's headline share). */
  readonly peers: PeerFigures;
  /**
   * The colleagues' answers to all three questions, every answer's share, overall and in the
   * person's group. Set by the self-scan from this release on; a result from an earlier release has
   * none, so a widget that follows a scan must not rely on it.
   */
  readonly figures?: AspectFigures;
}

/** The self-scan's result: the detail of `otd-scan-complete` and the self-scan's `result` property. */
export interface ScanResult {
  /** The shape's version. Fields are only ever added within a version. */
  readonly version: 1;
  /** The language the person took the scan in. */
  readonly lang: Lang;
  /** How often the person deals with these families: the survey group the peers' figures are taken from. */
  readonly frequency: FrequencyGroupId;
  /** The answer to the general competence question. */
  readonly general: AgreementAnswer;
  /** Every aspect the scan asked about, in the scan's order. */
  readonly aspects: readonly AspectResult[];
  /**
   * The aspects that need attention, most need first: by `needScore`, then the aspect the peers found
   * hardest, then the report's order. The recommender and the card put these first.
   */
  readonly focus: readonly AspectId[];
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

const isPct = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 100;

function parsePeers(value: unknown): PeerFigures | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const p = value as Record<string, unknown>;
  const groupN = p['groupN'];
  if (!isPct(p['insufficientPct']) || !isPct(p['groupInsufficientPct'])) return undefined;
  if (typeof groupN !== 'number' || !Number.isInteger(groupN) || groupN < 0) return undefined;
  return {
    insufficientPct: p['insufficientPct'],
    groupInsufficientPct: p['groupInsufficientPct'],
    groupN,
    smallGroup: groupN < SMALL_GROUP,
  };
}

function parseAspect(value: unknown): AspectResult | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const a = value as Record<string, unknown>;
  const { id, competence, knowledgeSource, escalation, mandatory } = a;
  if (!isOneOf(ASPECT_IDS, id) || !isOneOf(AGREEMENT_ANSWERS, competence)) return undefined;
  if (!isOneOf(YES_NO_MAYBE_ANSWERS, knowledgeSource) || !isOneOf(YES_NO_MAYBE_ANSWERS, escalation)) return undefined;
  const peers = parsePeers(a['peers']);
  if (!peers) return undefined;
  const reasons = reasonsFor({ competence, knowledgeSource, escalation });
  const figures = parseFigures(a['figures']);
  return {
    id,
    competence,
    knowledgeSource,
    escalation,
    reasons,
    needsAttention: reasons.length > 0,
    mandatory: mandatory === true,
    peers,
    ...(figures ? { figures } : {}),
  };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function parseShares<A extends string>(value: unknown, answers: readonly A[]): AnswerShares<A> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const pct = v['pct'] as Record<string, unknown> | null | undefined;
  if (!isCount(v['n']) || !isCount(v['answered']) || pct === null || typeof pct !== 'object') return undefined;
  if (!answers.every((answer) => isPct(pct[answer]))) return undefined;
  return {
    n: v['n'],
    answered: v['answered'],
    pct: Object.fromEntries(answers.map((answer) => [answer, pct[answer]])) as Record<A, number>,
    smallGroup: v['n'] < SMALL_GROUP,
  };
}

function parseQuestionFigures<A extends string>(value: unknown, answers: readonly A[]): QuestionFigures<A> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const all = parseShares(v['all'], answers);
  const group = v['group'] === null ? null : parseShares(v['group'], answers);
  return all && group !== undefined ? { all, group } : undefined;
}

/** The figures of an aspect, or undefined when absent or not whole (then the result goes without them). */
function parseFigures(value: unknown): AspectFigures | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const competence = parseQuestionFigures(v['competence'], AGREEMENT_ANSWERS);
  const knowledgeSource = parseQuestionFigures(v['knowledgeSource'], YES_NO_MAYBE_ANSWERS);
  const escalation = parseQuestionFigures(v['escalation'], YES_NO_MAYBE_ANSWERS);
  return competence && knowledgeSource && escalation ? { competence, knowledgeSource, escalation } : undefined;
}

/**
 * A scan result checked field by field, or undefined when `value` is not one (a framework that wrote
 * a string, a result of another version, a hand-made object with a typo). What is derived from the
 * answers (`reasons`, `needsAttention`, `smallGroup`) is derived again by the rule above, so a result
 * from an earlier release, or one whose derived fields disagree with its answers, reads the same
 * everywhere. Unknown fields are dropped; `figures` that are not whole are dropped too (the result
 * stands without them).
 */
export function parseScanResult(value: unknown): ScanResult | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const { version, lang, frequency, general } = v;
  if (version !== 1 || !isOneOf(LANGS, lang) || !isOneOf(FREQUENCY_GROUP_IDS, frequency)) return undefined;
  if (!isOneOf(AGREEMENT_ANSWERS, general) || !Array.isArray(v['aspects']) || !Array.isArray(v['focus'])) return undefined;
  const aspects: AspectResult[] = [];
  for (const item of v['aspects'] as unknown[]) {
    const aspect = parseAspect(item);
    if (!aspect || aspects.some((a) => a.id === aspect.id)) return undefined;
    aspects.push(aspect);
  }
  // Focus lists aspects of this result, each once, in the given order.
  const focus = (v['focus'] as unknown[]).filter(
    (id, i, all): id is AspectId => aspects.some((a) => a.id === id) && all.indexOf(id) === i,
  );
  return { version, lang, frequency, general, aspects, focus };
}

/** The aspects where the person does not know (for sure) whom to escalate to. */
export function escalationNeeds(result: ScanResult | undefined): Set<AspectId> {
  return new Set(
    result?.aspects.filter((a) => a.reasons.some((r) => r.question === 'escalation')).map((a) => a.id) ?? [],
  );
}
