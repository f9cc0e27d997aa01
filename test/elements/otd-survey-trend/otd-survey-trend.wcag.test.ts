// WCAG 2.1 AA and the 2.2 additions for <otd-survey-trend>: the criteria that the component tests do
// not already show (docs/accessibility.md links each criterion to its test). Every state is also
// checked by axe.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-survey-trend.js';
import type { OtdSurveyTrend } from '../../../src/elements/otd-survey-trend/otd-survey-trend.js';
import { legalShares as shares, summaryOf, type CraftedShare } from '../../support/survey-summary.js';
import { allByRole, byLabel, byRole, nameOf, normalizeSpace, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, watchConsole } from '../../support/console.js';
import {
  backgroundBehind,
  contrastRatio,
  expectAxeTargetSize,
  expectLabelInName,
  expectNoAnimations,
  expectNoSuspectHandlers,
  expectReflowAt320,
  expectResizedTextFits,
  expectTabThrough,
  expectTextSpacingFits,
  focusedIn,
  focusIndicatorProblem,
  inEachState,
  parseColor,
  placeOnPage,
  targets,
  undersized,
  type Mounted,
  type States,
} from '../../support/wcag.js';

/** The receiver's summary of SHARES; DOWN answers 500, NEVER never answers. */
const SRC = '/api/scan-results/summary';
const DOWN = '/api/scan-results/summary-down';
const NEVER = '/api/scan-results/summary-never';

/** Enough shares for all of Twente and Enschede; too few for Losser, whose figures are withheld. */
const SHARES: CraftedShare[] = [...shares(12, 'gt_weekly', 'enschede'), ...shares(3, 'gt_monthly', 'losser'), ...shares(10, 'gt_monthly')];

const realFetch = window.fetch;
/** How often the receiver was asked, per path. */
let asked: string[] = [];
/** While true, DOWN answers like SRC (the receiver is back). */
let downRecovers = false;

function stubReceiver(): void {
  asked = [];
  downRecovers = false;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(SRC)) return realFetch(input, init);
    asked.push(url.pathname + url.search);
    if (url.pathname === NEVER) return new Promise<Response>(() => {});
    if (url.pathname === DOWN && !downRecovers) {
      return new Response('{"error":"internal_error"}', { status: 500, headers: { 'content-type': 'application/json' } });
    }
    return new Response(JSON.stringify(summaryOf(SHARES, url)), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

const statusText = (root: ShadowRoot) => normalizeSpace(root.querySelector('[part~="status"]')!.textContent);

/** Waits until the status line no longer says it is loading. */
async function settled(el: OtdSurveyTrend): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !/Cijfers laden|Loading figures/.test(statusText(el.shadowRoot!)), 'the figures load', { timeout: 5000 });
  await el.updateComplete;
}

/** A trend between two buttons of the page, as it sits on a partner's page. */
async function mount(attrs: Readonly<Record<string, string>> = {}, pageLang?: string): Promise<Mounted<OtdSurveyTrend>> {
  const m = placeOnPage('otd-survey-trend', { src: SRC, ...attrs }, { lang: pageLang });
  if (attrs.src === NEVER) await m.el.updateComplete;
  else await settled(m.el);
  return m;
}

/** The first bar of a series that is drawn wider than nothing. */
function drawnBar(root: ShadowRoot, series: 'baseline' | 'period'): SVGRectElement {
  const bar = [...root.querySelectorAll<SVGRectElement>(`svg .${series}`)].find((r) => r.getBoundingClientRect().width > 1);
  if (!bar) throw new Error(`no ${series} bar is drawn`);
  return bar;
}

/** The words the polite live region says. */
const announced = (root: ShadowRoot) =>
  textOf(allByRole(root, 'status').find((s) => s.getAttribute('aria-live') === 'polite' && s.classList.contains('visually-hidden')));

/** The states a person meets: figures loading, loaded, for one frequency group in a municipality, withheld for a municipality, and the receiver down. */
const STATES = ['loading', 'loaded', 'group and municipality', 'withheld', 'failed'] as const;
type State = (typeof STATES)[number];

