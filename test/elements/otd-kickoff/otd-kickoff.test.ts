import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-kickoff.js';
import type { KickoffAnswerDetail, KickoffOpenDetail, OtdKickoff } from '../../../src/elements/otd-kickoff/otd-kickoff.js';
import { STRIKING_FINDINGS, PODCAST_SERIES } from '../../../src/content/default/kickoff.js';
import { SURVEY_FINDINGS } from '../../../src/content/default/survey-findings.js';
import { SURVEY_N } from '../../../src/content/default/survey-facts.js';
import { formatPct } from '../../../src/logic/format-pct.js';
import type { ContentErrorDetail } from '../../../src/internal/events.js';
import { decodeScanFragment, encodeScanFragment } from '../../../src/logic/scan-fragment.js';
import { addPage, allByRole, byRole, contentError, nameOf, namesOf, preventNavigation, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';
import { placeOnPage, type Mounted } from '../../support/wcag.js';

const PLATFORM = 'https://platform.example/zelfscan';
/** A third party's player: `.invalid` never resolves, so nothing could be fetched from it anyway. */
const EMBED = 'https://video.invalid/embed/kickoff';
const OWN_VIDEO = '/test/fixtures/kickoff/film.mp4';
const CAPTIONS = '/test/fixtures/kickoff/film.vtt';

interface Kickoff extends Mounted<OtdKickoff> {
  readonly answers: KickoffAnswerDetail[];
  readonly opens: KickoffOpenDetail[];
  readonly errors: ContentErrorDetail[];
}

/** A kick-off between two of the page's buttons (listeners attached before it connects); `fallback` is its light-DOM content. */
async function mount(attrs: Readonly<Record<string, string>>, fallback = '<a href="https://platform.example/">Doe de zelfscan</a>'): Promise<Kickoff> {
  const answers: KickoffAnswerDetail[] = [];
  const opens: KickoffOpenDetail[] = [];
  const errors: ContentErrorDetail[] = [];
  const page = addPage();
  page.innerHTML = '<button type="button">Vorige pagina</button><button type="button">Volgende pagina</button>';
  const [before, after] = page.querySelectorAll('button');
  const el = document.createElement('otd-kickoff');
  el.innerHTML = fallback;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.addEventListener('otd-kickoff-answer', (e) => answers.push(e.detail));
  el.addEventListener('otd-kickoff-open', (e) => opens.push(e.detail));
  el.addEventListener('otd-content-error', (e) => errors.push(e.detail));
  page.insertBefore(el, after!);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, page, before: before!, after: after!, answers, opens, errors };
}

const link = (root: ShadowRoot) => root.querySelector<HTMLAnchorElement>('[part="link"]')!;

