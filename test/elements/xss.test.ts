// An XSS corpus through every text field and every URL field of partner content, given inline
// (`<script type="application/json">` children) to <otd-escalation-card> and
// <otd-resource-recommender>. Every payload calls `window.__xss(...)` if it ever runs; the trap
// must stay untouched. Text must show as literal text and add no elements or event handlers;
// unsafe URLs must be refused with the readable error naming the exact path, an
// `otd-content-error` event and one console warning.
import { expect } from '@open-wc/testing';
import '../../src/define/otd-escalation-card.js';
import '../../src/define/otd-resource-recommender.js';
import type { ContentErrorDetail } from '../../src/internal/events.js';

declare global {
  interface Window {
    __xss?: (...args: unknown[]) => void;
  }
}

type Tag = 'otd-escalation-card' | 'otd-resource-recommender';
const TAGS: readonly Tag[] = ['otd-escalation-card', 'otd-resource-recommender'];

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/**
 * Markup and script payloads for text fields; `{f}` becomes the field's name, so a call of the
 * trap says which field let it through.
 */
const TEXT_PAYLOADS: readonly string[] = [
  `<img src=x onerror="__xss('{f}')">`,
  `<svg onload="__xss('{f}')"></svg>`,
  `"><script>__xss('{f}')</script>`,
  `'><iframe srcdoc="<script>parent.__xss('{f}')</script>"></iframe>`,
  `<iframe src="javascript:parent.__xss('{f}')"></iframe>`,
  `<a href="javascript:__xss('{f}')">klik</a>`,
  `<details open ontoggle="__xss('{f}')">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="__xss('{f}')">`,
  `<body onload="__xss('{f}')">`,
  `<input autofocus onfocus="__xss('{f}')">`,
  `<object data="javascript:__xss('{f}')"></object>`,
  `</p><p onclick="__xss('{f}')">x`,
  `<!--<img src="--><img src=x onerror="__xss('{f}')//">`,
  `<base href="javascript:__xss('{f}')//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss('{f}')">`,
  `&lt;img src=x onerror=__xss('{f}')&gt; &amp;`,
  `javascript:__xss('{f}')`,
  '${__xss("{f}")}',
  `{{constructor.constructor('__xss("{f}")')()}}`,
  `<!--?lit$1234$--><?lit$0$>{f}`,
];

/** Links that must never reach an href: other schemes, hidden by case, whitespace, controls or entities. */
const UNSAFE_URLS: readonly string[] = [
  `javascript:__xss('url')`,
  ` javascript:__xss('url')`,
  `JaVaScRiPt:__xss('url')`,
  `\tjavascript:__xss('url')`,
  `java\tscript:__xss('url')`,
  `java\nscript:__xss('url')`,
  `java\u0000script:__xss('url')`,
  `\u0001javascript:__xss('url')`,
  `\u0000 \u001fjavascript:__xss('url')`,
  `&#106;avascript:__xss('url')`,
  `&#x6A;avascript:__xss('url')`,
  `javascript&colon;__xss('url')`,
  `javascript:%5F%5Fxss('url')`,
  `data:text/html,<script>__xss('url')</script>`,
  `data:text/html;base64,PHNjcmlwdD5fX3hzcygndXJsJyk8L3NjcmlwdD4=`,
  `DATA:image/svg+xml,<svg onload="__xss('url')"/>`,
  `vbscript:__xss('url')`,
  `file:///etc/passwd`,
  `blob:https://example.org/0c7e8a1e`,
  `//evil.example/x`,
  `/pad/op/de/site`,
];

/** The contact and resource fields that hold text, and how to find each one rendered. */
const CONTACT_TEXT_FIELDS = ['name', 'organisation', 'reason', 'hours'] as const;
const RESOURCE_TEXT_FIELDS = ['title', 'provider', 'durationText', 'note', 'description'] as const;

const fill = (payload: string, field: string) => payload.replaceAll('{f}', field);

const okContact = {
  id: 'voorbeeld-loket',
  name: 'Voorbeeld: Loket (fictief)',
  reason: 'Vragen over gezag.',
  aspects: ['juridisch'],
  email: 'loket@example.org',
  example: true,
};

const okResource = {
  id: 'voorbeeld-workshop',
  aspects: ['juridisch'],
  origin: 'regional_offer',
  kind: 'workshop',
  title: 'Voorbeeld: Workshop (fictief)',
  provider: 'Voorbeeld',
  url: 'https://example.org/workshop',
};

