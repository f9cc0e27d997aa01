import { css, html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_SURVEY } from '../../content/default/survey.js';
import type { AgreementAnswer, AspectId, BilingualText, FrequencyGroupId, Lang } from '../../content/model.js';
import type { ScanAnswers } from '../../logic/scan.js';
import { heading } from '../../internal/heading.js';
import type { SelfScanMessages } from './otd-self-scan.messages.js';

/**
 * The scan's question steps, loaded when the person starts (prefetched when they are about to): the
 * survey's questions in its own words, the progress, and the error summary of a step that cannot
 * advance. The element keeps the answers and moves between steps.
 */

export interface StepsContext {
  readonly m: SelfScanMessages;
  readonly lang: Lang;
  /** 1 is "about you", 2 to `total` one aspect each. */
  readonly step: number;
  readonly total: number;
  readonly title: string;
  readonly aspects: readonly AspectId[];
  readonly answers: ScanAnswers;
  readonly showErrors: boolean;
  /** Changes the answers as they are when the person answers (not as they were when the step rendered). */
  readonly updateAnswers: (change: (current: ScanAnswers) => ScanAnswers) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onPrevious: () => void;
  readonly onFocusInput: (id: string, event: Event) => void;
  /** The storage choice and "Wis mijn antwoorden", as the element renders them. */
  readonly storage: TemplateResult;
}

export interface QuestionView {
  /** The input group's id, also the radio `name`. */
  readonly id: string;
  readonly legend: string;
  readonly options: readonly { readonly id: string; readonly label: BilingualText }[];
  readonly value: string | undefined;
  /** `current` with this question answered `value`. */
  readonly answer: (current: ScanAnswers, value: string) => ScanAnswers;
}

/** The questions of a step, in the survey's words. */
export function questionsFor(ctx: Pick<StepsContext, 'lang' | 'answers' | 'aspects'>, step: number): QuestionView[] {
  const { lang, answers } = ctx;
  const survey = DEFAULT_SURVEY;
  if (step === 1) {
    const general = survey.questions.find((q) => q.aspect === 'general')!;
    return [
      {
        id: 'frequency',
        legend: survey.frequencyQuestion[lang],
        options: survey.frequencyGroups.map((g) => ({ id: g.id, label: g.option })),
        value: answers.frequency,
        answer: (current, v) => ({ ...current, frequency: v as FrequencyGroupId }),
      },
      {
        id: general.id,
        legend: general.text[lang],
        options: survey.scales.agreement,
        value: answers.general,
        answer: (current, v) => ({ ...current, general: v as AgreementAnswer }),
      },
    ];
  }
  const aspect = ctx.aspects[step - 2];
  if (!aspect) return [];
  return survey.questions
    .filter((q) => q.aspect === aspect)
    .map((q) => ({
      id: q.id,
      legend: q.text[lang],
      options: survey.scales[q.scale],
      value: answers.aspects[aspect]?.[q.kind],
      answer: (current: ScanAnswers, v: string) => ({
        ...current,
        aspects: { ...current.aspects, [aspect]: { ...current.aspects[aspect], [q.kind]: v } },
      }),
    }));
}

function renderProgress(ctx: StepsContext): TemplateResult {
  return html`
    <div class="progress" part="progress">
      <p class="step-of" id="step-of">${ctx.m.stepOf(ctx.step, ctx.total)}</p>
      <progress max=${ctx.total} .value=${ctx.step} aria-labelledby="step-of"></progress>
    </div>
  `;
}

function renderErrorSummary(ctx: StepsContext, questions: readonly QuestionView[]): TemplateResult | typeof nothing {
  const missing = questions.filter((q) => !q.value);
  if (!ctx.showErrors || !missing.length) return nothing;
  const m = ctx.m;
  return html`
    <div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <p class="error-summary-title" id="error-summary-title"><strong>${m.errorSummaryTitle}</strong></p>
      <ul>
        ${missing.map((q) => {
          const first = `${q.id}--${q.options[0]!.id}`;
          return html`<li><a href=${`#${first}`} @click=${(e: Event) => ctx.onFocusInput(first, e)}>${m.unanswered(q.legend)}</a></li>`;
        })}
      </ul>
    </div>
  `;
}

function renderQuestion(ctx: StepsContext, q: QuestionView): TemplateResult {
  const invalid = ctx.showErrors && !q.value;
  const errorId = `${q.id}--error`;
  return html`
    <fieldset class="question ${invalid ? 'invalid' : ''}" part="question" aria-describedby=${invalid ? errorId : nothing}>
      <legend>${q.legend}</legend>
      ${invalid ? html`<p class="field-error" id=${errorId}>${ctx.m.chooseAnswer}</p>` : nothing}
      <div class="options">
        ${q.options.map(
          (o) => html`
            <label class="option" part="option">
              <input
                type="radio"
                id=${`${q.id}--${o.id}`}
                name=${q.id}
                value=${o.id}
                .checked=${q.value === o.id}
                aria-invalid=${invalid ? 'true' : nothing}
                @change=${(e: Event) => ctx.updateAnswers((current) => q.answer(current, (e.target as HTMLInputElement).value))}
              />
              <span>${o.label[ctx.lang]}</span>
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}

/** One question step: progress, heading, the step's questions, and the way back and forward. */
export function renderStep(ctx: StepsContext, level: number): TemplateResult {
  const m = ctx.m;
  const questions = questionsFor(ctx, ctx.step);
  const last = ctx.step === ctx.total;
  return html`
    <form novalidate @submit=${ctx.onSubmit}>
      ${renderProgress(ctx)}
      ${heading(level, ctx.title, { id: 'step-heading', part: 'step-heading', focusable: true })}
      ${renderErrorSummary(ctx, questions)} ${questions.map((q) => renderQuestion(ctx, q))}
      <div class="actions" part="actions">
        <button type="button" part="button" @click=${ctx.onPrevious}>${m.previous}</button>
        <button type="submit" class="primary" part="button">${last ? m.showResult : m.next}</button>
      </div>
      ${ctx.storage}
    </form>
  `;
}

/** What only the question steps draw. */
export const styles = css`
  .progress {
    margin-block-end: 1em;
  }
  .step-of {
    margin-block-end: 0.25em;
    font-weight: 700;
  }
  progress {
    display: block;
    inline-size: 100%;
  }
  .question {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    background: var(--_otd-surface);
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    min-inline-size: 0;
  }
  .question.invalid {
    border-inline-start: 0.35em solid var(--_otd-error);
  }
  legend {
    font-weight: 700;
    padding: 0;
    float: inline-start;
    inline-size: 100%;
    margin-block-end: 0.5em;
  }
  legend + * {
    clear: both;
  }
  .field-error {
    color: var(--_otd-error);
    font-weight: 700;
    clear: both;
  }
  .options {
    display: grid;
    gap: 0.25em;
    clear: both;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: var(--_otd-target);
    padding-inline: 0.25em;
    cursor: pointer;
    border-radius: var(--_otd-radius);
  }
  .option:hover {
    background: var(--_otd-bg);
  }
  .error-summary {
    margin-block-end: 1em;
    background: var(--_otd-bg);
  }
`;
