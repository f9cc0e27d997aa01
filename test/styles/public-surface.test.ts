import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import '../../src/index.js';
import { ASPECT_IDS } from '../../src/content/model.js';
import { STORAGE_KEY, type StoredScan } from '../../src/logic/scan-storage.js';
import { createOutbox, OUTBOX_MAX_AGE_MS, OUTBOX_STORAGE_KEY } from '../../src/logic/outbox.js';
import { scanResult } from '../support/scan-result.js';
import { EARLIER_SIGNUP, OPEN_SESSION } from '../support/signup.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../support/console.js';

// The public surface each element documents (`@csspart`, `@cssprop` in its JSDoc, as written to
// custom-elements.json by `npm run analyze`, which `npm test` runs in its build step before these
// tests) against what the element really has: the `part` attributes it renders, and the `--otd-*`
// custom properties its styles read.

const TAGS = ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card', 'otd-course-signup'] as const;
type Tag = (typeof TAGS)[number];

interface Documented {
  readonly parts: readonly string[];
  readonly properties: readonly string[];
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly cssParts?: readonly { readonly name: string }[];
  readonly cssProperties?: readonly { readonly name: string }[];
}

const realFetch = window.fetch;

async function loadManifest(): Promise<Map<string, Documented>> {
  const response = await realFetch('/custom-elements.json');
  if (!response.ok) {
    throw new Error(`custom-elements.json: HTTP ${response.status}; run \`npm run analyze\` first (npm test does, in its build step)`);
  }
  const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  const byTag = new Map<string, Documented>();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    byTag.set(declaration.tagName, {
      parts: (declaration.cssParts ?? []).map((p) => p.name),
      properties: (declaration.cssProperties ?? []).map((p) => p.name),
    });
  }
  return byTag;
}

// ---------------------------------------------------------------------------------------------
// Custom properties: the public ones the styles really read
// ---------------------------------------------------------------------------------------------

/** The styles of the views an element loads when a person gets there (they are adopted then). */
const VIEW_STYLES: Partial<Record<Tag, () => Promise<CSSResult[]>>> = {
  'otd-self-scan': async () => [
    (await import('../../src/elements/otd-self-scan/otd-self-scan.steps.js')).styles,
    (await import('../../src/elements/otd-self-scan/otd-self-scan.result.js')).styles,
    (await import('../../src/elements/otd-self-scan/otd-self-scan.share.js')).styles,
  ],
};
const viewStyles = new Map<Tag, CSSResult[]>();

/** Every stylesheet of the element (tokens, host and widget styles, its own, its views'), as one text. */
function styleText(tag: Tag): string {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  return [...ctor.elementStyles, ...(viewStyles.get(tag) ?? [])]
    .map((s) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText))
    .join('\n');
}

const DEFINITION = /(--[\w-]+)\s*:\s*([^;{}]*)/g;
const REFERENCE = /var\(\s*(--[\w-]+)/g;

/**
 * The public `--otd-*` properties a stylesheet reads: those referenced by an ordinary declaration,
 * directly or through the private `--_otd-*` properties it resolves them into. The token chain
 * resolves every public property on every element; one that no rule of this element reads (say,
 * the form-control border on an element with no form controls) does not count.
 */
function usedPublicProperties(cssText: string): Set<string> {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const definitions = new Map<string, Set<string>>();
  for (const [, name, value] of text.matchAll(DEFINITION)) {
    const refs = definitions.get(name!) ?? new Set<string>();
    for (const [, ref] of value!.matchAll(REFERENCE)) refs.add(ref!);
    definitions.set(name!, refs);
  }
  const queue = [...text.replace(DEFINITION, '').matchAll(REFERENCE)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(definitions.get(name) ?? []));
  }
  return new Set([...seen].filter((name) => name.startsWith('--otd-')));
}

// ---------------------------------------------------------------------------------------------
// Parts: the ones each element renders, in every state it has
// ---------------------------------------------------------------------------------------------

const SESSIONS_SRC = '/api/sessions';
const ENDPOINT = '/api/signups';
/** A partner content URL that never answers: the element stays in its loading state. */
const NEVER = '/never-answers.json';
const SESSIONS = [OPEN_SESSION];

type PostAnswer = () => Response | 'network-error';
let postAnswer: PostAnswer = () => json(201, { id: 'signup-1', status: 'confirmed', session: SESSIONS[0] });

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function installFetch(): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname === NEVER) return new Promise<Response>(() => {});
    if (url.pathname === SESSIONS_SRC) return json(200, SESSIONS);
    if (url.pathname === ENDPOINT) {
      const answer = postAnswer();
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      return answer;
    }
    return realFetch(input, init);
  };
}

/** Waits for a state; generous, as the lazy chunks (texts, schemas) load on a busy machine too. */
const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 5000 });

function partsOf(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/).filter(Boolean));
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(tag: Tag, attrs: Readonly<Record<string, string>> = {}): Promise<Widget> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  page.append(el);
  await el.updateComplete;
  return el;
}