async function mountIn(state: State): Promise<Mounted<OtdSurveyTrend>> {
  switch (state) {
    case 'loading': {
      const m = await mount({ src: NEVER });
      expect(statusText(m.root)).to.equal('Cijfers laden…');
      return m;
    }
    case 'loaded': {
      const m = await mount({ since: '2026-01' });
      expect(statusText(m.root)).to.equal('25 gedeelde scans · Heel Twente · Gedeeld sinds januari 2026');
      return m;
    }
    case 'group and municipality': {
      const m = await mount({ municipality: 'Enschede' });
      const group = byLabel<HTMLSelectElement>(m.root, 'Hoe vaak te maken met scheidingen');
      group.value = 'gt_weekly';
      group.dispatchEvent(new Event('change'));
      await m.el.updateComplete;
      expect(statusText(m.root)).to.equal('12 gedeelde scans · Enschede · Gedeelde scans');
      return m;
    }
    case 'withheld': {
      const m = await mount({ municipality: 'losser' });
      expect(statusText(m.root)).to.match(/^Voor Losser zijn minder dan 10 scans gedeeld/);
      return m;
    }
    case 'failed': {
      const m = await mount({ src: DOWN });
      await waitUntil(() => m.root.querySelector('[part~="button"]'), 'the failure is shown');
      expect(statusText(m.root)).to.include('konden niet worden geladen');
      return m;
    }
  }
}

const TREND: States<State, Mounted<OtdSurveyTrend>> = { states: STATES, mountIn };

/** A computed colour as an opaque rgba tuple for contrastRatio. */
function rgba(value: string): Parameters<typeof contrastRatio>[0] {
  const c = parseColor(value);
  if (!c) throw new Error(`not an rgb() colour: ${value}`);
  return c;
}

