// WCAG 2.1 AA and the 2.2 additions for <otd-escalation-card>: the criteria that the component
// tests do not already show (docs/accessibility.md links each criterion to its test). Every state is
// also checked by axe.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-escalation-card.js';
import type { OtdEscalationCard } from '../../../src/elements/otd-escalation-card/otd-escalation-card.js';
import { allByRole, byRole, contentSettled, nameOf, namesOf, removePages } from '../../support/dom.js';
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
  inEachState,
  placeOnPage,
  targets,
  undersized,
  type Mounted,
  type States,
} from '../../support/wcag.js';

const PARTNER = '/test/fixtures/content/partner-valid.json';

/** A card between two buttons of the page, as it sits on a partner's page. */
async function mount(attrs: Readonly<Record<string, string>> = {}): Promise<Mounted<OtdEscalationCard>> {
  const m = placeOnPage('otd-escalation-card', attrs);
  await contentSettled(m.el);
  return m;
}

/**
 * The states a person meets: national contacts only, a municipality chosen with the partner's local
 * contacts, one aspect (fixed by the page), one topic chosen in "Contacten voor".
 */
const STATES = ['national', 'local', 'one aspect', 'topic chosen'] as const;
type State = (typeof STATES)[number];

async function mountIn(state: State): Promise<Mounted<OtdEscalationCard>> {
  if (state === 'national') return mount();
  if (state === 'one aspect') return mount({ aspect: 'veiligheid' });
  if (state === 'topic chosen') {
    const m = await mount();
    const radio = byRole<HTMLInputElement>(m.root, 'radio', 'Ouderschap');
    radio.click();
    await m.el.updateComplete;
    expect(namesOf(m.root, 'article')).to.deep.equal(['De Kindertelefoon', 'Villa Pinedo', 'Veilig Thuis', 'Alarmnummer 112']);
    return m;
  }
  const m = await mount({ 'content-src': PARTNER });
  const picker = byRole<HTMLSelectElement>(m.root, 'combobox', 'Gemeente waar je werkt');
  picker.value = 'almelo';
  picker.dispatchEvent(new Event('change'));
  await m.el.updateComplete;
  expect(namesOf(m.root, 'article')).to.include('Voorbeeld: Wijkteam Almelo (fictief) Voorbeeld Lokaal');
  return m;
}

const CARD: States<State, Mounted<OtdEscalationCard>> = { states: STATES, mountIn };

