import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-course-signup.js';
import type {
  OtdCourseSignup,
  SignupErrorDetail,
  SignupQueuedDetail,
  SignupSuccessDetail,
} from '../../../src/elements/otd-course-signup/otd-course-signup.js';
import { courseSignupCatalogue } from '../../../src/elements/otd-course-signup/otd-course-signup.messages.js';
import { en as courseSignupEn } from '../../../src/elements/otd-course-signup/otd-course-signup.messages.en.js';

const courseSignupMessages = { nl: courseSignupCatalogue.nl, en: courseSignupEn };
import {
  EDUCATION_LEVELS,
  REMARKS_MAX,
  SIGNUP_DOMAINS,
  SKJ_CHAMBERS,
  WAITING_LIST,
  type Signup,
} from '../../../src/content/schema/signup.js';
import { sessionListSchema } from '../../../src/content/schema/sessions.js';
import { createOutbox, OUTBOX_STORAGE_KEY, type OutboxEntry } from '../../../src/logic/outbox.js';
import type { ContentErrorDetail } from '../../../src/internal/events.js';
import { byLabel, byLegend, byRole, normalizeSpace, textOf } from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';
import { SPACE } from '../../support/keys.js';
import { EARLIER_SIGNUP, SESSIONS } from '../../support/signup.js';

// ---------------------------------------------------------------------------------------------
// The receiver, played by a stubbed fetch
// ---------------------------------------------------------------------------------------------

const ENDPOINT = '/api/signups';
const SESSIONS_SRC = '/api/sessions';
const PRIVACY = '/privacy.html';

const ALL_FULL = SESSIONS.map((s) => ({ ...s, seatsLeft: 0 }));

const LABEL_HENGELO = 'dinsdag 7 oktober 2025, 09:30–16:30 Hengelo, Voorbeeldstraat 1 nog 12 plekken vrij';
const LABEL_ENSCHEDE = 'dinsdag 4 november 2025, 09:00–16:00 Enschede nog 1 plek vrij';
const LABEL_ALMELO = 'dinsdag 2 december 2025, 13:00–17:00 Almelo vol';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly key: string | null;
  readonly contentType: string | null;
  readonly body: Record<string, unknown> | undefined;
}

type Answer = Response | Promise<Response> | 'network-error';
type PostHandler = (call: Call, n: number) => Answer;

const realFetch = window.fetch;
let calls: Call[] = [];
let sessionsAnswer: () => Answer = () => json(200, SESSIONS);
let postAnswer: PostHandler = () => json(201, { id: 'signup-1', status: 'confirmed', session: SESSIONS[0] });

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const posts = () => calls.filter((c) => c.method === 'POST');

function installFetch(): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== ENDPOINT && url.pathname !== SESSIONS_SRC) return realFetch(input, init);
    const headers = new Headers(init?.headers);
    const call: Call = {
      url: url.pathname,
      method: init?.method ?? 'GET',
      key: headers.get('Idempotency-Key'),
      contentType: headers.get('Content-Type'),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined,
    };
    calls.push(call);
    const answer = url.pathname === SESSIONS_SRC ? sessionsAnswer() : postAnswer(call, posts().length);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return answer;
  };
}

/** A POST answer the test releases by hand (for the sending state). */
function held(): { answer: Promise<Response>; release: (response: Response) => void } {
  let release!: (response: Response) => void;
  const answer = new Promise<Response>((resolve) => (release = resolve));
  return { answer, release };
}

// ---------------------------------------------------------------------------------------------
// Finding things as a person does: by label, legend, role and text
// ---------------------------------------------------------------------------------------------

const optionLabels = (group: Element) => [...group.querySelectorAll('label')].map((l) => normalizeSpace(l.textContent));

/** The text a control's aria-describedby points to, and whether it is marked invalid. */
function errorOf(control: Element): string | null {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  if (!ids.length) return null;
  return normalizeSpace(root.getElementById(ids[0]!)?.textContent);
}

const summary = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="error-summary"]');
const summaryLinks = (root: ShadowRoot) => [...(summary(root)?.querySelectorAll('a') ?? [])].map((a) => normalizeSpace(a.textContent));

// ---------------------------------------------------------------------------------------------
// Mounting and filling
// ---------------------------------------------------------------------------------------------

interface Mounted {
  readonly el: OtdCourseSignup;
  readonly root: ShadowRoot;
  readonly page: HTMLElement;
  readonly submits: CustomEvent<Signup>[];
  readonly successes: CustomEvent<SignupSuccessDetail>[];
  readonly queued: CustomEvent<SignupQueuedDetail>[];
  readonly errors: CustomEvent<SignupErrorDetail>[];
  readonly contentErrors: CustomEvent<ContentErrorDetail>[];
}

interface MountOptions {
  readonly attrs?: Readonly<Record<string, string>>;
  /** Put the element inside a host page `<form>`. */
  readonly inHostForm?: boolean;
  /** Wait for the sessions (default true). */
  readonly waitForSessions?: boolean;
}

async function mount(options: MountOptions = {}): Promise<Mounted> {
  const page = options.inHostForm
    ? await fixture<HTMLElement>(html`<form action="/host-form-was-submitted" method="post"><input name="q" /></form>`)
    : await fixture<HTMLElement>(html`<div></div>`);
  const submits: CustomEvent<Signup>[] = [];
  const successes: CustomEvent<SignupSuccessDetail>[] = [];
  const queued: CustomEvent<SignupQueuedDetail>[] = [];
  const errors: CustomEvent<SignupErrorDetail>[] = [];
  const contentErrors: CustomEvent<ContentErrorDetail>[] = [];
  page.addEventListener('otd-signup-submit', (e) => submits.push(e));
  page.addEventListener('otd-signup-success', (e) => successes.push(e));
  page.addEventListener('otd-signup-queued', (e) => queued.push(e));
  page.addEventListener('otd-signup-error', (e) => errors.push(e));
  page.addEventListener('otd-content-error', (e) => contentErrors.push(e));
  const el = document.createElement('otd-course-signup');
  const attrs = { endpoint: ENDPOINT, 'sessions-src': SESSIONS_SRC, 'privacy-url': PRIVACY, ...options.attrs };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  page.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  if (options.waitForSessions !== false) {
    await waitUntil(() => root.querySelector('input[name="sessionId"]'), 'the sessions did not load');
    await el.updateComplete;
  }
  return { el, root, page, submits, successes, queued, errors, contentErrors };
}

