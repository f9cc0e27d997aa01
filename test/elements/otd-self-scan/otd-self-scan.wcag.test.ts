// WCAG 2.1 AA and the 2.2 additions for <otd-self-scan>: the criteria that the component tests do
// not already show (docs/accessibility.md links each criterion to its test). Every state is also
// checked by axe.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-self-scan.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import { ASPECT_IDS } from '../../../src/content/model.js';
import { STORAGE_KEY } from '../../../src/logic/scan-storage.js';
import { allByRole, byLegend, byRole, nameOf, removePages } from '../../support/dom.js';
import { expectQuietConsole, watchConsole } from '../../support/console.js';
import {
  backgroundBehind,
  contrastRatio,
  expectLabelInName,
  expectNoAnimations,
  expectNoSuspectHandlers,
  expectReflowAt320,
  expectResizedTextFits,
  expectTabThrough,
  expectTargetSize,
  expectTextSpacingFits,
  focusedIn,
  focusIndicatorProblem,
  inEachState,
  placeOnPage,
  type Mounted,
  type States,
} from '../../support/wcag.js';

/** A scan finished earlier in this tab, so the element opens on its result. */
function storeFinishedScan(): void {
  sessionStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 1,
      step: ASPECT_IDS.length + 2,
      aspects: [...ASPECT_IDS],
      savedAt: Date.now(),
      answers: {
        frequency: 'lt_quarterly',
        general: 'oneens',
        aspects: Object.fromEntries(
          ASPECT_IDS.map((id, i) => [
            id,
            { competence: i % 2 ? 'eens' : 'sterk_mee_oneens', knowledgeSource: i % 3 ? 'ja' : 'nee', escalation: 'misschien' },
          ]),
        ),
      },
    }),
  );
}

/** A scan between two buttons of the page, as it sits on a partner's page. */
async function mount(attrs: Readonly<Record<string, string>> = {}, pageLang?: string): Promise<Mounted<OtdSelfScan>> {
  const m = placeOnPage('otd-self-scan', attrs, { lang: pageLang });
  await settle(m.el);
  return m;
}

async function settle(el: OtdSelfScan): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