describe('<otd-escalation-card> WCAG', function () {
  this.timeout(20000);

  beforeEach(() => watchConsole());

  afterEach(() => {
    removePages();
    expectQuietConsole();
  });

  it('1.4.10 reflow: at 320 CSS px national and local contacts, one aspect and a chosen topic need no sideways scrolling', async () => {
    await expectReflowAt320(CARD);
  });

  it("1.4.12 text spacing: with the bookmarklet's spacing no text is cut off or runs out of its box", async () => {
    await expectTextSpacingFits(CARD);
  });

  it('1.4.4 resize text: at 200% text size nothing is cut off, and at 640 CSS px nothing needs sideways scrolling', async () => {
    await expectResizedTextFits(CARD);
  });

  it("2.5.8 target size: every action, topic option and the picker are at least 24 × 24 CSS px; axe's target-size rule passes", async () => {
    await inEachState(CARD, async (m, state) => {
      expect(targets(m.el).length, state).to.be.greaterThan(4);
      expect(undersized(m.el), state).to.deep.equal([]);
      await expectAxeTargetSize(m.el, state);
    });
  });

  for (const state of STATES) {
    it(`2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11 focus (${state}): Tab visits every control once in order, each with a 3:1 focus ring that nothing covers, and leaves both ways`, async () => {
      await expectTabThrough(await mountIn(state), { moreThan: 5 });
    });
  }

  it('2.5.3 label in name: the accessible name of every control starts with the words it shows', async () => {
    await expectLabelInName(CARD, { someSayMore: true });
  });

  it('3.2.2 on input: choosing a municipality with the arrow keys changes the list below, and nothing else: focus stays on the picker', async () => {
    const m = await mount({ 'content-src': PARTNER });
    const picker = byRole<HTMLSelectElement>(m.root, 'combobox', 'Gemeente waar je werkt');
    const url = location.href;
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await m.el.updateComplete;
    expect(picker.value).to.equal('almelo');
    expect(focusedIn(m.el)).to.equal(picker);
    expect(location.href).to.equal(url);
    expect(namesOf(m.root, 'article')).to.include('Voorbeeld: Wijkteam Almelo (fictief) Voorbeeld Lokaal');
  });

  it('3.2.2 on input: choosing a topic with the arrow keys narrows the list below, and nothing else: focus stays on the option', async () => {
    const m = await mount();
    const all = byRole<HTMLInputElement>(m.root, 'radio', 'Alle onderwerpen');
    const url = location.href;
    all.focus();
    await sendKeys({ press: 'ArrowRight' });
    await m.el.updateComplete;
    const legal = byRole<HTMLInputElement>(m.root, 'radio', 'Juridisch');
    expect(legal.checked).to.equal(true);
    expect(focusedIn(m.el)).to.equal(legal);
    expect(location.href).to.equal(url);
    expect(namesOf(m.root, 'article')).to.deep.equal(['Het Juridisch Loket', 'Veilig Thuis', 'Alarmnummer 112']);
  });

  it('1.4.1 use of colour: the actions are framed like buttons, also in the closing', async () => {
    const m = await mount();
    expect(allByRole(byRole(m.root, 'complementary'), 'link', /^Bel /).map(nameOf)).to.deep.equal(['Bel 0800-2000', 'Bel 112']);
    const actions = [...m.root.querySelectorAll<HTMLElement>('[part~="action"]')];
    expect(actions.length).to.be.greaterThan(5);
    for (const action of actions) {
      const style = getComputedStyle(action);
      expect(style.borderTopStyle, nameOf(action)).to.equal('solid');
      expect(parseFloat(style.borderTopWidth), nameOf(action)).to.be.at.least(2);
    }
  });

  it("1.4.11 non-text contrast: the picker's border and the actions' borders have 3:1 against what is around them", async () => {
    const m = await mount();
    const colour = (value: string) => value.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
    const rgba = (value: string) => [...colour(value), 1] as unknown as Parameters<typeof contrastRatio>[0];
    const picker = byRole<HTMLSelectElement>(m.root, 'combobox', 'Gemeente waar je werkt');
    const bordered = [picker, ...m.root.querySelectorAll<HTMLElement>('[part~="action"]')];
    expect(bordered.length).to.be.greaterThan(5);
    for (const control of bordered) {
      const border = getComputedStyle(control).borderTopColor;
      expect(contrastRatio(rgba(border), backgroundBehind(control)), `${nameOf(control)}: ${border}`).to.be.at.least(3);
    }
  });

  it('3.1.2 language of parts: in English, partner text that exists only in Dutch is marked lang="nl"', async () => {
    const m = await mount({ lang: 'en', 'content-src': PARTNER, municipality: 'Hof van Twente' });
    expect(m.root.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    // "Overleg over een gezin in Hof van Twente." comes in Dutch only.
    const article = byRole(m.root, 'article', /^Voorbeeld: Wijkteam Hof van Twente/);
    const reason = article.querySelector('.reason')!;
    expect(reason.textContent).to.equal('Overleg over een gezin in Hof van Twente.');
    expect(reason.closest('[lang]')!.getAttribute('lang')).to.equal('nl');
    // Text that has an English version is not marked.
    const almelo = await mount({ lang: 'en', 'content-src': PARTNER, municipality: 'Almelo' });
    const team = byRole(almelo.root, 'article', /^Example: Almelo neighbourhood team/);
    expect(team.querySelector('.reason')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    // Its organisation, "Gemeente Voorbeeld (fictief)", comes in Dutch only.
    expect(team.querySelector('.organisation')!.textContent).to.equal('Gemeente Voorbeeld (fictief)');
    expect(team.querySelector('.organisation')!.getAttribute('lang')).to.equal('nl');
    await expect(m.el).to.be.accessible();
  });

  it('2.1.4, 2.5.1, 2.5.2, 2.5.4, 2.5.7, 1.4.13: every action is a click, change or submit: no key shortcuts, no pointer-down, gesture, drag, motion or hover handlers, no tooltips', async () => {
    await expectNoSuspectHandlers(CARD);
  });

  it('2.2.2, 2.3.1: nothing moves, blinks or flashes: no animation or transition runs, in any state', async () => {
    await expectNoAnimations(CARD);
  });
});
