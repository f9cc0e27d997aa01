// WCAG 2.1 AA and the 2.2 additions for <otd-course-signup>: the criteria that the component tests
// do not already show (docs/accessibility.md links each criterion to its test). Every state is also
// checked by axe.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-course-signup.js';
import type { OtdCourseSignup } from '../../../src/elements/otd-course-signup/otd-course-signup.js';
import { OUTBOX_STORAGE_KEY } from '../../../src/logic/outbox.js';
import { allByRole, byLabel, byLegend, byRole, nameOf, normalizeSpace, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, watchConsole } from '../../support/console.js';
import { VALID_SESSION } from '../../support/valid-content.js';
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

// The receiver, played by a stubbed fetch: two sessions, and a signup that is accepted (or, for
// the queued state, a network that is down).
const ENDPOINT = '/api/signups';
const SESSIONS_SRC = '/api/sessions';
const SESSIONS = [VALID_SESSION, { ...VALID_SESSION, id: 'training-2025-11-04', date: '2025-11-04', seatsLeft: 0 }];
const realFetch = window.fetch;
let networkDown = false;
/** The sessions the receiver lists (a test may change them). */
let sessions: readonly unknown[] = SESSIONS;

function installFetch(): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url.pathname === SESSIONS_SRC) return json(200, sessions);
    if (url.pathname === ENDPOINT) {
      if (networkDown) throw new TypeError('Failed to fetch');
      return json(201, { id: 'signup-1', status: 'confirmed', session: SESSIONS[0] });
    }
    return realFetch(input, init);
  };
}

/** A page's sticky header, 80 CSS px high, that could cover what scrolls under it. */
const STICKY_HEADER =
  '<header style="position: sticky; top: 0; z-index: 1; block-size: 80px; background: #fff; border-bottom: 1px solid #000">Gemeente Voorbeeld</header>';

/** A signup between two buttons of the page, as it sits on a partner's page; `header` puts a sticky header above it. */
async function mount(attrs: Readonly<Record<string, string>> = {}, options: { header?: boolean } = {}): Promise<Mounted<OtdCourseSignup>> {
  const all = { endpoint: ENDPOINT, 'sessions-src': SESSIONS_SRC, 'privacy-url': '/privacy.html', ...attrs };
  const m = placeOnPage('otd-course-signup', all, { header: options.header ? STICKY_HEADER : '' });
  await m.el.updateComplete;
  await waitUntil(() => m.root.querySelector('input[name="sessionId"]'), 'the sessions did not load', { timeout: 5000 });
  await m.el.updateComplete;
  return m;
}

/** Fills every required question the way a person would; `skj` answers the SKJ question. */
async function fill(m: Mounted<OtdCourseSignup>, skj: 'Ja' | 'Nee' = 'Nee'): Promise<void> {
  const type = async (label: string, text: string) => {
    byLabel(m.root, label).focus();
    await sendKeys({ type: text });
  };
  await type('Voornaam', 'Anna');
  await type('Achternaam', 'de Vries');
  await type('E-mailadres (werk)', 'anna@example.org');
  await type('Organisatie', 'Jeugdteam Hengelo');
  byLabel(byLegend(m.root, 'Werkveld'), 'Jeugdhulp').click();
  const select = byLabel<HTMLSelectElement>(m.root, 'Gemeente waar je werkt');
  select.value = 'hengelo';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  byLabel(byLegend(m.root, 'Wil je SKJ-punten ontvangen?'), skj).click();
  allByRole<HTMLInputElement>(byLegend(m.root, 'Trainingsdatum'), 'radio')[0]!.click();
  await m.el.updateComplete;
}

async function submit(m: Mounted<OtdCourseSignup>): Promise<void> {
  byRole(m.root, 'button', 'Aanmelden').click();
  await m.el.updateComplete;
}

/** The states a person meets: the empty form, its error summary, the SKJ questions, the confirmation, the signup waiting to be sent. */
const STATES = ['empty form', 'errors', 'SKJ questions', 'confirmation', 'queued'] as const;
type State = (typeof STATES)[number];

async function mountIn(state: State, options: { header?: boolean } = {}): Promise<Mounted<OtdCourseSignup>> {
  const m = await mount({}, options);
  if (state === 'errors') {
    await submit(m);
    await waitUntil(() => m.root.querySelector('[part="error-summary"]'), 'no error summary');
  } else if (state === 'SKJ questions') {
    await fill(m, 'Ja');
    expect(byLabel(m.root, 'SKJ-registratienummer')).to.be.instanceOf(HTMLInputElement);
  } else if (state === 'confirmation' || state === 'queued') {
    networkDown = state === 'queued';
    await fill(m);
    await submit(m);
    const part = state === 'confirmation' ? 'confirmation' : 'queued';
    await waitUntil(() => m.root.querySelector(`[part="${part}"]`), `no ${part}`, { timeout: 5000 });
    await m.el.updateComplete;
  }
  return m;
}

const SIGNUP: States<State, Mounted<OtdCourseSignup>> = { states: STATES, mountIn, reset: () => localStorage.clear() };