/** Contact `i` of the corpus: every text field carries payload `i`, marked with its index and field. */
function contactWith(i: number, localized: boolean) {
  const payload = TEXT_PAYLOADS[i]!;
  const text = (field: string) => (localized ? { nl: 'ALLEEN-IN-HET-NEDERLANDS', en: fill(payload, `${i}.${field}`) } : fill(payload, `${i}.${field}`));
  return {
    id: `xss-${i}`,
    ...Object.fromEntries(CONTACT_TEXT_FIELDS.map((f) => [f, text(f)])),
    aspects: ['juridisch'],
    phone: '053 481 1234',
    email: 'xss@example.org',
    website: 'https://example.org/xss',
  };
}

/** Resource `i` of the corpus: every text field carries payload `i`, marked with its index and field. */
function resourceWith(i: number, localized: boolean) {
  const payload = TEXT_PAYLOADS[i]!;
  const text = (field: string) => (localized ? { nl: 'ALLEEN-IN-HET-NEDERLANDS', en: fill(payload, `${i}.${field}`) } : fill(payload, `${i}.${field}`));
  return {
    id: `xss-${i}`,
    aspects: ['juridisch'],
    origin: 'regional_offer',
    kind: 'workshop',
    ...Object.fromEntries(RESOURCE_TEXT_FIELDS.map((f) => [f, text(f)])),
    sections: [fill(payload, `${i}.sections`)],
    url: 'https://example.org/xss',
  };
}

/** The whole corpus as partner content: one contact and one resource per payload. */
const corpus = (localized: boolean) => ({
  contacts: TEXT_PAYLOADS.map((_, i) => contactWith(i, localized)),
  resources: TEXT_PAYLOADS.map((_, i) => resourceWith(i, localized)),
});

// ---------------------------------------------------------------------------------------------
// The trap, the console and the page
// ---------------------------------------------------------------------------------------------

/** Every call of the trap: one entry per payload that ran. */
const trapped: unknown[][] = [];
window.__xss = (...args: unknown[]) => void trapped.push(args);

const realWarn = console.warn;
const realError = console.error;
let warnings: string[] = [];
let errors: string[] = [];

/** Elements that partner text must never create in a widget. */
const FORBIDDEN = 'script, img, iframe, frame, svg, math, object, embed, style, link, meta, base, form, input:not([type]), details[ontoggle], video, audio';

/** The protocols a rendered link or source may have; data: only for the vCard we build ourselves. */
const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

const pages: HTMLElement[] = [];
/** Real scripts (not JSON) on the page before the tests. */
const scriptCount = () => document.querySelectorAll('script:not([type="application/json"])').length;
const scriptsAtStart = scriptCount();

interface Mounted {
  readonly el: HTMLElement & { updateComplete: Promise<unknown>; contentComplete: Promise<unknown> };
  readonly root: ShadowRoot;
  readonly contentErrors: ContentErrorDetail[];
}

