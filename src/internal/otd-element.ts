import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../content/model.js';
import type { ContentIssue } from '../content/issues.js';
import type { PartnerContent } from '../content/schema/partner-content.js';
import type { ContentErrorDetail } from './events.js';
import { clampLevel, heading } from './heading.js';
import { LazyModule } from './lazy.js';
import { observeLang, resolveLang } from './lang.js';
import type { Catalogue } from '../content/catalogue.js';
import { LiveRegion } from './live-region.js';
import { applyEarlyProperties, takeEarlyProperties, warnObjectAttributes } from './early-properties.js';
import type * as PartnerContentModule from './partner-content.js';
import type { ContentState } from './partner-content.js';

export type { ContentState };

const EMPTY: PartnerContent = {};

/** Partner content and the problem list, loaded only by a widget that has either (see `partner-content.ts`). */
const partnerContent = new LazyModule(() => import('./partner-content.js'));

/**
 * The base of every otd element: its language and texts, its partner content (from `content-src` or
 * an inline `<script type="application/json">` child, both parsed by the same schema), the readable
 * error state when that content is not valid, and the frame every widget renders in: the box, its
 * heading at the page's level, the content status, and a polite live region. A widget supplies its
 * heading text (`renderTitle`) and what goes inside (`renderBody`).
 */
export abstract class OtdElement extends LitElement {
  /** The element's tag; lets another copy of this library recognise the class as ours. */
  static readonly otdTag: string;

  /** The language resolved from `lang`, the closest `[lang]` ancestor, or Dutch. */
  @state() protected resolvedLang: Lang = 'nl';

  /** Inline JSON content from a `<script type="application/json">` child, as text. */
  @state() private inlineJson: string | null = null;

  /** Language of the widget (`nl` or `en`); defaults to the page's language, else Dutch. */
  @property() override lang = '';

  /** URL of a partner content file (JSON), loaded with the page's credentials rules; http(s) only. */
  @property({ attribute: 'content-src' }) contentSrc?: string;

  /** The level of the widget's heading (1–5, default 2), to fit the page's outline; the headings inside follow below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** What the widget says to screen readers without moving focus. */
  protected readonly liveRegion = new LiveRegion(this);

  private readonly warned = new Set<string>();
  /** Message catalogues still loading for the current language (English loads on first use). */
  private messagesLoading?: Promise<void>;
  private static readonly ready: ContentState = { status: 'ready', content: EMPTY };

  /**
   * Problems with the element's own attributes (an unknown aspect id, say), set by a subclass in
   * `willUpdate`. They are shown, warned and dispatched exactly like content problems.
   */
  protected attributeIssues: readonly ContentIssue[] = [];
  private stopObservingLang?: () => void;
  private inlineObserver?: MutationObserver;

  /** Loads and checks partner content (abortable, with a loading state), once the module is here. */
  private contentTask?: ReturnType<typeof PartnerContentModule.contentTask>;
  /** The partner-content module for this element, once loaded with its words in the widget's language. */
  private contentModule?: typeof PartnerContentModule;
  private contentLoading?: Promise<void>;

  /** True when this widget shows partner content or a problem, so it needs the partner-content module. */
  private get needsContentModule(): boolean {
    return Boolean(this.contentSrc) || this.inlineJson !== null || this.attributeIssues.length > 0;
  }

  private ensureContentModule(): void {
    if (this.contentModule || this.contentLoading || !this.needsContentModule) return;
    const lang = this.resolvedLang;
    this.contentLoading = partnerContent
      .get()
      .then(async (module) => {
        await module.baseCatalogue.load(lang);
        this.contentModule = module;
        this.contentTask = module.contentTask(this, () => [this.contentSrc, this.inlineJson] as const);
        this.requestUpdate();
      })
      .catch((error: unknown) => console.warn(`[otd-widgets] <${this.localName}>: partner content could not be loaded:`, error))
      .finally(() => {
        this.contentLoading = undefined;
      });
  }

  /**
   * Values set before the element was defined, for accessors Lit does not keep itself: taken when
   * constructed (after Lit took its own), set once connected, when every class field has its default.
   */
  private readonly earlyProperties = takeEarlyProperties(this);

  override connectedCallback(): void {
    applyEarlyProperties(this, this.earlyProperties);
    warnObjectAttributes(this);
    super.connectedCallback();
    this.resolvedLang = resolveLang(this, this.lang);
    this.stopObservingLang = observeLang(() => {
      this.resolvedLang = resolveLang(this, this.lang);
    });
    this.readInlineJson();
    // A CMS may insert or edit the inline JSON after the element is on the page.
    this.inlineObserver = new MutationObserver(() => this.readInlineJson());
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.inlineObserver?.disconnect();
  }

