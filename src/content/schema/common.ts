import * as z from 'zod/mini';
import { ASPECT_IDS, MUNICIPALITY_IDS } from '../model.js';
import { isSafeUrl, LINK_PROTOCOLS, WEB_PROTOCOLS } from '../safe-url.js';
import { parseDutchPhone } from '../phone.js';

export { LANGS, ASPECT_IDS, MUNICIPALITY_IDS, localize } from '../model.js';
export type { Lang, AspectId, MunicipalityId } from '../model.js';

export const aspectIdSchema = z.enum(ASPECT_IDS);
export const municipalityIdSchema = z.enum(MUNICIPALITY_IDS);

/** Marks an issue raised by our own checks, so the element can word it in the reader's language. */
export type OtdIssueKind = 'unsafe_url' | 'web_url' | 'phone' | 'empty' | 'id' | 'channel' | 'email';

function otdIssue(kind: OtdIssueKind, message: string) {
  return { message, params: { otd: kind } };
}

/** A non-empty string, trimmed. */
// Built-in checks (minLength, regex) do not carry our params on their issues; refinements do, so our
// own checks are refinements and the widget can word each problem in the reader's language.
export const textSchema = z
  .string()
  .check(z.trim(), z.refine((v) => v.length > 0, otdIssue('empty', 'Must not be empty')));

/** A short identifier: lower case letters, digits, dots, dashes and underscores. */
export const idSchema = z
  .string()
  .check(
    z.refine(
      (v) => /^[a-z0-9][a-z0-9._-]*$/.test(v),
      otdIssue('id', 'Use lower case letters, digits, ".", "-" or "_" (for example "wijkteam-almelo")'),
    ),
  );

/**
 * Text a partner writes: either one Dutch string, or per language.
 * English falls back to Dutch when it is missing.
 */
export const localizedTextSchema = z.union([
  textSchema,
  z.strictObject({ nl: textSchema, en: z.optional(textSchema) }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Text in both languages, as the bundled default content has it. */
export const bilingualTextSchema = z.strictObject({ nl: textSchema, en: textSchema });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** A link a person can follow from a widget: http(s), mailto or tel; never javascript: or data:. */
export const linkUrlSchema = z
  .string()
  .check(
    z.refine(
      (v) => isSafeUrl(v, LINK_PROTOCOLS),
      otdIssue('unsafe_url', 'Only http(s), mailto: and tel: links are allowed'),
    ),
  );

/** A web page: an absolute http(s) URL. */
export const webUrlSchema = z
  .string()
  .check(
    z.refine(
      (v) => isSafeUrl(v, WEB_PROTOCOLS),
      otdIssue('web_url', 'Must be a full web address starting with https:// (or http://)'),
    ),
  );

/** A Dutch phone number in any common notation; see `parseDutchPhone`. */
export const phoneSchema = z
  .string()
  .check(
    z.refine(
      (v) => parseDutchPhone(v) !== null,
      otdIssue('phone', 'Not a Dutch phone number (for example 053 481 1234, 0800-2000 or +31 53 481 1234)'),
    ),
  );

export const emailSchema = z.email('Not an e-mail address');
