import type { Session } from '../content/schema/sessions.js';
import type { SignupIssueKind } from '../content/signup-fields.js';
import type { OutboxEntry } from './outbox.js';
import type { Delivery } from './signup-courier.js';
import { draftFor, fromSignupBody } from './signup-form.js';
import {
  applyEdit,
  emptySignupValues,
  isPristine,
  isSending,
  type Confirmation,
  type FieldErrorKind,
  type SignupFormValues,
  type SignupState,
} from './signup-state.js';
import type { RetryReason } from './signup-transport.js';

/**
 * The signup form's phases as a pure function: `reduce(state, event)` gives the next state and the
 * effects the element carries out (send, dispatch an event, move focus, announce, reload the
 * sessions, check fields). Nothing here touches the DOM, the network or the clock.
 */

// ---------------------------------------------------------------------------------------------
// Event details (what the element dispatches; exported from the package root)
// ---------------------------------------------------------------------------------------------

export interface SignupSuccessDetail {
  /** The receiver's id for the signup. */
  readonly id: string;
  readonly status: 'confirmed' | 'waiting_list';
  readonly sessionId: string;
  readonly idempotencyKey: string;
  /** True when the signup was sent later, from the outbox, rather than right after the button was pressed. */
  readonly fromOutbox: boolean;
}

export interface SignupQueuedDetail {
  readonly idempotencyKey: string;
  readonly reason: RetryReason;
  /** False when the browser would not store it: it is then retried only while the page is open. */
  readonly persistent: boolean;
}

/**
 * Why a signup was not taken: `invalid` (a field), `session_full`, `already_signed_up` (this e-mail
 * address already has a seat on that date), `seat_limit` (this connection booked the most seats
 * allowed on that date for now), `rejected` (any other refusal) or `expired` (saved too long ago).
 */
export type SignupErrorReason = 'invalid' | 'session_full' | 'already_signed_up' | 'seat_limit' | 'rejected' | 'expired';

export interface SignupErrorDetail {
  readonly reason: SignupErrorReason;
  readonly idempotencyKey: string;
  readonly httpStatus?: number;
  /** For `invalid`: the fields the receiver refused. */
  readonly fields?: readonly string[];
  readonly fromOutbox: boolean;
}

// ---------------------------------------------------------------------------------------------
// Events and effects
// ---------------------------------------------------------------------------------------------

export type SignupEvent =
  /** A field changed (typed, chosen, ticked). */
  | { readonly type: 'edit'; readonly field: keyof SignupFormValues; readonly value: string | boolean }
  /** The shared rules checked these fields; `errors` is every problem of the whole form. */
  | {
      readonly type: 'checked';
      readonly fields: readonly string[];
      readonly errors: readonly { readonly field: string; readonly kind: SignupIssueKind }[];
      readonly skjNumberUnusual: boolean;
    }
  /** The form was submitted and the rules refused it. */
  | { readonly type: 'refused'; readonly errors: readonly { readonly field: string; readonly kind: SignupIssueKind }[] }
  /**
   * The form was submitted and is valid. `cancelled`: the page took over (`otd-signup-submit`);
   * `endpoint`: where to post, null when none is set; `newKey`: a fresh key, used if the body changed.
   */
  | {
      readonly type: 'submit';
      readonly body: Readonly<Record<string, unknown>>;
      readonly endpoint: string | null;
      readonly cancelled: boolean;
      readonly newKey: string;
    }
  /**
   * The courier has an answer for a signup: the form's own, or one saved on an earlier page.
   * `session`: the session it was for, when known; `focus`: the person is in the form, so focus
   * follows the answer; `busy`: the form is checking a submit; `persistent`: the outbox can store.
   */
  | {
      readonly type: 'delivered';
      readonly entry: Pick<OutboxEntry, 'key' | 'body'>;
      readonly outcome: Delivery;
      readonly fromOutbox: boolean;
      readonly focus: boolean;
      readonly busy: boolean;
      readonly persistent: boolean;
      readonly session?: Session;
      readonly newKey: string;
    };

/** Where focus goes: the error summary, the message, or the heading of the confirmation or the queued note. */
export type FocusTarget = 'summary' | 'message' | 'confirmation' | 'queued';

/** What the live region says; names of messages in the element's catalogue. */
export type Announcement = 'successHeading' | 'sentLater' | 'restored' | 'expired' | 'failedLater';

