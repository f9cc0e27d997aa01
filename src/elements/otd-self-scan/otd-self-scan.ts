import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ASPECT_IDS,
  intlLocale,
  type AgreementAnswer,
  type AspectId,
  type FrequencyGroupId,
  type YesNoMaybe,
} from '../../content/model.js';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../../content/default/mandatory-self-study.js';
import { DEFAULT_SURVEY } from '../../content/default/survey.js';
import { defaultContentCatalogue } from '../../content/default/texts.js';
import type { BilingualText } from '../../content/model.js';
import { buildScanResult, formatPct, INSUFFICIENT, isComplete, peerFigures, type ScanAnswers } from '../../logic/scan.js';
import type { PeerFigures, ScanResult } from '../../logic/scan-result.js';
import { clearScan, loadScan, saveScan } from '../../logic/scan-storage.js';
import { storageOf } from '../../logic/storage.js';
import { parseIdList, unknownValueIssue } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { OtdElement } from '../../internal/otd-element.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { badgeStyles, errorSummaryStyles, progressStyles } from '../../styles/parts.js';
import { widgetStyles } from '../../styles/widget.js';
import type { Catalogue } from '../../content/catalogue.js';
import { selfScanCatalogue, type SelfScanMessages } from './otd-self-scan.messages.js';
import { styles } from './otd-self-scan.styles.js';

interface QuestionView {
  /** The input group's id, also the radio `name`. */
  readonly id: string;
  readonly legend: string;
  readonly options: readonly { readonly id: string; readonly label: BilingualText }[];
  readonly value: string | undefined;
  readonly set: (value: string) => void;
}

const PRINT_SHEET = `@media print {
  body * { visibility: hidden !important; }
  otd-self-scan[data-otd-printing] { visibility: visible !important; position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: 100%; }
}`;

/**
 * @summary The self-assessment of the 2022 Twente survey: the same questions per aspect of a divorce,
 * then a result compared against the 203 professionals who answered them.
 *
 * @tag otd-self-scan
 *
 * @csspart card - The scan's outer box.
 * @csspart heading - The scan's heading.
 * @csspart step-heading - The heading of the current step (receives focus on a step change).
 * @csspart progress - The progress bar and "Stap n van m".
 * @csspart question - One question (a fieldset).
 * @csspart option - One answer option (a label with its radio).
 * @csspart error-summary - The list of unanswered questions shown when a step cannot advance.
 * @csspart actions - The row of navigation buttons.
 * @csspart button - A button.
 * @csspart result - The result.
 * @csspart chart - The result chart.
 * @csspart content-error - The readable error shown when an attribute or partner content is not valid.
 * @csspart loading - The loading line while a `content-src` file loads.
 *
 * @cssprop --otd-color-primary - Button and progress colour (falls back to NL Design System tokens).
 * @cssprop --otd-color-on-primary - Text on the primary colour.
 * @cssprop --otd-color-text - Text colour.
 * @cssprop --otd-color-text-subtle - Colour of hints and the loading line.
 * @cssprop --otd-color-background - Background.
 * @cssprop --otd-color-surface - Background of questions and result blocks.
 * @cssprop --otd-color-border - Borders.
 * @cssprop --otd-color-link - Colour of links and link-like buttons.
 * @cssprop --otd-color-link-hover - Link colour on hover.
 * @cssprop --otd-color-error - Error marks.
 * @cssprop --otd-font-family - Font family.
 * @cssprop --otd-heading-font-family - Font family of headings (default: the font family).
 * @cssprop --otd-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --otd-border-radius - Corner radius.
 * @cssprop --otd-focus-outline-color - Focus ring colour.
 * @cssprop --otd-focus-outline-width - Focus ring width.
 * @cssprop --otd-focus-outline-style - Focus ring style.
 * @cssprop --otd-focus-outline-offset - Focus ring distance from the element.
 * @cssprop --otd-pointer-target-min-size - Smallest height of buttons and answer options (touch targets).
 * @cssprop --otd-self-scan-background-color - Background of the scan itself.
 * @cssprop --otd-self-scan-border-color - Border of the scan itself.
 * @cssprop --otd-self-scan-chart-peers-color - The peers' bar in the chart.
 * @cssprop --otd-self-scan-chart-you-color - Your marker in the chart.
 *
 * @fires otd-scan-step - The person moved to another step; detail: `{ step, total }` (0 is the intro, total+1 the result).
 * @fires otd-scan-complete - The result is ready; detail: the `ScanResult` (also the `result` property).
 * @fires otd-scan-reset - The person started again or cleared the answers.
 * @fires otd-content-error - An attribute is not valid; detail: `{ source, issues }`.
 */
