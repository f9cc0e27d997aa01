import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MUNICIPALITIES } from '../../content/default/municipalities.js';
import { fallbackLang, localize, type Lang } from '../../content/model.js';
import type { Session } from '../../content/schema/sessions.js';
import { REMARKS_MAX, WAITING_LIST } from '../../content/signup-fields.js';
import type { SignupField, SignupFormValues } from '../../logic/signup-state.js';
import type { FieldErrorKind } from '../../logic/signup-state.js';
import { allFull, formatSessionDate, formatSessionTime, isFull } from '../../logic/training-sessions.js';
import type { CourseSignupMessages } from './otd-course-signup.messages.js';

/**
 * The signup form's questions, as templates over what the element holds: native inputs with their
 * labels, hints, errors and `aria-describedby`, in the order the form shows them.
 */
export interface FieldsContext {
  readonly m: CourseSignupMessages;
  readonly lang: Lang;
  readonly values: SignupFormValues;
  readonly errors: ReadonlyMap<string, FieldErrorKind>;
  /**
   * How problems are worded: loaded with the checking code, so present whenever `errors` has any.
   * `prefix` and `warning` are the words a screen reader hears before an error and a warning.
   */
  readonly problems?: {
    readonly text: (field: string, kind: FieldErrorKind) => string;
    readonly prefix: string;
    readonly warning: string;
  };
  /** The SKJ number is valid but of an unusual length. */
  readonly skjWarning: boolean;
  /** The sessions to choose from; undefined while they load or when loading failed. */
  readonly sessions: readonly Session[] | undefined;
  readonly sessionsFailed: boolean;
  readonly onSessionsRetry: () => void;
}

interface ChoiceOption {
  readonly value: string;
  readonly label: unknown;
  readonly disabled?: boolean;
  readonly hint?: string;
}