describe('<otd-kickoff>', function () {
  this.timeout(15000);
  beforeEach(() => watchConsole());
  afterEach(async () => {
    removePages();
    expectQuietConsole();
  });

  it("asks the finding as a question, its figure from the bundled survey, and names the survey's size", async () => {
    const { root } = await mount({ href: PLATFORM, finding: 'juridisch.competence' });
    const finding = STRIKING_FINDINGS.find((f) => f.id === 'juridisch.competence')!;
    const pct = formatPct(finding.pct, 'nl');
    expect(namesOf(root, 'heading')).to.deep.equal([`${pct} van je Twentse collega's vindt de eigen juridische kennis onvoldoende. En jij?`]);
    expect(textOf(root.querySelector('[part="figure"]'))).to.equal(pct);
    expect(textOf(root.querySelector('[part="source"]'))).to.include(`${SURVEY_N} Twentse professionals`);
    // The survey's own question, with its own answers.
    const question = byRole(root, 'group', finding.question.nl);
    expect(allByRole(question, 'radio').map(nameOf)).to.deep.equal(['Sterk mee oneens', 'Oneens', 'Eens', 'Sterk mee eens']);
    expect(nameOf(link(root))).to.equal('Doe de zelfscan');
    expect(link(root).href).to.equal(PLATFORM);
  });

  it('rotates among the findings where most colleagues showed a need, and shows a named finding it does not bundle', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const { root } = await mount({ href: PLATFORM });
      seen.add(nameOf(byRole(root, 'group')));
      removePages();
    }
    const striking = STRIKING_FINDINGS.map((f) => f.question.nl);
    for (const q of seen) expect(striking).to.include(q);
    const general = SURVEY_FINDINGS.find((f) => f.id === 'general.competence')!;
    const { root } = await mount({ href: PLATFORM, finding: 'general.competence' });
    expect(nameOf(byRole(root, 'group'))).to.equal(general.question.nl);
    expect(textOf(root.querySelector('[part="figure"]'))).to.equal(formatPct(general.pct, 'nl'));
  });

  it('answered with the keyboard: the answer goes in the link\'s fragment, says so, and fires otd-kickoff-answer', async () => {
    const m = await mount({ href: `${PLATFORM}#top`, finding: 'financieel.knowledge_source' });
    m.before.focus();
    await sendKeys({ press: 'Tab' });
    const radios = allByRole<HTMLInputElement>(m.root, 'radio');
    expect(m.root.activeElement).to.equal(radios[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(radios[1]!.checked).to.equal(true);
    expect(m.root.activeElement, 'focus stays on the answer').to.equal(radios[1]);
    // Tab only enters the group; the arrow key chooses.
    expect(m.answers).to.deep.equal([{ question: 'financieel.knowledge_source', answer: 'nee' }]);
    const a = link(m.root);
    expect(decodeScanFragment(new URL(a.href).hash)).to.deep.equal({ topic: 'financieel', kind: 'knowledgeSource', answer: 'nee' });
    expect(a.href).to.equal(`${PLATFORM}#${encodeScanFragment({ topic: 'financieel', kind: 'knowledgeSource', answer: 'nee' })}`);
    expect(nameOf(a)).to.equal('Ga verder in de zelfscan');
    expect(textOf(m.root.getElementById(a.getAttribute('aria-describedby')!))).to.include('gaat mee naar de zelfscan');
    // The hand-over is the next stop; Enter follows it and says where to, without the answer.
    await sendKeys({ press: 'Tab' });
    expect(m.root.activeElement).to.equal(a);
    const undo = preventNavigation();
    try {
      await sendKeys({ press: 'Enter' });
    } finally {
      undo();
    }
    expect(m.opens).to.deep.equal([{ target: 'platform', url: PLATFORM, answered: true }]);
  });

  it('links the podcast series from the bundled resources, and says where a reader went', async () => {
    const m = await mount({ href: PLATFORM });
    const podcast = m.root.querySelector<HTMLElement>('[part="podcast"]')!;
    expect(textOf(podcast)).to.include(PODCAST_SERIES.provider);
    const links = allByRole<HTMLAnchorElement>(podcast, 'link');
    expect(links.map((l) => l.href)).to.deep.equal(PODCAST_SERIES.episodes.map((e) => e.url));
    const undo = preventNavigation();
    try {
      links[0]!.click();
    } finally {
      undo();
    }
    expect(m.opens).to.deep.equal([{ target: 'podcast', url: PODCAST_SERIES.episodes[0]!.url, answered: false }]);
    const none = await mount({ href: PLATFORM, 'podcast-url': 'none' });
    expect(none.root.querySelector('[part="podcast"]')).to.equal(null);
  });

  it('without href: a readable error, the page\'s own link in its place, a console warning and otd-content-error', async () => {
    const m = await mount({});
    const error = contentError(m.root)!;
    expect(textOf(error)).to.include('Deze widget is niet goed ingesteld.');
    expect(textOf(error)).to.include('href: ontbreekt');
    const slot = m.root.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => textOf(e))).to.deep.equal(['Doe de zelfscan']);
    expect(m.root.querySelector('[part="link"]')).to.equal(null);
    expect(m.errors.map((d) => d.issues.map((i) => [i.path, i.code]))).to.deep.equal([[['href', 'required']]]);
    const warnings = takeWarnings().map((args) => args.map(String).join(' '));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('href is required');
  });

  it('refuses an href or a film that is not a web address', async () => {
    const m = await mount({ href: 'javascript:alert(1)', 'video-embed': 'http://video.example/1' });
    expect(m.root.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(m.root.querySelector('iframe, button')).to.equal(null);
    expect(m.errors[0]!.issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['href', 'web_url'],
      ['video-embed', 'https_only'],
    ]);
    takeWarnings();
  });

  it('refuses to play its own video without captions, and says why in the console', async () => {
    const m = await mount({ href: PLATFORM, 'video-src': OWN_VIDEO });
    expect(m.root.querySelector('video')).to.equal(null);
    expect(textOf(contentError(m.root))).to.include('video-captions: ontbreekt bij video-src');
    const warnings = takeWarnings().map((args) => args.map(String).join(' '));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/video-captions: video-src needs video-captions .*captions/);
    // The rest of the kick-off still works.
    expect(nameOf(link(m.root))).to.equal('Doe de zelfscan');
  });

  it('plays its own video with captions on, never by itself, and loads nothing of it before play', async () => {
    const m = await mount({ href: PLATFORM, 'video-src': OWN_VIDEO, 'video-captions': CAPTIONS, 'video-title': 'Het filmpje' });
    const video = m.root.querySelector('video')!;
    expect(video.autoplay).to.equal(false);
    expect(video.hasAttribute('autoplay')).to.equal(false);
    expect(video.preload).to.equal('none');
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('aria-label')).to.equal('Het filmpje');
    const track = video.querySelector('track')!;
    expect([track.kind, track.srclang, track.default]).to.deep.equal(['captions', 'nl', true]);
    expect(track.label).to.equal('Nederlands');
  });

  it("makes no request to the third party and adds no frame before the click; the player after it, named as the party's", async () => {
    const thirdParty: string[] = [];
    const record = (node: Node) => {
      if (!(node instanceof Element)) return;
      for (const el of [node, ...node.querySelectorAll('*')]) {
        if (el.localName === 'iframe') thirdParty.push('iframe');
        for (const attr of ['src', 'href', 'poster', 'srcset', 'data']) {
          if (el.getAttribute(attr)?.includes('video.invalid')) thirdParty.push(`${el.localName}[${attr}]`);
        }
      }
    };
    const resources = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('video.invalid'));
    // Watch the widget's shadow root from its very first render.
    const observer = new MutationObserver((records) =>
      records.forEach((r) => (r.type === 'attributes' ? record(r.target) : r.addedNodes.forEach(record))),
    );
    const original = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = original.call(this, init);
      observer.observe(root, { childList: true, subtree: true, attributes: true });
      return root;
    };
    let m: Kickoff;
    try {
      m = await mount({ href: PLATFORM, 'video-embed': EMBED, 'video-title': 'Het filmpje' });
    } finally {
      Element.prototype.attachShadow = original;
    }
    await new Promise((r) => setTimeout(r, 300));
    observer.takeRecords().forEach((r) => (r.type === 'attributes' ? record(r.target) : r.addedNodes.forEach(record)));
    expect(thirdParty, 'before the click').to.deep.equal([]);
    expect(resources(), 'before the click').to.deep.equal([]);
    const notice = m.root.querySelector('[part="notice"]')!;
    expect(textOf(notice)).to.equal('Dit filmpje komt van video.invalid. Je browser laadt het pas van die site als je op de knop drukt.');
    // (The play sign before the words is hidden from screen readers.)
    const button = byRole(m.root, 'button', /^▶Bekijk het filmpje$/);
    expect(button.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▶');
    expect(button.getAttribute('aria-describedby')).to.equal(notice.id);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const frame = m.root.querySelector('iframe')!;
    expect(frame.src).to.equal(EMBED);
    expect(frame.getAttribute('aria-label')).to.equal('Het filmpje');
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-presentation');
    expect(frame.referrerPolicy).to.equal('no-referrer');
    expect(m.root.activeElement, 'focus goes to the player').to.equal(frame);
    expect(textOf(m.root.querySelector('[part="notice"]'))).to.equal('Dit filmpje komt van video.invalid.');
    observer.disconnect();
  });

  it('speaks English on an English page, the podcast titles marked as Dutch', async () => {
    const m = placeOnPage('otd-kickoff', { href: PLATFORM, finding: 'financieel.competence' }, { lang: 'en' });
    await m.el.updateComplete;
    const finding = STRIKING_FINDINGS.find((f) => f.id === 'financieel.competence')!;
    expect(namesOf(m.root, 'heading')).to.deep.equal([
      `${formatPct(finding.pct, 'en')} of your Twente colleagues rate their own financial knowledge as insufficient. And you?`,
    ]);
    expect(allByRole(m.root, 'radio').map(nameOf)).to.deep.equal(['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree']);
    expect(nameOf(link(m.root))).to.equal('Take the self-scan');
    for (const a of allByRole(m.root.querySelector('[part="podcast"]')!, 'link')) expect(a.lang).to.equal('nl');
  });

  // prefers-reduced-motion can only be emulated in Chromium (CDP): neither Firefox's automation
  // (WebDriver BiDi) nor WebKit's (WebDriver) can switch it, so this one test runs in Chromium only.
  (navigator.userAgent.includes('Chrome/') ? it : it.skip)('moves nothing for a reader who asked for less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const m = await mount({ href: PLATFORM });
      expect(m.root.getAnimations()).to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
