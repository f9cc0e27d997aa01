import { adoptStyles, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ASPECT_IDS, intlLocale, type AspectId } from '../../content/model.js';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import { SURVEY_DATE, SURVEY_N } from '../../content/default/survey-facts.js';
import { defaultContentCatalogue } from '../../content/default/texts.js';
import type { ContentIssue } from '../../content/issues.js';
import { resolveSafeUrl } from '../../content/safe-url.js';
import type { ComputedScanResult, ScanAnswers } from '../../logic/scan.js';
import type { ScanResult } from '../../logic/scan-result.js';
import { clearScan, loadScan, saveScan } from '../../logic/scan-storage.js';
import { SHARE_OUTBOX_KEY } from '../../logic/share-keys.js';
import { storageOf } from '../../logic/storage.js';
import { parseIdList, unknownValueIssue } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { LazyModule } from '../../internal/lazy.js';
import { OtdElement } from '../../internal/otd-element.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { badgeStyles, errorSummaryStyles, progressStyles } from '../../styles/parts.js';
import { widgetStyles } from '../../styles/widget.js';
import type { Catalogue } from '../../content/catalogue.js';
import { selfScanCatalogue, type SelfScanMessages } from './otd-self-scan.messages.js';
import { styles } from './otd-self-scan.styles.js';
import type { StepsContext } from './otd-self-scan.steps.js';
import type { FragmentAnswer } from '../../logic/scan-fragment.js';
import type { ShareContext, ShareState } from './otd-self-scan.share.js';
import type { PeersChoice } from '../../logic/scan-peers.js';

/** The question steps and the result load when the person gets there (see `otd-self-scan.steps.ts`, `.result.ts`). */
const stepsView = new LazyModule(() => import('./otd-self-scan.steps.js'));
const resultView = new LazyModule(() => import('./otd-self-scan.result.js'));
/** The line saying which answer a kick-off handed over: loaded only when the page's fragment carries one. */
const handoverView = new LazyModule(() => import('./otd-self-scan.handover.js'));
/** Sharing with the region: loaded only by a scan with `share-endpoint`, with the result (see `otd-self-scan.share.ts`). */
const shareView = new LazyModule(() => import('./otd-self-scan.share.js'));

/**
 * While "Print of bewaar als PDF" prints: the page shows only the marked widgets (the result, and the
 * page's recommender and card: the plan as one document), each in its place in the page's flow.
 * Everything else, the site's header and menus too, is left out; what holds a marked widget stays.
 */
