import * as z from 'zod/mini';
import { aspectIdSchema, bilingualTextSchema, municipalityIdSchema, textSchema } from './common.js';

/** An aspect as the widgets name it, with the survey's own caption kept beside it. */
export const aspectSchema = z.strictObject({
  id: aspectIdSchema,
  /** Short name for headings and buttons ("Juridisch"). */
  name: bilingualTextSchema,
  /** The aspect's label in the 2022 survey ("Juridische aspect"). */
  surveyLabel: bilingualTextSchema,
});
export type Aspect = z.infer<typeof aspectSchema>;

export const municipalitySchema = z.strictObject({
  id: municipalityIdSchema,
  name: textSchema,
  /** CBS municipality code, for example GM0153. */
  cbsCode: z.string().check(z.regex(/^GM\d{4}$/)),
  /** The NL Design System theme class the municipality publishes, when it has one. */
  themeClass: z.optional(z.string()),
});
export type Municipality = z.infer<typeof municipalitySchema>;
