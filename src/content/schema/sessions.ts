import * as z from 'zod/mini';
import { idSchema, localizedTextSchema, textSchema } from './common.js';

/** A time of day as "09:30" (24-hour clock). */
const timeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use hh:mm, for example 09:30'));

const sessionFields = {
  id: idSchema,
  /** The day, as yyyy-mm-dd. */
  date: z.iso.date('Use a real date as yyyy-mm-dd, for example 2025-10-07'),
  startTime: timeSchema,
  endTime: timeSchema,
  /** Where: a venue or "Online". */
  place: localizedTextSchema,
  address: z.optional(textSchema),
  capacity: z.int().check(z.positive()),
};

const endAfterStart = <T extends { startTime: string; endTime: string }>() =>
  z.refine<T>((s) => s.endTime > s.startTime, { message: 'Must be later than the start time', path: ['endTime'] });

const uniqueIds = <T extends { id: string }>() =>
  z.superRefine<T[]>(
    (sessions, ctx) => {
      const seen = new Set<string>();
      sessions.forEach((s: unknown, i) => {
        const id = s !== null && typeof s === 'object' ? (s as { id?: unknown }).id : undefined;
        if (typeof id !== 'string') return;
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Duplicate id "${id}"`, path: [i, 'id'], input: id });
        seen.add(id);
      });
    },
    // Also when some sessions have other problems, so every problem is named at once.
    { when: (payload) => Array.isArray(payload.value) },
  );

/** One training session a professional can sign up for (what `sessions-src` lists). */
export const sessionSchema = z
  .strictObject({
    ...sessionFields,
    seatsLeft: z.int().check(z.nonnegative()),
    /** When full, new signups go on a waiting list. */
    waitingList: z.optional(z.boolean()),
  })
  .check(
    endAfterStart(),
    z.refine((s) => s.seatsLeft <= s.capacity, {
      message: 'Cannot be more than the capacity',
      path: ['seatsLeft'],
    }),
  );
export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.array(sessionSchema).check(uniqueIds());
export type SessionList = z.infer<typeof sessionListSchema>;

/**
 * A session as an organiser configures it for the receiver: the same fields without the live
 * numbers. `seatsLeft` and `waitingList` may be present (so an exported list can be fed back) but
 * the receiver ignores them, because it counts the seats itself.
 */
export const sessionConfigSchema = z
  .strictObject({
    ...sessionFields,
    seatsLeft: z.optional(z.int().check(z.nonnegative())),
    waitingList: z.optional(z.boolean()),
  })
  .check(endAfterStart());
export type SessionConfig = z.infer<typeof sessionConfigSchema>;

export const sessionConfigListSchema = z.array(sessionConfigSchema).check(uniqueIds());