describe('<otd-course-signup> WCAG', function () {
  this.timeout(20000);

  beforeEach(() => {
    networkDown = false;
    sessions = SESSIONS;
    installFetch();
    localStorage.removeItem(OUTBOX_STORAGE_KEY);
    watchConsole();
  });

  afterEach(() => {
    removePages();
    window.fetch = realFetch;
    localStorage.clear();
    expectQuietConsole();
  });

  it('1.4.10 reflow: at 320 CSS px the form, its errors, the SKJ questions, the confirmation and the queued notice need no sideways scrolling', async () => {
    await expectReflowAt320(SIGNUP);
  });

  it("1.4.12 text spacing: with the bookmarklet's spacing no text is cut off or runs out of its box", async () => {
    await expectTextSpacingFits(SIGNUP);
  });

  it('1.4.4 resize text: at 200% text size nothing is cut off, and at 640 CSS px nothing needs sideways scrolling', async () => {
    await expectResizedTextFits(SIGNUP);
  });

  it("2.5.8 target size: every field, choice and button is at least 24 × 24 CSS px, only text links are smaller; axe's target-size rule passes", async () => {
    // The queued notice has no controls. The privacy link sits in a sentence, the error summary's links
    // in a list: 2.5.8's inline and spacing exceptions.
    const withControls = { ...SIGNUP, states: STATES.filter((s) => s !== 'queued') };
    await inEachState(withControls, (m, state) => expectTargetSize(m.el, state, { moreThan: 0, linksIn: ['li', 'p'] }));
  });

  for (const state of ['empty form', 'errors', 'SKJ questions', 'confirmation'] as const) {
    it(`2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11 focus (${state}): Tab visits every control once in order, each with a 3:1 focus ring that nothing covers, and leaves both ways`, async () => {
      const stops = await expectTabThrough(await mountIn(state), { moreThan: 0 });
      // The honeypot is never a stop.
      expect(stops.some((s) => (s as HTMLInputElement).name === 'website')).to.equal(false);
    });
  }

  it("2.4.11 focus not obscured: an error summary link brings its field to the middle of the screen, clear of the page's sticky header", async () => {
    const m = await mountIn('errors', { header: true });
    const link = byRole(m.root.querySelector<HTMLElement>('[part="error-summary"]')!, 'link', 'Kies een trainingsdatum');
    link.focus();
    await sendKeys({ press: 'Enter' });
    const field = focusedIn(m.el) as HTMLInputElement;
    expect(field.name).to.equal('sessionId');
    const box = field.getBoundingClientRect();
    const header = m.page.querySelector('header')!.getBoundingClientRect();
    expect(box.top, 'below the sticky header').to.be.greaterThan(header.bottom);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(m.el);
  });

  it('2.5.3 label in name: the accessible name of every control starts with the words it shows', async () => {
    await expectLabelInName(SIGNUP, { someSayMore: false });
  });

  it('3.3.7 redundant entry: after a refused submit every answer is still there, nothing has to be typed or chosen again', async () => {
    const m = await mount();
    await fill(m);
    const remarks = byLabel<HTMLTextAreaElement>(m.root, 'Opmerkingen (niet verplicht)');
    remarks.focus();
    await sendKeys({ type: 'Graag vooraan.' });
    byLabel(m.root, 'Stuur me nieuws over het lerend netwerk rond complexe scheidingen').click();
    // One mistake: the e-mail address.
    const email = byLabel(m.root, 'E-mailadres (werk)');
    email.select();
    await sendKeys({ type: 'anna@' });
    await submit(m);
    await waitUntil(() => m.root.querySelector('[part="error-summary"]'), 'no error summary');
    expect(allByRole(m.root.querySelector<HTMLElement>('[part="error-summary"]')!, 'link').map(nameOf)).to.deep.equal([
      'Vul een e-mailadres in zoals naam@organisatie.nl',
    ]);
    expect(byLabel(m.root, 'Voornaam').value).to.equal('Anna');
    expect(byLabel(m.root, 'Achternaam').value).to.equal('de Vries');
    expect(email.value).to.equal('anna@');
    expect(byLabel(m.root, 'Organisatie').value).to.equal('Jeugdteam Hengelo');
    expect(byLabel(byLegend(m.root, 'Werkveld'), 'Jeugdhulp').checked).to.equal(true);
    expect(byLabel<HTMLSelectElement>(m.root, 'Gemeente waar je werkt').value).to.equal('hengelo');
    expect(byLabel(byLegend(m.root, 'Wil je SKJ-punten ontvangen?'), 'Nee').checked).to.equal(true);
    expect(allByRole<HTMLInputElement>(byLegend(m.root, 'Trainingsdatum'), 'radio')[0]!.checked).to.equal(true);
    expect(remarks.value).to.equal('Graag vooraan.');
    expect(byLabel(m.root, 'Stuur me nieuws over het lerend netwerk rond complexe scheidingen').checked).to.equal(true);
    await expect(m.el).to.be.accessible();
  });

  it('3.2.2 on input: "Ja" for SKJ points adds the SKJ questions right below, and nothing else: focus stays on the choice', async () => {
    const m = await mount();
    const yes = byLabel(byLegend(m.root, 'Wil je SKJ-punten ontvangen?'), 'Ja');
    yes.focus();
    await sendKeys({ press: ' ' });
    await m.el.updateComplete;
    expect(yes.checked).to.equal(true);
    expect(focusedIn(m.el)).to.equal(yes);
    // The new questions come next in the tab order, right after the choice.
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(m.el)).to.equal(byLabel(m.root, 'SKJ-registratienummer'));
    await expect(m.el).to.be.accessible();
  });

  it('4.1.3 status messages: a moment after typing stops, the characters left are read out politely', async () => {
    const m = await mount();
    const remarks = byLabel<HTMLTextAreaElement>(m.root, 'Opmerkingen (niet verplicht)');
    remarks.focus();
    await sendKeys({ type: 'Graag' });
    const live = allByRole(m.root, 'status').find((s) => s.getAttribute('aria-live') === 'polite' && s.classList.contains('visually-hidden'))!;
    expect(textOf(live)).to.equal('');
    await waitUntil(() => textOf(live) === 'Je kunt nog 495 tekens typen.', 'the count was not read out', { timeout: 3000 });
  });

  it('1.4.1 use of colour: an error is marked in words ("Fout:") and by a border, a full date says "vol"', async () => {
    const m = await mountIn('errors');
    const field = byLabel(m.root, 'Voornaam').closest<HTMLElement>('[part="field"]')!;
    expect(normalizeSpace(field.querySelector('.error')!.textContent)).to.equal('Fout: Vul je voornaam in');
    expect(parseFloat(getComputedStyle(field).borderInlineStartWidth)).to.be.at.least(3);
    const full = allByRole<HTMLInputElement>(byLegend(m.root, 'Trainingsdatum'), 'radio')[1]!;
    expect(full.disabled).to.equal(true);
    expect(nameOf(full)).to.match(/ vol$/);
  });

  it('1.4.11 non-text contrast: the borders of the text fields and the select, and the error mark, have 3:1 against the background', async () => {
    const m = await mountIn('errors');
    const controls = [...m.root.querySelectorAll<HTMLElement>('.control')];
    expect(controls.length).to.be.greaterThan(5);
    for (const control of [...controls, ...m.root.querySelectorAll<HTMLElement>('.field.invalid')]) {
      const style = getComputedStyle(control);
      const side = control.classList.contains('control') ? style.borderTopColor : style.borderInlineStartColor;
      const rgb = side.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
      const ratio = contrastRatio([rgb[0]!, rgb[1]!, rgb[2]!, 1], backgroundBehind(control));
      expect(ratio, `${control.localName}#${control.id} ${side}`).to.be.at.least(3);
    }
  });

  it('3.1.2 language of parts: in English, a training place that exists only in Dutch is marked lang="nl"', async () => {
    sessions = [
      { ...VALID_SESSION, place: 'Stadskantoor Almelo' },
      { ...VALID_SESSION, id: 'training-2025-11-04', date: '2025-11-04' },
    ];
    const m = await mount({ lang: 'en' });
    expect(m.root.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    const [dutchOnly, translated] = allByRole<HTMLInputElement>(byLegend(m.root, 'Training date'), 'radio');
    const place = (radio: HTMLInputElement) => [...radio.labels![0]!.querySelectorAll('.where span')].find((n) => n.textContent!.trim())!;
    expect(place(dutchOnly!).textContent).to.equal('Stadskantoor Almelo');
    expect(place(dutchOnly!).closest('[lang]')!.getAttribute('lang')).to.equal('nl');
    expect(place(translated!).textContent).to.equal('Almelo city office');
    expect(place(translated!).closest('[lang]')!.getAttribute('lang')).to.equal('en');
    await expect(m.el).to.be.accessible();
  });

  it('3.3.8 accessible authentication: nothing to remember, transcribe or solve: no password, no code, no puzzle', async () => {
    const m = await mount();
    expect(m.root.querySelectorAll('input[type="password"], [autocomplete="one-time-code"], iframe, canvas, img')).to.have.length(0);
    // The spam check is a field people never see or reach (see the honeypot test in the component tests).
    const honeypot = m.root.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot.closest('[aria-hidden="true"]')).to.be.instanceOf(HTMLElement);
    expect(honeypot.tabIndex).to.equal(-1);
  });

  it('2.1.4, 2.5.1, 2.5.2, 2.5.4, 2.5.7, 1.4.13: every action is a click, change or submit: no key shortcuts, no pointer-down, gesture, drag, motion or hover handlers, no tooltips', async () => {
    await expectNoSuspectHandlers(SIGNUP);
  });

  it('2.2.2, 2.3.1: nothing moves, blinks or flashes: no animation or transition runs, in any state', async () => {
    await expectNoAnimations(SIGNUP);
  });
});
