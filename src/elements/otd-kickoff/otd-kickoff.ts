import { intlLocale, type Lang } from '../../content/model.js';
import { formatPct } from '../../logic/format-pct.js';
import { SURVEY_DATE, SURVEY_N } from '../../content/default/survey-facts.js';
import { PODCAST_SERIES, STRIKING_FINDINGS } from '../../content/default/kickoff.js';
import { SCALE_OPTIONS } from '../../content/default/scales.js';
import type { SurveyFinding } from '../../content/default/survey-findings.js';
import { defaultContentCatalogue } from '../../content/default/texts.js';
import {
  pickFinding,
  readKickoff,
  withoutFragment,
  type KickoffIssue,
  type KickoffSettings,
  type KickoffVideo,
} from '../../logic/kickoff.js';
import { fragmentAnswer, linkWithAnswer, QUESTION_IDS, type FragmentAnswer } from '../../logic/scan-fragment.js';
import { observeLang, resolveLang } from '../../internal/lang.js';
import { clampLevel } from '../../internal/level.js';
import { HOST_CSS, TOKENS_CSS } from '../../styles/token-chain.js';
import { h } from './otd-kickoff.dom.js';
import type * as ProblemsModule from './otd-kickoff.problems.js';
import type * as VideoParts from './otd-kickoff.video.js';
import { kickoffCatalogue, type KickoffMessages } from './otd-kickoff.messages.js';
import { styles } from './otd-kickoff.styles.js';

/** Detail of `otd-kickoff-answer`: the survey question and the answer the reader chose. */
export interface KickoffAnswerDetail {
  readonly question: string;
  readonly answer: string;
}

/** Detail of `otd-kickoff-open`: where the reader went (`url` without its fragment, so never the answer). */
export interface KickoffOpenDetail {
  readonly target: 'platform' | 'podcast';
  readonly url: string;
  /** True when the reader answered the question first (their answer went along to the scan). */
  readonly answered: boolean;
}

/** Every finding, loaded only when a page names one that is not bundled with the element. */
let allFindings: Promise<readonly SurveyFinding[]> | undefined;
const loadAllFindings = () =>
  (allFindings ??= import('../../content/default/survey-findings.js').then(
    (m) => m.SURVEY_FINDINGS,
    (error: unknown) => {
      allFindings = undefined;
      throw error;
    },
  ));

/** What the kick-off says when an attribute has to be fixed: loaded only then. */
type Problems = typeof ProblemsModule;
let problems: Problems | undefined;
let problemsLoading: Promise<Problems> | undefined;
const loadProblems = () =>
  (problemsLoading ??= import('./otd-kickoff.problems.js').then(
    (m) => (problems = m),
    (error: unknown) => {
      problemsLoading = undefined;
      throw error;
    },
  ));

/** The film: loaded only for a kick-off with one. */
type VideoModule = typeof VideoParts;
let videoModule: VideoModule | undefined;
let videoLoading: Promise<VideoModule> | undefined;
const loadVideo = () =>
  (videoLoading ??= import('./otd-kickoff.video.js').then(
    (m) => (videoModule = m),
    (error: unknown) => {
      videoLoading = undefined;
      throw error;
    },
  ));

/** One stylesheet for every kick-off on the page: the token chain, the host basics, its own. */
let sheet: CSSStyleSheet | undefined;
function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(TOKENS_CSS + HOST_CSS + styles);
  }
  return sheet;
}

/** The browser's HTMLElement; on a server (Node, where a framework renders first) a plain class, so importing this module never throws there. */
const ElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