/** The fields in the order the form shows them; the error summary follows it. */
export const FIELD_ORDER: readonly SignupField[] = [
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

/** "Nog 480 tekens" or "12 tekens te veel". */
export function remarksCountText(m: CourseSignupMessages, values: SignupFormValues): string {
  const left = REMARKS_MAX - values.remarks.trim().length;
  return left >= 0 ? m.remarksLeft(left) : m.remarksOver(-left);
}

function describedBy(ctx: FieldsContext, field: string, ...extra: (string | false | undefined)[]): string | undefined {
  const ids = [...extra, ctx.errors.has(field) && `${field}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function renderError(ctx: FieldsContext, field: string): TemplateResult | typeof nothing {
  const error = ctx.errors.get(field);
  if (!error) return nothing;
  return html`<p class="error" id=${`${field}-error`}>
    <span class="visually-hidden">${ctx.problems?.prefix}</span> ${ctx.problems?.text(field, error)}
  </p>`;
}

function renderLabel(ctx: FieldsContext, field: string, text: string, optional: boolean): TemplateResult {
  return html`<label for=${field}
    >${text}${optional ? html` <span class="optional">${ctx.m.optional}</span>` : nothing}</label
  >`;
}

function renderTextField(
  ctx: FieldsContext,
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
  const hasError = ctx.errors.has(field);
  const hintId = options.hint ? `${field}-hint` : undefined;
  const warningId = options.warning ? `${field}-warning` : undefined;
  return html`
    <div class="field ${hasError ? 'invalid' : ''}" part="field">
      ${renderLabel(ctx, field, options.label, !!options.optional)}
      ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing} ${renderError(ctx, field)}
      ${options.warning
        ? html`<p class="warning" id=${warningId!}>
            <span class="visually-hidden">${ctx.problems?.warning}</span> ${options.warning}
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
        aria-describedby=${ifDefined(describedBy(ctx, field, hintId, warningId))}
        .value=${live(ctx.values[field])}
      />
    </div>
  `;
}

function renderChoices(
  ctx: FieldsContext,
  field: 'domain' | 'educationLevel' | 'skjPoints' | 'skjChamber' | 'sessionId',
  legend: string,
  options: readonly ChoiceOption[],
  extra: { readonly optional?: boolean; readonly hint?: unknown; readonly note?: unknown; readonly body?: unknown } = {},
): TemplateResult {
  const hasError = ctx.errors.has(field);
  const hintId = extra.hint ? `${field}-hint` : undefined;
  const noteId = extra.note ? `${field}-note` : undefined;
  const value = ctx.values[field];
  return html`
    <fieldset
      class="field ${hasError ? 'invalid' : ''}"
      part="field"
      id=${field}
      aria-describedby=${ifDefined(describedBy(ctx, field, hintId, noteId))}
    >
      <legend>${legend}${extra.optional ? html` <span class="optional">${ctx.m.optional}</span>` : nothing}</legend>
      ${extra.hint ? html`<p class="hint" id=${hintId!}>${extra.hint}</p>` : nothing}
      ${extra.note ? html`<p class="note" id=${noteId!}>${extra.note}</p>` : nothing} ${renderError(ctx, field)}
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

function renderMunicipality(ctx: FieldsContext): TemplateResult {
  const m = ctx.m;
  const hasError = ctx.errors.has('municipality');
  const v = ctx.values.municipality;
  return html`
    <div class="field ${hasError ? 'invalid' : ''}" part="field">
      ${renderLabel(ctx, 'municipality', m.municipality, false)} ${renderError(ctx, 'municipality')}
      <select
        class="control medium"
        id="municipality"
        name="municipality"
        required
        aria-invalid=${hasError ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(ctx, 'municipality'))}
      >
        <option value="" .selected=${live(v === '')}>${m.municipalityChoose}</option>
        ${MUNICIPALITIES.map((mu) => html`<option value=${mu.id} .selected=${live(v === mu.id)}>${mu.name}</option>`)}
        <option value="andere" .selected=${live(v === 'andere')}>${m.municipalityOther}</option>
      </select>
    </div>
  `;
}

function renderSkj(ctx: FieldsContext): TemplateResult {
  const m = ctx.m;
  const yes = ctx.values.skjPoints === 'yes';
  return html`
    ${renderChoices(ctx, 
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
          ${renderTextField(ctx, 'skjNumber', {
            label: m.skjNumber,
            autocomplete: 'off',
            inputmode: 'numeric',
            hint: m.skjNumberHint,
            spellcheck: false,
            warning: ctx.skjWarning ? m.skjNumberUnusual : undefined,
            size: 'short',
          })}
          ${renderChoices(ctx, 
            'skjChamber',
            m.skjChamber,
            (Object.keys(m.skjChambers) as (keyof typeof m.skjChambers)[]).map((c) => ({ value: c, label: m.skjChambers[c] })),
            { note: m.skjChamberNote },
          )}
        </div>`
      : nothing}
  `;
}

function renderSessions(ctx: FieldsContext): TemplateResult {
  const m = ctx.m;
  const sessions = ctx.sessions;
  let body: unknown = nothing;
  let options: ChoiceOption[] = [];
  if (sessions) {
    options = sessions.map((s) => {
      const full = isFull(s);
      const address = s.address ? `, ${s.address}` : '';
      return {
        value: s.id,
        disabled: full,
        label: html`<span class="when">${formatSessionDate(s.date, ctx.lang)}, ${formatSessionTime(s)}</span>
          <span class="where"><span lang=${ifDefined(fallbackLang(s.place, ctx.lang))}>${localize(s.place, ctx.lang)}</span>${address}</span>
          <span class="seats ${full ? 'full' : ''}">${full ? m.full : m.seatsLeft(s.seatsLeft)}</span>`,
      };
    });
    if (allFull(sessions)) {
      body = html`<p class="note">${sessions.length ? m.sessionsAllFull : m.sessionsNone}</p>`;
      options.push({ value: WAITING_LIST, label: m.waitingList, hint: m.waitingListHint });
    }
  } else if (ctx.sessionsFailed) {
    body = html`<div class="sessions-problem">
      <p>${m.sessionsFailed}</p>
      <button type="button" class="secondary" @click=${ctx.onSessionsRetry}>${m.sessionsRetry}</button>
    </div>`;
  } else {
    body = html`<p class="loading" role="status">${m.sessionsLoading}</p>`;
  }
  return renderChoices(ctx, 'sessionId', m.session, options, { body });
}

function renderRemarks(ctx: FieldsContext): TemplateResult {
  const m = ctx.m;
  const hasError = ctx.errors.has('remarks');
  const over = ctx.values.remarks.trim().length > REMARKS_MAX;
  return html`
    <div class="field ${hasError ? 'invalid' : ''}" part="field">
      ${renderLabel(ctx, 'remarks', m.remarks, true)}
      <p class="hint" id="remarks-hint">${m.remarksHint}</p>
      ${renderError(ctx, 'remarks')}
      <textarea
        class="control"
        id="remarks"
        name="remarks"
        rows="4"
        aria-invalid=${hasError ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(ctx, 'remarks', 'remarks-hint', 'remarks-count'))}
        .value=${live(ctx.values.remarks)}
      ></textarea>
      <p class="count ${over ? 'over' : ''}" id="remarks-count">${remarksCountText(ctx.m, ctx.values)}</p>
    </div>
  `;
}

/** Every question of the form, from the name to the remarks. */
export function renderFields(ctx: FieldsContext): TemplateResult {
  const { m } = ctx;
  return html`
    ${renderTextField(ctx, 'firstName', { label: m.firstName, autocomplete: 'given-name', size: 'medium' })}
    ${renderTextField(ctx, 'lastName', { label: m.lastName, autocomplete: 'family-name', size: 'medium' })}
    ${renderTextField(ctx, 'email', {
      label: m.email,
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      spellcheck: false,
      hint: m.emailHint,
    })}
    ${renderTextField(ctx, 'phone', {
      label: m.phone,
      type: 'tel',
      autocomplete: 'tel',
      inputmode: 'tel',
      optional: true,
      hint: m.phoneHint,
      size: 'medium',
    })}
    ${renderTextField(ctx, 'organisation', { label: m.organisation, autocomplete: 'organization' })}
    ${renderChoices(
      ctx,
      'domain',
      m.domain,
      (Object.keys(m.domains) as (keyof typeof m.domains)[]).map((d) => ({ value: d, label: m.domains[d] })),
    )}
    ${renderMunicipality(ctx)}
    ${renderChoices(
      ctx,
      'educationLevel',
      m.educationLevel,
      (Object.keys(m.educationLevels) as (keyof typeof m.educationLevels)[]).map((e) => ({
        value: e,
        label: m.educationLevels[e],
      })),
      { optional: true },
    )}
    ${renderSkj(ctx)} ${renderSessions(ctx)} ${renderRemarks(ctx)}
  `;
}
