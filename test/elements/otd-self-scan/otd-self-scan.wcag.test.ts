// WCAG 2.1 AA and the 2.2 additions for <otd-self-scan>: the criteria that the component tests do
// not already show (docs/accessibility.md links each criterion to its test). Every state is also
// checked by axe.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/otd-self-scan/otd-self-scan.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import { ASPECT_IDS } from '../../../src/content/model.js';
import { STORAGE_KEY } from '../../../src/logic/scan-storage.js';
import { addPage, allByRole, byLegend, byRole, nameOf, removePages } from '../../support/dom.js';
import { expectQuietConsole, watchConsole } from '../../support/console.js';
import {
  applyTextSpacing,
  atViewport,
  axeTargetSize,
  backgroundBehind,
  clippedText,
  contrastRatio,
  describeAll,
  expectedTabStops,
  expectReflow,
  focusedIn,
  focusIndicatorProblem,
  focusObscuredProblem,
  listenersDuring,
  runningAnimations,
  tabThrough,
  targets,
  tooltips,
  undersized,
  shownLabel,
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

interface Mounted {
  readonly el: OtdSelfScan;
  readonly root: ShadowRoot;
  readonly before: HTMLButtonElement;
  readonly after: HTMLButtonElement;
}

/** A scan between two buttons of the page, as it sits on a partner's page. */
async function mount(attrs: Readonly<Record<string, string>> = {}, pageLang?: string): Promise<Mounted> {
  const page = addPage();
  if (pageLang) page.lang = pageLang;
  page.innerHTML = '<button type="button">Vorige pagina</button><button type="button">Volgende pagina</button>';
  const [before, after] = page.querySelectorAll('button');
  const el = document.createElement('otd-self-scan');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  page.insertBefore(el, after!);
  await settle(el);
  return { el, root: el.shadowRoot!, before: before!, after: after! };
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

async function goTo(m: Mounted, state: State): Promise<void> {
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

async function mountIn(state: State): Promise<Mounted> {
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
    document.documentElement.style.removeProperty('font-size');
    expectQuietConsole();
  });

  it('1.4.10 reflow: at 320 CSS px the intro, a step, its error summary and the result need no sideways scrolling', async function () {
    this.timeout(20000);
    await atViewport(320, 640, async () => {
      for (const state of STATES) {
        const m = await mountIn(state);
        expectReflow(m.el);
        await expect(m.el).to.be.accessible();
        removePages();
        sessionStorage.clear();
      }
    });
  });

  it("1.4.12 text spacing: with the bookmarklet's spacing no text is cut off or runs out of its box, in every state", async function () {
    this.timeout(20000);
    for (const state of STATES) {
      const m = await mountIn(state);
      expect(clippedText(m.el), `${state}, before`).to.deep.equal([]);
      await applyTextSpacing(m.el);
      expect(clippedText(m.el), state).to.deep.equal([]);
      expectReflow(m.el);
      removePages();
      sessionStorage.clear();
    }
  });

  it('1.4.4 resize text: at 200% text size nothing is cut off, and at 640 CSS px nothing needs sideways scrolling', async function () {
    this.timeout(20000);
    document.documentElement.style.fontSize = '200%';
    await atViewport(640, 800, async () => {
      for (const state of STATES) {
        const m = await mountIn(state);
        expect(parseFloat(getComputedStyle(m.el).fontSize)).to.equal(32);
        expect(clippedText(m.el), state).to.deep.equal([]);
        expectReflow(m.el);
        removePages();
        sessionStorage.clear();
      }
    });
  });

  it("2.5.8 target size: every button and answer is at least 24 × 24 CSS px; axe's target-size rule passes", async function () {
    this.timeout(20000);
    for (const state of STATES) {
      const m = await mountIn(state);
      const all = targets(m.el);
      expect(all.length, `${state} has targets`).to.be.greaterThan(0);
      // Only links inside running text (the error summary's list) may be smaller: they rely on 2.5.8's spacing and inline exceptions.
      const small = undersized(m.el);
      const smallControls = all.filter(({ control }) => small.some((s) => s.startsWith(`${control.localName} "${nameOf(control)}"`)));
      for (const { control } of smallControls) {
        expect(control.localName, small.join('; ')).to.equal('a');
        expect(control.parentElement!.localName).to.be.oneOf(['li', 'p']);
      }
      const axe = await axeTargetSize(m.el);
      expect(axe.checked, `${state}: axe judged the targets`).to.be.greaterThan(0);
      expect(axe.violations, state).to.deep.equal([]);
      removePages();
      sessionStorage.clear();
    }
  });

  for (const state of ['step', 'step with errors', 'result'] as const) {
    it(`2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11 focus (${state}): Tab visits every control once in order, each with a 3:1 focus ring that nothing covers, and leaves both ways`, async function () {
      this.timeout(20000);
      const m = await mountIn(state);
      const expected = expectedTabStops(m.el);
      const problems: string[] = [];
      const stops = await tabThrough(m.el, m.before, m.after, (stop) => {
        const p = focusIndicatorProblem(stop) ?? focusObscuredProblem(m.el, stop);
        if (p) problems.push(p);
      });
      expect(describeAll(stops)).to.deep.equal(describeAll(expected));
      expect(stops.length).to.be.greaterThan(3);
      expect(problems).to.deep.equal([]);
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
    for (const state of STATES) {
      const m = await mountIn(state);
      const controls = targets(m.el).map((t) => t.control);
      for (const control of controls) {
        expect(nameOf(control).startsWith(shownLabel(control)), `${nameOf(control)} / ${shownLabel(control)}`).to.equal(true);
      }
      removePages();
      sessionStorage.clear();
    }
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

  it("1.4.11 non-text contrast: the progress bar's border, and the chart's bar, marker and track outline have 3:1", async () => {
    storeFinishedScan();
    const m = await mount();
    const root = m.root;
    const colour = (node: Element, property: 'fill' | 'stroke') => getComputedStyle(node).getPropertyValue(property);
    const rgb = (value: string) => value.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).concat(1) as unknown as readonly [number, number, number, number];
    const white = backgroundBehind(root.querySelector('svg')!);
    // The bar of colleagues and your marker against the white track and the chart's background.
    for (const selector of ['svg .peers', 'svg .you']) {
      const ratio = contrastRatio(rgb(colour(root.querySelector(selector)!, 'fill')), white);
      expect(ratio, selector).to.be.at.least(3);
    }
    expect(contrastRatio(rgb(colour(root.querySelector('svg .track')!, 'stroke')), white), 'the track outline').to.be.at.least(3);
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
    for (const link of allByRole(m.root, 'link')) {
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
    const withTooltip: Element[] = [];
    const { all, suspect } = await listenersDuring(async () => {
      for (const state of STATES) {
        const m = await mountIn(state);
        withTooltip.push(...tooltips(m.el));
        removePages();
        sessionStorage.clear();
      }
    });
    expect(all.has('click'), "the check sees the widget's own listeners").to.equal(true);
    expect(suspect).to.deep.equal([]);
    expect(withTooltip).to.deep.equal([]);
  });

  it('2.2.2, 2.3.1: nothing moves, blinks or flashes: no animation or transition runs, in any state', async () => {
    for (const state of STATES) {
      const m = await mountIn(state);
      expect(runningAnimations(m.el), state).to.deep.equal([]);
      removePages();
      sessionStorage.clear();
    }
  });
});
