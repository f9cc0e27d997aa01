import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Task } from '@lit/task';
import type { Lang } from '../content/model.js';
import type { ContentIssue } from '../content/issues.js';
import type { PartnerContent } from '../content/schema/partner-content.js';
import { resolveSafeUrl } from '../content/safe-url.js';
import type { ContentErrorDetail } from './events.js';
import { clampLevel, heading } from './heading.js';
import { observeLang, resolveLang } from './lang.js';
import type { Catalogue } from '../content/catalogue.js';
import { LiveRegion } from './live-region.js';
import { applyEarlyProperties, takeEarlyProperties, warnObjectAttributes } from './early-properties.js';
import { baseCatalogue, describeIssue } from './messages.js';

/** How long a `content-src` request may take before it counts as failed. */
export const CONTENT_TIMEOUT_MS = 10_000;

export type ContentState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly content: PartnerContent }
  | { readonly status: 'invalid'; readonly source: string; readonly issues: readonly ContentIssue[] };

const EMPTY: PartnerContent = {};

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

  /**
   * Loads and parses partner content (abortable, with a loading state). The task, the schemas and
   * zod are imported only when there is partner content, so a page with the bundled defaults never
   * downloads them.
   */
  private contentTask?: Task<readonly [string | undefined, string | null], ContentState>;
  private contentTaskCreating?: Promise<void>;

  private ensureContentTask(): void {
    if (this.contentTask || this.contentTaskCreating) return;
    if (!this.contentSrc && this.inlineJson === null) return;
    this.contentTaskCreating = import('@lit/task').then(({ Task }) => {
      this.contentTask = new Task(this, {
        args: () => [this.contentSrc, this.inlineJson] as const,
        task: async ([src, inline], { signal }): Promise<ContentState> => {
          if (src) return this.loadContent(src, signal);
          if (inline !== null) return this.fromText(inline, 'inline');
          return OtdElement.ready;
        },
      });
      this.contentTaskCreating = undefined;
      this.requestUpdate();
    });
  }

  /** Values set before the element was defined, for accessors Lit does not keep itself. */
  private earlyProperties?: Map<string, unknown>;
  private readonly warnedAttributes = new Set<string>();

  constructor() {
    super();
    this.earlyProperties = takeEarlyProperties(this);
  }

  override connectedCallback(): void {
    applyEarlyProperties(this, this.earlyProperties);
    this.earlyProperties = undefined;
    warnObjectAttributes(this, this.warnedAttributes);
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
    // 2 is TaskStatus.COMPLETE (read as a number so the task module can stay lazy).
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
      await this.contentTaskCreating;
      await this.updateComplete;
      await this.contentTask?.taskComplete.catch(() => undefined);
    })();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.resolvedLang = resolveLang(this, this.lang);
    this.loadMessages();
    this.ensureContentTask();
  }

  /** The catalogues this element speaks from; subclasses add their own. */
  protected catalogues(): readonly Catalogue<unknown>[] {
    return [baseCatalogue];
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

  /** `updateComplete` also waits for texts that are still loading, so a test or host sees the finished widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.messagesLoading) {
      await this.messagesLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const s = this.contentState;
    if (s.status === 'invalid') this.reportProblem({ source: s.source, issues: s.issues });
    if (this.attributeIssues.length) this.reportProblem({ source: 'attributes', issues: this.attributeIssues });
  }

  private async fromText(text: string, source: string): Promise<ContentState> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { status: 'invalid', source, issues: [{ path: '', message: 'Not valid JSON', code: 'json' }] };
    }
    // Valid content needs no zod; only content with a problem loads it, to name every problem.
    const { checkPartnerContent } = await import('../content/partner-check.js');
    const content = checkPartnerContent(data);
    if (content) return { status: 'ready', content };
    const { parsePartnerContent } = await import('../content/parse.js');
    const result = parsePartnerContent(data);
    return result.ok
      ? { status: 'ready', content: result.content }
      : { status: 'invalid', source, issues: result.issues };
  }

  private async loadContent(src: string, signal: AbortSignal): Promise<ContentState> {
    const url = resolveSafeUrl(src, document.baseURI);
    if (!url) {
      return { status: 'invalid', source: src, issues: [{ path: '', message: 'content-src must be http(s)', code: 'source' }] };
    }
    let response: Response;
    try {
      response = await fetch(url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(CONTENT_TIMEOUT_MS)]),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch (error) {
      if (signal.aborted) throw error;
      const reason = error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network error';
      return { status: 'invalid', source: url, issues: [{ path: '', message: reason, code: 'load' }] };
    }
    if (!response.ok) {
      return { status: 'invalid', source: url, issues: [{ path: '', message: `HTTP ${response.status}`, code: 'load' }] };
    }
    return this.fromText(await response.text(), url);
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
    const s = this.contentState;
    const m = baseCatalogue.get(this.resolvedLang) ?? baseCatalogue.nl;
    if (s.status === 'loading') {
      return html`<p class="loading" role="status" part="loading">${m.loading}</p>`;
    }
    const issues = [...(s.status === 'invalid' ? s.issues : []), ...this.attributeIssues];
    if (!issues.length) return nothing;
    return html`
      <div class="content-problem" part="content-error">
        <p><strong>${m.contentProblemTitle}</strong></p>
        <p>${m.contentProblemHint}</p>
        <ul>
          ${issues.map(
            (issue) =>
              html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${describeIssue(issue, m)}</li>`,
          )}
        </ul>
      </div>
    `;
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
