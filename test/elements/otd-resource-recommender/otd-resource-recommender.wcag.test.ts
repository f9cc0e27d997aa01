// WCAG 2.1 AA and the 2.2 additions for <otd-resource-recommender>: the criteria that the component
// tests do not already show (docs/accessibility.md links each criterion to its test). Every state is
// also checked by axe.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-resource-recommender.js';
import type { OtdResourceRecommender } from '../../../src/elements/otd-resource-recommender/otd-resource-recommender.js';
import { DONE_STORAGE_KEY } from '../../../src/logic/done-storage.js';
import { allByRole, byRole, contentSettled, nameOf, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, watchConsole } from '../../support/console.js';
import { scanResult } from '../../support/scan-result.js';
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
  inEachState,
  placeOnPage,
  type Mounted,
  type States,
} from '../../support/wcag.js';

/** A scan's result with three aspects to work on. */
const RESULT = scanResult({
  aspects: {
    veiligheid: { knowledgeSource: 'nee', competence: 'oneens' },
    financieel: { knowledgeSource: 'misschien' },
    relationeel: { escalation: 'nee' },
  },
  focus: ['veiligheid', 'financieel', 'relationeel'],
  mandatory: ['juridisch', 'financieel'],
});

/** A recommender between two buttons of the page, as it sits on a partner's page. */
async function mount(attrs: Readonly<Record<string, string>> = {}): Promise<Mounted<OtdResourceRecommender>> {
  const m = placeOnPage('otd-resource-recommender', attrs);
  await contentSettled(m.el);
  return m;
}

/**
 * The states a person meets: before a scan (the mandatory modules first, every topic folded), the
 * same with "Meer materiaal" opened, after a scan, and after a scan with "Meer materiaal" opened.
 */
const STATES = ['before a scan', 'before a scan, more opened', 'after a scan', 'after a scan, more opened'] as const;
type State = (typeof STATES)[number];

async function mountIn(state: State): Promise<Mounted<OtdResourceRecommender>> {
  const m = await mount();
  if (state.startsWith('after')) {
    m.el.result = RESULT;
    await m.el.updateComplete;
  }
  const more = m.root.querySelector<HTMLDetailsElement>('details[part="more"]')!;
  expect(more).to.be.instanceOf(HTMLDetailsElement);
  if (state.endsWith('more opened')) {
    more.open = true;
    await m.el.updateComplete;
  }
  return m;
}

const RECOMMENDER: States<State, Mounted<OtdResourceRecommender>> = { states: STATES, mountIn };