const SIGNUP_ATTRS = { endpoint: ENDPOINT, 'sessions-src': SESSIONS_SRC, 'privacy-url': '/privacy.html' };

async function mountSignup(): Promise<Widget> {
  const el = await mount('otd-course-signup', SIGNUP_ATTRS);
  await until(() => el.shadowRoot!.querySelector('input[name="sessionId"]'), 'the sessions did not load');
  await el.updateComplete;
  return el;
}

function fillSignup(root: ShadowRoot): void {
  const set = (name: string, value: string) => {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const pick = (name: string, value: string) =>
    [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((i) => i.value === value)!.click();
  set('firstName', 'Anna');
  set('lastName', 'de Vries');
  set('email', 'anna@example.org');
  set('organisation', 'Jeugdteam Hengelo');
  pick('domain', 'jeugdhulp');
  set('municipality', 'hengelo');
  pick('skjPoints', 'no');
  pick('sessionId', SESSIONS[0]!.id);
}

async function submitSignup(el: Widget): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await el.updateComplete;
}

/** A finished scan in the tab, so the scan opens on its result. */
function finishedScan(): StoredScan {
  const ok = { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' } as const;
  return {
    version: 1,
    step: ASPECT_IDS.length + 2,
    answers: {
      frequency: 'gt_weekly',
      general: 'eens',
      aspects: Object.fromEntries(ASPECT_IDS.map((id) => [id, id === 'juridisch' ? { ...ok, competence: 'oneens' } : ok])),
    },
    aspects: [...ASPECT_IDS],
    savedAt: Date.now(),
  };
}

/** Renders the element in each of its states and returns every part name seen. */
const STATES: Record<Tag, () => Promise<Set<string>>> = {
  async 'otd-self-scan'() {
    const seen = new Set<string>();
    const intro = await mount('otd-self-scan');
    partsOf(intro.shadowRoot!).forEach((p) => seen.add(p));
    intro.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => intro.shadowRoot!.querySelector('[part="question"]'), 'the scan did not start');
    partsOf(intro.shadowRoot!).forEach((p) => seen.add(p));
    intro.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => intro.shadowRoot!.querySelector('[part="error-summary"]'), 'no error summary for the unanswered step');
    partsOf(intro.shadowRoot!).forEach((p) => seen.add(p));
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(finishedScan()));
    // With share-endpoint, the result ends with the choice to share (nothing is sent unless pressed).
    const result = await mount('otd-self-scan', { 'share-endpoint': '/api/scan-results' });
    await until(() => result.shadowRoot!.querySelector('[part="share"]'), 'no choice to share on the result');
    partsOf(result.shadowRoot!).forEach((p) => seen.add(p));
    sessionStorage.clear();
    partsOf((await mount('otd-self-scan', { aspects: 'nonsense' })).shadowRoot!).forEach((p) => seen.add(p));
    partsOf((await mount('otd-self-scan', { 'content-src': NEVER })).shadowRoot!).forEach((p) => seen.add(p));
    return seen;
  },

  async 'otd-resource-recommender'() {
    const seen = new Set<string>();
    // With a scan result (so the rest folds under "Meer materiaal") and a signup form on the page.
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const signup = document.createElement('otd-course-signup');
    for (const [name, value] of Object.entries(SIGNUP_ATTRS)) signup.setAttribute(name, value);
    const el = document.createElement('otd-resource-recommender') as Widget & { result?: unknown };
    el.result = scanResult({ focus: ['juridisch'] });
    page.append(el, signup);
    await el.updateComplete;
    partsOf(el.shadowRoot!).forEach((p) => seen.add(p));
    partsOf((await mount('otd-resource-recommender', { aspects: 'nonsense' })).shadowRoot!).forEach((p) => seen.add(p));
    partsOf((await mount('otd-resource-recommender', { 'content-src': NEVER })).shadowRoot!).forEach((p) => seen.add(p));
    return seen;
  },

  async 'otd-escalation-card'() {
    const seen = new Set<string>();
    partsOf((await mount('otd-escalation-card')).shadowRoot!).forEach((p) => seen.add(p));
    partsOf((await mount('otd-escalation-card', { aspect: 'nonsense' })).shadowRoot!).forEach((p) => seen.add(p));
    partsOf((await mount('otd-escalation-card', { 'content-src': NEVER })).shadowRoot!).forEach((p) => seen.add(p));
    return seen;
  },

  async 'otd-course-signup'() {
    const seen = new Set<string>();
    // One form on the page at a time: the page's signup outbox reports to the first form.
    const add = (el: Widget) => {
      partsOf(el.shadowRoot!).forEach((p) => seen.add(p));
      el.remove();
    };

    // The empty form, then submitted empty: the error summary.
    const empty = await mountSignup();
    partsOf(empty.shadowRoot!).forEach((p) => seen.add(p));
    await submitSignup(empty);
    await until(() => empty.shadowRoot!.querySelector('[part="error-summary"]'), 'no error summary for the empty form');
    add(empty);

    // A signup that waited on this device and is sent now: the notice with the calendar download.
    const outbox = createOutbox(localStorage);
    outbox.add({
      key: 'earlier-key',
      endpoint: new URL(ENDPOINT, document.baseURI).href,
      body: EARLIER_SIGNUP,
    });
    const earlier = await mountSignup();
    await until(() => earlier.shadowRoot!.querySelector('[part="notice"]'), 'the earlier signup was not reported');
    add(earlier);
    localStorage.removeItem(OUTBOX_STORAGE_KEY);

    // A signup that waited too long comes back into the form with a message.
    const old = createOutbox(localStorage, { now: () => Date.now() - OUTBOX_MAX_AGE_MS - 60_000 });
    old.add({ key: 'old-key', endpoint: new URL(ENDPOINT, document.baseURI).href, body: { firstName: 'Bram', lastName: 'Jansen' } });
    const restored = await mountSignup();
    await until(() => restored.shadowRoot!.querySelector('[part="message"]'), 'the expired signup was not restored');
    add(restored);
    localStorage.removeItem(OUTBOX_STORAGE_KEY);

    // Sent: the confirmation.
    const sent = await mountSignup();
    fillSignup(sent.shadowRoot!);
    await submitSignup(sent);
    await until(() => sent.shadowRoot!.querySelector('[part="confirmation"]'), 'no confirmation');
    add(sent);

    // An attribute that is not valid, and partner content that is still loading.
    add(await mount('otd-course-signup', { ...SIGNUP_ATTRS, 'privacy-url': 'javascript:alert(1)' }));
    add(await mount('otd-course-signup', { ...SIGNUP_ATTRS, 'content-src': NEVER }));

    // Sending fails: the signup waits (last, as it leaves a retry behind).
    postAnswer = () => 'network-error';
    const waiting = await mountSignup();
    fillSignup(waiting.shadowRoot!);
    await submitSignup(waiting);
    await until(() => waiting.shadowRoot!.querySelector('[part="queued"]'), 'the signup did not wait');
    add(waiting);
    return seen;
  },
};

