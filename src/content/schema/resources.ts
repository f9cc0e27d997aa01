import * as z from 'zod/mini';
import { bilingualTextSchema, idSchema, localizedTextSchema, textSchema, webUrlSchema } from './common.js';
import { topicIdSchema } from './survey.js';
import { RESOURCE_KINDS, RESOURCE_ORIGINS } from '../model.js';

export { RESOURCE_ORIGINS, RESOURCE_KINDS } from '../model.js';
export type { ResourceOrigin, ResourceKind } from '../model.js';
export const resourceOriginSchema = z.enum(RESOURCE_ORIGINS);
export const resourceKindSchema = z.enum(RESOURCE_KINDS);

/**
 * One offering a professional can study or book.
 *
 * One resource per offering: the report lists some offerings under several aspects (the René Knip
 * and Trias trainings, one Scheiden zonder Schade webinar), and each of those is a single resource
 * whose `aspects` name every aspect it is listed under, in the report's order. So `aspects` is
 * always a list, for the bundled content and for partners alike (as for contacts).
 */
export const resourceSchema = z.strictObject({
  id: idSchema,
  /** The aspects it is listed under; `general` for overarching material. */
  aspects: z.array(topicIdSchema).check(
    z.minLength(1, 'Name at least one aspect'),
    z.refine((a) => new Set(a).size === a.length, 'Name each aspect once'),
  ),
  origin: resourceOriginSchema,
  kind: resourceKindSchema,
  /** A plain string is Dutch: the bundled titles are the material's own (Dutch) titles. */
  title: localizedTextSchema,
  provider: localizedTextSchema,
  durationMinutes: z.optional(z.int().check(z.positive())),
  /** A duration not counted in minutes ("2 dagen"). */
  durationText: z.optional(localizedTextSchema),
  url: z.optional(webUrlSchema),
  /** Accredited by SKJ (Stichting Kwaliteitsregister Jeugd). Absent means not known to be. */
  skjAccredited: z.optional(z.boolean()),
  /** `false` when the material may not be shared outside the provider's organisation; absent when unknown. */
  freelyShareable: z.optional(z.boolean()),
  /** Why it is not freely shareable, or another note a reader needs before following the link. */
  note: z.optional(localizedTextSchema),
  description: z.optional(localizedTextSchema),
  /** Where the report lists it: chapter 9 sections ("9.2") or "Bijlage 1". Partners leave it out. */
  sections: z.optional(z.array(textSchema).check(z.minLength(1))),
});
export type Resource = z.infer<typeof resourceSchema>;

export const resourceListSchema = z.array(resourceSchema).check(
  z.superRefine((resources, ctx) => {
    const seen = new Set<string>();
    resources.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({ code: 'custom', message: `Duplicate id "${r.id}"`, path: [i, 'id'], input: r.id });
      }
      seen.add(r.id);
    });
  }),
);

/**
 * Says plainly that an aspect has nothing from one origin, for example that chapter 9 lists no
 * self-study material on safety, or that the region had no offer on the financial aspect.
 */
export const aspectNoteSchema = z.strictObject({
  aspect: topicIdSchema,
  origin: resourceOriginSchema,
  text: bilingualTextSchema,
});
export type AspectNote = z.infer<typeof aspectNoteSchema>;

/** The bundled study material: the resources plus the notes on aspects that have none. */
export const resourceCatalogueSchema = z
  .strictObject({
    resources: resourceListSchema,
    aspectNotes: z.array(aspectNoteSchema),
  })
  .check(
    z.superRefine((catalogue, ctx) => {
      catalogue.aspectNotes.forEach((note, i) => {
        if (catalogue.resources.some((r) => r.origin === note.origin && r.aspects.includes(note.aspect))) {
          ctx.addIssue({
            code: 'custom',
            message: `There are ${note.origin} resources on ${note.aspect}, so this note contradicts them`,
            path: ['aspectNotes', i],
            input: note,
          });
        }
      });
    }),
  );
export type ResourceCatalogue = z.infer<typeof resourceCatalogueSchema>;
