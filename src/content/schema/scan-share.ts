import * as z from 'zod/mini';
import { FREQUENCY_GROUP_IDS, MUNICIPALITY_IDS } from '../model.js';
import {
  MONTH_PATTERN,
  NO_MUNICIPALITY,
  SHARE_QUESTIONS,
  SHARE_SURVEY_VERSION,
} from '../scan-share-fields.js';

export * from '../scan-share-fields.js';
export { FREQUENCY_GROUP_IDS, MUNICIPALITY_IDS } from '../model.js';

/**
 * One shared scan: what `<otd-self-scan share-endpoint>` posts when the person chooses to share
 * their answers with the region, and what the receiver checks and stores. The one source of the
 * rules for both. It holds no id, no time finer than the month and nothing from the browser:
 *
 * - `survey`: the survey the questions come from (its date, `2022-02`);
 * - `month`: the month the scan was completed, yyyy-mm;
 * - `frequency`: how often the person deals with these families (the survey's five groups);
 * - `municipality`: one of the 14 Twente municipalities, or `liever_niet`; absent when the person
 *   was not asked;
 * - `answers`: per question id (`general.competence`, `juridisch.knowledge_source`, …) one of that
 *   question's answers. The general question is always there; an aspect's three questions are there
 *   together or not at all (a scan may ask only some aspects).
 *
 * Unknown fields, at either level, are refused.
 */
const answerFields = Object.fromEntries(
  SHARE_QUESTIONS.map((q) => [
    q.id,
    q.id === 'general.competence'
      ? z.enum(q.answers as [string, ...string[]])
      : z.optional(z.enum(q.answers as [string, ...string[]])),
  ]),
) as Record<string, z.ZodMiniType<string | undefined>>;

/** The topics other than the general question, each with its question ids. */
const ASPECT_QUESTIONS = [...new Set(SHARE_QUESTIONS.filter((q) => q.topic !== 'general').map((q) => q.topic))].map(
  (topic) => ({ topic, ids: SHARE_QUESTIONS.filter((q) => q.topic === topic).map((q) => q.id) }),
);

export const scanShareSchema = z.strictObject({
  survey: z.literal(SHARE_SURVEY_VERSION),
  month: z.string().check(z.regex(MONTH_PATTERN, 'Use yyyy-mm')),
  frequency: z.enum(FREQUENCY_GROUP_IDS),
  municipality: z.optional(z.enum([...MUNICIPALITY_IDS, NO_MUNICIPALITY])),
  answers: z.strictObject(answerFields).check(
    z.superRefine((answers, ctx) => {
      for (const { topic, ids } of ASPECT_QUESTIONS) {
        const given = ids.filter((id) => answers[id] !== undefined);
        if (given.length && given.length < ids.length) {
          ctx.addIssue({
            code: 'custom',
            message: `Answer all of ${ids.join(', ')} or none (aspect ${topic})`,
            path: [ids.find((id) => answers[id] === undefined)!],
            input: answers,
          });
        }
      }
    }),
  ),
});

/** A shared scan as the receiver stores it. */
export interface ScanShare {
  readonly survey: typeof SHARE_SURVEY_VERSION;
  readonly month: string;
  readonly frequency: (typeof FREQUENCY_GROUP_IDS)[number];
  readonly municipality?: (typeof MUNICIPALITY_IDS)[number] | typeof NO_MUNICIPALITY;
  readonly answers: Readonly<Record<string, string>>;
}

export interface ShareFieldError {
  /** The field, for example `month` or `answers.juridisch.competence`. */
  readonly field: string;
  readonly message: string;
}

/** Parses a share; on failure, one error per field (the first issue of each), unknown fields named. */
export function parseScanShare(data: unknown): { ok: true; share: ScanShare } | { ok: false; errors: ShareFieldError[] } {
  const result = scanShareSchema.safeParse(data);
  if (result.success) {
    const { answers, ...rest } = result.data;
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Record<string, string>;
    return { ok: true, share: { ...(rest as Omit<ScanShare, 'answers'>), answers: given } };
  }
  const errors = new Map<string, ShareFieldError>();
  for (const i of result.error.issues) {
    const at = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) {
        const field = [at, key === '' ? '""' : key].filter(Boolean).join('.');
        errors.set(field, { field, message: 'Unknown field' });
      }
      continue;
    }
    const field = at || '(body)';
    if (!errors.has(field)) errors.set(field, { field, message: i.message });
  }
  return { ok: false, errors: [...errors.values()] };
}
