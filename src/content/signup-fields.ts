import { MUNICIPALITY_IDS } from './model.js';

/**
 * The plain values the signup rules are built from, with no validator attached: the form imports
 * them without zod, and `schema/signup.ts` builds the rules from the same values.
 */

/** What can be wrong with a field; each side words it in its own language. */
export type SignupIssueKind =
  | 'required'
  | 'email'
  | 'phone'
  | 'too_long'
  | 'choose'
  | 'skj_number'
  | 'control_chars'
  | 'unknown';

/** Work fields as the 2022 survey grouped its respondents (its "overig" is our "anders"). */
export const SIGNUP_DOMAINS = [
  'veiligheidsdomein',
  'jeugdhulp',
  'jeugd_ggz',
  'verslavingszorg',
  'gemeente',
  'wijkteams',
  'sociaal_domein',
  'vg_zorg',
  'anders',
] as const;
export type SignupDomain = (typeof SIGNUP_DOMAINS)[number];

/** The 14 Twente municipalities plus "another municipality". */
export const SIGNUP_MUNICIPALITIES = [...MUNICIPALITY_IDS, 'andere'] as const;
export type SignupMunicipality = (typeof SIGNUP_MUNICIPALITIES)[number];

export const EDUCATION_LEVELS = ['hbo_wo', 'mbo', 'anders'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The SKJ register sections ("kamers") a participant can be registered in. */
export const SKJ_CHAMBERS = ['jeugd_en_gezinsprofessional', 'pedagoog', 'psycholoog'] as const;
export type SkjChamber = (typeof SKJ_CHAMBERS)[number];

/** The value of the session choice that means "put me on the waiting list". */
export const WAITING_LIST = 'wachtlijst';

/** The longest remarks, in characters after trimming. */
export const REMARKS_MAX = 500;