/** Types into a control with the keyboard, as a person does. */
async function typeInto(control: HTMLElement, value: string): Promise<void> {
  control.focus();
  await sendKeys({ type: value });
}

/** Picks an option of a select by its text (as the keyboard would: the select fires input and change). */
function choose(select: HTMLSelectElement, optionText: string): void {
  const option = [...select.options].find((o) => normalizeSpace(o.textContent) === optionText);
  if (!option) throw new Error(`No option ${optionText}`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

interface Filling {
  readonly firstName?: string;
  readonly email?: string;
  readonly session?: string;
  readonly skj?: 'Ja' | 'Nee';
}

/** Fills every required question the way a person would (Dutch labels). */
async function fillValid(root: ShadowRoot, filling: Filling = {}): Promise<void> {
  await typeInto(byLabel(root, 'Voornaam'), filling.firstName ?? 'Anna');
  await typeInto(byLabel(root, 'Achternaam'), 'de Vries');
  await typeInto(byLabel(root, 'E-mailadres (werk)'), filling.email ?? 'anna@example.org');
  await typeInto(byLabel(root, 'Organisatie'), 'Jeugdteam Hengelo');
  byLabel(byLegend(root, 'Werkveld'), 'Jeugdhulp').click();
  choose(byLabel<HTMLSelectElement>(root, 'Gemeente waar je werkt'), 'Hengelo');
  byLabel(byLegend(root, 'Wil je SKJ-punten ontvangen?'), filling.skj ?? 'Nee').click();
  byLabel(byLegend(root, 'Trainingsdatum'), filling.session ?? LABEL_HENGELO).click();
  await (root.host as OtdCourseSignup).updateComplete;
}

async function submit(el: OtdCourseSignup, root: ShadowRoot): Promise<void> {
  byRole(root, 'button', /^(Aanmelden|Sign up|Bezig met versturen…)$/).click();
  await el.updateComplete;
}

const storedOutbox = (): OutboxEntry[] => JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]') as OutboxEntry[];

// ---------------------------------------------------------------------------------------------

describe('<otd-course-signup>', () => {
  beforeEach(() => {
    calls = [];
    sessionsAnswer = () => json(200, SESSIONS);
    postAnswer = () => json(201, { id: 'signup-1', status: 'confirmed', session: SESSIONS[0] });
    installFetch();
    localStorage.removeItem(OUTBOX_STORAGE_KEY);
    watchConsole();
  });

  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
    expectQuietConsole();
  });

  it('the schema fixtures for the receiver are valid', () => {
    expect(sessionListSchema.safeParse(SESSIONS).success).to.equal(true);
    expect(sessionListSchema.safeParse(ALL_FULL).success).to.equal(true);
  });

  describe('the empty form', () => {
    it('labels every question, with the right autocomplete and inputmode', async () => {
      const { el, root } = await mount();
      const expectations: readonly [label: string, type: string, autocomplete: string, inputmode: string | null][] = [
        ['Voornaam', 'text', 'given-name', null],
        ['Achternaam', 'text', 'family-name', null],
        ['E-mailadres (werk)', 'email', 'email', 'email'],
        ['Telefoonnummer (niet verplicht)', 'tel', 'tel', 'tel'],
        ['Organisatie', 'text', 'organization', null],
      ];
      for (const [label, type, autocomplete, inputmode] of expectations) {
        const input = byLabel(root, label);
        expect(input.type, label).to.equal(type);
        expect(input.getAttribute('autocomplete'), label).to.equal(autocomplete);
        expect(input.getAttribute('inputmode'), label).to.equal(inputmode);
        expect(input.getAttribute('aria-invalid'), label).to.equal('false');
        expect(input.required, label).to.equal(!label.includes('niet verplicht'));
      }
      expect(root.querySelector('form')!.noValidate).to.equal(true);
      expect(normalizeSpace(root.querySelector('[part="heading"]')!.textContent)).to.equal('Aanmelden voor de training');
      await expect(el).to.be.accessible();
    });

    it('offers the survey’s work fields plus "Anders", the 14 municipalities plus "Andere gemeente", and the education levels', async () => {
      const { root } = await mount();
      expect(optionLabels(byLegend(root, 'Werkveld'))).to.deep.equal([
        'Veiligheidsdomein',
        'Jeugdhulp',
        '(Jeugd) ggz',
        'Verslavingszorg',
        'Gemeente',
        'Wijkteams',
        'Sociaal domein',
        'Verstandelijk gehandicaptenzorg',
        'Anders',
      ]);
      const select = byLabel<HTMLSelectElement>(root, 'Gemeente waar je werkt');
      expect([...select.options].map((o) => o.textContent)).to.deep.equal([
        'Kies een gemeente',
        'Almelo',
        'Borne',
        'Dinkelland',
        'Enschede',
        'Haaksbergen',
        'Hellendoorn',
        'Hengelo',
        'Hof van Twente',
        'Losser',
        'Oldenzaal',
        'Rijssen-Holten',
        'Tubbergen',
        'Twenterand',
        'Wierden',
        'Andere gemeente',
      ]);
      expect(optionLabels(byLegend(root, 'Opleidingsniveau (niet verplicht)'))).to.deep.equal(['Hbo of wo', 'Mbo', 'Anders']);
      expect(optionLabels(byLegend(root, 'Wil je SKJ-punten ontvangen?'))).to.deep.equal(['Ja', 'Nee']);
    });

    it('uses the schema’s values, and the survey’s domain labels (drift check against survey-2022.json)', async () => {
      const { root } = await mount();
      const values = (group: Element) => [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => i.value);
      expect(values(byLegend(root, 'Werkveld'))).to.deep.equal([...SIGNUP_DOMAINS]);
      expect(values(byLegend(root, 'Opleidingsniveau (niet verplicht)'))).to.deep.equal([...EDUCATION_LEVELS]);
      expect(Object.keys(courseSignupMessages.en.domains)).to.deep.equal([...SIGNUP_DOMAINS]);
      expect(Object.keys(courseSignupMessages.nl.skjChambers)).to.deep.equal([...SKJ_CHAMBERS]);

      const survey = (await (await realFetch('/test/fixtures/seed/survey-2022.json')).json()) as {
        meta: { domains: { items: { id: string; label_nl: string; label_en: string }[] } };
      };
      for (const item of survey.meta.domains.items) {
        const id = (item.id === 'overig' ? 'anders' : item.id) as keyof typeof courseSignupMessages.nl.domains;
        expect(courseSignupMessages.nl.domains[id].toLowerCase(), id).to.equal(item.id === 'overig' ? 'anders' : item.label_nl);
        expect(courseSignupMessages.en.domains[id].toLowerCase(), id).to.equal(item.label_en);
      }
    });

    it('lists the sessions with date, time, place and seats; a full one cannot be chosen', async () => {
      const { el, root } = await mount();
      const group = byLegend(root, 'Trainingsdatum');
      expect(optionLabels(group)).to.deep.equal([LABEL_HENGELO, LABEL_ENSCHEDE, LABEL_ALMELO]);
      expect(byLabel(group, LABEL_HENGELO).disabled).to.equal(false);
      expect(byLabel(group, LABEL_ALMELO).disabled).to.equal(true);
      expect(textOf(root)).not.to.include('wachtlijst');
      await expect(el).to.be.accessible();
    });

    it("keeps a session's place and its address on one line, the date and the seats on lines of their own", async () => {
      const { el, root } = await mount();
      const label = byLabel(byLegend(root, 'Trainingsdatum'), LABEL_HENGELO).labels![0]!;
      const [when, where, seats] = [...label.children] as HTMLElement[];
      expect([when, where, seats].map((e) => e!.classList[0])).to.deep.equal(['when', 'where', 'seats']);
      expect(textOf(where)).to.equal('Hengelo, Voorbeeldstraat 1');
      // Every box of "Hengelo, Voorbeeldstraat 1" sits on the same line: the comma does not start a new one.
      const range = document.createRange();
      range.selectNodeContents(where!);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      expect(tops.size, 'lines of place and address').to.equal(1);
      expect(when!.getBoundingClientRect().bottom).to.be.at.most(where!.getBoundingClientRect().top + 1);
      expect(where!.getBoundingClientRect().bottom).to.be.at.most(seats!.getBoundingClientRect().top + 1);
      await expect(el).to.be.accessible();
    });

    it('hides the honeypot from people: off-screen, out of the tab order, aria-hidden, no autofill', async () => {
      const { root } = await mount();
      const honeypot = root.querySelector<HTMLInputElement>('input[name="website"]')!;
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.getAttribute('autocomplete')).to.equal('off');
      expect(honeypot.closest('[aria-hidden="true"]')).to.be.instanceOf(HTMLElement);
      const box = honeypot.getBoundingClientRect();
      expect(box.right <= 0 || box.width <= 1).to.equal(true);
      expect(() => byLabel(root, 'Laat dit veld leeg')).to.throw();
    });

    it('shows the privacy notice with the link, and an unticked, separate news opt-in', async () => {
      const { root } = await mount({ attrs: { organiser: 'Gemeente Voorbeeld' } });
      const privacy = root.querySelector('[part="privacy"]')!;
      const words = normalizeSpace(privacy.textContent);
      expect(words).to.include('Gemeente Voorbeeld gebruikt je gegevens voor je aanmelding voor de training');
      expect(words).to.include('krijgt Stichting Kwaliteitsregister Jeugd (SKJ) je naam en SKJ-nummer');
      expect(words).to.include('Vink je hieronder nieuws aan');
      expect(words).to.include('zo lang als in onze privacyverklaring staat');
      expect(words).to.include('Autoriteit Persoonsgegevens');
      // It promises no retention or legal basis of its own: those are the organiser's, in its statement.
      expect(words).not.to.match(/overeenkomst|tot de training voorbij is/);
      const a = byRole<HTMLAnchorElement>(privacy, 'link', 'Lees de privacyverklaring (opent in een nieuw tabblad)');
      expect(a.href).to.equal(new URL(PRIVACY, document.baseURI).href);
      expect(a.target).to.equal('_blank');
      const news = byLabel(root, 'Stuur me nieuws over het lerend netwerk rond complexe scheidingen');
      expect(news.type).to.equal('checkbox');
      expect(news.checked).to.equal(false);
    });

    it('never lets the inputs drop below 16px', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const { root } = await mount();
        const controls = root.querySelectorAll<HTMLElement>('input:not([type="radio"]):not([type="checkbox"]):not([name="website"]), select, textarea');
        // First and last name, e-mail, phone, organisation, the municipality and the remarks.
        expect(controls).to.have.length(7);
        for (const control of controls) {
          expect(parseFloat(getComputedStyle(control).fontSize), control.id).to.be.at.least(16);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('validation', () => {
    it('shows an error on blur, on the field, and clears it once fixed', async () => {
      const { el, root } = await mount();
      const email = byLabel(root, 'E-mailadres (werk)');
      await typeInto(email, 'anna@');
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => errorOf(email), 'no error after blur');
      expect(errorOf(email)).to.equal('Fout: Vul een e-mailadres in zoals naam@organisatie.nl');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(summary(root), 'no summary before a submit').to.equal(null);
      await expect(el).to.be.accessible();

      await typeInto(email, 'example.org');
      await waitUntil(() => !errorOf(email), 'the error did not clear');
      expect(email.getAttribute('aria-invalid')).to.equal('false');
    });

    it('does not complain about fields a person only tabbed through', async () => {
      const { el, root } = await mount();
      byLabel(root, 'Voornaam').focus();
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(root.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    });

    it('a failed submit shows a summary that takes focus and links to each field, in form order', async () => {
      const { el, root, submits } = await mount();
      await submit(el, root);
      await waitUntil(() => summary(root), 'no error summary');
      const box = summary(root)!;
      expect(root.activeElement).to.equal(box);
      expect(normalizeSpace(box.querySelector('h3')!.textContent)).to.equal('Er is een probleem');
      expect(summaryLinks(root)).to.deep.equal([
        'Vul je voornaam in',
        'Vul je achternaam in',
        'Vul je e-mailadres in',
        'Vul je organisatie in',
        'Kies je werkveld',
        'Kies de gemeente waar je werkt',
        'Kies of je SKJ-punten wilt ontvangen',
        'Kies een trainingsdatum',
      ]);
      expect(errorOf(byLabel(root, 'Voornaam'))).to.equal('Fout: Vul je voornaam in');
      expect(errorOf(byLabel<HTMLSelectElement>(root, 'Gemeente waar je werkt'))).to.equal('Fout: Kies de gemeente waar je werkt');
      expect(errorOf(byLegend(root, 'Werkveld'))).to.equal('Fout: Kies je werkveld');
      expect(submits, 'nothing to submit').to.have.length(0);
      expect(posts()).to.have.length(0);
      await expect(el).to.be.accessible();

      // A summary link moves focus to its field, without touching the page's URL.
      const before = location.href;
      byRole(box, 'link', 'Vul je e-mailadres in').click();
      expect(root.activeElement).to.equal(byLabel(root, 'E-mailadres (werk)'));
      byRole(box, 'link', 'Kies je werkveld').click();
      expect(root.activeElement).to.equal(byLabel(byLegend(root, 'Werkveld'), 'Veiligheidsdomein'));
      byRole(box, 'link', 'Kies een trainingsdatum').click();
      expect(root.activeElement).to.equal(byLabel(byLegend(root, 'Trainingsdatum'), LABEL_HENGELO));
      expect(location.href).to.equal(before);
    });

    it('asks for the SKJ number and register section only with "Ja", and only warns about an unusual length', async () => {
      const { el, root, submits } = await mount();
      expect(() => byLabel(root, 'SKJ-registratienummer')).to.throw();
      await fillValid(root, { skj: 'Ja' });
      const number = byLabel(root, 'SKJ-registratienummer');
      expect(number.getAttribute('inputmode')).to.equal('numeric');
      const chamber = byLegend(root, 'In welke kamer van het register sta je?');
      expect(optionLabels(chamber)).to.deep.equal(['Jeugd- en gezinsprofessional', 'Pedagoog', 'Psycholoog']);
      expect(normalizeSpace(chamber.textContent)).to.include('voor gedragswetenschappers gelden scholingen met NIP- of NVO-accreditatie');

      await typeInto(number, '12345');
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => root.querySelector('#skjNumber-warning'), 'no warning');
      expect(normalizeSpace(root.querySelector('#skjNumber-warning')!.textContent)).to.equal(
        'Let op: Een SKJ-nummer heeft meestal 9 cijfers. Klopt dit nummer?',
      );
      expect(number.getAttribute('aria-describedby')).to.include('skjNumber-warning');
      expect(number.getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();

      // A letter is an error; nine digits with spaces and dots are fine and sent without them.
      number.select();
      await sendKeys({ type: '12a' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => errorOf(number), 'no error for a letter');
      expect(errorOf(number)).to.equal('Fout: Een SKJ-registratienummer bestaat alleen uit cijfers');
      number.select();
      await sendKeys({ type: '110.012 345' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => !errorOf(number) && !root.querySelector('#skjNumber-warning'));

      await submit(el, root);
      await waitUntil(() => summary(root), 'the section was not asked for');
      expect(summaryLinks(root)).to.deep.equal(['Kies de kamer waarin je geregistreerd bent']);
      byLabel(chamber, 'Pedagoog').click();
      await submit(el, root);
      await waitUntil(() => posts().length === 1, 'not sent');
      expect(posts()[0]!.body).to.include({ skjPoints: true, skjNumber: '110012345', skjChamber: 'pedagoog' });
      expect(submits[0]!.detail).to.include({ skjNumber: '110012345', skjChamber: 'pedagoog' });
    });

    it('"Nee" after "Ja" hides the SKJ questions and sends no SKJ number', async () => {
      const { el, root } = await mount();
      await fillValid(root, { skj: 'Ja' });
      await typeInto(byLabel(root, 'SKJ-registratienummer'), '110012345');
      byLabel(byLegend(root, 'Wil je SKJ-punten ontvangen?'), 'Nee').click();
      await el.updateComplete;
      expect(() => byLabel(root, 'SKJ-registratienummer')).to.throw();
      await submit(el, root);
      await waitUntil(() => posts().length === 1);
      expect(posts()[0]!.body).to.include({ skjPoints: false });
      expect(posts()[0]!.body).not.to.have.any.keys('skjNumber', 'skjChamber');
    });

    it('counts the characters of the remarks and refuses more than 500', async () => {
      const { el, root } = await mount();
      const remarks = byLabel<HTMLTextAreaElement>(root, 'Opmerkingen (niet verplicht)');
      const count = () => normalizeSpace(root.getElementById('remarks-count')!.textContent);
      expect(count()).to.equal(`Je kunt nog ${REMARKS_MAX} tekens typen.`);
      expect(remarks.getAttribute('aria-describedby')).to.include('remarks-count');
      await typeInto(remarks, 'Graag');
      await el.updateComplete;
      expect(count()).to.equal('Je kunt nog 495 tekens typen.');

      await fillValid(root);
      remarks.focus();
      remarks.value = 'x'.repeat(REMARKS_MAX + 2);
      remarks.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(count()).to.equal('Je hebt 2 tekens te veel.');
      await submit(el, root);
      await waitUntil(() => summary(root));
      expect(summaryLinks(root)).to.deep.equal(['Je opmerking mag hoogstens 500 tekens hebben']);
      expect(errorOf(remarks)).to.equal('Fout: Je opmerking mag hoogstens 500 tekens hebben');
      expect(posts()).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('sending', () => {
    it('fills in and sends with the keyboard only, then confirms with a calendar file', async () => {
      const { el, root, submits, successes } = await mount();
      const tab = () => sendKeys({ press: 'Tab' });
      byLabel(root, 'Voornaam').focus();
      await sendKeys({ type: 'Anna' });
      await tab();
      await sendKeys({ type: 'de Vries' });
      await tab();
      await sendKeys({ type: 'anna@example.org' });
      await tab();
      await sendKeys({ type: '053 481 1234' });
      await tab();
      await sendKeys({ type: 'Jeugdteam Hengelo' });
      await tab(); // Werkveld: the first radio; arrows choose
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement).to.equal(byLabel(byLegend(root, 'Werkveld'), 'Jeugdhulp'));
      await tab(); // Gemeente
      expect(root.activeElement).to.equal(byLabel(root, 'Gemeente waar je werkt'));
      await sendKeys({ type: 'Hengelo' });
      await tab(); // Opleidingsniveau
      await sendKeys({ press: SPACE });
      await tab(); // SKJ-punten
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement).to.equal(byLabel(byLegend(root, 'Wil je SKJ-punten ontvangen?'), 'Nee'));
      await tab(); // Trainingsdatum
      await sendKeys({ press: SPACE });
      expect(root.activeElement).to.equal(byLabel(byLegend(root, 'Trainingsdatum'), LABEL_HENGELO));
      await tab();
      await sendKeys({ type: 'Graag een plek vooraan.' });
      await tab(); // the privacy link
      await tab(); // the news opt-in
      await sendKeys({ press: SPACE });
      await tab(); // the honeypot is skipped: next is the button
      expect(normalizeSpace(root.activeElement!.textContent)).to.equal('Aanmelden');
      await sendKeys({ press: 'Enter' });

      await waitUntil(() => successes.length === 1, 'no success');
      await el.updateComplete;
      expect(posts()).to.have.length(1);
      const post = posts()[0]!;
      expect(post.url).to.equal(ENDPOINT);
      expect(post.contentType).to.equal('application/json');
      expect(post.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(post.body).to.deep.equal({
        firstName: 'Anna',
        lastName: 'de Vries',
        email: 'anna@example.org',
        phone: '053 481 1234',
        organisation: 'Jeugdteam Hengelo',
        domain: 'jeugdhulp',
        municipality: 'hengelo',
        educationLevel: 'hbo_wo',
        skjPoints: false,
        sessionId: 'hengelo-2025-10-07',
        remarks: 'Graag een plek vooraan.',
        newsOptIn: true,
        lang: 'nl',
        website: '',
      });
      expect(submits).to.have.length(1);
      expect(submits[0]!.detail).to.deep.equal(post.body);
      expect(submits[0]!.cancelable && submits[0]!.bubbles && submits[0]!.composed).to.equal(true);
      expect(successes[0]!.detail).to.deep.equal({
        id: 'signup-1',
        status: 'confirmed',
        sessionId: 'hengelo-2025-10-07',
        idempotencyKey: post.key,
        fromOutbox: false,
      });

      const confirmation = root.querySelector<HTMLElement>('[part="confirmation"]')!;
      const heading = confirmation.querySelector('h3')!;
      expect(normalizeSpace(heading.textContent)).to.equal('Je bent aangemeld');
      expect(root.activeElement).to.equal(heading);
      expect(normalizeSpace(confirmation.textContent)).to.include(
        'Je aanmelding voor de training op dinsdag 7 oktober 2025, 09:30–16:30, Hengelo is ontvangen.',
      );
      const calendar = byRole(confirmation, 'link', 'Zet in je agenda (agendabestand, .ics)');
      expect(calendar.getAttribute('download')).to.equal('training-2025-10-07.ics');
      const href = calendar.getAttribute('href')!;
      expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
      const ics = decodeURIComponent(href.slice(href.indexOf(',') + 1));
      expect(ics).to.include('DTSTART;TZID=Europe/Amsterdam:20251007T093000\r\n');
      expect(ics).to.include('DTEND;TZID=Europe/Amsterdam:20251007T163000\r\n');
      expect(ics).to.include('LOCATION:Hengelo\\, Voorbeeldstraat 1\r\n');
      expect(ics).to.include('UID:signup-1@otd-widgets\r\n');
      expect(storedOutbox(), 'nothing left in the outbox').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('is busy while sending, cannot be pressed twice, and two quick submits make one POST', async () => {
      const gate = held();
      postAnswer = () => gate.answer;
      const { el, root } = await mount();
      await fillValid(root);
      const form = root.querySelector('form')!;
      form.requestSubmit();
      form.requestSubmit();
      const submitButton = root.querySelector<HTMLButtonElement>('[part="submit"]')!;
      await waitUntil(() => submitButton.getAttribute('aria-disabled') === 'true', 'not busy');
      expect(normalizeSpace(submitButton.textContent)).to.equal('Bezig met versturen…');
      submitButton.click();
      submitButton.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(posts()).to.have.length(1);
      await expect(el).to.be.accessible();

      gate.release(json(201, { id: 'signup-2', status: 'confirmed', session: SESSIONS[0] }));
      await waitUntil(() => root.querySelector('[part="confirmation"]'), 'no confirmation');
      expect(posts()).to.have.length(1);
    });

    it('lets a host take over: a canceled otd-signup-submit posts nothing', async () => {
      const { el, root, page } = await mount();
      page.addEventListener('otd-signup-submit', (e) => e.preventDefault());
      await fillValid(root);
      await submit(el, root);
      await new Promise((r) => setTimeout(r, 50));
      expect(posts()).to.have.length(0);
      expect(root.querySelector('[part="submit"]')!.getAttribute('aria-disabled')).to.equal('false');
      expect(root.querySelector('form')).to.be.instanceOf(HTMLFormElement);
    });

    it('shows the receiver’s 422 field errors at the fields; a corrected signup gets a new key', async () => {
      postAnswer = (_call, n) =>
        n === 1
          ? json(422, { errors: [{ field: 'email', kind: 'email', message: 'Not an e-mail address' }] })
          : json(201, { id: 'signup-3', status: 'confirmed' });
      const { el, root, errors } = await mount();
      await fillValid(root, { email: 'anna@example.invalid' });
      await submit(el, root);
      await waitUntil(() => summary(root), 'no summary after 422');
      expect(root.activeElement).to.equal(summary(root));
      expect(summaryLinks(root)).to.deep.equal(['Vul een e-mailadres in zoals naam@organisatie.nl']);
      const email = byLabel(root, 'E-mailadres (werk)');
      expect(errorOf(email)).to.equal('Fout: Vul een e-mailadres in zoals naam@organisatie.nl');
      expect(email.value, 'what was typed stays').to.equal('anna@example.invalid');
      expect(errors.map((e) => e.detail)).to.deep.equal([
        { reason: 'invalid', idempotencyKey: posts()[0]!.key, httpStatus: 422, fields: ['email'], fromOutbox: false },
      ]);
      expect(storedOutbox()).to.deep.equal([]);
      await expect(el).to.be.accessible();

      email.select();
      await sendKeys({ type: 'anna@example.org' });
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="confirmation"]'), 'no confirmation');
      expect(posts()).to.have.length(2);
      expect(posts()[1]!.key).not.to.equal(posts()[0]!.key);
    });

    it('422 on the session (removed or past meanwhile): clears the choice and loads the sessions again', async () => {
      postAnswer = () => json(422, { errors: [{ field: 'sessionId', kind: 'choose', message: 'Unknown or past session' }] });
      const { el, root } = await mount();
      await fillValid(root);
      sessionsAnswer = () => json(200, SESSIONS.slice(1));
      await submit(el, root);
      await waitUntil(() => summary(root), 'no summary');
      expect(summaryLinks(root)).to.deep.equal(['Kies een trainingsdatum']);
      await waitUntil(() => optionLabels(byLegend(root, 'Trainingsdatum')).length === 2, 'the sessions were not loaded again');
      expect(calls.filter((c) => c.method === 'GET')).to.have.length(2);
      expect(root.querySelector<HTMLInputElement>('input[name="sessionId"]:checked')).to.equal(null);
      expect(byLabel(root, 'Voornaam').value).to.equal('Anna');
      await expect(el).to.be.accessible();
    });

    it('409: says the date filled up, shows the fresh sessions and keeps everything typed', async () => {
      const fresh = SESSIONS.map((s) => (s.id === 'hengelo-2025-10-07' ? { ...s, seatsLeft: 0 } : s));
      postAnswer = (_call, n) =>
        n === 1 ? json(409, { error: 'session_full', sessions: fresh }) : json(201, { id: 'signup-4', status: 'confirmed' });
      const { el, root, errors } = await mount();
      await fillValid(root);
      await typeInto(byLabel(root, 'Opmerkingen (niet verplicht)'), 'Tot dan!');
      await submit(el, root);
      await waitUntil(() => summary(root), 'no summary after 409');
      await waitUntil(
        () => optionLabels(byLegend(root, 'Trainingsdatum')).some((l) => l.endsWith('Voorbeeldstraat 1 vol')),
        'the fresh sessions were not shown',
      );
      expect(summaryLinks(root)).to.deep.equal(['De datum die je koos is net vol geraakt. Kies een andere datum.']);
      expect(root.activeElement).to.equal(summary(root));
      const group = byLegend(root, 'Trainingsdatum');
      expect(errorOf(group)).to.equal('Fout: De datum die je koos is net vol geraakt. Kies een andere datum.');
      const hengelo = byLabel(group, 'dinsdag 7 oktober 2025, 09:30–16:30 Hengelo, Voorbeeldstraat 1 vol');
      expect(hengelo.disabled).to.equal(true);
      expect(hengelo.checked).to.equal(false);
      expect(byLabel(root, 'Voornaam').value).to.equal('Anna');
      expect(byLabel(root, 'Achternaam').value).to.equal('de Vries');
      expect(byLabel<HTMLTextAreaElement>(root, 'Opmerkingen (niet verplicht)').value).to.equal('Tot dan!');
      expect(byLabel<HTMLSelectElement>(root, 'Gemeente waar je werkt').value).to.equal('hengelo');
      expect(byLabel(byLegend(root, 'Werkveld'), 'Jeugdhulp').checked).to.equal(true);
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['session_full']);
      expect(storedOutbox()).to.deep.equal([]);
      await expect(el).to.be.accessible();

      byLabel(group, LABEL_ENSCHEDE).click();
      await waitUntil(() => !errorOf(byLegend(root, 'Trainingsdatum')), 'the error did not clear');
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="confirmation"]'), 'no confirmation');
      expect(posts()[1]!.body!['sessionId']).to.equal('enschede-2025-11-04');
      expect(posts()[1]!.key).not.to.equal(posts()[0]!.key);
    });

    it('429 seat limit: says this connection booked the most seats for the date, in minutes, keeps everything typed and does not queue', async () => {
      postAnswer = () => json(429, { error: 'seat_limit', message: 'Seat limit', retryAfterSeconds: 1500 });
      const { el, root, errors } = await mount();
      await fillValid(root);
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="message"]'), 'no message after the 429');
      const message = root.querySelector<HTMLElement>('[part="message"]')!;
      expect(normalizeSpace(message.textContent)).to.equal(
        'Via deze internetverbinding zijn het afgelopen uur al meerdere plekken voor deze datum geboekt. Wat je hebt ingevuld staat er nog. Probeer het over 25 minuten opnieuw, kies een andere datum of neem contact op met de organisator.',
      );
      expect(root.activeElement).to.equal(message);
      expect(byLabel(root, 'Voornaam').value).to.equal('Anna');
      expect(errors.map((e) => [e.detail.reason, e.detail.httpStatus])).to.deep.equal([['seat_limit', 429]]);
      expect(storedOutbox()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('409 already signed up, in English: says this e-mail address already has a seat on that date', async () => {
      postAnswer = () => json(409, { error: 'already_signed_up', message: 'Already signed up' });
      const { el, root, errors } = await mount({ attrs: { lang: 'en' } });
      await typeInto(byLabel(root, 'First name'), 'Anna');
      await typeInto(byLabel(root, 'Last name'), 'de Vries');
      await typeInto(byLabel(root, 'Email address (work)'), 'anna@example.org');
      await typeInto(byLabel(root, 'Organisation'), 'Youth team');
      byLabel(byLegend(root, 'Field of work'), 'Youth care').click();
      choose(byLabel<HTMLSelectElement>(root, 'Municipality where you work'), 'Hengelo');
      byLabel(byLegend(root, 'Do you want to receive SKJ points?'), 'No').click();
      byLabel(byLegend(root, 'Training date'), /^Tuesday, 7 October/).click();
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="message"]'), 'no message after the 409');
      expect(normalizeSpace(root.querySelector('[part="message"]')!.textContent)).to.equal(
        'Someone with this email address is already signed up for this date. You do not need to sign up again. Want to change something? Please contact the organiser.',
      );
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['already_signed_up']);
      expect(byLabel(root, 'First name').value).to.equal('Anna');
      await expect(el).to.be.accessible();
    });

    it('offers the waiting list when every session is full', async () => {
      sessionsAnswer = () => json(200, ALL_FULL);
      postAnswer = () => json(201, { id: 'signup-5', status: 'waiting_list', session: null });
      const { el, root, successes } = await mount();
      const group = byLegend(root, 'Trainingsdatum');
      expect(normalizeSpace(group.textContent)).to.include('Alle trainingsdata zijn vol.');
      const waiting = byLabel(group, 'Zet me op de wachtlijst');
      expect(waiting.value).to.equal(WAITING_LIST);
      expect(group.querySelectorAll('input:disabled')).to.have.length(3);
      await expect(el).to.be.accessible();

      await fillValid(root, { session: 'Zet me op de wachtlijst' });
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="confirmation"]'), 'no confirmation');
      expect(posts()[0]!.body!['sessionId']).to.equal(WAITING_LIST);
      const confirmation = root.querySelector('[part="confirmation"]')!;
      expect(normalizeSpace(confirmation.querySelector('h3')!.textContent)).to.equal('Je staat op de wachtlijst');
      expect(confirmation.querySelector('a[download]'), 'no calendar file for the waiting list').to.equal(null);
      expect(successes[0]!.detail.status).to.equal('waiting_list');
      await expect(el).to.be.accessible();
    });
  });

  describe('the outbox', () => {
    it('a network failure keeps the signup on the device and sends it on `online` with the same key', async () => {
      postAnswer = () => 'network-error';
      const { el, root, queued, successes } = await mount();
      await fillValid(root);
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="queued"]'), 'not queued');
      const box = root.querySelector('[part="queued"]')!;
      expect(normalizeSpace(box.querySelector('h3')!.textContent)).to.equal('Je aanmelding is bewaard');
      expect(root.activeElement).to.equal(box.querySelector('h3'));
      expect(normalizeSpace(box.textContent)).to.include('Je aanmelding is op dit apparaat bewaard en wordt vanzelf verstuurd');
      const key = posts()[0]!.key!;
      expect(queued.map((e) => e.detail)).to.deep.equal([{ idempotencyKey: key, reason: 'network', persistent: true }]);
      const stored = storedOutbox();
      expect(stored.map((e) => e.key)).to.deep.equal([key]);
      expect(stored[0]!.body).to.deep.equal(posts()[0]!.body);
      expect(stored[0]!.attempts).to.equal(1);
      expect(stored[0]!.endpoint).to.equal(new URL(ENDPOINT, document.baseURI).href);
      await expect(el).to.be.accessible();

      postAnswer = () => json(201, { id: 'signup-6', status: 'confirmed' });
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => root.querySelector('[part="confirmation"]'), 'not sent on online');
      expect(posts()).to.have.length(2);
      expect(posts()[1]!.key).to.equal(key);
      expect(posts()[1]!.body).to.deep.equal(posts()[0]!.body);
      expect(storedOutbox()).to.deep.equal([]);
      expect(successes.map((e) => e.detail)).to.deep.equal([
        { id: 'signup-6', status: 'confirmed', sessionId: 'hengelo-2025-10-07', idempotencyKey: key, fromOutbox: true },
      ]);
      expect(normalizeSpace(root.querySelector('[part="confirmation"]')!.textContent)).to.include('dinsdag 7 oktober 2025');
      await expect(el).to.be.accessible();
    });

    it('a 500 queues the signup too', async () => {
      postAnswer = () => json(500, { error: 'internal' });
      const { el, root, queued } = await mount();
      await fillValid(root);
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="queued"]'), 'not queued');
      expect(queued[0]!.detail.reason).to.equal('server');
      expect(storedOutbox().map((e) => e.key)).to.deep.equal([posts()[0]!.key]);
    });

    it('a refused signup (400) is not queued: it says so and keeps what was typed', async () => {
      postAnswer = () => json(400, { error: 'bad_request' });
      const { el, root, errors, queued } = await mount();
      await fillValid(root);
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="message"]'), 'no message');
      expect(normalizeSpace(root.querySelector('[part="message"]')!.textContent)).to.include('foutcode 400');
      expect(root.activeElement).to.equal(root.querySelector('[part="message"]'));
      expect(byLabel(root, 'Voornaam').value).to.equal('Anna');
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['rejected']);
      expect(queued).to.have.length(0);
      expect(storedOutbox()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    /** A signup left in the outbox by an earlier page. */
    function leaveInOutbox(body: Record<string, unknown>): OutboxEntry {
      const outbox = createOutbox(localStorage);
      outbox.add({ key: 'earlier-key', endpoint: new URL(ENDPOINT, document.baseURI).href, body });
      outbox.recordFailure('earlier-key');
      return outbox.get('earlier-key')!;
    }

    it('on the next page load, sends what waited with its own key and says it was sent', async () => {
      leaveInOutbox(EARLIER_SIGNUP);
      const { el, root, successes } = await mount();
      await waitUntil(() => successes.length === 1, 'the earlier signup was not sent');
      await el.updateComplete;
      expect(posts().map((c) => c.key)).to.deep.equal(['earlier-key']);
      expect(posts()[0]!.body).to.deep.equal(EARLIER_SIGNUP);
      expect(successes[0]!.detail).to.include({ idempotencyKey: 'earlier-key', fromOutbox: true });
      expect(storedOutbox()).to.deep.equal([]);
      const notice = root.querySelector('[part="notice"]')!;
      expect(normalizeSpace(notice.textContent)).to.include('Je eerder bewaarde aanmelding is nu verstuurd.');
      expect(byRole(notice, 'link', 'Zet in je agenda (agendabestand, .ics)')).to.be.instanceOf(HTMLAnchorElement);
      expect(byLabel(root, 'Voornaam').value, 'the form stays empty for a new signup').to.equal('');
      await expect(el).to.be.accessible();
    });

    it('on the next page load, tells that a signup still waits when sending fails again', async () => {
      postAnswer = () => 'network-error';
      leaveInOutbox(EARLIER_SIGNUP);
      const { el, root } = await mount();
      await waitUntil(() => posts().length === 1);
      await waitUntil(() => storedOutbox()[0]?.attempts === 2, 'the failure was not counted');
      await el.updateComplete;
      expect(normalizeSpace(root.querySelector('[part="notice"]')!.textContent)).to.equal(
        'Op dit apparaat staat nog een aanmelding klaar (Bram Jansen). Die wordt vanzelf verstuurd zodra het lukt. Je hoeft je niet opnieuw aan te melden.',
      );
      await expect(el).to.be.accessible();
    });

    it('on the next page load, a 409 brings the saved signup back into the form, nothing lost', async () => {
      postAnswer = () => json(409, { error: 'session_full' });
      leaveInOutbox(EARLIER_SIGNUP);
      const { el, root, errors } = await mount();
      await waitUntil(() => errors.length === 1, 'no error event');
      await el.updateComplete;
      expect(errors[0]!.detail).to.include({ reason: 'session_full', idempotencyKey: 'earlier-key', fromOutbox: true });
      expect(byLabel(root, 'Voornaam').value).to.equal('Bram');
      expect(byLabel(root, 'Organisatie').value).to.equal('Wijkteam Almelo');
      expect(byLabel<HTMLSelectElement>(root, 'Gemeente waar je werkt').value).to.equal('almelo');
      expect(normalizeSpace(root.querySelector('[part="message"]')!.textContent)).to.include('Deze aanmelding was eerder op dit apparaat bewaard');
      expect(summaryLinks(root)).to.deep.equal(['De datum die je koos is net vol geraakt. Kies een andere datum.']);
      expect(storedOutbox()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('on a page', () => {
    it('never submits a host page form, with Enter or the button', async () => {
      let hostSubmits = 0;
      const { el, root, page } = await mount({ inHostForm: true });
      page.addEventListener('submit', (e) => {
        hostSubmits++;
        e.preventDefault();
      });
      await fillValid(root);
      byLabel(root, 'Voornaam').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('[part="confirmation"]'), 'Enter did not send our form');
      expect(posts()).to.have.length(1);
      expect(hostSubmits).to.equal(0);
      expect(location.pathname).not.to.equal('/host-form-was-submitted');
      await expect(el).to.be.accessible();

      const second = await mount({ inHostForm: true });
      second.page.addEventListener('submit', (e) => {
        hostSubmits++;
        e.preventDefault();
      });
      await submit(second.el, second.root);
      await waitUntil(() => summary(second.root));
      expect(hostSubmits).to.equal(0);
    });

    it('speaks English with lang="en"', async () => {
      const { el, root } = await mount({ attrs: { lang: 'en' } });
      expect(normalizeSpace(root.querySelector('[part="heading"]')!.textContent)).to.equal('Sign up for the training');
      for (const label of ['First name', 'Last name', 'Email address (work)', 'Phone number (optional)', 'Organisation']) {
        expect(byLabel(root, label)).to.be.instanceOf(HTMLInputElement);
      }
      expect(byLabel<HTMLSelectElement>(root, 'Municipality where you work').options[15]!.textContent).to.equal('Another municipality');
      expect(optionLabels(byLegend(root, 'Field of work'))).to.include('Youth care');
      expect(optionLabels(byLegend(root, 'Training date'))).to.deep.equal([
        'Tuesday, 7 October 2025, 09:30–16:30 Hengelo, Voorbeeldstraat 1 12 places left',
        'Tuesday, 4 November 2025, 09:00–16:00 Enschede 1 place left',
        'Tuesday, 2 December 2025, 13:00–17:00 Almelo full',
      ]);
      expect(byRole(root, 'link', 'Read the privacy statement (opens in a new tab)')).to.be.instanceOf(HTMLAnchorElement);
      await submit(el, root);
      await waitUntil(() => summary(root));
      expect(normalizeSpace(summary(root)!.querySelector('h3')!.textContent)).to.equal('There is a problem');
      expect(summaryLinks(root)[0]).to.equal('Enter your first name');
      await expect(el).to.be.accessible();

      await typeInto(byLabel(root, 'First name'), 'Anna');
      await typeInto(byLabel(root, 'Last name'), 'de Vries');
      await typeInto(byLabel(root, 'Email address (work)'), 'anna@example.org');
      await typeInto(byLabel(root, 'Organisation'), 'Youth team');
      byLabel(byLegend(root, 'Field of work'), 'Youth care').click();
      choose(byLabel<HTMLSelectElement>(root, 'Municipality where you work'), 'Another municipality');
      byLabel(byLegend(root, 'Do you want to receive SKJ points?'), 'No').click();
      byLabel(byLegend(root, 'Training date'), /^Tuesday, 4 November/).click();
      await submit(el, root);
      await waitUntil(() => root.querySelector('[part="confirmation"]'));
      expect(posts()[0]!.body).to.include({ lang: 'en', municipality: 'andere', sessionId: 'enschede-2025-11-04' });
      expect(normalizeSpace(root.querySelector('[part="confirmation"] h3')!.textContent)).to.equal('You are signed up');
      expect(byRole(root, 'link', 'Add to your calendar (calendar file, .ics)')).to.be.instanceOf(HTMLAnchorElement);
    });

    it('shows a loading state, then an error with a retry button when the sessions cannot be loaded', async () => {
      const gate = held();
      sessionsAnswer = () => gate.answer;
      const { el, root } = await mount({ waitForSessions: false });
      const group = byLegend(root, 'Trainingsdatum');
      expect(normalizeSpace(group.querySelector('[role="status"]')!.textContent)).to.equal('De trainingsdata worden geladen…');
      await expect(el).to.be.accessible();

      gate.release(json(503, { error: 'unavailable' }));
      await waitUntil(() => normalizeSpace(byLegend(root, 'Trainingsdatum').textContent).includes('konden niet worden geladen'));
      await expect(el).to.be.accessible();
      sessionsAnswer = () => json(200, SESSIONS);
      byRole(root, 'button', 'Probeer opnieuw').click();
      await waitUntil(() => root.querySelector('input[name="sessionId"]'), 'no sessions after retry');
      expect(optionLabels(byLegend(root, 'Trainingsdatum'))).to.have.length(3);
    });

    it('refuses an unsafe privacy-url with a readable error, and shows no link', async () => {
      const { el, root, contentErrors } = await mount({ attrs: { 'privacy-url': 'javascript:alert(1)' } });
      const problem = root.querySelector('[part="content-error"]')!;
      expect(normalizeSpace(problem.textContent)).to.include('privacy-url: moet een volledig webadres zijn dat met https:// begint');
      expect(root.querySelector('a[href^="javascript:"]')).to.equal(null);
      // No such link at all, not even a hidden one.
      const links = [...root.querySelectorAll('a[href]')].map((a) => normalizeSpace(a.textContent));
      expect(links.filter((name) => /privacyverklaring/.test(name))).to.deep.equal([]);
      expect(contentErrors.map((e) => e.detail.issues.map((i) => i.path))).to.deep.equal([['privacy-url']]);
      expect(takeWarnings()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('dispatches nothing when properties are set', async () => {
      const { el, submits, successes, queued, errors, contentErrors } = await mount();
      el.lang = 'en';
      await el.updateComplete;
      el.organiser = 'Gemeente Hengelo';
      el.headingLevel = 3;
      el.privacyUrl = '/andere-privacy.html';
      await el.updateComplete;
      el.sessionsSrc = `${SESSIONS_SRC}?opnieuw`;
      await el.updateComplete;
      await waitUntil(() => calls.filter((c) => c.method === 'GET').length === 2);
      expect([submits, successes, queued, errors, contentErrors].map((l) => l.length)).to.deep.equal([0, 0, 0, 0, 0]);
      expect(posts()).to.have.length(0);
    });

    it('is hidden by the hidden attribute', async () => {
      const { el } = await mount();
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });
});