  private readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineJson = script?.textContent ?? null;
  }

  /** The content state: loading, ready (partner content, possibly empty) or invalid. */
  protected get contentState(): ContentState {
    if (!this.contentSrc && this.inlineJson === null) return OtdElement.ready;
    const task = this.contentTask;
    // 2 is TaskStatus.COMPLETE (read as a number so the task module stays in the lazy chunk).
    if (task && task.status === 2 && task.value) return task.value;
    return { status: 'loading' };
  }

  /** The partner content when it is valid, else none (the element then shows its defaults). */
  protected get partnerContent(): PartnerContent {
    const s = this.contentState;
    return s.status === 'ready' ? s.content : EMPTY;
  }

  /** Resolves when partner content (from `content-src` or inline) has been loaded and checked. */
  get contentComplete(): Promise<unknown> {
    return (async () => {
      await this.contentLoading;
      await this.updateComplete;
      await this.contentTask?.taskComplete.catch(() => undefined);
    })();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.resolvedLang = resolveLang(this, this.lang);
    this.loadMessages();
    this.ensureContentModule();
  }

  /** The catalogues this element speaks from; subclasses add their own. */
  protected catalogues(): readonly Catalogue<unknown>[] {
    return this.contentModule ? [this.contentModule.baseCatalogue] : [];
  }

  /** A catalogue's texts in the widget's language (Dutch until English has loaded, or when it cannot). */
  protected messagesOf<M>(catalogue: Catalogue<M>): M {
    return catalogue.get(this.resolvedLang) ?? catalogue.nl;
  }

  /** The level of the widget's heading, `heading-level` clamped to 1–5 (there are levels below it). */
  protected get level(): number {
    return clampLevel(this.headingLevel, 5);
  }

  /** True when every catalogue has its texts in the current language. */
  protected get messagesReady(): boolean {
    return this.catalogues().every((c) => c.get(this.resolvedLang));
  }

  private loadMessages(): void {
    if (this.messagesLoading || this.messagesReady) return;
    const lang = this.resolvedLang;
    const loading = Promise.all(this.catalogues().map((c) => c.load(lang))).then(() => {
      this.messagesLoading = undefined;
      this.requestUpdate();
    });
    this.messagesLoading = loading;
  }

  /** `updateComplete` also waits for texts and the partner-content module still loading, so a test or host sees the finished widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.messagesLoading || this.contentLoading) {
      await (this.messagesLoading ?? this.contentLoading);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Attribute problems are set in willUpdate: the module that shows them may be needed only now.
    this.ensureContentModule();
    const s = this.contentState;
    if (s.status === 'invalid') this.reportProblem({ source: s.source, issues: s.issues });
    if (this.attributeIssues.length) this.reportProblem({ source: 'attributes', issues: this.attributeIssues });
  }

  /** Dispatches `otd-content-error` and warns in the console, once per distinct problem. */
  private reportProblem(detail: ContentErrorDetail): void {
    const key = JSON.stringify(detail);
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const tag = this.localName;
    const lines = detail.issues.map((i) => `  ${i.path || '(file)'}: ${i.message}`).join('\n');
    console.warn(`[otd-widgets] <${tag}>: content from ${detail.source} was not used:\n${lines}`);
    this.dispatchEvent(new CustomEvent('otd-content-error', { detail, bubbles: true, composed: true }));
  }

  /** Where `focus()` sends focus: the widget's heading, so a "go to" link lands at its start. */
  protected focusTarget(): HTMLElement | null {
    return this.shadowRoot?.getElementById('heading') ?? null;
  }

  /** Moves focus into the widget (its heading), so other widgets and pages can send people here. */
  override focus(options?: FocusOptions): void {
    const target = this.focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** The loading line, or the readable content error naming each field; nothing when ready. */
  protected renderContentStatus(): TemplateResult | typeof nothing {
    return this.contentModule?.renderContentStatus(this.contentState, this.attributeIssues, this.resolvedLang) ?? nothing;
  }

  /** The widget's heading text. */
  protected abstract renderTitle(): unknown;

  /** Everything inside the frame below the heading and the content status; headings start at `level + 1`. */
  protected abstract renderBody(): unknown;

  override render(): TemplateResult | typeof nothing {
    // English texts load on first use; render once they are here (a few milliseconds).
    if (!this.messagesReady) return nothing;
    return html`
      <div class="card" part="card" lang=${this.resolvedLang}>
        ${heading(this.level, this.renderTitle(), { id: 'heading', part: 'heading', focusable: true })}
        ${this.renderContentStatus()} ${this.renderBody()} ${this.liveRegion.render()}
      </div>
    `;
  }
}
