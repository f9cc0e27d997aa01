import * as z from 'zod/mini';
import {
  aspectIdSchema,
  emailSchema,
  idSchema,
  localizedTextSchema,
  municipalityIdSchema,
  phoneSchema,
  webUrlSchema,
} from './common.js';

/**
 * One entry of the "sociale kaart": whom a professional can call about an aspect.
 * A contact without `municipalities` is national and shows for every municipality.
 */
export const contactSchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    organisation: z.optional(localizedTextSchema),
    /** What to call them for. */
    reason: localizedTextSchema,
    aspects: z.array(aspectIdSchema).check(z.minLength(1, 'Name at least one aspect')),
    municipalities: z.optional(z.array(municipalityIdSchema).check(z.minLength(1))),
    hours: z.optional(localizedTextSchema),
    phone: z.optional(phoneSchema),
    email: z.optional(emailSchema),
    website: z.optional(webUrlSchema),
    /** Marks an example entry (demo content): shown with a visible "Voorbeeld" label. */
    example: z.optional(z.boolean()),
  })
  .check(
    z.refine((c) => [c.phone, c.email, c.website].some((v) => v !== undefined), {
      message: 'Give at least a phone number, an e-mail address or a website',
      path: ['phone'],
      params: { otd: 'channel' },
    }),
  );
export type Contact = z.infer<typeof contactSchema>;

export const contactListSchema = z.array(contactSchema).check(
  z.superRefine((contacts, ctx) => {
    const seen = new Set<string>();
    contacts.forEach((c, i) => {
      if (seen.has(c.id)) {
        ctx.addIssue({ code: 'custom', message: `Duplicate id "${c.id}"`, path: [i, 'id'], input: c.id });
      }
      seen.add(c.id);
    });
  }),
);