describe('<otd-survey-trend> WCAG', function () {
  this.timeout(30000);

  beforeEach(() => {
    stubReceiver();
    watchConsole();
  });

  afterEach(() => {
    removePages();
    window.fetch = realFetch;
    expectQuietConsole();
  });

  it('1.4.10 reflow: at 320 CSS px the figures loading, loaded, filtered, withheld and failed need no sideways scrolling; only a table may scroll in its own box', async () => {
    await expectReflowAt320(TREND);
  });

  it("1.4.12 text spacing: with the bookmarklet's spacing no text is cut off or runs out of its box, in every state", async () => {
    await expectTextSpacingFits(TREND);
  });

  it('1.4.4 resize text: at 200% text size nothing is cut off, and at 640 CSS px nothing needs sideways scrolling', async () => {
    await expectResizedTextFits(TREND);
  });

  it("1.4.4 resize text: the chart's labels, values and bars grow with the text size", async () => {
    const m = await mount();
    const measure = () => {
      const size = (selector: string) => parseFloat(getComputedStyle(m.root.querySelector(selector)!).fontSize);
      return {
        label: size('.bar-label'),
        value: size('.bar-value'),
        // Drawn sizes, not only computed ones: a viewBox would scale these with the chart's width instead.
        baseline: drawnBar(m.root, 'baseline').getBoundingClientRect().height,
        period: drawnBar(m.root, 'period').getBoundingClientRect().height,
        text: size('.intro'),
      };
    };
    const before = measure();
    document.documentElement.style.fontSize = '200%';
    try {
      const after = measure();
      expect(after.text).to.equal(2 * before.text);
      for (const key of ['label', 'value'] as const) expect(after[key] / before[key], key).to.equal(2);
      for (const key of ['baseline', 'period'] as const) expect(after[key] / before[key], key).to.be.within(1.8, 2.2);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it("2.5.8 target size: both filters, the download link and the retry button are at least 24 × 24 CSS px; axe's target-size rule passes", async () => {
    await inEachState(TREND, async (m, state) => {
      expect(targets(m.el).length, state).to.be.at.least(2);
      expect(undersized(m.el), state).to.deep.equal([]);
      await expectAxeTargetSize(m.el, state);
    });
  });

  for (const state of ['loaded', 'failed'] as const) {
    it(`2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11 focus (${state}): Tab visits every control once in order, each with a 3:1 focus ring that nothing covers, and leaves both ways`, async () => {
      const stops = await expectTabThrough(await mountIn(state), { moreThan: 9 });
      // The filters, then per aspect its table's scrolling box (keyboard users can scroll it), and the download link or the retry button.
      expect(stops.filter((s) => s.getAttribute('role') === 'region').map(nameOf)).to.have.length(7);
      expect(nameOf(stops[0]!)).to.equal('Gemeente');
    });
  }

  it('2.5.3 label in name: the accessible name of every control starts with the words it shows', async () => {
    await expectLabelInName(TREND, { someSayMore: false });
  });

  it('3.2.2 on input: choosing a frequency group with the arrow keys changes the figures below, and nothing else: focus stays, nothing is fetched', async () => {
    const m = await mount();
    const group = byLabel<HTMLSelectElement>(m.root, 'Hoe vaak te maken met scheidingen');
    const before = byRole(m.root, 'table', 'Juridisch').textContent;
    const url = location.href;
    const fetched = asked.length;
    group.focus();
    await sendKeys({ press: 'ArrowDown' });
    await m.el.updateComplete;
    expect(group.value).to.equal('gt_weekly');
    expect(focusedIn(m.el)).to.equal(group);
    expect(location.href).to.equal(url);
    expect(asked.length).to.equal(fetched);
    expect(byRole(m.root, 'table', 'Juridisch').textContent).to.not.equal(before);
  });

  it('3.2.2 on input: choosing a municipality with the arrow keys fetches its figures, and nothing else: focus stays on the picker', async () => {
    const m = await mount();
    const picker = byLabel<HTMLSelectElement>(m.root, 'Gemeente');
    const url = location.href;
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => asked.at(-1)!.includes('municipality=almelo'), 'asked for Almelo');
    await settled(m.el);
    expect(picker.value).to.equal('almelo');
    expect(focusedIn(m.el)).to.equal(picker);
    expect(location.href).to.equal(url);
  });

  it("4.1.3 status messages: after a municipality is chosen, the live region says what the status line says: loaded, or withheld for too few shares", async () => {
    const m = await mount();
    const picker = byLabel<HTMLSelectElement>(m.root, 'Gemeente');
    picker.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' }); // Enschede
    await waitUntil(() => /Enschede/.test(announced(m.root)), 'Enschede is announced');
    expect(announced(m.root)).to.equal('Cijfers voor Enschede geladen: 12 gedeelde scans.');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' }); // Losser
    await waitUntil(() => /Losser/.test(announced(m.root)), 'Losser is announced');
    expect(announced(m.root)).to.equal(statusText(m.root));
    expect(announced(m.root)).to.match(/^Voor Losser zijn minder dan 10 scans gedeeld/);
    await expect(m.el).to.be.accessible();
  });

  it('2.4.3, 4.1.3: "Opnieuw proberen" by keyboard leaves focus on the status line, with a focus ring, and the outcome is announced', async () => {
    const m = await mountIn('failed');
    const retry = byRole(m.root, 'button', 'Opnieuw proberen');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => announced(m.root), 'the new failure is announced');
    const focused = focusedIn(m.el) as HTMLElement;
    expect(focused, 'focus stays in the widget').to.equal(m.root.querySelector('[part~="status"]'));
    expect(focusIndicatorProblem(focused)).to.equal(null);
    expect(announced(m.root)).to.equal('De gedeelde cijfers konden niet worden geladen. De cijfers van 2022 staan hieronder.');
    // The receiver is back: the next try loads, and says so.
    downRecovers = true;
    byRole(m.root, 'button', 'Opnieuw proberen').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /geladen:/.test(announced(m.root)), 'the figures are announced');
    expect(announced(m.root)).to.equal('Cijfers voor Heel Twente geladen: 25 gedeelde scans.');
    expect(focusedIn(m.el)).to.equal(m.root.querySelector('[part~="status"]'));
    expect(statusText(m.root)).to.equal('25 gedeelde scans · Heel Twente · Gedeelde scans');
    await expect(m.el).to.be.accessible();
  });

  it("1.4.11 non-text contrast: both series' bars, the outline of a withheld figure and the filters' borders have 3:1 against what is around them", async () => {
    const m = await mountIn('withheld');
    const root = m.root;
    const fill = (node: Element) => rgba(getComputedStyle(node).getPropertyValue('fill'));
    const stroke = (node: Element) => rgba(getComputedStyle(node).getPropertyValue('stroke'));
    const track = root.querySelector('svg .track')!;
    const around = [fill(track), backgroundBehind(root.querySelector('svg')!)];
    // Drawn as SVG (a <rect> made outside an svg template would be an unknown HTML element, drawing nothing).
    for (const selector of ['svg .track', 'svg .baseline', 'svg .missing']) {
      expect(root.querySelector(selector) instanceof SVGRectElement, selector).to.equal(true);
    }
    for (const bar of root.querySelectorAll('svg .baseline')) {
      for (const behind of around) expect(contrastRatio(fill(bar), behind), '2022 bar').to.be.at.least(3);
    }
    for (const missing of root.querySelectorAll('svg .missing')) {
      for (const behind of around) expect(contrastRatio(stroke(missing), behind), 'withheld outline').to.be.at.least(3);
    }
    removePages();

    const loaded = await mountIn('loaded');
    const periods = [...loaded.root.querySelectorAll('svg .period')];
    expect(periods.length).to.be.greaterThan(0);
    for (const bar of periods) {
      for (const behind of [fill(loaded.root.querySelector('svg .track')!), backgroundBehind(bar.closest('svg')!)]) {
        expect(contrastRatio(fill(bar), behind), 'shared bar').to.be.at.least(3);
      }
    }
    for (const select of loaded.root.querySelectorAll('select')) {
      const border = getComputedStyle(select).borderTopColor;
      expect(contrastRatio(rgba(border), backgroundBehind(select)), `${nameOf(select)}: ${border}`).to.be.at.least(3);
    }
  });

  it('1.4.1 use of colour: the 2022 bars are thinner than the shared ones, in the chart and its key; every figure the chart shows is in its table in words', async () => {
    const m = await mountIn('loaded');
    const root = m.root;
    const height = (node: Element) => node.getBoundingClientRect().height;
    expect(height(drawnBar(root, 'baseline')) / height(drawnBar(root, 'period')), 'bar thickness').to.be.at.most(0.7);
    const key = (series: string) => root.querySelector(`.legend .key.${series}`)!;
    expect(height(key('baseline')) / height(key('period')), 'key thickness').to.be.at.most(0.7);
    // The chart's values, aspect by aspect, are the table's figures (the table adds n).
    const sections = allByRole(root, 'region').filter((r) => r.localName === 'section');
    expect(sections.map(nameOf)).to.have.length(7);
    for (const section of sections) {
      const values = [...section.querySelectorAll('.bar-value')].map((v) => normalizeSpace(v.textContent));
      const cells = [...section.querySelectorAll('tbody td')].map((td) => normalizeSpace(td.textContent).replace(/ \(n = \d+\)$/, ''));
      // Two figures per question: 2022 and the shared scans.
      expect(values.length, nameOf(section)).to.be.at.least(2);
      expect(values, nameOf(section)).to.deep.equal(cells);
    }
    // A withheld figure is said in words in the table, not by a colour.
    expect(textOf(byRole(root, 'table', 'Financieel'))).to.include('te weinig antwoorden');
    // The only link is underlined.
    const link = byRole(root, 'link', 'Download deze cijfers (CSV)');
    expect(getComputedStyle(link).textDecorationLine).to.include('underline');
  });

  it('3.1.2 language of parts: lang="en" on a Dutch page marks everything the trend says as English', async () => {
    const m = await mount({ lang: 'en', municipality: 'Enschede' }, 'nl');
    expect(m.root.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    expect(nameOf(m.root.querySelector('[part~="heading"]')!)).to.equal('How is Twente doing?');
    expect(allByRole(m.root, 'table').map(nameOf)).to.include('Legal');
    expect(statusText(m.root)).to.equal('12 shared scans · Enschede · Shared scans');
    expect(m.root.querySelectorAll('[lang]:not(.card)')).to.have.length(0);
    await expect(m.el).to.be.accessible();
  });

  it('1.4.3: axe checks colour contrast inside the widget: a partner text colour with too little contrast fails it', async () => {
    const m = await mount();
    await expect(m.el).to.be.accessible();
    m.el.style.setProperty('--otd-color-text', '#b0b0b0');
    await expect(m.el).not.to.be.accessible();
  });

  it('2.1.4, 2.5.1, 2.5.2, 2.5.4, 2.5.7, 1.4.13: every action is a click, change or submit: no key shortcuts, no pointer-down, gesture, drag, motion or hover handlers, no tooltips', async () => {
    await expectNoSuspectHandlers(TREND);
  });

  it('2.2.2, 2.3.1: nothing moves, blinks or flashes: no animation or transition runs, in any state', async () => {
    await expectNoAnimations(TREND);
  });
});