// ---------------------------------------------------------------------------------------------

describe('public surface: parts and custom properties match the docs', () => {
  let documented: Map<string, Documented>;

  before(async () => {
    documented = await loadManifest();
    for (const [tag, load] of Object.entries(VIEW_STYLES)) viewStyles.set(tag as Tag, await load());
  });

  beforeEach(() => {
    postAnswer = () => json(201, { id: 'signup-1', status: 'confirmed', session: SESSIONS[0] });
    installFetch();
    watchConsole();
  });

  afterEach(() => {
    window.fetch = realFetch;
    sessionStorage.clear();
    localStorage.clear();
    // The states with an attribute that is not valid warn about it, as they should; nothing else may.
    const unexpected = takeWarnings()
      .map((args) => args.map(String).join(' '))
      .filter((text) => !/^\[otd-widgets\] <otd-[a-z-]+>: content from attributes was not used:/.test(text));
    expect(unexpected, 'console.warn').to.deep.equal([]);
    expectQuietConsole();
  });

  it('follows a public property through the private ones, and leaves out what no rule reads', () => {
    const css = `
      :host { --_a: var(--otd-a, var(--_b, red)); --_b: var(--otd-b); --_unused: var(--otd-unused); }
      .x { color: var(--_a); font-size: var(--otd-size, 1em); }`;
    expect([...usedPublicProperties(css)].sort()).to.deep.equal(['--otd-a', '--otd-b', '--otd-size']);
  });

  for (const tag of TAGS) {
    it(`<${tag}> documents exactly the custom properties its styles read`, () => {
      const docs = documented.get(tag);
      expect(docs, `${tag} is not in custom-elements.json`).to.not.equal(undefined);
      const used = usedPublicProperties(styleText(tag));
      const listed = new Set(docs!.properties);
      expect([...used].filter((p) => !listed.has(p)).sort(), 'read by the styles but not documented (@cssprop)').to.deep.equal([]);
      expect([...listed].filter((p) => !used.has(p)).sort(), 'documented (@cssprop) but read by no style').to.deep.equal([]);
    });

    it(`<${tag}> documents exactly the parts it renders`, async function () {
      // Several states, each mounted afresh: more than the default 10 s on a busy machine.
      this.timeout(30_000);
      const docs = documented.get(tag);
      expect(docs, `${tag} is not in custom-elements.json`).to.not.equal(undefined);
      const rendered = await STATES[tag]();
      const listed = new Set(docs!.parts);
      expect([...rendered].filter((p) => !listed.has(p)).sort(), 'rendered but not documented (@csspart)').to.deep.equal([]);
      expect([...listed].filter((p) => !rendered.has(p)).sort(), 'documented (@csspart) but never rendered').to.deep.equal([]);
    });
  }
});