export type SignupEffect =
  | { readonly type: 'send'; readonly entry: Pick<OutboxEntry, 'key' | 'endpoint' | 'body'> }
  | { readonly type: 'dispatch'; readonly name: 'otd-signup-success'; readonly detail: SignupSuccessDetail }
  | { readonly type: 'dispatch'; readonly name: 'otd-signup-queued'; readonly detail: SignupQueuedDetail }
  | { readonly type: 'dispatch'; readonly name: 'otd-signup-error'; readonly detail: SignupErrorDetail }
  | { readonly type: 'focus'; readonly target: FocusTarget }
  | { readonly type: 'announce'; readonly message: Announcement }
  /** Load the sessions again; `fresh` is a list the receiver sent along (409), to show instead. */
  | { readonly type: 'refresh-sessions'; readonly fresh?: unknown }
  /** Check these fields with the shared rules; answer with a `checked` event. */
  | { readonly type: 'check'; readonly fields: readonly string[] };

export interface Transition {
  readonly state: SignupState;
  readonly effects: readonly SignupEffect[];
}

// ---------------------------------------------------------------------------------------------
// The refusals: one table from the receiver's answer to what the form and the page are told
// ---------------------------------------------------------------------------------------------

type Refusal = Exclude<Delivery, { readonly kind: 'success' | 'retry' }>;

/** Per refusal: the `otd-signup-error` reason, and its HTTP status where the answer has one. */
const REFUSALS: { readonly [K in Refusal['kind']]: { readonly reason: SignupErrorReason } } = {
  full: { reason: 'session_full' },
  duplicate: { reason: 'already_signed_up' },
  limited: { reason: 'seat_limit' },
  invalid: { reason: 'invalid' },
  key_reused: { reason: 'rejected' },
  rejected: { reason: 'rejected' },
  expired: { reason: 'expired' },
};

function errorEffect(outcome: Refusal, key: string, fromOutbox: boolean): SignupEffect {
  const detail: SignupErrorDetail = {
    reason: REFUSALS[outcome.kind].reason,
    idempotencyKey: key,
    ...(outcome.kind === 'expired' ? {} : { httpStatus: outcome.httpStatus }),
    ...(outcome.kind === 'invalid' ? { fields: outcome.errors.map((e) => e.field) } : {}),
    fromOutbox,
  };
  return { type: 'dispatch', name: 'otd-signup-error', detail };
}

function errorMap(errors: readonly { readonly field: string; readonly kind: FieldErrorKind }[]): Map<string, FieldErrorKind> {
  return new Map(errors.map((e) => [e.field, e.kind]));
}

/** A refusal of a signup that is (now) in the form: back to the form with everything typed, and say what to do. */
function refuse(state: SignupState, outcome: Refusal, key: string, fromOutbox: boolean, focus: boolean, newKey: string): Transition {
  const effects: SignupEffect[] = [errorEffect(outcome, key, fromOutbox)];
  const withFocus = (target: FocusTarget) => (focus ? [...effects, { type: 'focus', target } as const] : effects);
  switch (outcome.kind) {
    case 'full':
      effects.unshift({ type: 'refresh-sessions', fresh: outcome.sessions });
      return {
        state: {
          ...state,
          values: { ...state.values, sessionId: '' },
          errors: errorMap([{ field: 'sessionId', kind: 'session_full' }]),
          summaryShown: true,
        },
        effects: withFocus('summary'),
      };
    case 'invalid': {
      // A session unknown to the receiver now (removed, or in the past): choose again from a fresh list.
      const session = outcome.errors.some((e) => e.field === 'sessionId');
      if (session) effects.unshift({ type: 'refresh-sessions' });
      return {
        state: {
          ...state,
          values: session ? { ...state.values, sessionId: '' } : state.values,
          errors: errorMap(outcome.errors),
          summaryShown: outcome.errors.length > 0,
        },
        effects: withFocus('summary'),
      };
    }
    case 'key_reused':
      return { state: { ...state, draft: { key: newKey }, message: 'keyReused' }, effects: withFocus('message') };
    case 'duplicate':
      return { state: { ...state, message: 'duplicate' }, effects: withFocus('message') };
    case 'limited': {
      const minutes = outcome.retryAfterSeconds === undefined ? undefined : Math.ceil(outcome.retryAfterSeconds / 60);
      return { state: { ...state, message: { limited: minutes } }, effects: withFocus('message') };
    }
    case 'rejected':
      return { state: { ...state, message: { rejected: outcome.httpStatus } }, effects: withFocus('message') };
    case 'expired':
      return { state: { ...state, message: 'expired' }, effects: withFocus('message') };
  }
}