async function press(el: OtdSelfScan, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** The states a person meets: the intro, a question step, that step refusing to go on, the result with its table shown. */
const STATES = ['intro', 'step', 'step with errors', 'result'] as const;
type State = (typeof STATES)[number];

async function goTo(m: Mounted<OtdSelfScan>, state: State): Promise<void> {
  if (state === 'result') return;
  if (state === 'intro') return;
  byRole(m.root, 'button', 'Start de scan').click();
  await settle(m.el);
  if (state === 'step with errors') {
    byRole(m.root, 'button', 'Volgende').click();
    await settle(m.el);
    expect(m.root.querySelector('[part~="error-summary"]')).to.be.instanceOf(HTMLElement);
  }
}

async function mountIn(state: State): Promise<Mounted<OtdSelfScan>> {
  if (state === 'result') storeFinishedScan();
  const m = await mount();
  await goTo(m, state);
  if (state === 'result') {
    expect(nameOf(m.root.querySelector('[part~="step-heading"]')!)).to.equal('Je resultaat');
    // The table, shown instead of the chart, is the widest thing the scan draws.
    byRole(m.root, 'button', 'Toon de cijfers als tabel').click();
    await settle(m.el);
  }
  return m;
}

const SCAN: States<State, Mounted<OtdSelfScan>> = { states: STATES, mountIn, reset: () => sessionStorage.clear() };

describe('<otd-self-scan> WCAG', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    watchConsole();
  });

  afterEach(() => {
    removePages();
    sessionStorage.clear();
    localStorage.clear();
    expectQuietConsole();
  });

  it('1.4.10 reflow: at 320 CSS px the intro, a step, its error summary and the result need no sideways scrolling', async function () {
    this.timeout(20000);
    await expectReflowAt320(SCAN);
  });

  it("1.4.12 text spacing: with the bookmarklet's spacing no text is cut off or runs out of its box, in every state", async function () {
    this.timeout(20000);
    await expectTextSpacingFits(SCAN);
  });

  it('1.4.4 resize text: at 200% text size nothing is cut off, and at 640 CSS px nothing needs sideways scrolling', async function () {
    this.timeout(20000);
    await expectResizedTextFits(SCAN);
  });

  it(`1.4.4 resize text: the chart's names, percentages, axis, "Jij" and bars grow with the text size`, async () => {
    storeFinishedScan();
    const m = await mount();
    const root = m.root;
    const measure = () => {
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
      const size = (selector: string) => parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize);
      return {
        name: size('.chart-aspect'),
        share: size('.row-head'),
        axis: size('.axis'),
        // Drawn sizes, not only computed ones: a viewBox would scale these with the chart instead.
        you: box('svg .you-label').width,
        marker: box('svg .you').height,
        bar: box('svg .seg.mine').height,
        text: size('.result p'),
      };
    };
    const before = measure();
    expect(before.name, 'the names are as large as the text').to.equal(before.text);
    expect(before.share, 'the shares are a little smaller, and grow alike').to.be.below(before.text);
    document.documentElement.style.fontSize = '200%';
    try {
      const after = measure();
      expect(after.text).to.equal(2 * before.text);
      for (const key of ['name', 'share', 'axis'] as const) expect(after[key] / before[key], key).to.equal(2);
      // Glyph boxes round a little differently per browser.
      for (const key of ['you', 'marker', 'bar'] as const) expect(after[key] / before[key], key).to.be.within(1.8, 2.2);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it("2.5.8 target size: every button and answer is at least 24 × 24 CSS px; axe's target-size rule passes", async function () {
    this.timeout(20000);
    // Only links inside running text (the error summary's list) may be smaller: they rely on 2.5.8's spacing and inline exceptions.
    await inEachState(SCAN, (m, state) => expectTargetSize(m.el, state, { moreThan: 0, linksIn: ['li', 'p'] }));
  });

  for (const state of ['step', 'step with errors', 'result'] as const) {
    it(`2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11 focus (${state}): Tab visits every control once in order, each with a 3:1 focus ring that nothing covers, and leaves both ways`, async function () {
      this.timeout(20000);
      await expectTabThrough(await mountIn(state), { moreThan: 3 });
    });
  }

  it(`2.4.3, 2.4.7: after "Volgende" by keyboard the new step's heading has focus, with a visible focus ring`, async () => {
    const m = await mount();
    byRole(m.root, 'button', 'Start de scan').focus();
    await press(m.el, 'Enter');
    const heading = focusedIn(m.el) as HTMLElement;
    expect(nameOf(heading)).to.equal('Over jouw werk');
    expect(focusIndicatorProblem(heading)).to.equal(null);
  });

  it('2.5.3 label in name: the accessible name of every control starts with the words it shows', async () => {
    await expectLabelInName(SCAN, { someSayMore: false });
  });

  it('3.2.2 on input: choosing an answer never moves on by itself; only "Volgende" does', async () => {
    const m = await mount();
    byRole(m.root, 'button', 'Start de scan').click();
    await settle(m.el);
    const question = allByRole<HTMLFieldSetElement>(m.root, 'group')[0]!;
    const first = allByRole<HTMLInputElement>(question, 'radio')[0]!;
    first.focus();
    await press(m.el, ' ');
    await press(m.el, 'ArrowDown');
    await press(m.el, 'ArrowDown');
    expect(nameOf(m.root.querySelector('[part~="step-heading"]')!)).to.equal('Over jouw werk');
    expect(focusedIn(m.el)).to.equal(allByRole<HTMLInputElement>(question, 'radio')[2]);
    expect(allByRole<HTMLInputElement>(question, 'radio')[2]!.checked).to.equal(true);
  });

  it("1.4.11 non-text contrast: the progress bar's border, and the chart's segments, outlines, middle line and marker have 3:1", async () => {
    storeFinishedScan();
    const m = await mount();
    const root = m.root;
    const colour = (node: Element, property: 'fill' | 'stroke') => getComputedStyle(node).getPropertyValue(property);
    const rgb = (value: string) => value.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).concat(1) as unknown as readonly [number, number, number, number];
    const white = backgroundBehind(root.querySelector('svg')!);
    // The strong answers' segments and your marker against the chart's background; the mild answers'
    // light segments are told apart by their outline, and the middle line by its colour.
    for (const selector of ['svg .seg.sterk_mee_oneens', 'svg .seg.sterk_mee_eens', 'svg .you']) {
      const ratio = contrastRatio(rgb(colour(root.querySelector(selector)!, 'fill')), white);
      expect(ratio, selector).to.be.at.least(3);
    }
    for (const selector of ['svg .seg.oneens', 'svg .seg.eens', 'svg .middle', 'svg .seg.mine']) {
      expect(contrastRatio(rgb(colour(root.querySelector(selector)!, 'stroke')), white), `${selector} outline`).to.be.at.least(3);
    }
    removePages();
    sessionStorage.clear();

    const step = await mount();
    byRole(step.root, 'button', 'Start de scan').click();
    await settle(step.el);
    const bar = step.root.querySelector('progress')!;
    expect(contrastRatio(rgb(getComputedStyle(bar).borderTopColor), backgroundBehind(bar)), 'progress border').to.be.at.least(3);
  });

  it('1.4.1 use of colour: an unanswered question is marked in words and by a wider border, not by colour alone', async () => {
    const m = await mountIn('step with errors');
    const question = byLegend(m.root, /^Hoe vaak/);
    expect(question.textContent).to.include('Kies een antwoord.');
    const style = getComputedStyle(question);
    expect(parseFloat(style.borderInlineStartWidth)).to.be.greaterThan(parseFloat(style.borderInlineEndWidth));
    const links = allByRole(m.root, 'link');
    // The error summary links to both unanswered questions.
    expect(links).to.have.length(2);
    for (const link of links) {
      expect(getComputedStyle(link).textDecorationLine, nameOf(link)).to.include('underline');
    }
  });

  it('3.1.2 language of parts: lang="en" on a Dutch page marks everything the scan says as English', async () => {
    const m = await mount({ lang: 'en' }, 'nl');
    const card = m.root.querySelector('.card')!;
    expect(card.getAttribute('lang')).to.equal('en');
    expect(nameOf(m.root.querySelector('[part~="heading"]')!)).to.equal('Self-scan: complex divorces');
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
    await expectNoSuspectHandlers(SCAN);
  });

  it('2.2.2, 2.3.1: nothing moves, blinks or flashes: no animation or transition runs, in any state', async () => {
    await expectNoAnimations(SCAN);
  });
});
