import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ContentIssue } from '../../content/issues.js';
import { resolveSafeUrl } from '../../content/safe-url.js';
import type { Signup } from '../../content/schema/signup.js';
import { newIdempotencyKey } from '../../logic/idempotency-key.js';
import type { OutboxEntry } from '../../logic/outbox.js';
import { mayHaveWaitingSignups } from '../../logic/outbox-key.js';
import type { Delivery } from '../../logic/signup-courier.js';
import type { SignupField, SignupFormValues } from '../../logic/signup-state.js';
import type { FocusTarget, SignupEffect, SignupErrorDetail, SignupEvent, SignupQueuedDetail, SignupSuccessDetail } from '../../logic/signup-machine.js';
import { applyEdit, initialSignupState, isSending, type FieldErrorKind, type SignupState } from '../../logic/signup-state.js';
import { storageOf } from '../../logic/storage.js';
import { heading } from '../../internal/heading.js';
import type { Catalogue } from '../../content/catalogue.js';
import { LazyModule } from '../../internal/lazy.js';
import { OtdElement } from '../../internal/otd-element.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles, errorSummaryStyles } from '../../styles/parts.js';
import { widgetStyles } from '../../styles/widget.js';
import { courseSignupCatalogue, type CourseSignupMessages } from './otd-course-signup.messages.js';
import { styles } from './otd-course-signup.styles.js';
import { FIELD_ORDER, remarksCountText, renderFields, type FieldsContext } from './otd-course-signup.fields.js';
import type { OutcomeContext } from './otd-course-signup.sending.js';
import { SignupData } from './signup-data.js';

/** The phase machine, the courier and the views of the answers, loaded when the person checks or sends. */
const sendingView = new LazyModule(() => import('./otd-course-signup.sending.js'));

export type { SignupErrorDetail, SignupErrorReason, SignupQueuedDetail, SignupSuccessDetail } from '../../logic/signup-machine.js';

/** How long after the last keystroke the remaining characters are read out. */
const COUNT_ANNOUNCE_DELAY_MS = 1_000;

