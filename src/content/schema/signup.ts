import * as z from 'zod/mini';
import {
  EDUCATION_LEVELS,
  REMARKS_MAX,
  SIGNUP_DOMAINS,
  SIGNUP_MUNICIPALITIES,
  SKJ_CHAMBERS,
  type SignupIssueKind,
} from '../signup-fields.js';

export * from '../signup-fields.js';

/**
 * The one source of the signup rules, shared by `<otd-course-signup>` and the receiver. The plain
 * values they are built from (the choices, the limits) are in `../signup-fields.ts`, which the form
 * imports without zod. Every issue carries `params.otd` (a `SignupIssueKind`) so each side can word
 * it in its own language; the English `message` is for logs and API clients.
 */
function issue(kind: SignupIssueKind, message: string) {
  return { message, params: { otd: kind } };
}

/**
 * Control characters (Unicode category Cc: C0, DEL and C1, so NUL, BEL, ESC, tab, CR, LF, …), which
 * would be stored and exported raw (an ESC in a name runs as a terminal escape sequence when the
 * CSV is printed).
 */
const CONTROL_CHARACTER = /\p{Cc}/u;
/** The same without the line feed: the one control character remarks may hold. */
const CONTROL_CHARACTER_BUT_NEWLINE = /[^\P{Cc}\n]/u;
/**
 * A UTF-16 surrogate without its partner, which no keyboard produces and which cannot be written
 * as UTF-8 (the database would keep a replacement character). With the u flag, `\p{Cs}` matches
 * only unpaired surrogates.
 */
const LONE_SURROGATE = /\p{Cs}/u;

/** True when a text has a control character (a line feed too, unless `newlines`) or a lone surrogate. */
export function hasControlCharacters(value: string, newlines = false): boolean {
  return (newlines ? CONTROL_CHARACTER_BUT_NEWLINE : CONTROL_CHARACTER).test(value) || LONE_SURROGATE.test(value);
}

/** Refuses control characters and lone surrogates; runs right after trimming, so it is a field's first issue. */
const noControlCharacters = (newlines = false) =>
  z.refine<string>(
    (value) => !hasControlCharacters(value, newlines),
    issue('control_chars', 'Contains a control character or a lone surrogate'),
  );

const required = (max: number) =>
  z
    .string(issue('required', 'Required'))
    .check(
      z.trim(),
      noControlCharacters(),
      z.minLength(1, issue('required', 'Required')),
      z.maxLength(max, issue('too_long', `At most ${max} characters`)),
    );

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, issue('choose', `Choose one of: ${values.join(', ')}`));

/** Spaces and dots are ignored in an SKJ number. */
export function normaliseSkjNumber(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/**
 * A warning, not an error: SKJ numbers seen in public have nine digits, but the format is not
 * officially documented, so another length is allowed through with a note.
 */
export function skjNumberLooksUnusual(value: string): boolean {
  return normaliseSkjNumber(value).length !== 9;
}

export const signupSchema = z
  .strictObject({
    firstName: required(100),
    lastName: required(100),
    email: z
      .string(issue('required', 'Required'))
      .check(
        z.trim(),
        noControlCharacters(),
        z.minLength(1, issue('required', 'Required')),
        z.maxLength(254, issue('too_long', 'At most 254 characters')),
        z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/, issue('email', 'Not an e-mail address')),
      ),
    phone: z.optional(
      z
        .string()
        .check(
          z.trim(),
          noControlCharacters(),
          z.regex(/^$|^\+?[\d\s().-]{8,20}$/, issue('phone', 'Not a phone number')),
        ),
    ),
    organisation: required(200),
    domain: choice(SIGNUP_DOMAINS),
    municipality: choice(SIGNUP_MUNICIPALITIES),
    educationLevel: z.optional(choice(EDUCATION_LEVELS)),
    skjPoints: z.boolean(),
    skjNumber: z.optional(z.string().check(z.trim(), noControlCharacters())),
    skjChamber: z.optional(choice(SKJ_CHAMBERS)),
    /** A session id, or `WAITING_LIST`. */
    sessionId: required(100),
    /** Line breaks are allowed (a CR LF or a lone CR is stored as LF); no other control character. */
    remarks: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.overwrite((value) => value.replace(/\r\n?/g, '\n')),
          noControlCharacters(true),
          z.maxLength(REMARKS_MAX, issue('too_long', `At most ${REMARKS_MAX} characters`)),
        ),
    ),
    newsOptIn: z.boolean(),
    /** The language the person filled the form in. */
    lang: z.enum(['nl', 'en']),
    /** The honeypot: hidden from people, so only bots fill it in. */
    website: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(
    z.superRefine(
      (data, ctx) => {
        if (data.skjPoints !== true) return;
        const raw = typeof data.skjNumber === 'string' ? data.skjNumber : '';
        const number = normaliseSkjNumber(raw);
        if (!number) {
          ctx.addIssue({ code: 'custom', path: ['skjNumber'], input: raw, ...issue('required', 'Required when you want SKJ points') });
        } else if (!/^\d{1,15}$/.test(number)) {
          ctx.addIssue({ code: 'custom', path: ['skjNumber'], input: raw, ...issue('skj_number', 'Digits only') });
        }
        if (!data.skjChamber) {
          ctx.addIssue({ code: 'custom', path: ['skjChamber'], input: data.skjChamber, ...issue('choose', 'Choose your register section') });
        }
      },
      // Also when other fields have problems, so the form can show every error at once.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  );
export type Signup = z.infer<typeof signupSchema>;
/** What the form sends: the same shape before parsing. */
export type SignupInput = z.input<typeof signupSchema>;

export interface SignupFieldError {
  /** The field, for example `email` or `skjNumber`. */
  readonly field: string;
  readonly kind: SignupIssueKind;
  readonly message: string;
}

/** Parses a signup; on failure, one error per field (the first issue of each). */
export function parseSignup(
  data: unknown,
): { ok: true; signup: Signup } | { ok: false; errors: SignupFieldError[] } {
  const result = signupSchema.safeParse(data);
  if (result.success) return { ok: true, signup: result.data };
  const errors = new Map<string, SignupFieldError>();
  for (const i of result.error.issues) {
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) {
        // An empty key still needs a name a person can read.
        const field = key === '' ? '""' : key;
        errors.set(field, { field, kind: 'unknown', message: 'Unknown field' });
      }
      continue;
    }
    const field = String(i.path[0] ?? '');
    if (!errors.has(field)) errors.set(field, { field, kind: kindOf(i), message: i.message });
  }
  return { ok: false, errors: [...errors.values()] };
}

/** Our own kind for a zod issue, from its code (built-in checks) or its params (custom checks). */
function kindOf(i: z.core.$ZodIssue): SignupIssueKind {
  const own = (i as { params?: { otd?: SignupIssueKind } }).params?.otd;
  if (own) return own;
  switch (i.code) {
    case 'too_big':
      return 'too_long';
    case 'invalid_value':
      return 'choose';
    case 'invalid_format':
      return i.path[0] === 'phone' ? 'phone' : 'email';
    default:
      return 'required';
  }
}
