import {
  AGREEMENT_ANSWERS,
  ASPECT_IDS,
  YES_NO_MAYBE_ANSWERS,
  type AgreementAnswer,
  type AspectId,
  type QuestionKind,
  type YesNoMaybe,
} from '../content/model.js';
import type { ScanAnswers } from './scan.js';

/**
 * One survey answer carried in a link's fragment, from a page that asked one question (the
 * `<otd-kickoff>` on a partner's page) to the self-scan on the platform page, which starts with it
 * filled in. The fragment never reaches a server: browsers do not send it.
 *
 * The format, version 1:
 *
 *     #otd-scan=1;<question id>=<answer id>
 *     #otd-scan=1;juridisch.competence=oneens
 *     #otd-scan=1;financieel.knowledge_source=nee
 *
 * `<question id>` is the survey's id of the question (`general.competence`, or an aspect and one of
 * `competence`, `knowledge_source`, `escalation`), `<answer id>` one of that question's answers
 * (`sterk_mee_oneens`, `oneens`, `eens`, `sterk_mee_eens` for competence; `ja`, `nee`, `misschien`
 * for the other two). Decoding is strict: anything else, another version, an unknown question or an
 * answer its question does not have, decodes to nothing, and the fragment is then ignored entirely.
 */

/** The fragment's name and version. A later, different format gets another version number. */
export const FRAGMENT_PREFIX = 'otd-scan=1;';

/** The question kinds as the survey's ids spell them (the content model spells them in camel case). */
const KIND_IDS: Readonly<Record<QuestionKind, string>> = {
  competence: 'competence',
  knowledgeSource: 'knowledge_source',
  escalation: 'escalation',
};

/** One answer to one survey question. */
export type FragmentAnswer =
  | { readonly topic: AspectId | 'general'; readonly kind: 'competence'; readonly answer: AgreementAnswer }
  | { readonly topic: AspectId; readonly kind: 'knowledgeSource' | 'escalation'; readonly answer: YesNoMaybe };

/** Every question of the survey by its id, in the survey's order: the general one, then three per aspect. */
export const QUESTION_IDS: readonly string[] = [
  'general.competence',
  ...ASPECT_IDS.flatMap((aspect) => Object.values(KIND_IDS).map((kind) => `${aspect}.${kind}`)),
];

/** The survey's id of a question: `juridisch.competence`, `financieel.knowledge_source`. */
export function questionId(topic: AspectId | 'general', kind: QuestionKind): string {
  return `${topic}.${KIND_IDS[kind]}`;
}

/** The topic and kind of a survey question id, or undefined when the survey has no such question. */
export function parseQuestionId(id: string): { topic: AspectId | 'general'; kind: QuestionKind } | undefined {
  const [topic, kindId, ...rest] = id.split('.');
  if (rest.length || topic === undefined || kindId === undefined) return undefined;
  const kind = (Object.keys(KIND_IDS) as QuestionKind[]).find((k) => KIND_IDS[k] === kindId);
  if (!kind) return undefined;
  if (topic === 'general') return kind === 'competence' ? { topic, kind } : undefined;
  return (ASPECT_IDS as readonly string[]).includes(topic) ? { topic: topic as AspectId, kind } : undefined;
}

/** The answers a question of this kind has. */
export function answersOf(kind: QuestionKind): readonly string[] {
  return kind === 'competence' ? AGREEMENT_ANSWERS : YES_NO_MAYBE_ANSWERS;
}

/** `answer` for the question `id`, when the survey has that question and the question has that answer. */
export function fragmentAnswer(id: string, answer: string): FragmentAnswer | undefined {
  const question = parseQuestionId(id);
  if (!question || !answersOf(question.kind).includes(answer)) return undefined;
  return { ...question, answer } as FragmentAnswer;
}

/** The fragment for one answer, without the `#`: `otd-scan=1;juridisch.competence=oneens`. */
export function encodeScanFragment(answer: FragmentAnswer): string {
  return `${FRAGMENT_PREFIX}${questionId(answer.topic, answer.kind)}=${answer.answer}`;
}

/**
 * The answer in a fragment (`location.hash`, with or without its `#`), or undefined when the
 * fragment is not exactly one valid version-1 answer.
 */
export function decodeScanFragment(hash: string): FragmentAnswer | undefined {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.startsWith(FRAGMENT_PREFIX)) return undefined;
  const match = /^([a-z_]+\.[a-z_]+)=([a-z_]+)$/.exec(text.slice(FRAGMENT_PREFIX.length));
  return match ? fragmentAnswer(match[1]!, match[2]!) : undefined;
}

/**
 * `href` with its fragment replaced by the answer's (a fragment already in `href` goes: a URL has one).
 * `href` must be absolute; the result is too.
 */
export function linkWithAnswer(href: string, answer: FragmentAnswer): string {
  const url = new URL(href);
  url.hash = encodeScanFragment(answer);
  return url.href;
}

/** The scan's answer to the fragment's question, if it has one. */
export function answerIn(answers: ScanAnswers, question: FragmentAnswer): string | undefined {
  return question.topic === 'general' ? answers.general : answers.aspects[question.topic]?.[question.kind];
}

/** `answers` with the fragment's answer filled in (a new object; `answers` stays as it was). */
export function withFragmentAnswer(answers: ScanAnswers, given: FragmentAnswer): ScanAnswers {
  if (given.topic === 'general') return { ...answers, aspects: { ...answers.aspects }, general: given.answer };
  return { ...answers, aspects: { ...answers.aspects, [given.topic]: { ...answers.aspects[given.topic], [given.kind]: given.answer } } };
}

/**
 * What a scan on `aspects` takes from a page's fragment: its answer when the fragment is valid, the scan
 * asks that question, and the scan has no answer to it yet (a scan under way keeps its own answers);
 * otherwise nothing, and the fragment is ignored.
 */
export function handoverAnswer(hash: string, aspects: readonly AspectId[], answers: ScanAnswers): FragmentAnswer | undefined {
  const given = decodeScanFragment(hash);
  if (!given) return undefined;
  if (given.topic !== 'general' && !aspects.includes(given.topic)) return undefined;
  return answerIn(answers, given) === undefined ? given : undefined;
}