/** What each focus target is in the form. */
const FOCUS: Record<FocusTarget, string> = {
  summary: '[part="error-summary"]',
  message: '[part="message"]',
  confirmation: '#confirmation-heading',
  queued: '#queued-heading',
};

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
 * @cssprop --otd-form-control-border-radius - Corner radius of inputs (default: --otd-border-radius, then the theme's form-control radius).
 * @cssprop --otd-font-family - Font family.
 * @cssprop --otd-heading-font-family - Font family of headings (default: the font family).
 * @cssprop --otd-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --otd-border-radius - Corner radius.
 * @cssprop --otd-focus-outline-color - Focus ring colour.
 * @cssprop --otd-focus-outline-width - Focus ring width (never under 2px).
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
 * `{ reason, idempotencyKey, httpStatus?, fields?, fromOutbox }`, reason `invalid`, `session_full`, `already_signed_up` (this e-mail address already has a seat on that date), `seat_limit` (this connection booked the most seats allowed on that date for now), `rejected` or `expired`.
 * @fires otd-content-error - An attribute is not valid (for example an unsafe `privacy-url`); detail: `{ source, issues }`.
 */
export class OtdCourseSignup extends OtdElement {
  static override styles = [tokens, hostStyles, widgetStyles, controlStyles, errorSummaryStyles, styles];
  static override readonly otdTag = 'otd-course-signup';

  /** The rules and the sessions, loaded when needed. */
  private readonly data = new SignupData(this, () => this.sessionsHref);

  /** The form's phase, values, errors and messages (see `logic/signup-machine.ts`). */
  @state() private state: SignupState = initialSignupState(newIdempotencyKey());
  /** Signups that wait in the outbox, other than this form's own. */
  @state() private pending: readonly OutboxEntry[] = [];

  /** Where to post signups (JSON, with an Idempotency-Key), for example `/api/signups`. */
  @property() endpoint?: string;

  /** Where to load the training sessions from, for example `/api/sessions`. */
  @property({ attribute: 'sessions-src' }) sessionsSrc?: string;

  /** The privacy statement the notice links to (http(s) or relative); required. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** Who processes the data, named in the privacy notice (for example `Gemeente Enschede`). */
  @property() organiser?: string;

  private endpointHref: string | null = null;
  private sessionsHref: string | null = null;
  private privacyHref: string | null = null;
  /** True while a submit is being checked; from then on the phase ('sending') keeps a second press out. */
  private submitting = false;
  private countTimer?: ReturnType<typeof setTimeout>;
  private readonly subscriber = {
    ownKey: () => (isSending(this.state) ? this.state.draft.key : undefined),
    receive: (entry: OutboxEntry, outcome: Delivery) => void this.handleDelivery(entry, outcome),
    changed: () => this.refreshPending(),
  };
  /** True while this form is subscribed to the page's courier (once the sending code is here). */
  private subscribed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // A signup from an earlier page may wait: the sending code loads now, to send it.
    if (mayHaveWaitingSignups(storageOf('localStorage'))) void this.sending();
    else if (sendingView.value) this.subscribe(sendingView.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.subscribed) sendingView.value?.pageCourier().unsubscribe(this);
    this.subscribed = false;
    clearTimeout(this.countTimer);
  }

  /** The sending code, loaded once; the form subscribes to the page's courier when it arrives. */
  private async sending(): Promise<typeof sendingView.value & object> {
    const [module] = await Promise.all([sendingView.get(), this.loadOutcomeMessages()]);
    if (this.isConnected) this.subscribe(module);
    return module;
  }

  private subscribe(module: typeof sendingView.value & object): void {
    if (this.subscribed) return;
    this.subscribed = true;
    module.pageCourier().subscribe(this, this.subscriber);
    this.refreshPending();
    this.requestUpdate();
  }

  /** The words of the answers in the widget's language (English loads with them when needed). */
  private async loadOutcomeMessages(): Promise<void> {
    const { signupOutcomeCatalogue } = await sendingView.get();
    await signupOutcomeCatalogue.load(this.resolvedLang);
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
    return this.messagesOf(courseSignupCatalogue);
  }

  private get values(): SignupFormValues {
    return this.state.values;
  }

  private get errors(): ReadonlyMap<string, FieldErrorKind> {
    return this.state.errors;
  }

  // --- the phase machine --------------------------------------------------------------------

  /** Takes the machine one step and carries out what it asks for, in order. */
  private async dispatch(event: SignupEvent): Promise<void> {
    if (event.type === 'edit') {
      // Editing works from the first keystroke, before the machine has loaded.
      const { state, recheck } = applyEdit(this.state, event.field, event.value);
      this.state = state;
      if (recheck) void this.validate([event.field]);
      return;
    }
    const { reduce } = await this.sending();
    const { state, effects } = reduce(this.state, event);
    this.state = state;
    for (const effect of effects) await this.run(effect);
  }

  private async run(effect: SignupEffect): Promise<void> {
    switch (effect.type) {
      case 'send': {
        const c = (await this.sending()).pageCourier();
        const outcome = await c.send(effect.entry);
        await this.dispatch(await this.delivered(effect.entry, outcome, { fromOutbox: false, focus: true }));
        return;
      }
      case 'dispatch':
        this.dispatchEvent(new CustomEvent(effect.name, { detail: effect.detail, bubbles: true, composed: true }));
        return;
      case 'focus':
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(FOCUS[effect.target])?.focus();
        return;
      case 'announce':
        void this.liveRegion.announce(this.outcomeMessages![effect.message]);
        return;
      case 'refresh-sessions':
        void this.data.refresh(effect.fresh);
        return;
      case 'check':
        void this.validate(effect.fields);
    }
  }

  /** The event for an answer from the courier, with the session it was for. */
  private async delivered(
    entry: Pick<OutboxEntry, 'key' | 'body'>,
    outcome: Delivery,
    { fromOutbox, focus }: { fromOutbox: boolean; focus: boolean },
  ): Promise<SignupEvent> {
    const session =
      outcome.kind === 'success' ? await this.data.sessionFor(String(entry.body['sessionId'] ?? ''), outcome.session) : undefined;
    return {
      type: 'delivered',
      entry,
      outcome,
      fromOutbox,
      focus: focus || this.matches(':focus-within'),
      busy: this.submitting,
      persistent: (await this.sending()).pageCourier().outbox.persistent,
      ...(session ? { session } : {}),
      newKey: newIdempotencyKey(),
    };
  }

  /** An answer from the outbox: for this form's own signup, or for one saved on an earlier page. */
  private async handleDelivery(entry: OutboxEntry, outcome: Delivery): Promise<void> {
    await this.dispatch(await this.delivered(entry, outcome, { fromOutbox: true, focus: false }));
  }

  // --- handlers ------------------------------------------------------------------------------

  private handleInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name as keyof SignupFormValues;
    if (!(field in this.values)) return;
    let value: string | boolean = target.value;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') value = target.checked;
    else if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    const before = this.values;
    void this.dispatch({ type: 'edit', field, value });
    if (field === 'remarks' && this.values !== before) this.scheduleCountAnnouncement();
  }

  private handleFocusIn(): void {
    // Moving into the form is the intent to fill it in: fetch the rules and the sending code now.
    this.data.preloadRules();
    sendingView.prefetch();
  }

  private handleFocusOut(event: FocusEvent): void {
    if (this.state.phase !== 'form') return;
    const field = (event.target as HTMLInputElement).name;
    if (!field || field === 'website' || !FIELD_ORDER.includes(field as SignupField)) return;
    const next = event.relatedTarget as HTMLInputElement | null;
    if (next?.name === field) return; // still inside the same group of radios
    if (this.state.touched.has(field) || this.errors.has(field)) void this.validate([field]);
  }

  private handleSummaryClick(event: Event, field: string): void {
    event.preventDefault();
    this.focusField(field);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting || this.state.phase !== 'form') return;
    this.submitting = true;
    let checked: SignupEvent | undefined;
    try {
      checked = await this.check();
    } finally {
      this.submitting = false;
    }
    if (checked) await this.dispatch(checked);
  }

  // --- checking with the shared rules --------------------------------------------------------

  /** The shared rules and the sending code, for a check; undefined when they cannot load (offline). */
  private async checking() {
    try {
      const [rules, sending] = await Promise.all([this.data.rules(), this.sending()]);
      return { rules, sending };
    } catch {
      return undefined;
    }
  }

  /** Checks `fields` with the shared rules (when they are here) and shows what is wrong with them. */
  private async validate(fields: readonly string[]): Promise<void> {
    const loaded = await this.checking();
    if (!loaded) return;
    const { rules, sending } = loaded;
    const result = rules.parseSignup(sending.toSignupInput(this.values, this.resolvedLang, rules.normaliseSkjNumber));
    await this.dispatch({
      type: 'checked',
      fields,
      errors: result.ok ? [] : result.errors,
      skjNumberUnusual: rules.skjNumberLooksUnusual(this.values.skjNumber),
    });
  }

  /** Checks the whole form and asks the page (`otd-signup-submit`) whether to send it. */
  private async check(): Promise<SignupEvent | undefined> {
    const loaded = await this.checking();
    if (!loaded) {
      // Nothing to check with: say so, and keep everything typed.
      this.state = { ...this.state, message: 'rulesFailed' };
      await this.run({ type: 'focus', target: 'message' });
      return undefined;
    }
    const { rules, sending } = loaded;
    // The honeypot as the page has it: a bot may set the value without any input event.
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#website');
    if (honeypot) await this.dispatch({ type: 'edit', field: 'website', value: honeypot.value });
    const result = rules.parseSignup(sending.toSignupInput(this.values, this.resolvedLang, rules.normaliseSkjNumber));
    if (!result.ok) return { type: 'refused', errors: result.errors };
    const proceed = this.dispatchEvent(
      new CustomEvent('otd-signup-submit', { detail: result.signup, bubbles: true, composed: true, cancelable: true }),
    );
    return {
      type: 'submit',
      body: result.signup as unknown as Record<string, unknown>,
      endpoint: this.endpointHref,
      cancelled: !proceed,
      newKey: newIdempotencyKey(),
    };
  }

  private refreshPending(): void {
    const courier = this.subscribed ? sendingView.value?.pageCourier() : undefined;
    if (!courier) return;
    const own = isSending(this.state) ? this.state.draft.key : undefined;
    const pending = courier.outbox.list().filter((e) => e.key !== own);
    const same = pending.length === this.pending.length && pending.every((e, i) => e.key === this.pending[i]?.key);
    if (!same) this.pending = pending;
  }

  // --- small helpers -------------------------------------------------------------------------

  private scheduleCountAnnouncement(): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => void this.liveRegion.announce(remarksCountText(this.messages, this.values)), COUNT_ANNOUNCE_DELAY_MS);
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

  /** How the fields word their problems, once the sending code (which finds them) is here. */
  private get problems(): FieldsContext['problems'] {
    const view = sendingView.value;
    const m = this.outcomeMessages;
    if (!view || !m) return undefined;
    return { text: (field, kind) => view.errorText(m, field, kind), prefix: m.errorPrefix, warning: m.warningPrefix };
  }

  /** What the field templates read. */
  private get fieldsContext(): FieldsContext {
    return {
      m: this.messages,
      lang: this.resolvedLang,
      values: this.values,
      errors: this.errors,
      skjWarning: this.state.skjWarning,
      problems: this.problems,
      sessions: this.data.sessions,
      sessionsFailed: this.data.failed,
      onSessionsRetry: () => this.data.retry(),
    };
  }

  // --- rendering -----------------------------------------------------------------------------

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

  /** The words of the answers, once the sending code is here. */
  private get outcomeMessages() {
    const catalogue = sendingView.value?.signupOutcomeCatalogue;
    return catalogue && this.messagesOf(catalogue);
  }

  /** What the views of the answers read; undefined until the sending code is here. */
  private get outcome(): { readonly view: typeof sendingView.value & object; readonly ctx: OutcomeContext } | undefined {
    const view = sendingView.value;
    const m = this.outcomeMessages;
    if (!view || !m) return undefined;
    const { state } = this;
    return {
      view,
      ctx: {
        m,
        lang: this.resolvedLang,
        errors: state.errors,
        summaryShown: state.summaryShown,
        message: state.message,
        rulesFailed: this.messages.rulesFailed,
        notices: state.notices,
        pending: this.pending,
        queuedPersistent: state.queuedPersistent,
        onSummaryLink: (event, field) => this.handleSummaryClick(event, field),
      },
    };
  }

  /** The message about the last attempt; the form words "could not check" itself, the rest loads with the sending code. */
  private renderMessage(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (outcome) return outcome.view.renderMessage(outcome.ctx);
    if (this.state.message !== 'rulesFailed') return nothing;
    return html`<p class="message" part="message" tabindex="-1">${this.messages.rulesFailed}</p>`;
  }

  private renderForm(level: number): TemplateResult {
    const m = this.messages;
    const busy = this.state.phase === 'sending';
    return html`
      <p class="intro">${m.intro}</p>
      ${this.renderMessage()} ${this.outcome ? this.outcome.view.renderSummary(this.outcome.ctx, level + 1) : nothing}
      <form
        novalidate
        part="form"
        @submit=${this.handleSubmit}
        @input=${this.handleInput}
        @change=${this.handleInput}
        @focusin=${this.handleFocusIn}
        @focusout=${this.handleFocusOut}
      >
        ${renderFields(this.fieldsContext)} ${this.renderPrivacy(level + 1)}
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

  protected override catalogues(): readonly Catalogue<unknown>[] {
    return [...super.catalogues(), courseSignupCatalogue];
  }

  protected override renderTitle(): unknown {
    return this.messages.heading;
  }

  protected override renderBody(): TemplateResult {
    const level = this.level;
    const { phase, confirmation } = this.state;
    const outcome = this.outcome;
    let body: TemplateResult;
    // The queued and confirmed phases come from the machine, so the sending code is here by then.
    if (outcome && phase === 'success' && confirmation) body = outcome.view.renderSuccess(outcome.ctx, level + 1, confirmation);
    else if (outcome && phase === 'queued') body = outcome.view.renderQueued(outcome.ctx, level + 1);
    else body = this.renderForm(level);
    return html`${outcome ? outcome.view.renderNotices(outcome.ctx) : nothing} ${body}`;
  }
}

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
