import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { fallbackLang, localize } from '../../content/model.js';
import type { ContentIssue } from '../../content/issues.js';
import { MUNICIPALITIES } from '../../content/default/municipalities.js';
import type { Session } from '../../content/schema/sessions.js';
import type * as SignupSchemaModule from '../../content/schema/signup.js';
import type {
  REMARKS_MAX as RemarksMax,
  Signup,
  SignupFieldError,
  WAITING_LIST as WaitingListValue,
} from '../../content/schema/signup.js';
import { buildIcs, icsDataUrl, icsFileName } from '../../logic/ics.js';
import { createOutbox, newIdempotencyKey, type Outbox, type OutboxEntry } from '../../logic/outbox.js';
import { resolveSafeUrl } from '../../logic/safe-url.js';
import {
  draftFor,
  emptySignupValues,
  fromSignupBody,
  isPristine,
  toSignupInput,
  type SignupDraft,
  type SignupField,
  type SignupFormValues,
} from '../../logic/signup-form.js';
import { sendSignup, type RetryReason, type SendOutcome } from '../../logic/signup-transport.js';
import { allFull, formatSessionDate, formatSessionTime, isFull } from '../../logic/training-sessions.js';
import { defineElement } from '../../internal/define.js';
import { clampLevel, heading } from '../../internal/heading.js';
import type { Catalogue } from '../../internal/catalogue.js';
import { OtdElement } from '../../internal/otd-element.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { widgetStyles } from '../../styles/widget.js';
import { courseSignupCatalogue, type CourseSignupMessages, type FieldErrorKind } from './otd-course-signup.messages.js';
import { styles } from './otd-course-signup.styles.js';

// The schema module brings zod with it, so only its types are imported statically; these two
// constants are checked against the schema's own by their types.
const WAITING_LIST: typeof WaitingListValue = 'wachtlijst';
const REMARKS_MAX: typeof RemarksMax = 500;
/** How long loading the sessions may take. */
const SESSIONS_TIMEOUT_MS = 10_000;
/** How long after the last keystroke the remaining characters are read out. */
const COUNT_ANNOUNCE_DELAY_MS = 1_000;

/** The fields in the order the form shows them; the error summary follows it. */
const FIELD_ORDER: readonly SignupField[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'organisation',
  'domain',
  'municipality',
  'educationLevel',
  'skjPoints',
  'skjNumber',
  'skjChamber',
  'sessionId',
  'remarks',
  'newsOptIn',
];

// ---------------------------------------------------------------------------------------------
// Event details
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

export type SignupErrorReason = 'invalid' | 'session_full' | 'rejected' | 'expired';

export interface SignupErrorDetail {
  readonly reason: SignupErrorReason;
  readonly idempotencyKey: string;
  readonly httpStatus?: number;
  /** For `invalid`: the fields the receiver refused. */
  readonly fields?: readonly string[];
  readonly fromOutbox: boolean;
}

/** The `otd-signup-error` reason for each refusal. */
const ERROR_REASONS: Record<
  'full' | 'invalid' | 'key_reused' | 'duplicate' | 'limited' | 'rejected' | 'expired',
  SignupErrorReason
> = {
  full: 'session_full',
  invalid: 'invalid',
  key_reused: 'rejected',
  duplicate: 'rejected',
  limited: 'rejected',
  rejected: 'rejected',
  expired: 'expired',
};

/** Dispatches one of the signup events: bubbling and composed, so a page hears it from outside the shadow root. */
function dispatchSignupEvent<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

// ---------------------------------------------------------------------------------------------
// Lazy modules: the signup rules and the session schema (both bring zod) load only when needed.
// ---------------------------------------------------------------------------------------------

type SignupRules = typeof SignupSchemaModule;
let rulesModule: Promise<SignupRules> | undefined;

function loadRules(): Promise<SignupRules> {
  rulesModule ??= import('../../content/schema/signup.js').catch((error: unknown) => {
    rulesModule = undefined;
    throw error;
  });
  return rulesModule;
}

/** The valid sessions in `data` (a list from the receiver); anything else in it is left out. */
async function parseSessions(data: unknown): Promise<Session[]> {
  if (!Array.isArray(data)) throw new TypeError('The sessions are not a list');
  const { sessionSchema } = await import('../../content/schema/sessions.js');
  const seen = new Set<string>();
  const sessions: Session[] = [];
  for (const item of data) {
    const result = sessionSchema.safeParse(item);
    if (result.success && !seen.has(result.data.id)) {
      seen.add(result.data.id);
      sessions.push(result.data);
    }
  }
  if (sessions.length < data.length) {
    const dropped = data.length - sessions.length;
    console.warn(`[otd-widgets] <otd-course-signup>: ${dropped} session(s) from the receiver were not valid and are not shown.`);
  }
  return sessions;
}

// ---------------------------------------------------------------------------------------------
// The courier: one per page. It sends what waits in the outbox, with backoff while a form is on
// the page, on `online`, and when a form appears (a new page load), one request per key at a time.
// ---------------------------------------------------------------------------------------------

type Delivery = SendOutcome | { readonly kind: 'expired' };

interface Subscriber {
  /** True when the entry is this form's own draft, waiting for its answer. */
  owns(key: string): boolean;
  receive(entry: OutboxEntry, outcome: Delivery): void;
  changed(): void;
}

function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

