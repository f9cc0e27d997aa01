import { formatPct, intlLocale, type Lang } from '../../content/model.js';
import type { ContentIssue } from '../../content/issues.js';
import { SURVEY_DATE, SURVEY_N } from '../../content/default/survey-facts.js';
import { PODCAST_SERIES, SCALE_OPTIONS, STRIKING_FINDINGS } from '../../content/default/kickoff.js';
import type { SurveyFinding } from '../../content/default/survey-findings.js';
import { defaultContentCatalogue } from '../../content/default/texts.js';
import { pickFinding, readKickoff, withoutFragment, type KickoffSettings, type KickoffVideo } from '../../logic/kickoff.js';
import { fragmentAnswer, linkWithAnswer, QUESTION_IDS, type FragmentAnswer } from '../../logic/scan-fragment.js';
import { observeLang, resolveLang } from '../../internal/lang.js';
import { clampLevel } from '../../internal/level.js';
import { HOST_CSS, TOKENS_CSS } from '../../styles/token-chain.js';
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

/** One stylesheet for every kick-off on the page: the token chain, the host basics, its own. */
let sheet: CSSStyleSheet | undefined;
function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(TOKENS_CSS + HOST_CSS + styles);
  }
  return sheet;
}

type Child = Node | string | false | null | undefined;

/** An element with attributes (a null or false value leaves one out) and children; text is always text, never HTML. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | false | null | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value != null && value !== false) el.setAttribute(name, value);
  for (const child of children) if (child != null && child !== false) el.append(child);
  return el;
}

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
export class OtdKickoff extends HTMLElement {
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
    const attr = (name: string) => this.getAttribute(name);
    return readKickoff(
      {
        href: attr('href'),
        finding: attr('finding'),
        videoSrc: attr('video-src'),
        videoCaptions: attr('video-captions'),
        videoCaptionsLang: attr('video-captions-lang'),
        videoPoster: attr('video-poster'),
        videoEmbed: attr('video-embed'),
        podcastUrl: attr('podcast-url'),
      },
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
    const card = h('div', { class: 'card', part: 'card', lang: this.#lang });
    card.append(...this.#renderProblems(settings.issues));
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

  #renderVideo(video: KickoffVideo): Node[] {
    const m = this.#m;
    const title = this.getAttribute('video-title')?.trim() || m.videoTitle;
    if (video.kind === 'own') {
      // No autoplay, nothing loaded before the reader presses play (the poster aside); captions on by default.
      return [
        h(
          'video',
          { controls: '', preload: 'none', poster: video.poster, 'aria-label': title, part: 'video' },
          h('source', { src: video.src }),
          h('track', { kind: 'captions', src: video.captions, srclang: video.captionsLang, label: m.captionsLabel(video.captionsLang), default: '' }),
          h('p', {}, `${m.videoFallback} `, h('a', { href: video.src }, title)),
        ),
      ];
    }
    const box = h('div', { class: 'video', part: 'video' });
    const notice = h('p', { class: 'notice', part: 'notice', id: 'video-notice' });
    const showPlayer = () => {
      // The third party's player, from the reader's click on: sandboxed, no referrer, the least it needs.
      const frame = h('iframe', {
        src: video.url,
        title,
        sandbox: 'allow-scripts allow-same-origin allow-presentation',
        allow: 'fullscreen',
        allowfullscreen: '',
        referrerpolicy: 'no-referrer',
      });
      box.replaceChildren(frame);
      notice.textContent = m.embedLoadedNotice(video.host);
      return frame;
    };
    if (this.#playerLoaded) {
      showPlayer();
      return [box, notice];
    }
    notice.textContent = m.embedNotice(video.host);
    const button = h(
      'button',
      { type: 'button', class: 'play', part: 'button', 'aria-describedby': 'video-notice' },
      h('span', { 'aria-hidden': 'true' }, '▶'),
      m.playVideo,
    );
    button.addEventListener('click', () => {
      this.#playerLoaded = true;
      showPlayer().focus();
    });
    box.append(...(video.poster ? [h('img', { class: 'poster', src: video.poster, alt: '' })] : []), button);
    return [box, notice];
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

  #renderProblems(issues: readonly ContentIssue[]): Node[] {
    if (!issues.length) return [];
    const m = this.#m;
    const describe = (i: ContentIssue) =>
      i.code === 'invalid_value'
        ? m.issue.invalid_value(i.received ?? '', (i.values ?? []).join(', '))
        : ((m.issue as Record<string, unknown>)[i.code] as string | undefined) ?? m.issue.other;
    return [
      h(
        'div',
        { class: 'content-problem', part: 'content-error' },
        h('p', {}, h('strong', {}, m.problemTitle)),
        h('p', {}, m.problemHint),
        h('ul', {}, ...issues.map((i) => h('li', {}, h('code', {}, i.path), `: ${describe(i)}`))),
      ),
    ];
  }

  /** Warns in the console and fires `otd-content-error`, once per distinct set of problems. */
  #report(issues: readonly ContentIssue[]): void {
    if (!issues.length) return;
    const detail = { source: 'attributes', issues };
    const key = JSON.stringify(detail);
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    console.warn(`[otd-widgets] <otd-kickoff>: attributes not used:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    this.#emit('otd-content-error', detail);
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
}
