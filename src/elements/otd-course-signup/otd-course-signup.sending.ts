import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Lang } from '../../content/model.js';
import type { Session } from '../../content/schema/sessions.js';
import { buildIcs, icsDataUrl, icsFileName } from '../../logic/ics.js';
import { createOutbox, type OutboxEntry } from '../../logic/outbox.js';
import { Courier, type LockManagerLike } from '../../logic/signup-courier.js';
import type { SignupField } from '../../logic/signup-state.js';
import type { Confirmation, FieldErrorKind, FormMessage, Notice } from '../../logic/signup-state.js';
import { sendSignup } from '../../logic/signup-transport.js';
import { storageOf } from '../../logic/storage.js';
import { formatSessionDate, formatSessionTime } from '../../logic/training-sessions.js';
import { heading } from '../../internal/heading.js';
import { FIELD_ORDER } from './otd-course-signup.fields.js';
import type { SignupOutcomeMessages } from './otd-course-signup.outcome-messages.js';

/**
 * What the signup needs once the person checks or sends it, loaded then (prefetched when they move
 * into the form, or at once when a signup from an earlier page waits): the phase machine, the
 * page's courier, and the views of the answers (the error summary, the messages, "bewaard", the
 * confirmation with its calendar file, the notices about earlier signups).
 */

export { reduce } from '../../logic/signup-machine.js';
export { toSignupInput } from '../../logic/signup-form.js';
export { signupOutcomeCatalogue } from './otd-course-signup.outcome-messages.js';

let courier: Courier | undefined;

/** The page's one courier (see `logic/signup-courier.ts`), on the page's storage, locks and network; every signup form shares it. */
export function pageCourier(): Courier {
  courier ??= new Courier({
    outbox: createOutbox(storageOf('localStorage') ?? null),
    send: (entry) => sendSignup({ endpoint: entry.endpoint, idempotencyKey: entry.key, body: entry.body }),
    events: globalThis,
    locks: (globalThis.navigator as Navigator | undefined)?.locks as LockManagerLike | undefined,
  });
  return courier;
}

/** What is wrong with a field, in the reader's language. */
export function errorText(m: SignupOutcomeMessages, field: string, kind: FieldErrorKind): string {
  return m.errors[field as SignupField]?.[kind] ?? m.errorFallback[kind];
}

export interface OutcomeContext {
  readonly m: SignupOutcomeMessages;
  readonly lang: Lang;
  readonly errors: ReadonlyMap<string, FieldErrorKind>;
  readonly summaryShown: boolean;
  readonly message?: FormMessage;
  /** The text of the message that the form itself words (the rules could not load). */
  readonly rulesFailed: string;
  readonly notices: readonly Notice[];
  /** Signups from earlier pages that still wait in the outbox. */
  readonly pending: readonly OutboxEntry[];
  readonly queuedPersistent: boolean;
  readonly onSummaryLink: (event: Event, field: string) => void;
}

/** "dinsdag 7 oktober 2025, 09:30–16:30, Hengelo". */
function sessionText(session: Session, lang: Lang): string {
  return `${formatSessionDate(session.date, lang)}, ${formatSessionTime(session)}, ${localize(session.place, lang)}`;
}

/** After a failed submit: each problem, in form order, a link to its field. */
export function renderSummary(ctx: OutcomeContext, level: number): TemplateResult | typeof nothing {
  if (!ctx.summaryShown || !ctx.errors.size) return nothing;
  const m = ctx.m;
  const known = FIELD_ORDER.filter((f) => ctx.errors.has(f));
  const unknown = [...ctx.errors.keys()].filter((f) => !FIELD_ORDER.includes(f as SignupField));
  return html`
    <div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-heading">
      ${heading(level, m.summaryHeading, { id: 'error-summary-heading', part: 'error-summary-heading' })}
      <ul>
        ${known.map(
          (f) =>
            html`<li>
              <a href=${`#${f}`} @click=${(e: Event) => ctx.onSummaryLink(e, f)}>${errorText(m, f, ctx.errors.get(f)!)}</a>
            </li>`,
        )}
        ${unknown.map((f) => html`<li>${m.summaryFieldUnknown(f)}</li>`)}
      </ul>
    </div>
  `;
}

/** A message about the last attempt (refused, restored, not set up). */
export function renderMessage(ctx: OutcomeContext): TemplateResult | typeof nothing {
  const msg = ctx.message;
  if (!msg) return nothing;
  const m = ctx.m;
  let text: string;
  if (typeof msg === 'object') text = 'rejected' in msg ? m.rejected(msg.rejected) : m.limited(msg.limited);
  else text = msg === 'rulesFailed' ? ctx.rulesFailed : m[msg];
  return html`<p class="message" part="message" tabindex="-1">${text}</p>`;
}

function renderCalendarLink(ctx: OutcomeContext, confirmation: Confirmation): TemplateResult | typeof nothing {
  const s = confirmation.session;
  if (!s || confirmation.status !== 'confirmed') return nothing;
  const m = ctx.m;
  const ics = buildIcs({
    uid: `${confirmation.id || confirmation.key}@otd-widgets`,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    summary: m.calendarSummary,
    location: [localize(s.place, ctx.lang), s.address].filter(Boolean).join(', '),
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

function confirmationText(ctx: OutcomeContext, confirmation: Confirmation): string {
  const m = ctx.m;
  const when = confirmation.session ? sessionText(confirmation.session, ctx.lang) : undefined;
  if (confirmation.status === 'waiting_list') return when ? m.waitingListFor(when) : m.waitingListGeneral;
  return when ? m.successFor(when) : m.success;
}

/** Notes about signups saved on an earlier page: still waiting, sent now, or refused. */
export function renderNotices(ctx: OutcomeContext): TemplateResult | typeof nothing {
  const m = ctx.m;
  if (!ctx.notices.length && !ctx.pending.length) return nothing;
  const names = ctx.pending
    .map((e) => [e.body['firstName'], e.body['lastName']].filter((n) => typeof n === 'string').join(' '))
    .join(', ');
  return html`
    ${ctx.pending.length ? html`<p class="notice" part="notice">${m.pending(names)}</p>` : nothing}
    ${ctx.notices.map((n) =>
      n.kind === 'sent'
        ? html`<div class="notice" part="notice">
            <p>${m.sentLater} ${confirmationText(ctx, n.confirmation)}</p>
            ${renderCalendarLink(ctx, n.confirmation)}
          </div>`
        : html`<p class="notice" part="notice">${m.failedLater}</p>`,
    )}
  `;
}

/** The signup waits on the device to be sent. */
export function renderQueued(ctx: OutcomeContext, level: number): TemplateResult {
  const m = ctx.m;
  return html`
    <section class="outcome queued" part="queued" aria-labelledby="queued-heading">
      ${heading(level, m.queuedHeading, { id: 'queued-heading', part: 'queued-heading', focusable: true })}
      <p>${ctx.queuedPersistent ? m.queued : m.queuedMemory}</p>
    </section>
  `;
}

/** The receiver has the signup: confirmed or on the waiting list, with the calendar file. */
export function renderSuccess(ctx: OutcomeContext, level: number, c: Confirmation): TemplateResult {
  const m = ctx.m;
  return html`
    <section class="outcome success" part="confirmation" aria-labelledby="confirmation-heading">
      ${heading(level, c.status === 'waiting_list' ? m.waitingListHeading : m.successHeading, {
        id: 'confirmation-heading',
        part: 'confirmation-heading',
        focusable: true,
      })}
      <p>${confirmationText(ctx, c)}</p>
      ${renderCalendarLink(ctx, c)}
    </section>
  `;
}
