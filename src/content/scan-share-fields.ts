/**
 * The plain values of a shared scan (issue "A living survey"): which questions a share answers,
 * with which answers, and the fixed values of its other fields. No validator here, so the browser
 * can build a share without loading zod; the zod schema in `schema/scan-share.ts` builds on these,
 * and the receiver uses that schema.
 */
import {
  AGREEMENT_ANSWERS,
  ASPECT_IDS,
  QUESTION_KINDS,
  YES_NO_MAYBE_ANSWERS,
  type AspectId,
  type QuestionKind,
  type ScaleId,
  type TopicId,
} from './model.js';
import { SURVEY_DATE } from './default/survey-facts.js';

/** The survey a share answers: the date of the 2022 survey its questions come from, as yyyy-mm. */
export const SHARE_SURVEY_VERSION = SURVEY_DATE;

/** What a person picks when they would rather not name their municipality. */
export const NO_MUNICIPALITY = 'liever_niet';

/** A question's id in the report's data: `<topic>.<kind in snake case>`, e.g. `juridisch.knowledge_source`. */
export function questionId(topic: TopicId, kind: QuestionKind): string {
  return `${topic}.${kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

/** One question of the survey as a share answers it. */
export interface ShareQuestion {
  readonly id: string;
  readonly topic: TopicId;
  readonly kind: QuestionKind;
  readonly scale: ScaleId;
  /** The answers it allows, in the survey's order. */
  readonly answers: readonly string[];
}

const scaleOf = (kind: QuestionKind): ScaleId => (kind === 'competence' ? 'agreement' : 'yes_no_maybe');
const answersOf = (scale: ScaleId): readonly string[] => (scale === 'agreement' ? AGREEMENT_ANSWERS : YES_NO_MAYBE_ANSWERS);

function question(topic: TopicId, kind: QuestionKind): ShareQuestion {
  const scale = scaleOf(kind);
  return { id: questionId(topic, kind), topic, kind, scale, answers: answersOf(scale) };
}

/**
 * The 19 questions of the survey in the report's order: the general competence question, then per
 * aspect its competence, knowledge-source and escalation questions (the ids of `DEFAULT_SURVEY`).
 */
export const SHARE_QUESTIONS: readonly ShareQuestion[] = [
  question('general', 'competence'),
  ...ASPECT_IDS.flatMap((aspect: AspectId) => QUESTION_KINDS.map((kind) => question(aspect, kind))),
];

/** The question ids, in order. */
export const SHARE_QUESTION_IDS: readonly string[] = SHARE_QUESTIONS.map((q) => q.id);

/** A calendar month as yyyy-mm, the finest time a share carries. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month of a date in the person's own time zone, as yyyy-mm. */
export function monthOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