/**
 * @summary A striking opener for a partner's page: one finding of the 2022 survey as a question to the
 * reader, that question to answer on the spot, a film and the podcast series, and the hand-over to the
 * platform's self-scan, which starts with the reader's answer filled in.
 *
 * @tag otd-kickoff
 *
 * @csspart card - The kick-off's outer box.
 * @csspart heading - The hook: the finding as a question to the reader.
 * @csspart figure - The finding's percentage in the hook.
 * @csspart source - The line naming the survey.
 * @csspart question - The survey question (a fieldset).
 * @csspart option - One answer option (a label with its radio).
 * @csspart answered - The line saying the answer goes along to the scan.
 * @csspart link - The hand-over link to the platform page.
 * @csspart video - The film: the video, the third-party player, or its place before the click.
 * @csspart button - The button that loads a third-party player.
 * @csspart notice - The line naming the third party a film comes from.
 * @csspart podcast - The podcast line.
 * @csspart content-error - The readable error shown when an attribute is missing or not valid.
 *
 * @cssprop --otd-color-primary - The hand-over link's and the top border's colour (falls back to NL Design System tokens).
 * @cssprop --otd-color-on-primary - Text on the primary colour.
 * @cssprop --otd-color-text - Text colour.
 * @cssprop --otd-color-text-subtle - Colour of the source line and the notice.
 * @cssprop --otd-color-background - Background.
 * @cssprop --otd-color-surface - Background of the question and the film's place.
 * @cssprop --otd-color-border - Borders.
 * @cssprop --otd-color-link - Colour of the podcast links.
 * @cssprop --otd-color-link-hover - Link colour on hover.
 * @cssprop --otd-color-error - The mark of the readable error.
 * @cssprop --otd-font-family - Font family.
 * @cssprop --otd-heading-font-family - Font family of the hook (default: the font family).
 * @cssprop --otd-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --otd-border-radius - Corner radius.
 * @cssprop --otd-focus-outline-color - Focus ring colour.
 * @cssprop --otd-focus-outline-width - Focus ring width.
 * @cssprop --otd-focus-outline-style - Focus ring style.
 * @cssprop --otd-focus-outline-offset - Focus ring distance from the element.
 * @cssprop --otd-pointer-target-min-size - Smallest height of the link, the button and the answer options.
 * @cssprop --otd-kickoff-background-color - Background of the kick-off itself.
 * @cssprop --otd-kickoff-border-color - Border of the kick-off itself.
 *
 * @fires otd-kickoff-answer - The reader chose an answer; detail: `{ question, answer }`.
 * @fires otd-kickoff-open - The reader followed the hand-over or a podcast link; detail: `{ target, url, answered }`.
 * @fires otd-content-error - An attribute is missing or not valid; detail: `{ source, issues }`.
 */
export class OtdKickoff extends ElementBase {
  /** The element's tag; lets another copy of this library recognise the class as ours. */
  static readonly otdTag = 'otd-kickoff';

  static readonly observedAttributes = [
    'href',
    'finding',
    'lang',
    'heading-level',
    'video-src',
    'video-captions',
    'video-captions-lang',
    'video-poster',
    'video-embed',
    'video-title',
    'podcast-url',
  ];