describe('<otd-resource-recommender> WCAG', function () {
  // Axe and the Tab walk over some sixty items take a few seconds a state.
  this.timeout(30000);

  beforeEach(() => {
    localStorage.removeItem(DONE_STORAGE_KEY);
    watchConsole();
  });

  afterEach(() => {
    removePages();
    localStorage.removeItem(DONE_STORAGE_KEY);
    expectQuietConsole();
  });

  it('1.4.10 reflow: at 320 CSS px all material, and the ordered material with its folded rest, need no sideways scrolling', async () => {
    await expectReflowAt320(RECOMMENDER, { axe: false });
  });

  it("1.4.12 text spacing: with the bookmarklet's spacing no text is cut off or runs out of its box", async () => {
    await expectTextSpacingFits(RECOMMENDER);
  });

  it('1.4.4 resize text: at 200% text size nothing is cut off, and at 640 CSS px nothing needs sideways scrolling', async () => {
    await expectResizedTextFits(RECOMMENDER);
  });

  it("2.5.8 target size: every checkbox, filter and button is at least 24 × 24 CSS px, smaller links are text links; axe's target-size rule passes", async () => {
    // Only text links (a title, a guide in a list) may be smaller: 2.5.8's spacing and inline exceptions.
    await inEachState(RECOMMENDER, (m, state) => expectTargetSize(m.el, state, { moreThan: 10 }));
  });

  for (const state of STATES) {
    it(`2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11 focus (${state}): Tab visits every control once in order, each with a 3:1 focus ring that nothing covers, and leaves both ways`, async () => {
      await expectTabThrough(await mountIn(state), { moreThan: 10 });
    });
  }

  it('2.5.3 label in name: the accessible name of every control starts with the words it shows', async () => {
    await expectLabelInName(RECOMMENDER, { someSayMore: true });
  });

  it('3.2.2 on input: a filter changes the list and says how many items fit, and nothing else: focus stays on it', async () => {
    const m = await mount();
    const podcast = byRole<HTMLInputElement>(byRole(m.root, 'group', 'Soort materiaal'), 'checkbox', 'Podcast');
    const url = location.href;
    podcast.focus();
    await sendKeys({ press: ' ' });
    await m.el.updateComplete;
    expect(podcast.checked).to.equal(true);
    expect(focusedIn(m.el)).to.equal(podcast);
    expect(location.href).to.equal(url);
    expect(textOf(byRole(m.root, 'status', /materialen/))).to.match(/^\d+ van de \d+ materialen passen bij je keuze$/);
  });

  it('1.4.1 use of colour: titles that are links are underlined; "verplicht" is a word, not a colour', async () => {
    const m = await mount();
    const links = allByRole(m.root, 'link');
    expect(links.length).to.be.greaterThan(10);
    for (const link of links) expect(getComputedStyle(link).textDecorationLine, nameOf(link)).to.include('underline');
    const badges = [...m.root.querySelectorAll('[part="group-heading"] .badge')];
    expect(badges.map(textOf)).to.deep.equal(['verplicht', 'verplicht']);
  });

  it("1.4.11 non-text contrast: checkboxes and radios are drawn in a colour with 3:1 against what is behind them", async () => {
    const m = await mount();
    const boxes = allByRole<HTMLInputElement>(m.root, 'checkbox').concat(allByRole<HTMLInputElement>(m.root, 'radio'));
    expect(boxes.length).to.be.greaterThan(10);
    for (const box of boxes) {
      const accent = getComputedStyle(box).accentColor;
      const rgb = accent.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
      const ratio = contrastRatio([rgb[0]!, rgb[1]!, rgb[2]!, 1], backgroundBehind(box));
      expect(ratio, `${nameOf(box)}: ${accent}`).to.be.at.least(3);
    }
  });

  it('3.1.2 language of parts: in English, titles and providers that exist only in Dutch are marked lang="nl", translated text is not', async () => {
    const m = await mount({ lang: 'en' });
    expect(m.root.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    // The item is shown first (Begin hier) and under its topic: the same marks in both places.
    const [article] = allByRole(m.root, 'article', 'Juridische basiskennis in scheidingssituaties');
    expect(m.root.getElementById(article.getAttribute('aria-labelledby')!)!.getAttribute('lang')).to.equal('nl');
    const provider = [...article.querySelectorAll('.meta li')].find((li) => textOf(li) === 'Scheiden zonder Schade')!;
    expect(provider.getAttribute('lang')).to.equal('nl');
    // The kind ("Webinar") is the widget's own word: English.
    expect(article.querySelector('.meta .kind')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    // A description that has an English version is read in English.
    const app = allByRole(m.root, 'article', 'Aanpak bij Complexe Scheidingen').find((a) => textOf(a).includes('In the app'))!;
    const description = [...app.querySelectorAll('p')].find((p) => textOf(p).startsWith('In the app'))!;
    expect(description.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    await expect(m.el).to.be.accessible();
  });

  it('2.1.4, 2.5.1, 2.5.2, 2.5.4, 2.5.7, 1.4.13: every action is a click, change or submit: no key shortcuts, no pointer-down, gesture, drag, motion or hover handlers, no tooltips', async () => {
    await expectNoSuspectHandlers(RECOMMENDER);
  });

  it('2.2.2, 2.3.1: nothing moves, blinks or flashes: no animation or transition runs, in any state', async () => {
    await expectNoAnimations(RECOMMENDER);
  });
});