export class OtdSelfScan extends OtdElement {
  static override styles = [tokens, hostStyles, widgetStyles, badgeStyles, progressStyles, errorSummaryStyles, styles];
  static override readonly otdTag = 'otd-self-scan';

  @state() private step = 0;
  @state() private answers: ScanAnswers = { aspects: {} };
  @state() private showErrors = false;
  @state() private keepOnDevice = false;
  @state() private hasStored = false;
  @state() private showTable = false;

  /** Limits the scan to these aspects, space-separated (`juridisch financieel`); default all six. */
  @property() aspects?: string;

  private activeAspects: AspectId[] = [...ASPECT_IDS];
  private _result?: ScanResult;
  private restoredResult = false;
  private printSheet?: CSSStyleSheet;

  /** The result once the person has finished the scan (the detail of `otd-scan-complete`). */
  get result(): ScanResult | undefined {
    return this._result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('aspects')) this.parseAspects();
    // The result speaks the widget's language; switching language is no new result, so no event.
    if (changed.has('resolvedLang' as keyof OtdSelfScan) && this._result) this._result = this.computeResult();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.restoredResult && this._result) {
      // A finished scan restored from storage tells the page again, so the other widgets follow it.
      this.restoredResult = false;
      this.emit('otd-scan-complete', this._result);
    }
  }

  /** Focus goes to the current step's heading, so "focus the scan" lands where the person continues. */
  protected override focusTarget(): HTMLElement | null {
    return this.shadowRoot?.getElementById('step-heading') ?? super.focusTarget();
  }

  protected override catalogues(): readonly Catalogue<unknown>[] {
    return [...super.catalogues(), selfScanCatalogue, defaultContentCatalogue];
  }

  private get messages(): SelfScanMessages {
    return this.messagesOf(selfScanCatalogue);
  }

  /** Question steps: "about you" plus one per aspect. The intro is step 0, the result total + 1. */
  private get total(): number {
    return this.activeAspects.length + 1;
  }

  private get resultStep(): number {
    return this.total + 1;
  }

  private parseAspects(): void {
    const { ids, unknown } = parseIdList(this.aspects, ASPECT_IDS);
    this.activeAspects = ids.length ? ids : [...ASPECT_IDS];
    this.attributeIssues = unknown.length ? [unknownValueIssue('aspects', 'aspect', unknown, ASPECT_IDS)] : [];
    if (this.step > this.resultStep) this.step = 0;
  }

  private restore(): void {
    this.parseAspects();
    const saved = loadScan(storageOf('sessionStorage'), storageOf('localStorage'));
    if (!saved || saved.scan.aspects.join() !== this.activeAspects.join()) return;
    this.answers = saved.scan.answers;
    this.keepOnDevice = saved.keptOnDevice;
    this.hasStored = true;
    this.step = Math.min(Math.max(saved.scan.step, 0), this.resultStep);
    if (this.step === this.resultStep) {
      if (isComplete(this.answers, this.activeAspects)) {
        this._result = this.computeResult();
        this.restoredResult = true;
      } else {
        this.step = this.total;
      }
    }
  }

  private persist(): void {
    this.hasStored = saveScan(
      storageOf('sessionStorage'),
      storageOf('localStorage'),
      { version: 1, step: this.step, answers: this.answers, aspects: this.activeAspects, savedAt: Date.now() },
      this.keepOnDevice,
    );
  }

  private computeResult(): ScanResult | undefined {
    const a = this.answers;
    if (!isComplete(a, this.activeAspects)) return undefined;
    return buildScanResult(DEFAULT_SURVEY, this.activeAspects, MANDATORY_SELF_STUDY_ASPECTS, a, this.resolvedLang);
  }

  private emit(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Questions of a step, in the survey's words. */
  private questionsFor(step: number): QuestionView[] {
    const lang = this.resolvedLang;
    const survey = DEFAULT_SURVEY;
    if (step === 1) {
      const general = survey.questions.find((q) => q.aspect === 'general')!;
      return [
        {
          id: 'frequency',
          legend: survey.frequencyQuestion[lang],
          options: survey.frequencyGroups.map((g) => ({ id: g.id, label: g.option })),
          value: this.answers.frequency,
          set: (v) => (this.answers = { ...this.answers, frequency: v as FrequencyGroupId }),
        },
        {
          id: general.id,
          legend: general.text[lang],
          options: survey.scales.agreement,
          value: this.answers.general,
          set: (v) => (this.answers = { ...this.answers, general: v as AgreementAnswer }),
        },
      ];
    }
    const aspect = this.activeAspects[step - 2];
    if (!aspect) return [];
    return survey.questions
      .filter((q) => q.aspect === aspect)
      .map((q) => {
        const field = q.kind;
        return {
          id: q.id,
          legend: q.text[lang],
          options: survey.scales[q.scale],
          value: this.answers.aspects[aspect]?.[field],
          set: (v: string) => {
            const current = this.answers.aspects[aspect] ?? {};
            this.answers = {
              ...this.answers,
              aspects: { ...this.answers.aspects, [aspect]: { ...current, [field]: v } },
            };
          },
        };
      });
  }

  private stepTitle(step: number): string {
    const m = this.messages;
    if (step === 0) return m.introTitle;
    if (step === 1) return m.aboutYou;
    if (step === this.resultStep) return m.resultTitle;
    return this.aspectName(this.activeAspects[step - 2]!);
  }

  private async goTo(step: number): Promise<void> {
    this.step = step;
    this.showErrors = false;
    if (step === this.resultStep) {
      this._result = this.computeResult();
    }
    this.persist();
    const title = this.stepTitle(step);
    await this.liveRegion.announce(
      step >= 1 && step <= this.total ? this.messages.stepAnnouncement(step, this.total, title) : title,
    );
    this.shadowRoot?.getElementById('step-heading')?.focus();
    this.emit('otd-scan-step', { step, total: this.total });
    if (step === this.resultStep && this._result) this.emit('otd-scan-complete', this._result);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Let an answer given just before (in the same task) render first: the radios are reused
    // across steps, and their `checked` must be committed before the next step's values replace it.
    await this.updateComplete;
    if (this.step === 0) return this.goTo(1);
    const missing = this.questionsFor(this.step).filter((q) => !q.value);
    if (missing.length) {
      this.showErrors = true;
      await this.updateComplete;
      this.shadowRoot?.getElementById('error-summary')?.focus();
      return;
    }
    return this.goTo(this.step + 1);
  }

  private handleAnswer(q: QuestionView, event: Event): void {
    q.set((event.target as HTMLInputElement).value);
    this.persist();
  }

  private handleKeep(event: Event): void {
    this.keepOnDevice = (event.target as HTMLInputElement).checked;
    this.persist();
  }

  private focusInput(id: string, event: Event): void {
    event.preventDefault();
    (this.shadowRoot?.getElementById(id) as HTMLElement | null)?.focus();
  }

  private async handleClear(): Promise<void> {
    clearScan(storageOf('sessionStorage'), storageOf('localStorage'));
    this.answers = { aspects: {} };
    this.keepOnDevice = false;
    this.hasStored = false;
    this._result = undefined;
    this.step = 0;
    this.showErrors = false;
    this.emit('otd-scan-reset');
    await this.liveRegion.announce(this.messages.cleared);
    this.shadowRoot?.getElementById('step-heading')?.focus();
  }

  private async handleRestart(): Promise<void> {
    this.answers = { aspects: {} };
    this._result = undefined;
    this.emit('otd-scan-reset');
    await this.goTo(1);
  }

  private handleFocusWidget(tag: 'otd-resource-recommender' | 'otd-escalation-card'): void {
    const target = document.querySelector<HTMLElement>(tag);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus();
  }

  private handlePrint(): void {
    if (!this.printSheet) {
      this.printSheet = new CSSStyleSheet();
      this.printSheet.replaceSync(PRINT_SHEET);
    }
    const sheet = this.printSheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.setAttribute('data-otd-printing', '');
    const done = () => {
      this.removeAttribute('data-otd-printing');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  private aspectName(id: AspectId): string {
    return DEFAULT_ASPECTS.find((a) => a.id === id)!.name[this.resolvedLang];
  }

  /** "Oneens (onvoldoende)": the answer and what it means for the person's knowledge. */
  private competenceLabel(answer: AgreementAnswer): string {
    const m = this.messages;
    return `${this.answerLabel('agreement', answer)} (${INSUFFICIENT.includes(answer) ? m.insufficient : m.sufficient})`;
  }

  private answerLabel(scale: 'agreement' | 'yes_no_maybe', id: string): string {
    return DEFAULT_SURVEY.scales[scale].find((o) => o.id === id)?.label[this.resolvedLang] ?? id;
  }

  // ----- rendering -----

  private renderProgress(): TemplateResult | typeof nothing {
    if (this.step < 1 || this.step > this.total) return nothing;
    const m = this.messages;
    return html`
      <div class="progress" part="progress">
        <p class="step-of" id="step-of">${m.stepOf(this.step, this.total)}</p>
        <progress max=${this.total} .value=${this.step} aria-labelledby="step-of"></progress>
      </div>
    `;
  }

  private renderErrorSummary(questions: readonly QuestionView[]): TemplateResult | typeof nothing {
    const missing = questions.filter((q) => !q.value);
    if (!this.showErrors || !missing.length) return nothing;
    const m = this.messages;
    return html`
      <div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
        <p class="error-summary-title" id="error-summary-title"><strong>${m.errorSummaryTitle}</strong></p>
        <ul>
          ${missing.map((q) => {
            const first = `${q.id}--${q.options[0]!.id}`;
            return html`<li><a href=${`#${first}`} @click=${(e: Event) => this.focusInput(first, e)}>${m.unanswered(q.legend)}</a></li>`;
          })}
        </ul>
      </div>
    `;
  }

  private renderQuestion(q: QuestionView): TemplateResult {
    const lang = this.resolvedLang;
    const invalid = this.showErrors && !q.value;
    const errorId = `${q.id}--error`;
    return html`
      <fieldset class="question ${invalid ? 'invalid' : ''}" part="question" aria-describedby=${invalid ? errorId : nothing}>
        <legend>${q.legend}</legend>
        ${invalid ? html`<p class="field-error" id=${errorId}>${this.messages.chooseAnswer}</p>` : nothing}
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
                  @change=${(e: Event) => this.handleAnswer(q, e)}
                />
                <span>${o.label[lang]}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderStorage(): TemplateResult {
    const m = this.messages;
    return html`
      <div class="storage">
        <label class="keep">
          <input type="checkbox" .checked=${this.keepOnDevice} @change=${this.handleKeep} aria-describedby="keep-hint" />
          <span>${m.keepOnDevice}</span>
        </label>
        <p class="hint" id="keep-hint">${m.keepOnDeviceHint}</p>
        ${this.hasStored
          ? html`<p class="stored">
              ${m.storedNotice}
              <button type="button" class="link-button" part="button" @click=${this.handleClear}>${m.clear}</button>
            </p>`
          : nothing}
      </div>
    `;
  }

  private renderIntro(level: number): TemplateResult {
    const m = this.messages;
    const date = new Intl.DateTimeFormat(intlLocale(this.resolvedLang), {
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${DEFAULT_SURVEY.date}-01T12:00:00`));
    return html`
      <form novalidate @submit=${this.handleSubmit}>
        ${heading(level, m.introTitle, { id: 'step-heading', part: 'step-heading', focusable: true })}
        <p>${m.intro(DEFAULT_SURVEY.n, date)}</p>
        <p>${m.introTime}</p>
        <p>${m.introPrivacy}</p>
        <div class="actions" part="actions">
          <button type="submit" class="primary" part="button">${m.start}</button>
        </div>
        ${this.hasStored ? this.renderStorage() : nothing}
      </form>
    `;
  }

  private renderStep(level: number): TemplateResult {
    const m = this.messages;
    const questions = this.questionsFor(this.step);
    const last = this.step === this.total;
    return html`
      <form novalidate @submit=${this.handleSubmit}>
        ${this.renderProgress()}
        ${heading(level, this.stepTitle(this.step), { id: 'step-heading', part: 'step-heading', focusable: true })}
        ${this.renderErrorSummary(questions)} ${questions.map((q) => this.renderQuestion(q))}
        <div class="actions" part="actions">
          <button type="button" part="button" @click=${() => this.goTo(this.step - 1)}>${m.previous}</button>
          <button type="submit" class="primary" part="button">${last ? m.showResult : m.next}</button>
        </div>
        ${this.renderStorage()}
      </form>
    `;
  }

  /**
   * The chart: per aspect its name and the share of colleagues in HTML (so they wrap and grow with
   * the reader's text size), over a bar drawn in SVG. The SVG has no viewBox: its lengths are
   * percentages of the bar's width and `em`s of the text size, so it grows with the text too, and its
   * geometry stays in attributes (a strict CSP allows no inline styles).
   */
  private renderChart(result: ScanResult): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const rows = result.aspects.map((a) => {
      const insufficient = INSUFFICIENT.includes(a.competence);
      const p = a.peers.insufficientPct;
      // Your marker sits in the middle of the part your answer falls in: insufficient or not.
      const you = insufficient ? p / 2 : p + (100 - p) / 2;
      const g = a.peers.groupInsufficientPct;
      return html`
        <li class="bar-row">
          <span class="bar-label">${this.aspectName(a.id)}</span>
          <span class="bar-pct">${formatPct(p, lang)}</span>
          <svg class="bar" focusable="false">
            <rect class="track" x="0" y="1.1em" width="100%" height="1.25em"></rect>
            <rect class="peers" x="0" y="1.1em" width=${`${p}%`} height="1.25em"></rect>
            <line class="group" x1=${`${g}%`} x2=${`${g}%`} y1="0.8em" y2="2.65em"></line>
            <svg x=${`${you}%`} overflow="visible">
              <svg x="-0.45em" y="0.1em" width="0.9em" height="0.65em" viewBox="0 0 14 10" overflow="visible">
                <path class="you" d="M 0 0 h 14 l -7 10 z"></path>
              </svg>
              <text class="you-label" x=${you > 50 ? '-0.65em' : '0.65em'} y="0.7em" text-anchor=${you > 50 ? 'end' : 'start'}>${m.you}</text>
            </svg>
          </svg>
        </li>
      `;
    });
    return html`
      <figure class="chart ${this.showTable ? 'as-table' : ''}" part="chart">
        <figcaption>${m.chartTitle}</figcaption>
        <ul class="legend" aria-hidden="true">
          <li><span class="key peers"></span>${m.chartLegendPeers}</li>
          <li><span class="key group"></span>${m.chartLegendGroup}</li>
          <li><span class="key you"></span>${m.chartLegendYou}</li>
        </ul>
        <div class="bars" aria-hidden="true">
          <ul>
            ${rows}
          </ul>
          <p class="axis"><span>0%</span><span>50%</span><span>100%</span></p>
        </div>
        ${this.renderTable(result)}
      </figure>
      <button type="button" class="link-button" part="button" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>
        ${m.showTable}
      </button>
    `;
  }

  private renderTable(result: ScanResult): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    // The wrapper, not the table, is hidden: a table ignores the 1px box and would widen the page.
    // Shown, the wrapper scrolls sideways on a narrow screen, so it takes focus for the arrow keys.
    return html`
      <div
        class=${this.showTable ? 'table-wrap' : 'visually-hidden'}
        role=${this.showTable ? 'region' : nothing}
        aria-labelledby=${this.showTable ? 'table-caption' : nothing}
        tabindex=${this.showTable ? '0' : nothing}
      >
      <table class="data">
        <caption id="table-caption">${m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${m.colAspect}</th>
            <th scope="col">${m.colYou}</th>
            <th scope="col">${m.colPeers(DEFAULT_SURVEY.n)}</th>
            <th scope="col">${m.colGroup}</th>
          </tr>
        </thead>
        <tbody>
          ${result.aspects.map(
            (a) => html`
              <tr>
                <th scope="row">${this.aspectName(a.id)}</th>
                <td>${this.competenceLabel(a.competence)}</td>
                <td>${formatPct(a.peers.insufficientPct, lang)}</td>
                <td>${formatPct(a.peers.groupInsufficientPct, lang)} (n = ${a.peers.groupN})</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
      </div>
    `;
  }

  private renderFocus(result: ScanResult, level: number): TemplateResult {
    const m = this.messages;
    return html`
      <section class="focus" aria-labelledby="focus-title">
        ${heading(level, m.focusTitle, { id: 'focus-title' })}
        ${result.focus.length
          ? html`<ol>
              ${result.focus.map((id) => {
                const a = result.aspects.find((x) => x.id === id)!;
                const why = a.reasons.map((r) => m.focusWhy[r.question]);
                return html`<li>
                  <strong>${this.aspectName(id)}</strong>:
                  ${why.join('; ')}${a.mandatory ? html` <span class="badge">${m.mandatory}</span>` : nothing}
                </li>`;
              })}
            </ol>`
          : html`<p>${m.focusNone}</p>`}
      </section>
    `;
  }

  private renderAnswers(result: ScanResult, level: number): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const group = DEFAULT_SURVEY.frequencyGroups.find((g) => g.id === result.frequency)!;
    const groupName = group.option[lang].toLowerCase();
    const general = peerFigures(DEFAULT_SURVEY, 'general', result.frequency);
    const block = (
      title: string,
      competence: AgreementAnswer,
      peers: PeerFigures,
      extra: TemplateResult | typeof nothing,
      mandatory = false,
    ) => html`
      <li class="aspect-result">
        ${heading(level + 1, title)}
        ${mandatory ? html`<p><span class="badge">${m.mandatory}</span></p>` : nothing}
        <ul class="answers">
          <li>${m.competenceAnswer(this.competenceLabel(competence))}</li>
          ${extra}
        </ul>
        <p>${m.peersOverall(formatPct(peers.insufficientPct, lang), DEFAULT_SURVEY.n)}
          ${m.peersGroup(formatPct(peers.groupInsufficientPct, lang), groupName, peers.groupN)}</p>
        ${peers.smallGroup ? html`<p class="hint">${m.smallGroup(peers.groupN)}</p>` : nothing}
      </li>
    `;
    return html`
      <section aria-labelledby="answers-title">
        ${heading(level, m.yourAnswers, { id: 'answers-title' })}
        <ul class="aspect-results" role="list">
          ${block(m.generalTitle, result.general, general, nothing)}
          ${result.aspects.map((a) =>
            block(
              this.aspectName(a.id),
              a.competence,
              a.peers,
              html`<li>${m.knowledgeSourceAnswer(this.answerLabel('yes_no_maybe', a.knowledgeSource as YesNoMaybe))}</li>
                <li>${m.escalationAnswer(this.answerLabel('yes_no_maybe', a.escalation as YesNoMaybe))}</li>`,
              a.mandatory,
            ),
          )}
        </ul>
      </section>
    `;
  }

  private renderResult(level: number): TemplateResult {
    const m = this.messages;
    const result = this._result;
    if (!result) return this.renderIntro(level);
    const group = DEFAULT_SURVEY.frequencyGroups.find((g) => g.id === result.frequency)!;
    const hasRecommender = Boolean(document.querySelector('otd-resource-recommender'));
    const hasCard = Boolean(document.querySelector('otd-escalation-card'));
    return html`
      <div class="result" part="result">
        ${heading(level, m.resultTitle, { id: 'step-heading', part: 'step-heading', focusable: true })}
        <p>${m.resultIntro(group.option[this.resolvedLang].toLowerCase(), DEFAULT_SURVEY.n)}</p>
        ${this.renderFocus(result, level + 1)} ${this.renderChart(result)} ${this.renderAnswers(result, level + 1)}
        <section class="next" aria-labelledby="next-title">
          ${heading(level + 1, m.nextStepsTitle, { id: 'next-title' })}
          <div class="actions" part="actions">
            ${hasRecommender
              ? html`<button type="button" class="primary" part="button" @click=${() => this.handleFocusWidget('otd-resource-recommender')}>
                  ${m.toResources}
                </button>`
              : nothing}
            ${hasCard
              ? html`<button type="button" part="button" @click=${() => this.handleFocusWidget('otd-escalation-card')}>${m.toContacts}</button>`
              : nothing}
            <button type="button" part="button" @click=${this.handlePrint}>${m.print}</button>
            <button type="button" part="button" @click=${this.handleRestart}>${m.restart}</button>
          </div>
        </section>
        ${this.renderStorage()}
      </div>
    `;
  }

  protected override renderTitle(): unknown {
    return this.messages.heading;
  }

  protected override renderBody(): TemplateResult {
    const level = this.level + 1;
    if (this.step === 0) return this.renderIntro(level);
    return this.step === this.resultStep ? this.renderResult(level) : this.renderStep(level);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otd-self-scan': OtdSelfScan;
  }
}