class Courier {
  readonly outbox: Outbox = createOutbox(pageStorage());
  private readonly subscribers = new Map<object, Subscriber>();
  private readonly inFlight = new Map<string, Promise<SendOutcome | undefined>>();
  private timer?: ReturnType<typeof setTimeout>;
  private readonly onOnline = () => void this.flush(true);
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === 'otd-signup-outbox') this.changed();
  };

  subscribe(owner: object, subscriber: Subscriber): void {
    if (!this.subscribers.size) {
      globalThis.addEventListener('online', this.onOnline);
      globalThis.addEventListener('storage', this.onStorage);
    }
    this.subscribers.set(owner, subscriber);
    queueMicrotask(() => void this.flush(true));
  }

  unsubscribe(owner: object): void {
    this.subscribers.delete(owner);
    if (this.subscribers.size) return;
    globalThis.removeEventListener('online', this.onOnline);
    globalThis.removeEventListener('storage', this.onStorage);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Sends one waiting signup now and settles the outbox by the answer: gone after any answer that
   * says what happened, kept with a later attempt time otherwise. Undefined when it is no longer
   * waiting (another tab sent it).
   */
  deliver(key: string): Promise<SendOutcome | undefined> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const attempt = this.exclusively(key, async () => {
      const entry = this.outbox.get(key);
      if (!entry) return undefined;
      const outcome = await sendSignup({ endpoint: entry.endpoint, idempotencyKey: entry.key, body: entry.body });
      if (outcome.kind === 'retry') this.outbox.recordFailure(key);
      else this.outbox.remove(key);
      return outcome;
    }).finally(() => {
      this.inFlight.delete(key);
      this.schedule();
      this.changed();
    });
    this.inFlight.set(key, attempt);
    return attempt;
  }

  /** Sends what is due (or, when `force`, everything waiting) and reports each answer to a form. */
  async flush(force: boolean): Promise<void> {
    if (!this.subscribers.size) return;
    for (const entry of this.outbox.takeExpired()) this.route(entry, { kind: 'expired' });
    const entries = force ? this.outbox.list() : this.outbox.due();
    for (const entry of entries) {
      if (this.inFlight.has(entry.key)) continue;
      const outcome = await this.deliver(entry.key);
      if (outcome) this.route(entry, outcome);
    }
    this.schedule();
    this.changed();
  }

  private route(entry: OutboxEntry, outcome: Delivery): void {
    const subscribers = [...this.subscribers.values()];
    (subscribers.find((s) => s.owns(entry.key)) ?? subscribers[0])?.receive(entry, outcome);
  }

  private changed(): void {
    for (const s of this.subscribers.values()) s.changed();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.outbox.nextAttemptAt();
    if (next === undefined || !this.subscribers.size) return;
    const wait = Math.min(Math.max(0, next - Date.now()), 2 ** 31 - 1);
    this.timer = setTimeout(() => void this.flush(false), wait);
  }

  /** One attempt per key across this browser's tabs, where the Web Locks API exists. */
  private exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    return locks ? (locks.request(`otd-signup-${key}`, work) as Promise<T>) : work();
  }
}

let courier: Courier | undefined;
const getCourier = (): Courier => (courier ??= new Courier());

// ---------------------------------------------------------------------------------------------

type Phase = 'form' | 'sending' | 'queued' | 'success';

interface FieldError {
  readonly kind: FieldErrorKind;
}

interface Confirmation {
  readonly status: 'confirmed' | 'waiting_list';
  readonly id: string;
  readonly key: string;
  readonly session?: Session;
}

type FormMessage = 'rulesFailed' | 'noEndpoint' | 'keyReused' | 'restored' | 'expired' | { rejected: number };

type Notice = { readonly kind: 'sent'; readonly confirmation: Confirmation } | { readonly kind: 'failed' };

interface ChoiceOption {
  readonly value: string;
  readonly label: unknown;
  readonly disabled?: boolean;
  readonly hint?: string;
}

/**
 * @summary Sign up for the training day: a native form that posts to a real endpoint with an
 * Idempotency-Key, and keeps the signup on the device (the outbox) until it has been sent.
 *
 * @tag otd-course-signup
 *
 * @csspart card - The outer box.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart field - One question: its label, hint, error and control.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart error-summary-heading - Its heading.
 * @csspart message - A message about the last attempt (refused, restored, not set up).
 * @csspart notice - A note about a signup saved earlier on this device.
 * @csspart privacy - The privacy notice.
 * @csspart privacy-heading - Its heading.
 * @csspart submit - The submit button.
 * @csspart queued - What the person reads when the signup waits to be sent.
 * @csspart queued-heading - Its heading.
 * @csspart confirmation - The confirmation after a successful signup.
 * @csspart confirmation-heading - Its heading.
 * @csspart calendar - The "Zet in je agenda" download.
 * @csspart content-error - The readable error shown when an attribute or partner content is not valid.
 * @csspart loading - The loading line while a `content-src` file loads.
 *
 * @cssprop --otd-color-primary - Button background (falls back to NL Design System button tokens).
 * @cssprop --otd-color-on-primary - Button text colour.
 * @cssprop --otd-color-text - Text colour.
 * @cssprop --otd-color-text-subtle - Colour of hints.
 * @cssprop --otd-color-background - Background.
 * @cssprop --otd-color-surface - Background of notes and the privacy notice.
 * @cssprop --otd-color-border - Border colour.
 * @cssprop --otd-color-link - Link colour.
 * @cssprop --otd-color-link-hover - Link colour on hover.
 * @cssprop --otd-color-error - Colour of errors.
 * @cssprop --otd-form-control-border-color - Border of inputs.
 * @cssprop --otd-font-family - Font family.
 * @cssprop --otd-heading-font-family - Font family of headings (default: the font family).
 * @cssprop --otd-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --otd-border-radius - Corner radius.
 * @cssprop --otd-focus-outline-color - Focus ring colour.
 * @cssprop --otd-focus-outline-width - Focus ring width.
 * @cssprop --otd-focus-outline-style - Focus ring style.
 * @cssprop --otd-focus-outline-offset - Focus ring distance from the element.
 * @cssprop --otd-pointer-target-min-size - Smallest height of buttons and fields (touch targets).
 * @cssprop --otd-course-signup-background-color - Background of the form's box.
 * @cssprop --otd-course-signup-border-color - Border of the form's box.
 *
 * @fires otd-signup-submit - The form is valid and about to be sent; cancelable (cancel it to send it yourself);
 * detail: the signup as parsed by the shared schema.
 * @fires otd-signup-success - The receiver has the signup; detail: `{ id, status, sessionId, idempotencyKey, fromOutbox }`.
 * @fires otd-signup-queued - Sending failed (network, timeout, 5xx) and the signup waits in the outbox;
 * detail: `{ idempotencyKey, reason, persistent }`.
 * @fires otd-signup-error - The receiver refused the signup, or a saved one expired; detail:
 * `{ reason, idempotencyKey, httpStatus?, fields?, fromOutbox }`, reason `invalid`, `session_full`, `rejected` or `expired`.
 * @fires otd-content-error - An attribute is not valid (for example an unsafe `privacy-url`); detail: `{ source, issues }`.
 */
