import * as z from 'zod/mini';
import { bilingualTextSchema } from './common.js';
import {
  AGREEMENT_ANSWERS,
  FREQUENCY_GROUP_IDS,
  TOPIC_IDS,
  YES_NO_MAYBE_ANSWERS,
  type FrequencyGroupId,
  type ScaleId,
} from '../model.js';

export {
  FREQUENCY_GROUP_IDS,
  AGREEMENT_ANSWERS,
  YES_NO_MAYBE_ANSWERS,
  SCALE_IDS,
  QUESTION_KINDS,
  TOPIC_IDS,
} from '../model.js';
export type {
  FrequencyGroupId,
  AgreementAnswer,
  YesNoMaybe,
  ScaleId,
  QuestionKind,
  TopicId,
} from '../model.js';

export const frequencyGroupIdSchema = z.enum(FREQUENCY_GROUP_IDS);
export const agreementAnswerSchema = z.enum(AGREEMENT_ANSWERS);
export const yesNoMaybeSchema = z.enum(YES_NO_MAYBE_ANSWERS);
export const topicIdSchema = z.enum(TOPIC_IDS);

const countSchema = z.int().check(z.nonnegative());

export const frequencyGroupSchema = z.strictObject({
  id: frequencyGroupIdSchema,
  /** The column heading in the report's tables ("> eens per week"). */
  label: bilingualTextSchema,
  /** The answer as the self-scan offers it ("Meer dan eens per week"). */
  option: bilingualTextSchema,
  /** Respondents in this group. */
  n: z.int().check(z.positive()),
});
export type FrequencyGroup = z.infer<typeof frequencyGroupSchema>;

/** Checks that a scale's options are its answers, each once and in the scale's order (the order the UI shows). */
function inScaleOrder(ids: readonly string[]) {
  return z.refine<readonly { id: string }[]>((options) => options.map((o) => o.id).join() === ids.join(), {
    message: `Give the options ${ids.join(', ')}, each once and in this order`,
  });
}

export const scalesSchema = z.strictObject({
  agreement: z
    .array(z.strictObject({ id: agreementAnswerSchema, label: bilingualTextSchema }))
    .check(inScaleOrder(AGREEMENT_ANSWERS)),
  yes_no_maybe: z
    .array(z.strictObject({ id: yesNoMaybeSchema, label: bilingualTextSchema }))
    .check(inScaleOrder(YES_NO_MAYBE_ANSWERS)),
});
export type Scales = z.infer<typeof scalesSchema>;
export type AnswerOption = Scales[ScaleId][number];

/** Per frequency group: how many respondents gave an answer. Every group is present. */
const groupCountsSchema = z.record(frequencyGroupIdSchema, countSchema);

const questionFields = {
  /** The report data's id, `<aspect>.<kind>` with the kind in snake case: "juridisch.competence", "juridisch.knowledge_source". */
  id: z.string(),
  aspect: topicIdSchema,
  /** The question as the survey asked it: `nl` is the report's caption, without a trailing colon. */
  text: bilingualTextSchema,
  /**
   * Groups whose column in the report's table cannot be trusted (for example copied from another
   * column); show them as unavailable, not as data.
   */
  unreliableGroups: z.optional(z.array(frequencyGroupIdSchema)),
};

/**
 * One survey question. The scale follows from the kind: `competence` is answered on the agreement
 * scale, `knowledgeSource` and `escalation` with ja / nee / misschien.
 */
export const surveyQuestionSchema = z
  .discriminatedUnion('scale', [
    z.strictObject({
      ...questionFields,
      kind: z.literal('competence'),
      scale: z.literal('agreement'),
      /** Per answer, per group; every answer is present. */
      counts: z.record(agreementAnswerSchema, groupCountsSchema),
    }),
    z.strictObject({
      ...questionFields,
      kind: z.enum(['knowledgeSource', 'escalation']),
      scale: z.literal('yes_no_maybe'),
      counts: z.record(yesNoMaybeSchema, groupCountsSchema),
    }),
  ])
  .check(
    // The report data's ids write the kind in snake case: "juridisch.knowledge_source".
    z.refine((q) => q.id === `${q.aspect}.${q.kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, {
      message: 'The id must be "<aspect>.<kind>", for example "juridisch.competence" or "juridisch.knowledge_source"',
      path: ['id'],
    }),
  );
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

/**
 * The February 2022 survey among Twente professionals (report chapter 7): the groups, the scales,
 * and per question the integer counts the report prints. Percentages are derived from the counts.
 */
export const surveySchema = z
  .strictObject({
    /** All respondents; the report's overall figures divide by this. */
    n: z.int().check(z.positive()),
    /** When the survey ran, as yyyy-mm. */
    date: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use yyyy-mm')),
    /** How often the respondent meets these families. The report does not print its wording; this is ours. */
    frequencyQuestion: bilingualTextSchema,
    frequencyGroups: z.array(frequencyGroupSchema),
    scales: scalesSchema,
    questions: z.array(surveyQuestionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((survey, ctx) => {
      const groupIds = survey.frequencyGroups.map((g) => g.id);
      if (groupIds.join() !== FREQUENCY_GROUP_IDS.join()) {
        ctx.addIssue({
          code: 'custom',
          message: `Give the groups ${FREQUENCY_GROUP_IDS.join(', ')}, each once and in this order`,
          path: ['frequencyGroups'],
          input: groupIds,
        });
        return;
      }
      const total = survey.frequencyGroups.reduce((sum, g) => sum + g.n, 0);
      if (total !== survey.n) {
        ctx.addIssue({
          code: 'custom',
          message: `The groups add up to ${total}, not n = ${survey.n}`,
          path: ['n'],
          input: survey.n,
        });
      }
      const seen = new Set<string>();
      survey.questions.forEach((q, i) => {
        if (seen.has(q.id)) {
          ctx.addIssue({ code: 'custom', message: `Duplicate id "${q.id}"`, path: ['questions', i, 'id'], input: q.id });
        }
        seen.add(q.id);
        // A group cannot give more answers than it has members, unless its column is marked unreliable.
        for (const group of survey.frequencyGroups) {
          if (q.unreliableGroups?.includes(group.id)) continue;
          const answered = Object.values<Record<FrequencyGroupId, number>>(q.counts).reduce(
            (sum, byGroup) => sum + byGroup[group.id],
            0,
          );
          if (answered > group.n) {
            ctx.addIssue({
              code: 'custom',
              message: `${answered} answers from group ${group.id}, which has ${group.n} members`,
              path: ['questions', i, 'counts'],
              input: q.counts,
            });
          }
        }
      });
    }),
  );
export type Survey = z.infer<typeof surveySchema>;