/** A widget with inline partner content, on a page of its own, once its content is loaded or refused. */
async function mount(tag: Tag, content: unknown, options: { lang?: string; html?: boolean } = {}): Promise<Mounted> {
  const page = document.createElement('div');
  document.body.append(page);
  pages.push(page);
  const contentErrors: ContentErrorDetail[] = [];
  page.addEventListener('otd-content-error', (e) => contentErrors.push(e.detail));
  const json = JSON.stringify(content);
  if (options.html) {
    // As a CMS writes it into the page: HTML source, with "<" escaped in the JSON so no string can
    // end the script element.
    page.innerHTML = `<${tag}${options.lang ? ` lang="${options.lang}"` : ''}><script type="application/json">${json.replaceAll('<', '\\u003c')}</script></${tag}>`;
  } else {
    const el = document.createElement(tag);
    if (options.lang) el.setAttribute('lang', options.lang);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    page.append(el);
  }
  const el = page.querySelector(tag) as Mounted['el'];
  await el.updateComplete;
  await el.contentComplete;
  await el.updateComplete;
  // Give anything that loads or fires later (an image's error, a toggle, a focus) the chance to.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { el, root: el.shadowRoot!, contentErrors };
}

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Fails when a widget holds anything that could run: forbidden elements, handlers, unsafe links. */
function expectInert(root: ShadowRoot): void {
  expect([...root.querySelectorAll(FORBIDDEN)].map((n) => n.outerHTML.slice(0, 80)), 'forbidden elements').to.deep.equal([]);
  const all = [...root.querySelectorAll('*')];
  const handlers = all.flatMap((n) => [...n.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${n.localName}[${a.name}]`));
  expect(handlers, 'event handler attributes').to.deep.equal([]);
  for (const n of all) {
    for (const name of ['href', 'src', 'action', 'formaction', 'data', 'xlink:href']) {
      const value = n.getAttribute(name);
      if (value === null) continue;
      if (name === 'href' && n.localName === 'a' && value.startsWith('data:text/vcard;')) continue;
      const protocol = new URL(value, document.baseURI).protocol;
      expect(ALLOWED_PROTOCOLS, `${n.localName}[${name}]=${JSON.stringify(value)}`).to.include(protocol);
    }
  }
  expect(scriptCount(), 'scripts on the page').to.equal(scriptsAtStart);
}

/** The lines of the readable content error: `path: message`. */
const problemLines = (root: ShadowRoot) => [...root.querySelectorAll('[part="content-error"] li')].map((li) => norm(li.textContent));

// ---------------------------------------------------------------------------------------------

describe('XSS corpus through partner content', () => {
  beforeEach(() => {
    warnings = [];
    errors = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  });

  afterEach(() => {
    console.warn = realWarn;
    console.error = realError;
    for (const page of pages.splice(0)) page.remove();
    expect(errors, 'console.error').to.deep.equal([]);
    expect(trapped, 'payloads that ran').to.deep.equal([]);
  });

  after(async () => {
    // Late runners (a failed image load after the test moved on) are still caught.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(trapped, 'payloads that ran').to.deep.equal([]);
  });

  it('the trap works: the same payload parsed as HTML does call it (control)', async () => {
    const probe = document.createElement('div');
    // A data: source that is no image fails without a network request.
    probe.innerHTML = `<img src="data:," onerror="__xss('control')">`;
    const deadline = Date.now() + 3000;
    while (!trapped.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(trapped.splice(0)).to.deep.equal([['control']]);
  });

  describe('text fields show every payload as literal text', () => {
    /** Checks that contact / resource `i` shows each of its fields as the literal payload. */
    function expectLiteral(tag: Tag, root: ShadowRoot, i: number): void {
      const payload = TEXT_PAYLOADS[i]!;
      const want = (field: string) => fill(payload, `${i}.${field}`);
      if (tag === 'otd-escalation-card') {
        const contact = root.querySelector(`article[aria-labelledby="contact-xss-${i}"]`);
        expect(contact, `contact ${i} is shown`).to.not.equal(null);
        expect(norm(contact!.querySelector('[part="contact-name"]')!.textContent), payload).to.include(norm(want('name')));
        expect(contact!.querySelector('.organisation')!.textContent, payload).to.equal(want('organisation'));
        expect(contact!.querySelector('.reason')!.textContent, payload).to.equal(want('reason'));
        expect(contact!.querySelector('.hours')!.textContent, payload).to.include(want('hours'));
      } else {
        const resource = root.getElementById(`r-juridisch-xss-${i}`)?.closest('[part="resource"]');
        expect(resource, `resource ${i} is shown`).to.not.equal(undefined);
        expect(root.getElementById(`r-juridisch-xss-${i}`)!.textContent, payload).to.equal(want('title'));
        const text = resource!.textContent!;
        for (const field of RESOURCE_TEXT_FIELDS) expect(text, `${field}: ${payload}`).to.include(want(field));
      }
    }

    for (const tag of TAGS) {
      it(`<${tag}>: every payload in every text field`, async () => {
        const { root, contentErrors } = await mount(tag, corpus(false));
        expect(contentErrors).to.deep.equal([]);
        expect(warnings).to.deep.equal([]);
        TEXT_PAYLOADS.forEach((_, i) => expectLiteral(tag, root, i));
        expectInert(root);
      });

      it(`<${tag}> in English: every payload in every localized text`, async () => {
        const { root, contentErrors } = await mount(tag, corpus(true), { lang: 'en' });
        expect(contentErrors).to.deep.equal([]);
        expect(warnings).to.deep.equal([]);
        TEXT_PAYLOADS.forEach((_, i) => expectLiteral(tag, root, i));
        expect(root.textContent!.includes('ALLEEN-IN-HET-NEDERLANDS'), 'Dutch text in English').to.equal(false);
        expectInert(root);
      });

      it(`<${tag}> written into the page as HTML, with "<" escaped in the JSON`, async () => {
        const { root, contentErrors } = await mount(tag, corpus(false), { html: true });
        expect(contentErrors).to.deep.equal([]);
        expect(warnings).to.deep.equal([]);
        TEXT_PAYLOADS.forEach((_, i) => expectLiteral(tag, root, i));
        expectInert(root);
      });
    }
  });

  describe('unsafe URLs are refused, each at its exact path', () => {
    const PHONE = 'geen geldig Nederlands telefoonnummer (bijvoorbeeld 053 481 1234 of 0800-2000)';
    const EMAIL = 'geen geldig e-mailadres';
    const WEB = 'moet een volledig webadres zijn dat met https:// begint';

    for (const tag of TAGS) {
      it(`<${tag}>: every unsafe URL in every URL field (contacts: phone, email, website; resources: url)`, async () => {
        // A valid item first, so the index in each path has to be right.
        const content = {
          contacts: [okContact, ...UNSAFE_URLS.map((url, i) => ({ ...okContact, id: `xss-${i}`, name: 'Onveilig contact', phone: url, email: url, website: url }))],
          resources: [okResource, ...UNSAFE_URLS.map((url, i) => ({ ...okResource, id: `xss-${i}`, title: 'Onveilig materiaal', url }))],
        };
        const expected = UNSAFE_URLS.flatMap((_, i) => [
          [`contacts[${i + 1}].phone`, PHONE],
          [`contacts[${i + 1}].email`, EMAIL],
          [`contacts[${i + 1}].website`, WEB],
          [`resources[${i + 1}].url`, WEB],
        ]);
        const { root, contentErrors } = await mount(tag, content);

        // One event naming exactly these fields, and nothing else.
        expect(contentErrors).to.have.length(1);
        expect(contentErrors[0]!.source).to.equal('inline');
        expect(contentErrors[0]!.issues.map((i) => i.path)).to.have.members(expected.map(([path]) => path));

        // The readable error, in the reader's language, with each exact path.
        expect(problemLines(root)).to.have.members(expected.map(([path, message]) => `${path}: ${message}`));

        // One warning for the developer, naming every path.
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('content from inline was not used');
        for (const [path] of expected) expect(warnings[0]).to.include(`  ${path}: `);

        // None of the partner content is used, so no link to any of the URLs exists.
        expect(root.textContent!.includes('Onveilig'), 'refused content shown').to.equal(false);
        expect(root.textContent!.includes('Voorbeeld: '), 'refused content shown').to.equal(false);
        expectInert(root);
      });
    }

    it('<otd-escalation-card>: each URL field alone is refused at its own path', async () => {
      const cases = (['website', 'email', 'phone'] as const).flatMap((field) => UNSAFE_URLS.map((url) => ({ field, url })));
      const content = { contacts: cases.map(({ field, url }, i) => ({ ...okContact, id: `c-${i}`, [field]: url })) };
      const { root, contentErrors } = await mount('otd-escalation-card', content);
      expect(contentErrors).to.have.length(1);
      expect(contentErrors[0]!.issues.map((i) => i.path)).to.deep.equal(cases.map(({ field }, i) => `contacts[${i}].${field}`));
      expect(problemLines(root)).to.have.length(cases.length);
      expect(warnings).to.have.length(1);
      expectInert(root);
    });
  });

  describe('payloads where partner content must be refused show as literal text in the error', () => {
    for (const tag of TAGS) {
      it(`<${tag}>: an unknown field, an id and an aspect named with a payload`, async () => {
        const payload = TEXT_PAYLOADS[0]!;
        const key = fill(payload, 'key');
        const { root, contentErrors } = await mount(tag, {
          contacts: [{ ...okContact, id: fill(payload, 'id'), aspects: [fill(payload, 'aspect')], [key]: 'x' }],
        });
        expect(contentErrors).to.have.length(1);
        // A key that is not a plain name is written in brackets, as JSON would.
        const keyPath = `contacts[0][${JSON.stringify(key)}]`;
        expect(contentErrors[0]!.issues.map((i) => i.path)).to.have.members(['contacts[0].id', 'contacts[0].aspects[0]', keyPath]);
        const lines = problemLines(root);
        expect(lines).to.include(`${keyPath}: onbekend veld`);
        expect(root.querySelector('[part="content-error"]')!.textContent).to.include(JSON.stringify(key));
        expect(warnings).to.have.length(1);
        expectInert(root);
      });
    }

    it('<otd-escalation-card>: attributes with a payload are named, not run', async () => {
      const payload = fill(TEXT_PAYLOADS[0]!, 'attribute');
      const page = document.createElement('div');
      document.body.append(page);
      pages.push(page);
      const contentErrors: ContentErrorDetail[] = [];
      page.addEventListener('otd-content-error', (e) => contentErrors.push(e.detail));
      const el = document.createElement('otd-escalation-card');
      el.setAttribute('aspect', payload);
      el.setAttribute('municipality', payload);
      page.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(contentErrors.map((d) => d.source)).to.deep.equal(['attributes']);
      const text = el.shadowRoot!.querySelector('[part="content-error"]')!.textContent!;
      expect(text).to.include(payload);
      expect(warnings).to.have.length(1);
      expectInert(el.shadowRoot!);
    });

    it('<otd-resource-recommender>: an aspects attribute with a payload is named, not run', async () => {
      const page = document.createElement('div');
      document.body.append(page);
      pages.push(page);
      const contentErrors: ContentErrorDetail[] = [];
      page.addEventListener('otd-content-error', (e) => contentErrors.push(e.detail));
      const el = document.createElement('otd-resource-recommender');
      el.setAttribute('aspects', `juridisch <img/src=x/onerror=__xss('aspects')>`);
      page.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(contentErrors.map((d) => d.source)).to.deep.equal(['attributes']);
      expect(warnings).to.have.length(1);
      expectInert(el.shadowRoot!);
    });
  });
});
