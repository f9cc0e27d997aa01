import type { Session } from '../content/schema/sessions.js';
import type { SignupInput } from '../content/schema/signup.js';
import type { SignupIssueKind } from '../content/signup-fields.js';

/**
 * The signup form's state, and the one change the form makes before anything is checked or sent:
 * a field edited. Everything else happens in `signup-machine.ts`, which loads when the person starts
 * checking or sending; editing must work from the first keystroke.
 */

/** The fields of a signup, named as the shared schema names them. */
export type SignupField = keyof SignupInput;

/** What the form holds while a person fills it in: text as typed, choices as their values, '' when none. */
export interface SignupFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  organisation: string;
  domain: string;
  municipality: string;
  educationLevel: string;
  /** The SKJ question: '' (not answered), 'yes' or 'no'. */
  skjPoints: '' | 'yes' | 'no';
  skjNumber: string;
  skjChamber: string;
  sessionId: string;
  remarks: string;
  newsOptIn: boolean;
  /** The honeypot. */
  website: string;
}

export function emptySignupValues(): SignupFormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    organisation: '',
    domain: '',
    municipality: '',
    educationLevel: '',
    skjPoints: '',
    skjNumber: '',
    skjChamber: '',
    sessionId: '',
    remarks: '',
    newsOptIn: false,
    website: '',
  };
}

/** True while nothing has been filled in or chosen. */
export function isPristine(values: SignupFormValues): boolean {
  const empty = emptySignupValues();
  return (Object.keys(empty) as (keyof SignupFormValues)[]).every((k) => values[k] === empty[k]);
}

/** A signup draft: its Idempotency-Key and the body last sent under it. */
export interface SignupDraft {
  readonly key: string;
  readonly sentBody?: string;
}

export type Phase = 'form' | 'sending' | 'queued' | 'success';

/** What is wrong with a field: a rule of the shared schema, or the session that filled up. */
export type FieldErrorKind = SignupIssueKind | 'session_full';

export interface Confirmation {
  readonly status: 'confirmed' | 'waiting_list';
  readonly id: string;
  readonly key: string;
  readonly session?: Session;
}

/** A message above the form about the last attempt. */
export type FormMessage =
  | 'rulesFailed'
  | 'noEndpoint'
  | 'keyReused'
  | 'duplicate'
  | 'restored'
  | 'expired'
  | { readonly rejected: number }
  /** Minutes until the connection may book again, when the receiver said. */
  | { readonly limited: number | undefined };

/** A note about a signup saved on an earlier page: sent now, or refused while the form was in use. */
export type Notice = { readonly kind: 'sent'; readonly confirmation: Confirmation } | { readonly kind: 'failed' };

export interface SignupState {
  readonly phase: Phase;
  readonly values: SignupFormValues;
  /** The fields the person changed since the form was last empty; they are checked when left. */
  readonly touched: ReadonlySet<string>;
  /** Per field, what is wrong with it. */
  readonly errors: ReadonlyMap<string, FieldErrorKind>;
  /** True after a failed submit: the error summary is shown. */
  readonly summaryShown: boolean;
  /** True when the SKJ number is valid but of an unusual length (a warning, not an error). */
  readonly skjWarning: boolean;
  readonly message?: FormMessage;
  readonly confirmation?: Confirmation;
  /** False when the queued signup lives only in the page (storage refused it). */
  readonly queuedPersistent: boolean;
  readonly notices: readonly Notice[];
  /** The signup being filled in: its Idempotency-Key, and the body last sent under it. */
  readonly draft: SignupDraft;
}

export function initialSignupState(key: string): SignupState {
  return {
    phase: 'form',
    values: emptySignupValues(),
    touched: new Set(),
    errors: new Map(),
    summaryShown: false,
    skjWarning: false,
    queuedPersistent: true,
    notices: [],
    draft: { key },
  };
}

/** True while the form's own signup is on its way or waits in the outbox. */
export function isSending(state: SignupState): boolean {
  return state.phase === 'sending' || state.phase === 'queued';
}

/** A field edited: the value, the field touched, and whether it must be checked again (it shows an error). */
export function applyEdit(
  state: SignupState,
  field: keyof SignupFormValues,
  value: string | boolean,
): { readonly state: SignupState; readonly recheck: boolean } {
  // Removing the form (on success or queued) makes the browser fire `change` on a focused field.
  if (state.phase !== 'form' && state.phase !== 'sending') return { state, recheck: false };
  if (state.values[field] === value) return { state, recheck: false };
  let next: SignupState = {
    ...state,
    values: { ...state.values, [field]: value },
    touched: new Set([...state.touched, field]),
  };
  if (field === 'skjPoints' && value === 'no') {
    const errors = new Map(next.errors);
    errors.delete('skjNumber');
    errors.delete('skjChamber');
    next = { ...next, errors, skjWarning: false };
  }
  return { state: next, recheck: next.errors.has(field) || (field === 'skjNumber' && next.skjWarning) };
}
