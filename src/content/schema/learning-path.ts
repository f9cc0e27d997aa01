import * as z from 'zod/mini';
import { aspectIdSchema, bilingualTextSchema, idSchema, textSchema } from './common.js';
import { ACTIVITY_MODES, LEARNING_LEVEL_IDS } from '../model.js';

export { LEARNING_LEVEL_IDS, ACTIVITY_MODES } from '../model.js';
export type { LearningLevelId, ActivityMode } from '../model.js';

/** One activity of the learning path. An id under two levels is the same activity spanning both. */
export const learningActivitySchema = z.strictObject({
  id: idSchema,
  title: bilingualTextSchema,
  /** What happens in it at this level, one paragraph each. */
  content: z.array(bilingualTextSchema).check(z.minLength(1)),
  mode: z.enum(ACTIVITY_MODES),
});
export type LearningActivity = z.infer<typeof learningActivitySchema>;

export const learningLevelSchema = z.strictObject({
  id: z.enum(LEARNING_LEVEL_IDS),
  /** 1 to 4, from knowing to doing. */
  order: z.int().check(z.positive()),
  /** The report's name for the level ("Weten"). */
  title: bilingualTextSchema,
  /** The level's name in Miller's pyramid ("Knows"), the same in both languages. */
  millerName: textSchema,
  description: bilingualTextSchema,
  activities: z.array(learningActivitySchema).check(z.minLength(1)),
});
export type LearningLevel = z.infer<typeof learningLevelSchema>;

/** One aspect of the self-study; the report makes legal and financial mandatory, the rest optional. */
export const selfStudyPartSchema = z.strictObject({
  aspect: aspectIdSchema,
  mandatory: z.boolean(),
});
export type SelfStudyPart = z.infer<typeof selfStudyPartSchema>;

/** The learning path the report proposes (8.5) on Miller's four levels, with its self-study parts. */
export const learningPathSchema = z
  .strictObject({
    /** The model the levels come from ("Vier niveaus beroepsbekwaamheid, Miller (1990)"). */
    model: bilingualTextSchema,
    levels: z.array(learningLevelSchema),
    selfStudy: z.strictObject({
      /** The activity the parts belong to. */
      activityId: idSchema,
      /** In the report's order. */
      parts: z.array(selfStudyPartSchema).check(
        z.minLength(1),
        z.refine((parts) => new Set(parts.map((p) => p.aspect)).size === parts.length, 'Name each aspect once'),
      ),
    }),
  })
  .check(
    z.superRefine((path, ctx) => {
      const ids = path.levels.map((l) => l.id);
      if (ids.join() !== LEARNING_LEVEL_IDS.join()) {
        ctx.addIssue({
          code: 'custom',
          message: `Give the levels ${LEARNING_LEVEL_IDS.join(', ')}, each once and in this order`,
          path: ['levels'],
          input: ids,
        });
      }
      path.levels.forEach((level, i) => {
        if (level.order !== i + 1) {
          ctx.addIssue({
            code: 'custom',
            message: `Level ${level.id} is number ${i + 1}`,
            path: ['levels', i, 'order'],
            input: level.order,
          });
        }
        const seen = new Set<string>();
        level.activities.forEach((a, j) => {
          if (seen.has(a.id)) {
            ctx.addIssue({
              code: 'custom',
              message: `Duplicate activity "${a.id}"`,
              path: ['levels', i, 'activities', j, 'id'],
              input: a.id,
            });
          }
          seen.add(a.id);
        });
      });
      const activityId = path.selfStudy.activityId;
      if (!path.levels.some((l) => l.activities.some((a) => a.id === activityId))) {
        ctx.addIssue({
          code: 'custom',
          message: `No activity "${activityId}" in the levels`,
          path: ['selfStudy', 'activityId'],
          input: activityId,
        });
      }
    }),
  );
export type LearningPath = z.infer<typeof learningPathSchema>;