export class OtdCourseSignup extends OtdElement {
  static override styles = [tokens, hostStyles, widgetStyles, styles];
  static override readonly otdTag = 'otd-course-signup';

  /** Loads the sessions from `sessions-src`; the session schema comes with it, lazily. */
  private readonly sessionsTask = new Task(this, {
    args: () => [this.sessionsHref] as const,
    task: async ([src], { signal }): Promise<Session[]> => {
      if (!src) throw new Error('No valid sessions-src');
      const response = await fetch(src, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(SESSIONS_TIMEOUT_MS)]),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return parseSessions(await response.json());
    },
  });

  @state() private phase: Phase = 'form';
  @state() private values: SignupFormValues = emptySignupValues();
  @state() private errors: ReadonlyMap<string, FieldError> = new Map();
  @state() private summaryShown = false;
  @state() private skjWarning = false;
  @state() private formMessage?: FormMessage;
  @state() private confirmation?: Confirmation;
  @state() private queuedPersistent = true;
  @state() private notices: readonly Notice[] = [];
  @state() private pending: readonly OutboxEntry[] = [];
  /** Fresh sessions from a 409 answer, shown instead of the task's until it runs again. */
  @state() private sessionsOverride?: readonly Session[];
  @state() private announcement = '';

  /** Where to post signups (JSON, with an Idempotency-Key), for example `/api/signups`. */
  @property() endpoint?: string;

  /** Where to load the training sessions from, for example `/api/sessions`. */
  @property({ attribute: 'sessions-src' }) sessionsSrc?: string;

  /** The privacy statement the notice links to (http(s) or relative); required. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** Who processes the data, named in the privacy notice (for example `Gemeente Enschede`). */
  @property() organiser?: string;

  /** The level of the heading (1–5, default 2); headings inside the form come one level below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private endpointHref: string | null = null;
  private sessionsHref: string | null = null;
  private privacyHref: string | null = null;
  private draft: SignupDraft = { key: newIdempotencyKey() };
  private readonly dirty = new Set<string>();
  private submitting = false;
  private countTimer?: ReturnType<typeof setTimeout>;
  private readonly subscriber: Subscriber = {
    owns: (key) => key === this.draft.key && (this.phase === 'sending' || this.phase === 'queued'),
    receive: (entry, outcome) => void this.handleDelivery(entry, outcome),
    changed: () => this.refreshPending(),
  };

  override connectedCallback(): void {
    super.connectedCallback();
    getCourier().subscribe(this, this.subscriber);
    this.refreshPending();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    getCourier().unsubscribe(this);
    clearTimeout(this.countTimer);
  }

  protected override firstUpdated(): void {
    // After the first paint, fetch the rules (a lazy chunk with zod, which the sessions need too), so
    // checking and queueing a signup also work when the network drops while the person types.
    loadRules().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('endpoint') || changed.has('sessionsSrc') || changed.has('privacyUrl')) {
      const issues: ContentIssue[] = [];
      const resolve = (path: string, value: string | undefined, required: boolean): string | null => {
        if (!value) {
          if (required) issues.push({ path, message: `Missing ${path}`, code: 'invalid_type' });
          return null;
        }
        const url = resolveSafeUrl(value, document.baseURI);
        if (!url) issues.push({ path, message: `${path} must be an http(s) URL`, code: 'custom', kind: 'web_url' });
        return url;
      };
      this.endpointHref = resolve('endpoint', this.endpoint, false);
      this.sessionsHref = resolve('sessions-src', this.sessionsSrc, true);
      this.privacyHref = resolve('privacy-url', this.privacyUrl, true);
      this.attributeIssues = issues;
    }
  }

  private get messages(): CourseSignupMessages {
    return courseSignupCatalogue.get(this.resolvedLang) ?? courseSignupCatalogue.nl;
  }

  private get sessions(): readonly Session[] | undefined {
    if (this.sessionsOverride) return this.sessionsOverride;
    return this.sessionsTask.status === TaskStatus.COMPLETE ? this.sessionsTask.value : undefined;
  }

  // --- handlers ------------------------------------------------------------------------------

  private handleInput(event: Event): void {
    // Removing the form (on success or queued) makes the browser fire `change` on a focused field.
    if (this.phase !== 'form' && this.phase !== 'sending') return;
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name as keyof SignupFormValues;
    if (!(field in this.values)) return;
    let value: string | boolean = target.value;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') value = target.checked;
    else if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    if (this.values[field] === value) return;
    this.values = { ...this.values, [field]: value };
    this.dirty.add(field);
    if (field === 'skjPoints' && value === 'no') {
      const errors = new Map(this.errors);
      errors.delete('skjNumber');
      errors.delete('skjChamber');
      this.errors = errors;
      this.skjWarning = false;
    }
    if (field === 'remarks') this.scheduleCountAnnouncement();
    if (this.errors.has(field) || (field === 'skjNumber' && this.skjWarning)) void this.validate([field]);
  }

  private handleFocusIn(): void {
    // Once more, in case the network was away when the page loaded.
    loadRules().catch(() => undefined);
  }

  private handleFocusOut(event: FocusEvent): void {
    if (this.phase !== 'form') return;
    const target = event.target as HTMLInputElement;
    const field = target.name;
    if (!field || field === 'website' || !FIELD_ORDER.includes(field as SignupField)) return;
    const next = event.relatedTarget as HTMLInputElement | null;
    if (next?.name === field) return; // still inside the same group of radios
    if (this.dirty.has(field) || this.errors.has(field)) void this.validate([field as SignupField]);
  }

  private handleSummaryClick(event: Event, field: string): void {
    event.preventDefault();
    this.focusField(field);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting || this.phase !== 'form') return;
    // The guard covers only the check; from then on the phase ('sending') keeps a second press out.
    this.submitting = true;
    let ready: { endpoint: string; body: Record<string, unknown> } | undefined;
    try {
      ready = await this.check();
    } finally {
      this.submitting = false;
    }
    if (ready) await this.send(ready.endpoint, ready.body);
  }

  private handleSessionsRetry(): void {
    this.sessionsOverride = undefined;
    void this.sessionsTask.run();
  }

  // --- validation ----------------------------------------------------------------------------

  /** Checks the form with the shared rules and updates the errors of `fields` only. */
  private async validate(fields: readonly SignupField[]): Promise<void> {
    let rules: SignupRules;
    try {
      rules = await loadRules();
    } catch {
      return;
    }
    const result = rules.parseSignup(toSignupInput(this.values, this.resolvedLang, rules.normaliseSkjNumber));
    const found = new Map(result.ok ? [] : result.errors.map((e) => [e.field, e.kind] as const));
    const errors = new Map(this.errors);
    for (const field of fields) {
      const kind = found.get(field);
      if (kind) errors.set(field, { kind });
      else errors.delete(field);
    }
    this.errors = errors;
    if (fields.includes('skjNumber')) {
      this.skjWarning =
        !errors.has('skjNumber') &&
        this.values.skjPoints === 'yes' &&
        this.values.skjNumber.trim() !== '' &&
        rules.skjNumberLooksUnusual(this.values.skjNumber);
    }
  }

  private async showErrors(
    list: readonly SignupFieldError[] | ReadonlyMap<string, FieldError>,
    focus: boolean,
  ): Promise<void> {
    this.errors =
      list instanceof Map
        ? new Map(list)
        : new Map((list as readonly SignupFieldError[]).map((e) => [e.field, { kind: e.kind }]));
    this.summaryShown = this.errors.size > 0;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
  }

  // --- sending -------------------------------------------------------------------------------

  /**
   * Checks the form with the shared rules and asks the page (`otd-signup-submit`) whether to send.
   * Returns what to send, with the phase already 'sending'; or nothing, with the problem shown.
   */
  private async check(): Promise<{ endpoint: string; body: Record<string, unknown> } | undefined> {
    this.formMessage = undefined;
    let rules: SignupRules;
    try {
      rules = await loadRules();
    } catch {
      void this.showMessage('rulesFailed', true);
      return undefined;
    }
    // The honeypot as the page has it: a bot may set the value without any input event.
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#website');
    if (honeypot && honeypot.value !== this.values.website) this.values = { ...this.values, website: honeypot.value };
    const result = rules.parseSignup(toSignupInput(this.values, this.resolvedLang, rules.normaliseSkjNumber));
    if (!result.ok) {
      void this.showErrors(result.errors, true);
      return undefined;
    }
    this.errors = new Map();
    this.summaryShown = false;
    const proceed = this.dispatchEvent(
      new CustomEvent('otd-signup-submit', { detail: result.signup, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return undefined;
    const endpoint = this.endpointHref;
    if (!endpoint) {
      void this.showMessage('noEndpoint', true);
      return undefined;
    }
    const body = result.signup as unknown as Record<string, unknown>;
    this.draft = draftFor(this.draft, JSON.stringify(body), newIdempotencyKey);
    this.phase = 'sending';
    return { endpoint, body };
  }

  /** Keeps the signup in the outbox first (so nothing is lost if the page closes), then sends it. */
  private async send(endpoint: string, body: Record<string, unknown>): Promise<void> {
    const c = getCourier();
    c.outbox.add({ key: this.draft.key, endpoint, body });
    const outcome = await c.deliver(this.draft.key);
    // Undefined: another tab sent it meanwhile (and removed it); the receiver has it.
    await this.applyOwn(outcome ?? { kind: 'success', httpStatus: 200, id: '', status: 'confirmed' }, body, false, true);
  }

  /** An answer for this form's own draft: just sent, or sent again from the outbox. */
  private async applyOwn(
    outcome: Delivery,
    body: Readonly<Record<string, unknown>>,
    fromOutbox: boolean,
    focus: boolean,
  ): Promise<void> {
    const key = this.draft.key;
    const hadFocus = focus || this.matches(':focus-within');
    switch (outcome.kind) {
      case 'success': {
        this.confirmation = {
          status: outcome.status,
          id: outcome.id,
          key,
          session: await this.sessionFor(String(body['sessionId'] ?? ''), outcome.session),
        };
        this.phase = 'success';
        this.values = emptySignupValues();
        this.dirty.clear();
        this.draft = { key: newIdempotencyKey() };
        dispatchSignupEvent<SignupSuccessDetail>(this, 'otd-signup-success', {
          id: outcome.id,
          status: outcome.status,
          sessionId: String(body['sessionId'] ?? ''),
          idempotencyKey: key,
          fromOutbox,
        });
        if (hadFocus) await this.focusSelector('#confirmation-heading');
        else this.announce(this.messages.successHeading);
        return;
      }
      case 'retry': {
        const first = this.phase !== 'queued';
        this.phase = 'queued';
        this.queuedPersistent = getCourier().outbox.persistent;
        if (!first) return;
        dispatchSignupEvent<SignupQueuedDetail>(this, 'otd-signup-queued', {
          idempotencyKey: key,
          reason: outcome.reason,
          persistent: this.queuedPersistent,
        });
        if (hadFocus) await this.focusSelector('#queued-heading');
        return;
      }
      case 'expired':
        // Only an entry from an earlier page expires; the form's own draft never waits that long here.
        return;
      default:
        this.phase = 'form';
        await this.applyRefusal(outcome, key, fromOutbox, hadFocus);
    }
  }

  /** 409, 422 or another refusal: back to the form with everything typed, and say what to do. */
  private async applyRefusal(
    outcome: Exclude<Delivery, { kind: 'success' | 'retry' }>,
    key: string,
    fromOutbox: boolean,
    focus: boolean,
  ): Promise<void> {
    switch (outcome.kind) {
      case 'full':
        this.values = { ...this.values, sessionId: '' };
        void this.refreshSessions(outcome.sessions);
        dispatchSignupEvent<SignupErrorDetail>(this, 'otd-signup-error', {
          reason: 'session_full',
          idempotencyKey: key,
          httpStatus: 409,
          fromOutbox,
        });
        await this.showErrors(new Map([['sessionId', { kind: 'session_full' }]]), focus);
        return;
      case 'invalid':
        if (outcome.errors.some((e) => e.field === 'sessionId')) {
          // The session is unknown to the receiver now (removed, or in the past): choose again from a fresh list.
          this.values = { ...this.values, sessionId: '' };
          void this.refreshSessions(undefined);
        }
        dispatchSignupEvent<SignupErrorDetail>(this, 'otd-signup-error', {
          reason: 'invalid',
          idempotencyKey: key,
          httpStatus: 422,
          fields: outcome.errors.map((e) => e.field),
          fromOutbox,
        });
        await this.showErrors(outcome.errors, focus);
        return;
      case 'key_reused':
        this.draft = { key: newIdempotencyKey() };
        dispatchSignupEvent<SignupErrorDetail>(this, 'otd-signup-error', {
          reason: 'rejected',
          idempotencyKey: key,
          httpStatus: 422,
          fromOutbox,
        });
        await this.showMessage('keyReused', focus);
        return;
      case 'duplicate':
      case 'limited':
      case 'rejected':
        dispatchSignupEvent<SignupErrorDetail>(this, 'otd-signup-error', {
          reason: 'rejected',
          idempotencyKey: key,
          httpStatus: outcome.httpStatus,
          fromOutbox,
        });
        await this.showMessage({ rejected: outcome.httpStatus }, focus);
        return;
      case 'expired':
        dispatchSignupEvent<SignupErrorDetail>(this, 'otd-signup-error', {
          reason: 'expired',
          idempotencyKey: key,
          fromOutbox,
        });
        await this.showMessage('expired', focus);
    }
  }

  /** An answer from the outbox: for this form's own draft, or for a signup saved on an earlier page. */
  private async handleDelivery(entry: OutboxEntry, outcome: Delivery): Promise<void> {
    if (this.subscriber.owns(entry.key)) {
      await this.applyOwn(outcome, entry.body, true, false);
      return;
    }
    if (outcome.kind === 'retry') return;
    if (outcome.kind === 'success') {
      const confirmation: Confirmation = {
        status: outcome.status,
        id: outcome.id,
        key: entry.key,
        session: await this.sessionFor(String(entry.body['sessionId'] ?? ''), outcome.session),
      };
      this.notices = [...this.notices, { kind: 'sent', confirmation }];
      dispatchSignupEvent<SignupSuccessDetail>(this, 'otd-signup-success', {
        id: outcome.id,
        status: outcome.status,
        sessionId: String(entry.body['sessionId'] ?? ''),
        idempotencyKey: entry.key,
        fromOutbox: true,
      });
      this.announce(this.messages.sentLater);
      return;
    }
    if (this.phase === 'form' && !this.submitting && isPristine(this.values)) {
      // Nothing is lost: the saved signup comes back into the empty form, to check and send again.
      this.values = fromSignupBody(entry.body);
      this.draft = { key: entry.key, sentBody: JSON.stringify(entry.body) };
      if (outcome.kind !== 'expired') await this.showMessage('restored', false);
      await this.applyRefusal(outcome, entry.key, true, false);
      this.announce(outcome.kind === 'expired' ? this.messages.expired : this.messages.restored);
      return;
    }
    this.notices = [...this.notices, { kind: 'failed' }];
    dispatchSignupEvent<SignupErrorDetail>(this, 'otd-signup-error', {
      reason: ERROR_REASONS[outcome.kind],
      idempotencyKey: entry.key,
      ...(outcome.kind === 'expired' ? {} : { httpStatus: outcome.httpStatus }),
      fromOutbox: true,
    });
    this.announce(this.messages.failedLater);
  }

  private async refreshSessions(fresh: unknown): Promise<void> {
    if (fresh !== undefined) {
      try {
        this.sessionsOverride = await parseSessions(fresh);
        return;
      } catch {
        // fall through: load them again
      }
    }
    this.sessionsOverride = undefined;
    void this.sessionsTask.run();
  }

  /** The session a signup was for: from the loaded list, else as the receiver described it. */
  private async sessionFor(id: string, described: unknown): Promise<Session | undefined> {
    const known = this.sessions?.find((s) => s.id === id);
    if (known || typeof described !== 'object' || described === null) return known;
    try {
      return (await parseSessions([described]))[0];
    } catch {
      return undefined;
    }
  }

  private refreshPending(): void {
    const own = this.phase === 'sending' || this.phase === 'queued' ? this.draft.key : undefined;
    const pending = getCourier()
      .outbox.list()
      .filter((e) => e.key !== own);
    const same = pending.length === this.pending.length && pending.every((e, i) => e.key === this.pending[i]?.key);
    if (!same) this.pending = pending;
  }

  // --- small helpers -------------------------------------------------------------------------

  private async showMessage(message: FormMessage, focus: boolean): Promise<void> {
    this.formMessage = message;
    if (focus) await this.focusSelector('[part="message"]');
  }

  private async focusSelector(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private scheduleCountAnnouncement(): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.announce(this.remarksCountText()), COUNT_ANNOUNCE_DELAY_MS);
  }

  private remarksCountText(): string {
    const left = REMARKS_MAX - this.values.remarks.trim().length;
    return left >= 0 ? this.messages.remarksLeft(left) : this.messages.remarksOver(-left);
  }

  /** The control a field's error belongs to: the input itself, or the chosen (else first) radio. */
  private focusField(field: string): void {
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`input#${field}, select#${field}, textarea#${field}`) ??
      root.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ??
      root.querySelector<HTMLElement>(`input[name="${field}"]:not(:disabled)`) ??
      root.querySelector<HTMLElement>(`#${field} button, #${field}`);
    if (!target) return;
    if (target.localName === 'fieldset') target.tabIndex = -1;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  }

  private errorText(field: string, kind: FieldErrorKind): string {
    const m = this.messages;
    return m.errors[field as SignupField]?.[kind] ?? m.errorFallback[kind];
  }

  private describedBy(field: string, ...extra: (string | false | undefined)[]): string | undefined {
    const ids = [...extra, this.errors.has(field) && `${field}-error`].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  private sessionText(session: Session): string {
    const lang = this.resolvedLang;
    const place = localize(session.place, lang);
    return `${formatSessionDate(session.date, lang)}, ${formatSessionTime(session)}, ${place}`;
  }

  // --- rendering -----------------------------------------------------------------------------

  private renderError(field: string): TemplateResult | typeof nothing {
    const error = this.errors.get(field);
    if (!error) return nothing;
    return html`<p class="error" id=${`${field}-error`}>
      <span class="visually-hidden">${this.messages.errorPrefix}</span> ${this.errorText(field, error.kind)}
    </p>`;
  }

  private renderLabel(field: string, text: string, optional: boolean): TemplateResult {
    return html`<label for=${field}
      >${text}${optional ? html` <span class="optional">${this.messages.optional}</span>` : nothing}</label
    >`;
  }

  private renderTextField(
    field: 'firstName' | 'lastName' | 'email' | 'phone' | 'organisation' | 'skjNumber',
    options: {
      readonly label: string;
      readonly type?: 'text' | 'email' | 'tel';
      readonly autocomplete: string;
      readonly inputmode?: string;
      readonly optional?: boolean;
      readonly hint?: string;
      readonly spellcheck?: boolean;
      readonly warning?: string;
      readonly size?: 'short' | 'medium';
    },
  ): TemplateResult {
    const hasError = this.errors.has(field);
    const hintId = options.hint ? `${field}-hint` : undefined;
    const warningId = options.warning ? `${field}-warning` : undefined;
    return html`
      <div class="field ${hasError ? 'invalid' : ''}" part="field">
        ${this.renderLabel(field, options.label, !!options.optional)}
        ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing} ${this.renderError(field)}
        ${options.warning
          ? html`<p class="warning" id=${warningId!}>
              <span class="visually-hidden">${this.messages.warningPrefix}</span> ${options.warning}
            </p>`
          : nothing}
        <input
          class="control ${options.size ?? ''}"
          id=${field}
          name=${field}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete}
          inputmode=${ifDefined(options.inputmode)}
          spellcheck=${ifDefined(options.spellcheck === false ? 'false' : undefined)}
          ?required=${!options.optional}
          aria-invalid=${hasError ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy(field, hintId, warningId))}
          .value=${live(this.values[field])}
        />
      </div>
    `;
  }

  private renderChoices(
    field: 'domain' | 'educationLevel' | 'skjPoints' | 'skjChamber' | 'sessionId',
    legend: string,
    options: readonly ChoiceOption[],
    extra: { readonly optional?: boolean; readonly hint?: unknown; readonly note?: unknown; readonly body?: unknown } = {},
  ): TemplateResult {
    const hasError = this.errors.has(field);
    const hintId = extra.hint ? `${field}-hint` : undefined;
    const noteId = extra.note ? `${field}-note` : undefined;
    const value = this.values[field];
    return html`
      <fieldset
        class="field ${hasError ? 'invalid' : ''}"
        part="field"
        id=${field}
        aria-describedby=${ifDefined(this.describedBy(field, hintId, noteId))}
      >
        <legend>${legend}${extra.optional ? html` <span class="optional">${this.messages.optional}</span>` : nothing}</legend>
        ${extra.hint ? html`<p class="hint" id=${hintId!}>${extra.hint}</p>` : nothing}
        ${extra.note ? html`<p class="note" id=${noteId!}>${extra.note}</p>` : nothing} ${this.renderError(field)}
        ${extra.body ?? nothing}
        ${options.length
          ? html`<div class="choices">
              ${options.map((o) => {
                const id = `${field}-${o.value}`;
                return html`
                  <div class="choice ${o.disabled ? 'disabled' : ''}">
                    <input
                      type="radio"
                      id=${id}
                      name=${field}
                      .value=${o.value}
                      ?disabled=${!!o.disabled}
                      ?required=${!extra.optional}
                      aria-invalid=${hasError ? 'true' : 'false'}
                      aria-describedby=${ifDefined(o.hint ? `${id}-hint` : undefined)}
                      .checked=${live(value === o.value)}
                    />
                    <label for=${id}>${o.label}</label>
                    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
                  </div>
                `;
              })}
            </div>`
          : nothing}
      </fieldset>
    `;
  }

  private renderMunicipality(): TemplateResult {
    const m = this.messages;
    const hasError = this.errors.has('municipality');
    const v = this.values.municipality;
    return html`
      <div class="field ${hasError ? 'invalid' : ''}" part="field">
        ${this.renderLabel('municipality', m.municipality, false)} ${this.renderError('municipality')}
        <select
          class="control medium"
          id="municipality"
          name="municipality"
          required
          aria-invalid=${hasError ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy('municipality'))}
        >
          <option value="" .selected=${live(v === '')}>${m.municipalityChoose}</option>
          ${MUNICIPALITIES.map((mu) => html`<option value=${mu.id} .selected=${live(v === mu.id)}>${mu.name}</option>`)}
          <option value="andere" .selected=${live(v === 'andere')}>${m.municipalityOther}</option>
        </select>
      </div>
    `;
  }

  private renderSkj(): TemplateResult {
    const m = this.messages;
    const yes = this.values.skjPoints === 'yes';
    return html`
      ${this.renderChoices(
        'skjPoints',
        m.skjPoints,
        [
          { value: 'yes', label: m.yes },
          { value: 'no', label: m.no },
        ],
        { hint: m.skjPointsHint },
      )}
      ${yes
        ? html`<div class="conditional">
            ${this.renderTextField('skjNumber', {
              label: m.skjNumber,
              autocomplete: 'off',
              inputmode: 'numeric',
              hint: m.skjNumberHint,
              spellcheck: false,
              warning: this.skjWarning ? m.skjNumberUnusual : undefined,
              size: 'short',
            })}
            ${this.renderChoices(
              'skjChamber',
              m.skjChamber,
              (Object.keys(m.skjChambers) as (keyof typeof m.skjChambers)[]).map((c) => ({ value: c, label: m.skjChambers[c] })),
              { note: m.skjChamberNote },
            )}
          </div>`
        : nothing}
    `;
  }

  private renderSessions(): TemplateResult {
    const m = this.messages;
    const sessions = this.sessions;
    let body: unknown = nothing;
    let options: ChoiceOption[] = [];
    if (sessions) {
      options = sessions.map((s) => {
        const full = isFull(s);
        const address = s.address ? `, ${s.address}` : '';
        return {
          value: s.id,
          disabled: full,
          label: html`<span class="when">${formatSessionDate(s.date, this.resolvedLang)}, ${formatSessionTime(s)}</span>
            <span class="where"><span lang=${ifDefined(fallbackLang(s.place, this.resolvedLang))}>${localize(s.place, this.resolvedLang)}</span>${address}</span>
            <span class="seats ${full ? 'full' : ''}">${full ? m.full : m.seatsLeft(s.seatsLeft)}</span>`,
        };
      });
      if (allFull(sessions)) {
        body = html`<p class="note">${sessions.length ? m.sessionsAllFull : m.sessionsNone}</p>`;
        options.push({ value: WAITING_LIST, label: m.waitingList, hint: m.waitingListHint });
      }
    } else if (this.sessionsTask.status === TaskStatus.ERROR) {
      body = html`<div class="sessions-problem">
        <p>${m.sessionsFailed}</p>
        <button type="button" class="secondary" @click=${this.handleSessionsRetry}>${m.sessionsRetry}</button>
      </div>`;
    } else {
      body = html`<p class="loading" role="status">${m.sessionsLoading}</p>`;
    }
    return this.renderChoices('sessionId', m.session, options, { body });
  }

  private renderRemarks(): TemplateResult {
    const m = this.messages;
    const hasError = this.errors.has('remarks');
    const over = this.values.remarks.trim().length > REMARKS_MAX;
    return html`
      <div class="field ${hasError ? 'invalid' : ''}" part="field">
        ${this.renderLabel('remarks', m.remarks, true)}
        <p class="hint" id="remarks-hint">${m.remarksHint}</p>
        ${this.renderError('remarks')}
        <textarea
          class="control"
          id="remarks"
          name="remarks"
          rows="4"
          aria-invalid=${hasError ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy('remarks', 'remarks-hint', 'remarks-count'))}
          .value=${live(this.values.remarks)}
        ></textarea>
        <p class="count ${over ? 'over' : ''}" id="remarks-count">${this.remarksCountText()}</p>
      </div>
    `;
  }

  private renderPrivacy(level: number): TemplateResult {
    const m = this.messages;
    const organiser = this.organiser?.trim() || m.privacyOrganiser;
    return html`
      <section class="privacy" part="privacy" aria-labelledby="privacy-heading">
        ${heading(level, m.privacyHeading, { id: 'privacy-heading', part: 'privacy-heading' })}
        <p>
          ${m.privacy(organiser)}
          ${this.privacyHref
            ? html`<a href=${this.privacyHref} target="_blank" rel="noopener"
                >${m.privacyLink}<span class="visually-hidden"> ${m.newTab}</span></a
              >.`
            : nothing}
        </p>
      </section>
    `;
  }

  private renderSummary(level: number): TemplateResult | typeof nothing {
    if (!this.summaryShown || !this.errors.size) return nothing;
    const m = this.messages;
    const known = FIELD_ORDER.filter((f) => this.errors.has(f));
    const unknown = [...this.errors.keys()].filter((f) => !FIELD_ORDER.includes(f as SignupField));
    return html`
      <div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-heading">
        ${heading(level, m.summaryHeading, { id: 'error-summary-heading', part: 'error-summary-heading' })}
        <ul>
          ${known.map(
            (f) =>
              html`<li>
                <a href=${`#${f}`} @click=${(e: Event) => this.handleSummaryClick(e, f)}
                  >${this.errorText(f, this.errors.get(f)!.kind)}</a
                >
              </li>`,
          )}
          ${unknown.map((f) => html`<li>${m.summaryFieldUnknown(f)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderMessage(): TemplateResult | typeof nothing {
    const msg = this.formMessage;
    if (!msg) return nothing;
    const m = this.messages;
    const text = typeof msg === 'object' ? m.rejected(msg.rejected) : m[msg];
    return html`<p class="message" part="message" tabindex="-1">${text}</p>`;
  }

  private renderCalendarLink(confirmation: Confirmation): TemplateResult | typeof nothing {
    const s = confirmation.session;
    if (!s || confirmation.status !== 'confirmed') return nothing;
    const m = this.messages;
    const lang = this.resolvedLang;
    const ics = buildIcs({
      uid: `${confirmation.id || confirmation.key}@otd-widgets`,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      summary: m.calendarSummary,
      location: [localize(s.place, lang), s.address].filter(Boolean).join(', '),
      description: m.calendarDescription,
      url: globalThis.location?.href,
      stamp: new Date(),
    });
    if (!ics) return nothing;
    return html`<p>
      <a class="button" part="calendar" href=${icsDataUrl(ics)} download=${icsFileName(s.date)}
        >${m.addToCalendar}<span class="visually-hidden"> ${m.calendarFile}</span></a
      >
    </p>`;
  }

  private renderConfirmationText(confirmation: Confirmation): string {
    const m = this.messages;
    const when = confirmation.session ? this.sessionText(confirmation.session) : undefined;
    if (confirmation.status === 'waiting_list') return when ? m.waitingListFor(when) : m.waitingListGeneral;
    return when ? m.successFor(when) : m.success;
  }

  private renderNotices(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (!this.notices.length && !this.pending.length) return nothing;
    const names = this.pending
      .map((e) => [e.body['firstName'], e.body['lastName']].filter((n) => typeof n === 'string').join(' '))
      .join(', ');
    return html`
      ${this.pending.length ? html`<p class="notice" part="notice">${m.pending(names)}</p>` : nothing}
      ${this.notices.map((n) =>
        n.kind === 'sent'
          ? html`<div class="notice" part="notice">
              <p>${m.sentLater} ${this.renderConfirmationText(n.confirmation)}</p>
              ${this.renderCalendarLink(n.confirmation)}
            </div>`
          : html`<p class="notice" part="notice">${m.failedLater}</p>`,
      )}
    `;
  }

  private renderForm(level: number): TemplateResult {
    const m = this.messages;
    const busy = this.phase === 'sending';
    return html`
      <p class="intro">${m.intro}</p>
      ${this.renderMessage()} ${this.renderSummary(level + 1)}
      <form
        novalidate
        part="form"
        @submit=${this.handleSubmit}
        @input=${this.handleInput}
        @change=${this.handleInput}
        @focusin=${this.handleFocusIn}
        @focusout=${this.handleFocusOut}
      >
        ${this.renderTextField('firstName', { label: m.firstName, autocomplete: 'given-name', size: 'medium' })}
        ${this.renderTextField('lastName', { label: m.lastName, autocomplete: 'family-name', size: 'medium' })}
        ${this.renderTextField('email', {
          label: m.email,
          type: 'email',
          autocomplete: 'email',
          inputmode: 'email',
          spellcheck: false,
          hint: m.emailHint,
        })}
        ${this.renderTextField('phone', {
          label: m.phone,
          type: 'tel',
          autocomplete: 'tel',
          inputmode: 'tel',
          optional: true,
          hint: m.phoneHint,
          size: 'medium',
        })}
        ${this.renderTextField('organisation', { label: m.organisation, autocomplete: 'organization' })}
        ${this.renderChoices(
          'domain',
          m.domain,
          (Object.keys(m.domains) as (keyof typeof m.domains)[]).map((d) => ({ value: d, label: m.domains[d] })),
        )}
        ${this.renderMunicipality()}
        ${this.renderChoices(
          'educationLevel',
          m.educationLevel,
          (Object.keys(m.educationLevels) as (keyof typeof m.educationLevels)[]).map((e) => ({
            value: e,
            label: m.educationLevels[e],
          })),
          { optional: true },
        )}
        ${this.renderSkj()} ${this.renderSessions()} ${this.renderRemarks()} ${this.renderPrivacy(level + 1)}
        <div class="field checkbox" part="field">
          <input
            type="checkbox"
            id="newsOptIn"
            name="newsOptIn"
            aria-describedby="newsOptIn-hint"
            .checked=${live(this.values.newsOptIn)}
          />
          <label for="newsOptIn">${m.newsOptIn}</label>
          <p class="hint" id="newsOptIn-hint">${m.newsOptInHint}</p>
        </div>
        <div class="hp" aria-hidden="true">
          <label for="website">${m.honeypot}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(this.values.website)} />
        </div>
        <div class="actions">
          <button type="submit" class="primary" part="submit" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? m.sending : m.submit}
          </button>
        </div>
      </form>
    `;
  }

  private renderQueued(level: number): TemplateResult {
    const m = this.messages;
    return html`
      <section class="outcome queued" part="queued" aria-labelledby="queued-heading">
        ${heading(level, m.queuedHeading, { id: 'queued-heading', part: 'queued-heading', focusable: true })}
        <p>${this.queuedPersistent ? m.queued : m.queuedMemory}</p>
      </section>
    `;
  }

  private renderSuccess(level: number): TemplateResult {
    const m = this.messages;
    const c = this.confirmation!;
    return html`
      <section class="outcome success" part="confirmation" aria-labelledby="confirmation-heading">
        ${heading(level, c.status === 'waiting_list' ? m.waitingListHeading : m.successHeading, {
          id: 'confirmation-heading',
          part: 'confirmation-heading',
          focusable: true,
        })}
        <p>${this.renderConfirmationText(c)}</p>
        ${this.renderCalendarLink(c)}
      </section>
    `;
  }

  protected override catalogues(): readonly Catalogue<unknown>[] {
    return [...super.catalogues(), courseSignupCatalogue];
  }

  override render(): TemplateResult | typeof nothing {
    // English texts load on first use; render once they are here (a few milliseconds).
    if (!this.messagesReady) return nothing;
    const m = this.messages;
    const level = clampLevel(this.headingLevel, 5);
    let body: TemplateResult;
    if (this.phase === 'success' && this.confirmation) body = this.renderSuccess(level + 1);
    else if (this.phase === 'queued') body = this.renderQueued(level + 1);
    else body = this.renderForm(level);
    return html`
      <div class="card" part="card" lang=${this.resolvedLang}>
        ${heading(level, m.heading, { id: 'heading', part: 'heading', focusable: true })} ${this.renderContentStatus()} ${this.renderNotices()}
        ${body}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}

defineElement('otd-course-signup', OtdCourseSignup);

declare global {
  interface HTMLElementTagNameMap {
    'otd-course-signup': OtdCourseSignup;
  }
  interface GlobalEventHandlersEventMap {
    'otd-signup-submit': CustomEvent<Signup>;
    'otd-signup-success': CustomEvent<SignupSuccessDetail>;
    'otd-signup-queued': CustomEvent<SignupQueuedDetail>;
    'otd-signup-error': CustomEvent<SignupErrorDetail>;
  }
}