const PRINT_SHEET = `@media print {
  body :not([data-otd-printing], :has([data-otd-printing])) { display: none !important; }
  [data-otd-printing] { display: block !important; margin-block-end: 1.5em !important; }
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
 * @csspart share - The choice to share the answers with the region (with `share-endpoint` only).
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
 * @cssprop --otd-focus-outline-width - Focus ring width (never under 2px).
 * @cssprop --otd-focus-outline-style - Focus ring style.
 * @cssprop --otd-focus-outline-offset - Focus ring distance from the element.
 * @cssprop --otd-pointer-target-min-size - Smallest height of buttons and answer options (touch targets).
 * @cssprop --otd-form-control-border-color - Border of the municipality pick when sharing (`share-endpoint`).
 * @cssprop --otd-form-control-border-radius - Corners of the municipality pick when sharing.
 * @cssprop --otd-self-scan-background-color - Background of the scan itself.
 * @cssprop --otd-self-scan-border-color - Border of the scan itself.
 * @cssprop --otd-self-scan-chart-strongly-insufficient-color - The chart's "Sterk mee oneens" segments.
 * @cssprop --otd-self-scan-chart-insufficient-color - The chart's "Oneens" segments.
 * @cssprop --otd-self-scan-chart-peers-color - The earlier name of `--otd-self-scan-chart-insufficient-color`, still read when that is not set.
 * @cssprop --otd-self-scan-chart-sufficient-color - The chart's "Eens" segments.
 * @cssprop --otd-self-scan-chart-strongly-sufficient-color - The chart's "Sterk mee eens" segments.
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
  /** True when the part of the scan the person needs next could not be loaded (offline); they can try again. */
  @state() private viewFailed = false;

  /** Limits the scan to these aspects, space-separated (`juridisch financieel`); default all six. */
  @property() aspects?: string;

  /**
   * The receiver's `POST /api/scan-results` (http or https; relative to the page). With it, the result
   * offers to share the answers anonymously with the region; without it, the scan sends nothing.
   */
  @property({ attribute: 'share-endpoint' }) shareEndpoint?: string;

  /**
   * The receiver's `GET /api/scan-results/summary` (may carry `?since=yyyy-mm`): the result compares
   * with the recent shared scans when every column it shows has at least 30 answers, and says so;
   * otherwise with 2022, saying why. Without it, 2022.
   */
  @property({ attribute: 'peers-src' }) peersSrc?: string;

  /** What the current result compares with (with `peers-src`). */
  private peers?: PeersChoice;
  private peersUrl: string | null = null;
  private peersIssues: readonly ContentIssue[] = [];

  @state() private shareState: ShareState = 'idle';
  @state() private shareMunicipality: ShareContext['municipality'] = 'liever_niet';
  /** The share endpoint resolved against the page, or null without (or with an invalid) `share-endpoint`. */
  private shareUrl: string | null = null;
  private aspectIssues: readonly ContentIssue[] = [];
  private shareIssues: readonly ContentIssue[] = [];

  private activeAspects: AspectId[] = [...ASPECT_IDS];
  private _result?: ComputedScanResult;
  private restoredResult = false;
  /** The answer a kick-off handed over in the page's fragment, filled in (the intro says so). */
  @state() private handover?: FragmentAnswer;
  private printSheet?: CSSStyleSheet;
  /** The styles of the views loaded so far, adopted next to the element's own. */
  private readonly viewStyles = new Set<CSSResult>();

  /** The result once the person has finished the scan (the detail of `otd-scan-complete`). */
  get result(): ScanResult | undefined {
    return this._result;
  }

  /** A view still loading for a restored scan or a step change; `updateComplete` waits for it. */
  private viewLoading?: Promise<unknown>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.restore();
    this.takeHandover();
    this.resumeSharing();
  }

  /**
   * An answer in the page's fragment (from a kick-off) goes in, unless it is malformed or already
   * answered. What reads it loads only for a page whose fragment looks like one.
   */
  private takeHandover(): void {
    if (!location.hash.startsWith('#otd-scan=')) return;
    const take = handoverView.get().then((view) => {
      const given = view.handoverAnswer(location.hash, this.activeAspects, this.answers);
      if (!given) return;
      this.answers = view.withFragmentAnswer(this.answers, given);
      this.handover = given;
    });
    void this.loadingView(take.catch(() => undefined));
  }

  /** A share from an earlier page still waits to be sent: load the courier, which sends it once. */
  private resumeSharing(): void {
    if (!this.shareEndpoint) return;
    let waiting: string | null;
    try {
      waiting = storageOf('localStorage')?.getItem(SHARE_OUTBOX_KEY) ?? null;
    } catch {
      return;
    }
    if (waiting) void shareView.get().then((view) => view.pageCourier(), () => undefined);
  }

  /** `updateComplete` also waits for a view that is loading, so a host or test sees the finished step. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.viewLoading) {
      await this.viewLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Runs `work` (which loads a view), with `updateComplete` waiting for it. */
  private loadingView<T>(work: Promise<T>): Promise<T> {
    const loading = work.finally(() => {
      if (this.viewLoading === loading) this.viewLoading = undefined;
    });
    this.viewLoading = loading;
    return loading;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('aspects')) this.parseAspects();
    if (changed.has('shareEndpoint')) this.parseShareEndpoint();
    if (changed.has('peersSrc')) this.parsePeersSrc();
    // The result speaks the widget's language; switching language is no new result, so no event.
    if (changed.has('resolvedLang' as keyof OtdSelfScan) && this._result && resultView.value) {
      this._result = resultView.value.computeResult(this.answers, this.activeAspects, this.resolvedLang, this.peers);
    }
  }

  /** Focus goes to the current step's heading, so "focus the scan" lands where the person continues. */
  protected override focusTarget(): HTMLElement | null {
    return this.shadowRoot?.getElementById('step-heading') ?? super.focusTarget();
  }

  protected override catalogues(): readonly Catalogue<unknown>[] {
    const result = resultView.value?.catalogue;
    const share = this.shareUrl ? shareView.value?.catalogue : undefined;
    return [...super.catalogues(), selfScanCatalogue, defaultContentCatalogue, ...(result ? [result] : []), ...(share ? [share] : [])];
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
    this.aspectIssues = unknown.length ? [unknownValueIssue('aspects', 'aspect', unknown, ASPECT_IDS)] : [];
    this.attributeIssues = [...this.aspectIssues, ...this.shareIssues, ...this.peersIssues];
    if (this.step > this.resultStep) this.step = 0;
  }

  private parsePeersSrc(): void {
    const value = this.peersSrc?.trim();
    this.peersUrl = value ? resolveSafeUrl(value, document.baseURI) : null;
    this.peersIssues =
      value && !this.peersUrl ? [{ path: 'peers-src', message: `Not an http(s) URL: "${value}"`, code: 'invalid_format' }] : [];
    this.attributeIssues = [...this.aspectIssues, ...this.shareIssues, ...this.peersIssues];
  }

  /** With `peers-src`, what the result compares with (2022 without it, or when the figures are too few or cannot be had). */
  private async choosePeers(view: NonNullable<typeof resultView.value>): Promise<void> {
    const frequency = this.answers.frequency;
    this.peers = this.peersUrl && frequency ? await view.loadPeers(this.peersUrl, frequency, this.activeAspects) : undefined;
  }

  private parseShareEndpoint(): void {
    const value = this.shareEndpoint?.trim();
    this.shareUrl = value ? resolveSafeUrl(value, document.baseURI) : null;
    this.shareIssues =
      value && !this.shareUrl ? [{ path: 'share-endpoint', message: `Not an http(s) URL: "${value}"`, code: 'invalid_format' }] : [];
    this.attributeIssues = [...this.aspectIssues, ...this.shareIssues, ...this.peersIssues];
  }

  /** With `share-endpoint`, the result's sharing part loads with it; the result shows without it if it cannot. */
  private async useShareView(): Promise<void> {
    if (!this.shareUrl) return;
    const failed = this.viewFailed;
    await this.useView(shareView);
    this.viewFailed = failed;
  }

  private async handleShare(): Promise<void> {
    const view = shareView.value;
    if (!view || !this.shareUrl || !this._result || this.shareState === 'sending') return;
    this.shareState = 'sending';
    this.shareState = await view.shareScan(this.shareUrl, this._result, this.shareMunicipality);
    await this.updateComplete;
    await this.liveRegion.announce(view.stateText(this.messagesOf(view.catalogue), this.shareState));
    this.shadowRoot?.getElementById('share-status')?.focus();
  }

  private restore(): void {
    this.parseAspects();
    const saved = loadScan(storageOf('sessionStorage'), storageOf('localStorage'));
    if (!saved || saved.scan.aspects.join() !== this.activeAspects.join()) return;
    this.answers = saved.scan.answers;
    this.keepOnDevice = saved.keptOnDevice;
    this.hasStored = true;
    this.step = Math.min(Math.max(saved.scan.step, 0), this.resultStep);
    if (this.step > 0) void this.loadingView(this.restoreView());
  }

  /** A scan restored on a question or the result: load that view (no interaction waits for it). */
  private async restoreView(): Promise<void> {
    if (this.step < this.resultStep) {
      await this.useView(stepsView);
      this.requestUpdate();
      return;
    }
    const view = await this.useView(resultView);
    if (view) await this.choosePeers(view);
    const result = view?.computeResult(this.answers, this.activeAspects, this.resolvedLang, this.peers);
    if (result) await this.useShareView();
    if (!result) {
      // The stored answers are not complete: back to the last question.
      this.step = this.total;
      await this.useView(stepsView);
      this.requestUpdate();
      return;
    }
    this._result = result;
    this.restoredResult = true;
    this.requestUpdate();
  }

  /** Loads a view and adopts its styles; undefined (and a message with a way to retry) when it cannot load. */
  private async useView<T extends { readonly styles: CSSResult; readonly catalogue?: Catalogue<unknown> }>(
    view: LazyModule<T>,
  ): Promise<T | undefined> {
    try {
      const module = await view.get();
      // Its own texts, in the widget's language, before it shows (Dutch if English cannot load).
      await module.catalogue?.load(this.resolvedLang);
      if (!this.viewStyles.has(module.styles)) {
        this.viewStyles.add(module.styles);
        if (this.shadowRoot) adoptStyles(this.shadowRoot, [...OtdSelfScan.elementStyles, ...this.viewStyles]);
      }
      this.viewFailed = false;
      return module;
    } catch {
      this.viewFailed = true;
      return undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.restoredResult && this._result) {
      // A finished scan restored from storage tells the page again, so the other widgets follow it.
      this.restoredResult = false;
      this.emit('otd-scan-complete', this._result);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // A view loaded before the first render adopts its styles now that the shadow root is there.
    if (this.viewStyles.size) adoptStyles(this.shadowRoot!, [...OtdSelfScan.elementStyles, ...this.viewStyles]);
  }

  private persist(): void {
    this.hasStored = saveScan(
      storageOf('sessionStorage'),
      storageOf('localStorage'),
      { version: 1, step: this.step, answers: this.answers, aspects: this.activeAspects, savedAt: Date.now() },
      this.keepOnDevice,
    );
  }

  private emit(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private stepTitle(step: number): string {
    const m = this.messages;
    if (step === 0) return m.introTitle;
    if (step === 1) return m.aboutYou;
    if (step === this.resultStep) return m.resultTitle;
    return this.aspectName(this.activeAspects[step - 2]!);
  }

  private async goTo(step: number): Promise<void> {
    // The view of the step: loaded on intent, normally here already; if it cannot load, the person
    // stays where they are, with everything answered, and a way to try again.
    let result: ComputedScanResult | undefined;
    if (step === this.resultStep) {
      const view = await this.loadingView(this.useView(resultView));
      if (!view) return this.showViewFailed();
      await this.loadingView(this.choosePeers(view));
      result = view.computeResult(this.answers, this.activeAspects, this.resolvedLang, this.peers);
      await this.loadingView(this.useShareView());
    } else if (step > 0 && !(await this.loadingView(this.useView(stepsView)))) {
      return this.showViewFailed();
    }
    if (step === this.total) {
      resultView.prefetch();
      const peersUrl = this.peersUrl;
      if (peersUrl) void resultView.get().then((view) => view.prefetchPeers(peersUrl), () => undefined);
      if (this.shareUrl) shareView.prefetch();
    }
    this.step = step;
    this.showErrors = false;
    this._result = result;
    // A new result is a new choice: nothing of it has been shared.
    if (result) this.shareState = 'idle';
    this.persist();
    const title = this.stepTitle(step);
    await this.liveRegion.announce(
      step >= 1 && step <= this.total ? this.messages.stepAnnouncement(step, this.total, title) : title,
    );
    this.shadowRoot?.getElementById('step-heading')?.focus();
    this.emit('otd-scan-step', { step, total: this.total });
    if (result) this.emit('otd-scan-complete', result);
  }

  private async showViewFailed(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.getElementById('view-failed')?.focus();
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Let an answer given just before (in the same task) render first: the radios are reused
    // across steps, and their `checked` must be committed before the next step's values replace it.
    await this.updateComplete;
    if (this.step === 0) return this.goTo(1);
    const steps = stepsView.value;
    const missing = steps ? steps.questionsFor(this.stepsContext, this.step).filter((q) => !q.value) : [];
    if (missing.length) {
      this.showErrors = true;
      await this.updateComplete;
      this.shadowRoot?.getElementById('error-summary')?.focus();
      return;
    }
    return this.goTo(this.step + 1);
  }

  private handleAnswers(answers: ScanAnswers): void {
    this.answers = answers;
    // The handed-over answer changed: the intro no longer says it came along.
    if (this.handover && handoverView.value?.answerIn(answers, this.handover) !== this.handover.answer) this.handover = undefined;
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
    this.handover = undefined;
    this.keepOnDevice = false;
    this.hasStored = false;
    this._result = undefined;
    this.step = 0;
    this.showErrors = false;
    this.shareState = 'idle';
    this.emit('otd-scan-reset');
    await this.liveRegion.announce(this.messages.cleared);
    this.shadowRoot?.getElementById('step-heading')?.focus();
  }

  private async handleRestart(): Promise<void> {
    this.answers = { aspects: {} };
    this.handover = undefined;
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
    const printed = [this, ...document.querySelectorAll('otd-resource-recommender, otd-escalation-card')];
    for (const el of printed) el.setAttribute('data-otd-printing', '');
    const done = () => {
      for (const el of printed) el.removeAttribute('data-otd-printing');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  private aspectName(id: AspectId): string {
    return DEFAULT_ASPECTS.find((a) => a.id === id)!.name[this.resolvedLang];
  }

  // ----- rendering -----

  private get stepsContext(): StepsContext {
    return {
      m: this.messages,
      lang: this.resolvedLang,
      step: this.step,
      total: this.total,
      title: this.stepTitle(this.step),
      aspects: this.activeAspects,
      answers: this.answers,
      showErrors: this.showErrors,
      updateAnswers: (change) => this.handleAnswers(change(this.answers)),
      onSubmit: (event) => void this.handleSubmit(event),
      onPrevious: () => void this.goTo(this.step - 1),
      onFocusInput: (id, event) => this.focusInput(id, event),
      storage: this.renderStorage(),
    };
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

  /** The choice to share, with `share-endpoint` and once its part has loaded; nothing otherwise. */
  private renderShare(level: number): TemplateResult | typeof nothing {
    const view = shareView.value;
    if (!view || !this.shareUrl) return nothing;
    return view.renderShare(
      {
        m: this.messagesOf(view.catalogue),
        state: this.shareState,
        municipality: this.shareMunicipality,
        onMunicipality: (value) => (this.shareMunicipality = value),
        onShare: () => void this.handleShare(),
      },
      level,
    );
  }

  /** Said when a part of the scan could not load; the button that brought the person here tries again. */
  private renderViewFailed(): TemplateResult | typeof nothing {
    if (!this.viewFailed) return nothing;
    return html`<p class="view-failed" id="view-failed" role="alert" tabindex="-1">${this.messages.viewFailed}</p>`;
  }

  private renderIntro(level: number): TemplateResult {
    const m = this.messages;
    const date = new Intl.DateTimeFormat(intlLocale(this.resolvedLang), {
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${SURVEY_DATE}-01T12:00:00`));
    // Moving into the scan (its Start button) is the intent to start: fetch the questions now.
    return html`
      <form novalidate @submit=${this.handleSubmit} @focusin=${() => stepsView.prefetch()}>
        ${heading(level, m.introTitle, { id: 'step-heading', part: 'step-heading', focusable: true })}
        <p>${m.intro(SURVEY_N, date)}</p>
        <p>${m.introTime}</p>
        <p>${m.introPrivacy}</p>
        ${this.handover && handoverView.value
          ? handoverView.value.renderHandover(this.handover, this.resolvedLang, () =>
              void this.goTo(handoverView.value!.stepOf(this.handover!, this.activeAspects)),
            )
          : nothing}
        ${this.renderViewFailed()}
        <div class="actions" part="actions">
          <button type="submit" class="primary" part="button">${m.start}</button>
        </div>
        ${this.hasStored ? this.renderStorage() : nothing}
      </form>
    `;
  }

  protected override renderTitle(): unknown {
    return this.messages.heading;
  }

  protected override renderBody(): TemplateResult {
    const level = this.level + 1;
    if (this.step === 0) return this.renderIntro(level);
    if (this.step === this.resultStep) {
      const view = resultView.value;
      if (view && this._result) {
        return view.renderResult(
          {
            m: this.messagesOf(view.catalogue),
            title: this.messages.resultTitle,
            lang: this.resolvedLang,
            result: this._result,
            showTable: this.showTable,
            onToggleTable: () => (this.showTable = !this.showTable),
            onFocusWidget: (tag) => this.handleFocusWidget(tag),
            onPrint: () => this.handlePrint(),
            onRestart: () => void this.handleRestart(),
            storage: this.renderStorage(),
            share: this.renderShare(level + 1),
            peers: this.peers,
          },
          level,
        );
      }
    } else if (stepsView.value) {
      return html`${this.renderViewFailed()} ${stepsView.value.renderStep(this.stepsContext, level)}`;
    }
    // A restored scan whose view is still loading, or could not load.
    return html`<p class="loading" role="status">${this.messages.viewLoading}</p>${this.renderViewFailed()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otd-self-scan': OtdSelfScan;
  }
}
