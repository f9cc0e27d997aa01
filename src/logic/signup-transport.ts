import type { SignupFieldError, SignupIssueKind } from '../content/schema/signup.js';

/** How long one POST may take before it counts as failed (and the signup waits in the outbox). */
export const SIGNUP_TIMEOUT_MS = 10_000;

/** Why a signup could not be sent now but will be tried again. */
export type RetryReason = 'network' | 'timeout' | 'server' | 'rate_limited';

/** What the receiver's answer means for the form. */
export type SendOutcome =
  /** 2xx: the receiver has the signup (a repeat of the same key and body gets the first answer). */
  | {
      readonly kind: 'success';
      readonly httpStatus: number;
      readonly id: string;
      readonly status: 'confirmed' | 'waiting_list';
      /** The session as the receiver describes it, not yet checked. */
      readonly session?: unknown;
    }
  /** 422 with field errors: nothing was stored; fix the fields. */
  | { readonly kind: 'invalid'; readonly httpStatus: 422; readonly errors: readonly SignupFieldError[] }
  /** 422: this Idempotency-Key was used before with another body; nothing was stored. */
  | { readonly kind: 'key_reused'; readonly httpStatus: 422 }
  /** 409: the session filled up; `sessions` is the receiver's fresh list, not yet checked. */
  | { readonly kind: 'full'; readonly httpStatus: 409; readonly sessions?: unknown }
  /**
   * 409 `already_signed_up`: this e-mail address already has a seat on the chosen session; nothing
   * new was stored. Sending it again will not help.
   */
  | { readonly kind: 'duplicate'; readonly httpStatus: 409 }
  /**
   * 429 `seat_limit`: this client address booked the most seats allowed for this session in the
   * last hour (the receiver's fair-share guard); nothing was stored. Not retried by itself: the
   * person can wait `retryAfterSeconds` (when the receiver said), choose another session or
   * contact the organiser.
   */
  | { readonly kind: 'limited'; readonly httpStatus: 429; readonly retryAfterSeconds?: number }
  /** No answer, a timeout, 408/425/429 (the plain rate limit) or 5xx: try again later with the same key. */
  | { readonly kind: 'retry'; readonly reason: RetryReason; readonly httpStatus?: number }
  /** Any other answer (400, 404, 413, 415, ...): sending it again will not help. */
  | { readonly kind: 'rejected'; readonly httpStatus: number };

const ISSUE_KINDS: readonly SignupIssueKind[] = [
  'required',
  'email',
  'phone',
  'too_long',
  'choose',
  'skj_number',
  'control_chars',
  'unknown',
];

/** Seconds from a `retryAfterSeconds` body field or a `Retry-After` header in seconds; undefined otherwise. */
function seconds(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function fieldErrors(value: unknown): SignupFieldError[] | null {
  if (!Array.isArray(value)) return null;
  const errors: SignupFieldError[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const { field, kind, message } = item as Record<string, unknown>;
    if (typeof field !== 'string') continue;
    errors.push({
      field,
      kind: ISSUE_KINDS.includes(kind as SignupIssueKind) ? (kind as SignupIssueKind) : 'unknown',
      message: typeof message === 'string' ? message : '',
    });
  }
  return errors.length ? errors : null;
}

/**
 * Reads a receiver answer: its status, its JSON body (undefined when it had none) and its
 * `Retry-After` header when the browser exposes it (cross-origin it may not; the body says it too).
 */
export function classifyResponse(httpStatus: number, body: unknown, retryAfter?: string | null): SendOutcome {
  const data = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (httpStatus >= 200 && httpStatus < 300) {
    return {
      kind: 'success',
      httpStatus,
      id: typeof data['id'] === 'string' || typeof data['id'] === 'number' ? String(data['id']) : '',
      status: data['status'] === 'waiting_list' ? 'waiting_list' : 'confirmed',
      // The receiver answers `session: null` for the waiting list.
      ...(typeof data['session'] === 'object' && data['session'] !== null ? { session: data['session'] } : {}),
    };
  }
  if (httpStatus === 409) {
    if (data['error'] === 'already_signed_up') return { kind: 'duplicate', httpStatus };
    return { kind: 'full', httpStatus, ...(data['sessions'] !== undefined ? { sessions: data['sessions'] } : {}) };
  }
  if (httpStatus === 422) {
    const errors = fieldErrors(data['errors']);
    if (errors) return { kind: 'invalid', httpStatus, errors };
    if (data['error'] === 'idempotency_key_reused') return { kind: 'key_reused', httpStatus };
    return { kind: 'rejected', httpStatus };
  }
  if (httpStatus === 429) {
    if (data['error'] === 'seat_limit') {
      const wait = seconds(data['retryAfterSeconds']) ?? seconds(retryAfter);
      return { kind: 'limited', httpStatus, ...(wait !== undefined ? { retryAfterSeconds: wait } : {}) };
    }
    return { kind: 'retry', reason: 'rate_limited', httpStatus };
  }
  if (httpStatus === 408 || httpStatus === 425 || httpStatus >= 500) return { kind: 'retry', reason: 'server', httpStatus };
  return { kind: 'rejected', httpStatus };
}

export interface SendRequest {
  readonly endpoint: string;
  readonly idempotencyKey: string;
  readonly body: unknown;
  readonly timeoutMs?: number;
  /** Injected for tests; the page's `fetch` by default. */
  readonly fetch?: typeof fetch;
}

/**
 * Posts one signup as JSON with its Idempotency-Key and says what the answer means. Never throws:
 * a network failure or the timeout is an outcome like any other.
 */
export async function sendSignup(request: SendRequest): Promise<SendOutcome> {
  const doFetch = request.fetch ?? globalThis.fetch.bind(globalThis);
  const signal = AbortSignal.timeout(request.timeoutMs ?? SIGNUP_TIMEOUT_MS);
  let response: Response;
  try {
    response = await doFetch(request.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': request.idempotencyKey,
      },
      body: JSON.stringify(request.body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    const timedOut = signal.aborted || (error instanceof DOMException && error.name === 'TimeoutError');
    return { kind: 'retry', reason: timedOut ? 'timeout' : 'network' };
  }
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return classifyResponse(response.status, body, response.headers.get('retry-after'));
}