  readonly #root: ShadowRoot;
  #lang: Lang = 'nl';
  /** The finding shown, picked once per visit from `#choices`, and once here, the finding itself. */
  #findingId?: string;
  #finding?: SurveyFinding;
  #choices?: string;
  #answer?: FragmentAnswer;
  /** True once the reader asked for the third-party player; the player then stays. */
  #playerLoaded = false;
  #stopObservingLang?: () => void;
  /** English texts still loading; `updateComplete` waits for them. */
  #loading?: Promise<void>;
  readonly #reported = new Set<string>();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    this.#root.adoptedStyleSheets = [styleSheet()];
    this.#stopObservingLang = observeLang(() => this.#update());
    this.#update();
  }

  disconnectedCallback(): void {
    this.#stopObservingLang?.();
    this.#stopObservingLang = undefined;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    if (name === 'video-embed') this.#playerLoaded = false;
    if (this.isConnected) this.#update();
  }

  /** Resolves once the kick-off shows its current state (its English texts may load first). */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      while (this.#loading) await this.#loading;
      return true;
    })();
  }

  /** The reader's answer, if any: the survey question and the answer id. */
  get answer(): KickoffAnswerDetail | undefined {
    return this.#answer && this.#findingId ? { question: this.#findingId, answer: this.#answer.answer } : undefined;
  }

  get #m(): KickoffMessages {
    return kickoffCatalogue.get(this.#lang) ?? kickoffCatalogue.nl;
  }

  #update(): void {
    this.#lang = resolveLang(this, this.getAttribute('lang') ?? undefined);
    const lang = this.#lang;
    const missing = [kickoffCatalogue, defaultContentCatalogue].filter((c) => !c.get(lang));
    if (missing.length) {
      const loading: Promise<void> = Promise.all(missing.map((c) => c.load(lang))).then(() => {
        if (this.#loading === loading) this.#loading = undefined;
        this.#update();
      });
      this.#loading = loading;
      return;
    }
    this.#render();
  }

  #settings(): KickoffSettings {
    return readKickoff(
      (name) => this.getAttribute(name),
      { base: document.baseURI, lang: this.#lang, known: QUESTION_IDS, fallback: STRIKING_FINDINGS.map((f) => f.id) },
    );
  }

  #render(): void {
    const settings = this.#settings();
    const choices = settings.findings.join(' ');
    if (choices !== this.#choices) {
      // Another set of findings to choose from: pick again, and an answer to the old question goes.
      this.#choices = choices;
      this.#findingId = pickFinding(settings.findings);
      this.#finding = STRIKING_FINDINGS.find((f) => f.id === this.#findingId);
      this.#answer = undefined;
    }
    const finding = this.#finding;
    if (!finding) {
      // A finding the element does not bundle: load them all (a few KiB), then show it.
      const id = this.#findingId;
      const loading: Promise<void> = loadAllFindings()
        .then((all) => {
          if (this.#findingId === id) this.#finding = all.find((f) => f.id === id);
        })
        .catch((error: unknown) => {
          // Offline: the first bundled finding, rather than nothing.
          console.warn('[otd-widgets] <otd-kickoff>: the findings could not be loaded:', error);
          this.#findingId = STRIKING_FINDINGS[0]!.id;
          this.#finding = STRIKING_FINDINGS[0];
        })
        .then(() => {
          if (this.#loading === loading) this.#loading = undefined;
          this.#update();
        });
      this.#loading = loading;
      return;
    }
    // Something to fix: what to say about it loads first (a few hundred bytes).
    if (settings.issues.length && !problems) this.#wait(loadProblems());
    const card = h('div', { class: 'card', part: 'card', lang: this.#lang });
    if (problems && settings.issues.length) card.append(problems.renderProblems(settings.issues, this.#lang));
    if (settings.href) {
      card.append(...this.#renderHook(finding), ...this.#renderQuestion(finding), this.#renderHandover(settings.href));
      const media = h('div', { class: 'media' });
      if (settings.video) media.append(...this.#renderVideo(settings.video));
      media.append(...this.#renderPodcast(settings));
      if (media.childElementCount) card.append(media);
    } else {
      // Nothing to hand over to: the page's own content (the plain link for readers without scripts) stays.
      card.append(h('slot'));
    }
    card.append(h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'live' }));
    this.#root.replaceChildren(card);
    this.#report(settings.issues);
  }

  #renderHook(finding: SurveyFinding): Node[] {
    const m = this.#m;
    const pct = formatPct(finding.pct, this.#lang);
    const text = m.hook(finding.topic, finding.kind, pct, finding.measure === 'yes' && finding.pct < 50);
    const at = text.indexOf(pct);
    const level = clampLevel(Number(this.getAttribute('heading-level')));
    const date = new Intl.DateTimeFormat(intlLocale(this.#lang), { month: 'long', year: 'numeric' }).format(
      new Date(`${SURVEY_DATE}-01T12:00:00`),
    );
    return [
      h(
        `h${level}` as 'h2',
        { id: 'heading', part: 'heading' },
        text.slice(0, at),
        h('strong', { class: 'figure', part: 'figure' }, pct),
        text.slice(at + pct.length),
      ),
      h('p', { class: 'source', part: 'source' }, m.source(SURVEY_N, date)),
    ];
  }

  #renderQuestion(finding: SurveyFinding): Node[] {
    const m = this.#m;
    const options = SCALE_OPTIONS[finding.scale].map((option) => {
      const input = h('input', { type: 'radio', name: 'answer', value: option.id });
      input.checked = this.#answer?.answer === option.id;
      input.addEventListener('change', () => this.#choose(finding, option.id));
      return h('label', { class: 'option', part: 'option' }, input, h('span', {}, option.label[this.#lang]));
    });
    return [
      h('fieldset', { part: 'question' }, h('legend', {}, finding.question[this.#lang]), h('div', { class: 'options' }, ...options)),
      h('p', { class: 'answered', part: 'answered', id: 'answered', hidden: this.#answer ? null : '' }, m.answered),
    ];
  }

  #renderHandover(href: string): HTMLElement {
    const m = this.#m;
    const link = h('a', { class: 'cta', part: 'link', id: 'handover' });
    this.#setLink(link, href);
    link.addEventListener('click', () =>
      this.#emit<KickoffOpenDetail>('otd-kickoff-open', { target: 'platform', url: withoutFragment(href), answered: Boolean(this.#answer) }),
    );
    return h('div', { class: 'handover' }, h('p', {}, m.handoverText(SURVEY_N)), h('p', {}, link));
  }

  /** The hand-over link as the answer makes it: with the answer in its fragment, its words, its description. */
  #setLink(link: HTMLAnchorElement, href: string): void {
    const m = this.#m;
    link.href = this.#answer ? linkWithAnswer(href, this.#answer) : href;
    link.textContent = this.#answer ? m.handoverAnswered : m.handover;
    if (this.#answer) link.setAttribute('aria-describedby', 'answered');
    else link.removeAttribute('aria-describedby');
  }

  #choose(finding: SurveyFinding, answerId: string): void {
    const first = !this.#answer;
    const answer = fragmentAnswer(finding.id, answerId);
    if (!answer) return;
    this.#answer = answer;
    // Update in place: the radio the reader is on keeps focus.
    const href = this.#settings().href;
    const link = this.#root.getElementById('handover') as HTMLAnchorElement | null;
    if (href && link) this.#setLink(link, href);
    this.#root.getElementById('answered')?.removeAttribute('hidden');
    if (first) this.#announce(this.#m.answeredAnnouncement);
    this.#emit<KickoffAnswerDetail>('otd-kickoff-answer', { question: finding.id, answer: answerId });
  }

  /** The film's place at its size, filled once the film's code is there (it loads only for a kick-off with a film). */
  #renderVideo(video: KickoffVideo): Node[] {
    const box = h('div', { class: 'video', part: 'video' });
    if (!videoModule) {
      this.#wait(loadVideo());
      return [box];
    }
    const notice = videoModule.renderVideo(box, video, {
      lang: this.#lang,
      title: this.getAttribute('video-title')?.trim(),
      playerLoaded: this.#playerLoaded,
      onPlayerLoad: () => (this.#playerLoaded = true),
    });
    return [box, ...notice];
  }

  #renderPodcast(settings: KickoffSettings): Node[] {
    const m = this.#m;
    const link = (url: string, text: string, lang?: string) => {
      const a = h('a', { href: url, lang });
      a.textContent = text;
      a.addEventListener('click', () =>
        this.#emit<KickoffOpenDetail>('otd-kickoff-open', { target: 'podcast', url, answered: Boolean(this.#answer) }),
      );
      return a;
    };
    const podcast = settings.podcast;
    if (podcast.kind === 'none') return [];
    if (podcast.kind === 'link') return [h('p', { class: 'podcast', part: 'podcast' }, link(podcast.url, m.podcastLink))];
    // The bundled titles are Dutch: marked as such in an English widget, so they are read in Dutch.
    const titleLang = this.#lang === 'nl' ? undefined : 'nl';
    return [
      h(
        'div',
        { class: 'podcast', part: 'podcast' },
        h('p', {}, m.podcastSeries(PODCAST_SERIES.provider)),
        h('ul', {}, ...PODCAST_SERIES.episodes.map((e) => h('li', {}, link(e.url, e.title, titleLang)))),
      ),
    ];
  }

  /** Warns in the console and fires `otd-content-error`, once per distinct set of problems. */
  #report(found: readonly KickoffIssue[]): void {
    if (!found.length || !problems) return;
    const detail = { source: 'attributes', issues: problems.contentIssues(found) };
    const key = JSON.stringify(detail);
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    console.warn(problems.consoleLine(detail.issues));
    this.#emit('otd-content-error', detail);
  }

  /** Renders again once `part` (a part of the kick-off's code) has loaded; `updateComplete` waits for it. */
  #wait(part: Promise<unknown>): void {
    const loading: Promise<void> = part.then(
      () => {
        if (this.#loading === loading) this.#loading = undefined;
        this.#update();
      },
      (error: unknown) => {
        if (this.#loading === loading) this.#loading = undefined;
        console.warn('[otd-widgets] <otd-kickoff>: a part could not be loaded:', error);
      },
    );
    this.#loading = loading;
  }

  #announce(text: string): void {
    const live = this.#root.getElementById('live');
    if (!live) return;
    live.textContent = '';
    // Set after a moment, so the region's change is heard.
    setTimeout(() => (live.textContent = text), 50);
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otd-kickoff': OtdKickoff;
  }
  interface GlobalEventHandlersEventMap {
    'otd-kickoff-answer': CustomEvent<KickoffAnswerDetail>;
    'otd-kickoff-open': CustomEvent<KickoffOpenDetail>;
  }
}
