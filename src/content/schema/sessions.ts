import * as z from 'zod/mini';
import { idSchema, localizedTextSchema, textSchema } from './common.js';

/** A time of day as "09:30" (24-hour clock). */
const timeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use hh:mm, for example 09:30'));

/** One training session a professional can sign up for (what `sessions-src` lists). */
export const sessionSchema = z
  .strictObject({
    id: idSchema,
    /** The day, as yyyy-mm-dd. */
    date: z.iso.date('Use a real date as yyyy-mm-dd, for example 2025-10-07'),
    startTime: timeSchema,
    endTime: timeSchema,
    /** Where: a venue or "Online". */
    place: localizedTextSchema,
    address: z.optional(textSchema),
    capacity: z.int().check(z.positive()),
    seatsLeft: z.int().check(z.nonnegative()),
    /** When full, new signups go on a waiting list. */
    waitingList: z.optional(z.boolean()),
  })
  .check(
    z.refine((s) => s.endTime > s.startTime, { message: 'Must be later than the start time', path: ['endTime'] }),
    z.refine((s) => s.seatsLeft <= s.capacity, {
      message: 'Cannot be more than the capacity',
      path: ['seatsLeft'],
    }),
  );
export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.array(sessionSchema).check(
  z.superRefine((sessions, ctx) => {
    const seen = new Set<string>();
    sessions.forEach((s, i) => {
      if (seen.has(s.id)) {
        ctx.addIssue({ code: 'custom', message: `Duplicate id "${s.id}"`, path: [i, 'id'], input: s.id });
      }
      seen.add(s.id);
    });
  }),
);
export type SessionList = z.infer<typeof sessionListSchema>;