/** An answer for the form's own signup: just sent, or sent again from the outbox. */
function own(state: SignupState, event: Extract<SignupEvent, { type: 'delivered' }>): Transition {
  const { outcome, entry, fromOutbox, focus } = event;
  const key = state.draft.key;
  switch (outcome.kind) {
    case 'success': {
      const sessionId = String(entry.body['sessionId'] ?? '');
      return {
        state: {
          ...state,
          phase: 'success',
          confirmation: { status: outcome.status, id: outcome.id, key, ...(event.session ? { session: event.session } : {}) },
          values: emptySignupValues(),
          touched: new Set(),
          draft: { key: event.newKey },
        },
        effects: [
          {
            type: 'dispatch',
            name: 'otd-signup-success',
            detail: { id: outcome.id, status: outcome.status, sessionId, idempotencyKey: key, fromOutbox },
          },
          focus ? { type: 'focus', target: 'confirmation' } : { type: 'announce', message: 'successHeading' },
        ],
      };
    }
    case 'retry': {
      const first = state.phase !== 'queued';
      const next = { ...state, phase: 'queued' as const, queuedPersistent: event.persistent };
      if (!first) return { state: next, effects: [] };
      const effects: SignupEffect[] = [
        {
          type: 'dispatch',
          name: 'otd-signup-queued',
          detail: { idempotencyKey: key, reason: outcome.reason, persistent: event.persistent },
        },
      ];
      if (focus) effects.push({ type: 'focus', target: 'queued' });
      return { state: next, effects };
    }
    case 'expired':
      // Only an entry from an earlier page expires; the form's own signup never waits that long here.
      return { state, effects: [] };
    default:
      return refuse({ ...state, phase: 'form' }, outcome, key, fromOutbox, focus, event.newKey);
  }
}

/** An answer for a signup saved on an earlier page. */
function earlier(state: SignupState, event: Extract<SignupEvent, { type: 'delivered' }>): Transition {
  const { outcome, entry } = event;
  if (outcome.kind === 'retry') return { state, effects: [] };
  if (outcome.kind === 'success') {
    const confirmation: Confirmation = {
      status: outcome.status,
      id: outcome.id,
      key: entry.key,
      ...(event.session ? { session: event.session } : {}),
    };
    return {
      state: { ...state, notices: [...state.notices, { kind: 'sent', confirmation }] },
      effects: [
        {
          type: 'dispatch',
          name: 'otd-signup-success',
          detail: {
            id: outcome.id,
            status: outcome.status,
            sessionId: String(entry.body['sessionId'] ?? ''),
            idempotencyKey: entry.key,
            fromOutbox: true,
          },
        },
        { type: 'announce', message: 'sentLater' },
      ],
    };
  }
  if (state.phase === 'form' && !event.busy && isPristine(state.values)) {
    // Nothing is lost: the saved signup comes back into the empty form, to check and send again.
    const restored: SignupState = {
      ...state,
      values: fromSignupBody(entry.body),
      draft: { key: entry.key, sentBody: JSON.stringify(entry.body) },
      message: outcome.kind === 'expired' ? state.message : 'restored',
    };
    const { state: next, effects } = refuse(restored, outcome, entry.key, true, false, event.newKey);
    return { state: next, effects: [...effects, { type: 'announce', message: outcome.kind === 'expired' ? 'expired' : 'restored' }] };
  }
  return {
    state: { ...state, notices: [...state.notices, { kind: 'failed' }] },
    effects: [errorEffect(outcome, entry.key, true), { type: 'announce', message: 'failedLater' }],
  };
}

/** The next state of the form, and what the element must do for it. */
export function reduce(state: SignupState, event: SignupEvent): Transition {
  switch (event.type) {
    case 'edit': {
      const { state: next, recheck } = applyEdit(state, event.field, event.value);
      return { state: next, effects: recheck ? [{ type: 'check', fields: [event.field] }] : [] };
    }
    case 'checked': {
      const found = errorMap(event.errors);
      const errors = new Map(state.errors);
      for (const field of event.fields) {
        const kind = found.get(field);
        if (kind) errors.set(field, kind);
        else errors.delete(field);
      }
      const v = state.values;
      const skjWarning = event.fields.includes('skjNumber')
        ? !errors.has('skjNumber') && v.skjPoints === 'yes' && v.skjNumber.trim() !== '' && event.skjNumberUnusual
        : state.skjWarning;
      return { state: { ...state, errors, skjWarning }, effects: [] };
    }
    case 'refused':
      return {
        state: { ...state, message: undefined, errors: errorMap(event.errors), summaryShown: event.errors.length > 0 },
        effects: [{ type: 'focus', target: 'summary' }],
      };
    case 'submit': {
      if (state.phase !== 'form') return { state, effects: [] };
      const checked: SignupState = { ...state, message: undefined, errors: new Map(), summaryShown: false };
      if (event.cancelled) return { state: checked, effects: [] };
      if (!event.endpoint) return { state: { ...checked, message: 'noEndpoint' }, effects: [{ type: 'focus', target: 'message' }] };
      const draft = draftFor(state.draft, JSON.stringify(event.body), () => event.newKey);
      return {
        state: { ...checked, phase: 'sending', draft },
        effects: [{ type: 'send', entry: { key: draft.key, endpoint: event.endpoint, body: event.body } }],
      };
    }
    case 'delivered':
      return event.entry.key === state.draft.key && isSending(state) ? own(state, event) : earlier(state, event);
  }
}
