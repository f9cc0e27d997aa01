import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-escalation-card.js';
import '../../../src/define/otd-self-scan.js';
import type { OtdEscalationCard } from '../../../src/elements/otd-escalation-card/otd-escalation-card.js';
import type { AspectId } from '../../../src/content/schema/common.js';
import type { ContactActionDetail, ContactChannel, ContentErrorDetail } from '../../../src/internal/events.js';
import type { YesNoMaybe } from '../../../src/content/model.js';
import type { ScanResult } from '../../../src/logic/scan-result.js';
import {
  addPage,
  allByRole,
  byLegend,
  byRole,
  contentError,
  contentSettled,
  nameOf,
  namesOf,
  normalizeSpace,
  preventNavigation,
  removePages,
  textOf,
} from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';
import { SPACE } from '../../support/keys.js';
import { escalationAnswers, scanResult } from '../../support/scan-result.js';

// ---------------------------------------------------------------------------------------------
// Helpers (finding things the way a person does, and the console, are in test/support)
// ---------------------------------------------------------------------------------------------

const FIXTURES = '/test/fixtures/content';
const ASPECTS_NL = ['Juridisch', 'Relationeel', 'Ouderschap', 'Veiligheid', 'Financieel', 'Professionele afwegingen'];
const ASPECTS_EN = ['Legal', 'Relational', 'Parenting', 'Safety', 'Financial', 'Professional judgement'];

const cardHeading = (el: OtdEscalationCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const CLOSING_NL = 'Bij acuut gevaar en zorgen over veiligheid';
/** The national contacts in the list without a scan or filter: Veilig Thuis and 112 are in the closing. */
const NATIONAL_LIST = [
  'Het Juridisch Loket',
  'De Kindertelefoon',
  'Villa Pinedo',
  'Geldfit',
  'Richtlijn Scheiding en problemen van jeugdigen',
];

/** The contacts in the card's list, by name (not the closing's). */
const listed = (root: ShadowRoot): string[] => allByRole(root, 'article').filter((a) => !a.closest('aside')).map(nameOf);
/** The closing with Veilig Thuis and 112. */
const closing = (root: ShadowRoot, name = CLOSING_NL): HTMLElement => byRole(root, 'complementary', name);
/** The aspects a contact "helps with", as its tag list reads them. */
function tagsOf(article: HTMLElement, label = 'Helpt bij'): string[] {
  const lists = [...article.querySelectorAll('ul[aria-label]')].filter((l) => nameOf(l) === label);
  if (lists.length !== 1) return [];
  return [...lists[0]!.querySelectorAll('li')].map((li) => textOf(li));
}
/** Each listed contact with its tags: `name: tag, tag`. */
const listedWithTags = (root: ShadowRoot): string[] =>
  allByRole(root, 'article')
    .filter((a) => !a.closest('aside'))
    .map((a) => `${nameOf(a)}: ${tagsOf(a).join(', ')}`);

/** Chooses a topic in "Contacten voor" with the keyboard: from the checked option, arrow keys to `label`. */
async function chooseTopic(el: OtdEscalationCard, label: string, legend = 'Contacten voor'): Promise<void> {
  const group = byLegend(el.shadowRoot!, legend);
  const radios = allByRole<HTMLInputElement>(group, 'radio');
  const from = radios.findIndex((r) => r.checked);
  const to = radios.findIndex((r) => nameOf(r) === label);
  expect(to, `no option ${label}`).to.be.at.least(0);
  radios[from]!.focus();
  for (let i = from; i !== to; i += to > from ? 1 : -1) {
    await sendKeys({ press: to > from ? 'ArrowRight' : 'ArrowLeft' });
  }
  await el.updateComplete;
  expect(radios[to]!.checked).to.equal(true);
  expect(el.shadowRoot!.activeElement).to.equal(radios[to]);
}

/** Decodes the vCard behind a "Bewaar als contact" link. */
function vCardOf(link: HTMLElement): string {
  const href = link.getAttribute('href')!;
  expect(href.startsWith('data:text/vcard')).to.equal(true);
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`${FIXTURES}/${name}`);
  return response.text();
}

/** A scan's result with these escalation answers; the aspects given need attention. */
const scanWith = (escalation: Partial<Record<AspectId, YesNoMaybe>>): ScanResult =>
  scanResult({ aspects: escalationAnswers(escalation) });

interface MountOptions {
  readonly attrs?: Readonly<Record<string, string>>;
  /** Inline content: the text of a `<script type="application/json">` child. */
  readonly json?: string;
  /** A `lang` on the page around the card. */
  readonly pageLang?: string;
  /** Wait for partner content to load (default true). */
  readonly settle?: boolean;
}

interface Mounted {
  readonly el: OtdEscalationCard;
  readonly root: ShadowRoot;
  /** The page around the card, with a button before and one after it. */
  readonly page: HTMLElement;
  readonly before: HTMLButtonElement;
  readonly after: HTMLButtonElement;
  readonly contentErrors: CustomEvent<ContentErrorDetail>[];
  readonly actions: CustomEvent<ContactActionDetail>[];
}

/** Puts a card on a small page (listeners attached before it connects, so no event is missed). */
async function mount(options: MountOptions = {}): Promise<Mounted> {
  const page = addPage();
  page.innerHTML = '<button type="button">Vorige pagina</button><button type="button">Volgende pagina</button>';
  if (options.pageLang) page.lang = options.pageLang;
  const [before, after] = page.querySelectorAll('button');
  const contentErrors: CustomEvent<ContentErrorDetail>[] = [];
  const actions: CustomEvent<ContactActionDetail>[] = [];
  page.addEventListener('otd-content-error', (e) => contentErrors.push(e));
  page.addEventListener('otd-contact-action', (e) => actions.push(e));
  const el = document.createElement('otd-escalation-card');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  if (options.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.json;
    el.append(script);
  }
  page.insertBefore(el, after!);
  if (options.settle === false) await el.updateComplete;
  else await contentSettled(el);
  return { el, root: el.shadowRoot!, page, before: before!, after: after!, contentErrors, actions };
}

/** Replaces navigator.clipboard.writeText for one test. */
function stubClipboard(impl: (value: string) => Promise<void>): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    writable: true,
    value: (value: string) => {
      calls.push(value);
      return impl(value);
    },
  });
  return { calls, restore: () => void delete (navigator.clipboard as unknown as Record<string, unknown>)['writeText'] };
}

// ---------------------------------------------------------------------------------------------

describe('<otd-escalation-card>', () => {
  beforeEach(() => {
    watchConsole();
  });

  afterEach(() => {
    removePages();
    expectQuietConsole();
  });

  describe('default content', () => {
    it('lists each contact once with the aspects it helps with, under one heading', async () => {
      const { el, root } = await mount();
      expect(nameOf(cardHeading(el))).to.equal('Naar wie kun je opschalen?');
      expect(allByRole(root, 'region')).to.have.length(0);
      expect(listedWithTags(root)).to.deep.equal([
        'Het Juridisch Loket: Juridisch',
        'De Kindertelefoon: Relationeel, Ouderschap',
        'Villa Pinedo: Relationeel, Ouderschap',
        'Geldfit: Financieel',
        'Richtlijn Scheiding en problemen van jeugdigen: Professionele afwegingen',
      ]);
      const names = allByRole(root, 'article').map(nameOf);
      expect(new Set(names).size, 'no contact twice').to.equal(names.length);
      // The tags are one list a screen reader names; the visible "Helpt bij:" is not read twice.
      const kindertelefoon = byRole(root, 'article', 'De Kindertelefoon');
      expect(tagsOf(kindertelefoon)).to.deep.equal(['Relationeel', 'Ouderschap']);
      expect(kindertelefoon.querySelector('[part="tags"] [aria-hidden="true"]')!.textContent).to.equal('Helpt bij:');
      expect(contentError(el.shadowRoot!)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows Veilig Thuis and 112 as full contacts in a closing section after the list', async () => {
      const { el, root } = await mount();
      const end = closing(root);
      expect(namesOf(end, 'article')).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      expect(nameOf(end.querySelector('h3')!)).to.equal(CLOSING_NL);
      expect(byRole(end, 'link', 'Bel 0800-2000').getAttribute('href')).to.equal('tel:+318002000');
      expect(byRole(end, 'link', 'Bel 112').getAttribute('href')).to.equal('tel:112');
      expect(byRole(end, 'button', 'Kopieer nummer van Veilig Thuis')).to.be.instanceOf(HTMLButtonElement);
      // After everything else the card shows, and without tags: they are for every topic.
      const articles = allByRole(root, 'article');
      expect(articles.slice(-2).map(nameOf)).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      expect(end.querySelector('[part="tags"]')).to.equal(null);
      expect(textOf(end)).to.include('Bij direct gevaar');
      await expect(el).to.be.accessible();
    });

    it('links every phone number as tel: in E.164 and shows it the Dutch way', async () => {
      const { el, root } = await mount();
      const phones = allByRole(root, 'link').filter((a) => a.getAttribute('href')!.startsWith('tel:'));
      const seen = Object.fromEntries(phones.map((a) => [nameOf(a), a.getAttribute('href')]));
      expect(seen).to.deep.equal({
        'Bel 0900-8020': 'tel:+319008020',
        'Bel 0800-0432': 'tel:+318000432',
        'Bel 0800-2000': 'tel:+318002000',
        'Bel 112': 'tel:112',
        'Bel 0800-8115': 'tel:+318008115',
      });
      expect(phones, 'each number once').to.have.length(5);
      for (const a of phones) expect(a.getAttribute('href')).to.match(/^tel:(\+31\d{7,11}|112)$/);
      await expect(el).to.be.accessible();
    });

    it('opens websites in a new tab with rel="noopener noreferrer" and says so', async () => {
      const { el, root } = await mount();
      const websites = allByRole(root, 'link', /^Website /);
      expect(websites.map(nameOf)).to.include('Website van Het Juridisch Loket (opent in een nieuw tabblad)');
      // Juridisch Loket, Kindertelefoon, Villa Pinedo, Geldfit, NJi and Veilig Thuis: each once.
      expect(websites).to.have.length(6);
      for (const a of websites) {
        expect(a.getAttribute('href')).to.match(/^https:\/\//);
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(nameOf(a)).to.match(/\(opent in een nieuw tabblad\)$/);
      }
      await expect(el).to.be.accessible();
    });

    it('offers each contact as a vCard download', async () => {
      const { el, root } = await mount();
      const save = byRole(closing(root), 'link', 'Bewaar als contact Veilig Thuis (vCard)');
      expect(save.getAttribute('download')).to.equal('veilig-thuis.vcf');
      const card = vCardOf(save);
      expect(card).to.include('BEGIN:VCARD\r\n');
      expect(card).to.include('FN:Veilig Thuis\r\n');
      expect(card).to.include('TEL;TYPE=WORK,VOICE:+318002000\r\n');
      expect(card.trimEnd().endsWith('END:VCARD')).to.equal(true);

      // One per contact: the seven national contacts, each shown once.
      const saves = allByRole(root, 'link', /^Bewaar als contact /);
      expect(saves.length).to.equal(allByRole(root, 'article').length);
      expect(saves).to.have.length(7);
      for (const link of saves) {
        expect(link.getAttribute('download')).to.match(/\.vcf$/);
        expect(vCardOf(link)).to.match(/^BEGIN:VCARD\r\n/);
      }
      const loket = vCardOf(byRole(root, 'link', 'Bewaar als contact Het Juridisch Loket (vCard)'));
      expect(loket).to.include('FN:Het Juridisch Loket');
      expect(loket).to.include('TEL;TYPE=WORK,VOICE:+319008020');
      await expect(el).to.be.accessible();
    });

    it('names each contact action list after its contact', async () => {
      const { el, root } = await mount({ attrs: { aspect: 'juridisch' } });
      const article = byRole(root, 'article', 'Het Juridisch Loket');
      const list = [...article.querySelectorAll('ul[aria-label]')].find((l) => nameOf(l).startsWith('Contact opnemen'))!;
      expect(nameOf(list)).to.equal('Contact opnemen met Het Juridisch Loket');
      expect([...list.querySelectorAll('a, button')].map(nameOf)).to.deep.equal([
        'Bel 0900-8020',
        'Website van Het Juridisch Loket (opent in een nieuw tabblad)',
        'Kopieer nummer van Het Juridisch Loket',
        'Bewaar als contact Het Juridisch Loket (vCard)',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('aspect', () => {
    it('aspect="juridisch" shows only Het Juridisch Loket and the closing, without a topic choice', async () => {
      const { el, root } = await mount({ attrs: { aspect: 'juridisch' } });
      expect(nameOf(cardHeading(el))).to.equal('Naar wie kun je opschalen? Juridisch');
      expect(allByRole(root, 'group')).to.have.length(0);
      expect(allByRole(root, 'radio')).to.have.length(0);
      expect(listedWithTags(root)).to.deep.equal(['Het Juridisch Loket: Juridisch']);
      expect(namesOf(closing(root), 'article')).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      expect(byRole(root, 'link', 'Bel 112').getAttribute('href')).to.equal('tel:112');
      await expect(el).to.be.accessible();
    });

    it('aspect="relationeel" keeps every tag of a contact: the tags say what else it helps with', async () => {
      const { el, root } = await mount({ attrs: { aspect: 'relationeel' } });
      expect(listedWithTags(root)).to.deep.equal(['De Kindertelefoon: Relationeel, Ouderschap', 'Villa Pinedo: Relationeel, Ouderschap']);
      await expect(el).to.be.accessible();
    });

    it('an unknown aspect shows a readable error naming `aspect`, warns once, and still shows all aspects', async () => {
      const { el, contentErrors } = await mount({ attrs: { aspect: 'foo' } });
      const error = contentError(el.shadowRoot!)!;
      expect(error).to.be.instanceOf(Element);
      expect(normalizeSpace(error.textContent)).to.include('Een deel van de inhoud van deze widget klopt niet en wordt niet getoond.');
      expect(normalizeSpace(error.textContent)).to.include(
        'aspect: „foo" is onbekend; kies een van: juridisch, relationeel, ouderschap, veiligheid, financieel, professioneel',
      );
      expect(error.querySelector('code')!.textContent).to.equal('aspect');
      expect(contentErrors).to.have.length(1);
      expect(contentErrors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(['aspect']);
      expect(listed(el.shadowRoot!)).to.deep.equal(NATIONAL_LIST);
      expect(byLegend(el.shadowRoot!, 'Contacten voor')).to.be.instanceOf(HTMLFieldSetElement);
      await expect(el).to.be.accessible();

      // A re-render (another language) does not warn or dispatch again.
      el.lang = 'en';
      await el.updateComplete;
      expect(contentErrors).to.have.length(1);
      const taken = takeWarnings();
      expect(taken).to.have.length(1);
      expect(String(taken[0]![0])).to.include('aspect: Unknown aspect "foo"');
    });

    it('accepts the aspect in another case and with spaces; for safety it points to the closing', async () => {
      const { el, root } = await mount({ attrs: { aspect: ' Veiligheid ' } });
      expect(nameOf(cardHeading(el))).to.equal('Naar wie kun je opschalen? Veiligheid');
      expect(listed(root)).to.deep.equal([]);
      expect(textOf(root)).to.include('Bij zorgen over veiligheid: bel Veilig Thuis of 112, hieronder.');
      expect(namesOf(closing(root), 'article')).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      expect(contentError(el.shadowRoot!)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('municipality', () => {
    it('has a labelled picker that works with the keyboard and puts local contacts first', async () => {
      const json = await fixtureText('partner-valid.json');
      const { el, root, before } = await mount({ json });
      const picker = byRole<HTMLSelectElement>(root, 'combobox', 'Gemeente waar je werkt');
      expect(picker.value).to.equal('');
      expect(picker.getAttribute('aria-describedby')).to.equal('municipality-hint');
      const PARTNER_NATIONAL = ['Voorbeeld: Scheidingsloket (fictief) Voorbeeld', ...NATIONAL_LIST];
      expect(listed(root)).to.deep.equal(PARTNER_NATIONAL);
      expect(textOf(root)).to.include('Kies je gemeente om ook 3 lokale contacten te zien.');
      await expect(el).to.be.accessible();

      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(picker);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;

      expect(picker.value).to.equal('almelo');
      expect(textOf(el.shadowRoot)).to.include('Contacten voor Almelo en landelijke contacten.');
      // The local team helps with ouderschap: it comes after the contacts for the aspects before it in the report.
      expect(listedWithTags(root)).to.deep.equal([
        'Voorbeeld: Scheidingsloket (fictief) Voorbeeld: Juridisch',
        'Het Juridisch Loket: Juridisch',
        'De Kindertelefoon: Relationeel, Ouderschap',
        'Villa Pinedo: Relationeel, Ouderschap',
        'Voorbeeld: Wijkteam Almelo (fictief) Voorbeeld Lokaal: Ouderschap',
        'Geldfit: Financieel',
        'Richtlijn Scheiding en problemen van jeugdigen: Professionele afwegingen',
      ]);
      expect(textOf(root)).not.to.include('lokale contacten te zien');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(picker.value).to.equal('borne');
      expect(listed(root)).to.deep.equal(PARTNER_NATIONAL);
    });

    for (const value of ['Hof van Twente', 'hof-van-twente', 'GM1735']) {
      it(`municipality="${value}" fixes the municipality and hides the picker`, async () => {
        const json = await fixtureText('partner-valid.json');
        const { el, root, contentErrors } = await mount({ attrs: { municipality: value }, json });
        expect(allByRole(root, 'combobox')).to.have.length(0);
        expect(textOf(el.shadowRoot)).to.include('Contacten voor Hof van Twente en landelijke contacten.');
        expect(listed(root)).to.deep.equal([
          'Voorbeeld: Scheidingsloket (fictief) Voorbeeld',
          'Het Juridisch Loket',
          'De Kindertelefoon',
          'Villa Pinedo',
          'Voorbeeld: Wijkteam Hof van Twente (fictief) Voorbeeld Lokaal',
          'Geldfit',
          'Richtlijn Scheiding en problemen van jeugdigen',
        ]);
        expect(textOf(el.shadowRoot)).not.to.include('Wijkteam Almelo');
        expect(textOf(el.shadowRoot)).not.to.include('Kies je gemeente');
        expect(contentErrors).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('an unknown municipality shows a readable error naming `municipality` and keeps the picker', async () => {
      const { el, root, contentErrors } = await mount({ attrs: { municipality: 'Amsterdam' } });
      const error = contentError(el.shadowRoot!)!;
      expect(error.querySelector('code')!.textContent).to.equal('municipality');
      expect(normalizeSpace(error.textContent)).to.include('municipality: „Amsterdam" is onbekend; kies een van: almelo, borne,');
      expect(contentErrors).to.have.length(1);
      expect(contentErrors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(['municipality']);
      expect(byRole(root, 'combobox', 'Gemeente waar je werkt')).to.be.instanceOf(Element);
      expect(listed(root)).to.deep.equal(NATIONAL_LIST);
      expect(takeWarnings()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('partner content', () => {
    it('shows valid inline JSON contacts, marked as examples', async () => {
      const json = await fixtureText('partner-valid.json');
      const { el, root, contentErrors } = await mount({ json });
      expect(listed(root).slice(0, 2)).to.deep.equal(['Voorbeeld: Scheidingsloket (fictief) Voorbeeld', 'Het Juridisch Loket']);
      const example = byRole(root, 'article', /^Voorbeeld: Scheidingsloket/);
      expect(example.querySelector('.badge')!.textContent).to.equal('Voorbeeld');
      expect(byRole(example, 'link', 'Mail scheidingsloket@example.org').getAttribute('href')).to.equal(
        'mailto:scheidingsloket@example.org',
      );
      expect(contentError(el.shadowRoot!)).to.equal(null);
      expect(contentErrors).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('loads valid content from content-src', async () => {
      const { el, root, contentErrors } = await mount({ attrs: { 'content-src': `${FIXTURES}/partner-valid.json` } });
      expect(listed(root)[0]).to.equal('Voorbeeld: Scheidingsloket (fictief) Voorbeeld');
      expect(contentErrors).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows a loading state while content-src is pending, then the content', async () => {
      const body = await fixtureText('partner-valid.json');
      const realFetch = window.fetch;
      const requested: string[] = [];
      let respond: (response: Response) => void = () => {};
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requested.push(String(input));
        return new Promise<Response>((resolve, reject) => {
          respond = resolve;
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
        });
      };
      try {
        const { el, root } = await mount({
          attrs: { 'content-src': 'https://partner.example.org/sociale-kaart.json' },
          settle: false,
        });
        await waitUntil(() => requested.length === 1, 'content-src was not requested');
        expect(requested[0]).to.equal('https://partner.example.org/sociale-kaart.json');
        expect(byRole(root, 'status', 'Inhoud wordt geladen…')).to.be.instanceOf(Element);
        expect(listed(root)).to.deep.equal(NATIONAL_LIST);
        await expect(el).to.be.accessible();

        respond(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
        await contentSettled(el);
        expect(allByRole(root, 'status', 'Inhoud wordt geladen…')).to.have.length(0);
        expect(listed(root)[0]).to.equal('Voorbeeld: Scheidingsloket (fictief) Voorbeeld');
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shows a load error for a content-src that answers 404, keeping the national contacts', async () => {
      const { el, root, contentErrors } = await mount({ attrs: { 'content-src': `${FIXTURES}/does-not-exist.json` } });
      expect(normalizeSpace(contentError(el.shadowRoot!)!.textContent)).to.include('De inhoud kon niet worden geladen (HTTP 404).');
      expect(contentErrors).to.have.length(1);
      expect(contentErrors[0]!.detail.issues[0]!.code).to.equal('load');
      expect(listed(root)).to.deep.equal(NATIONAL_LIST);
      expect(namesOf(closing(root), 'article')).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      expect(takeWarnings()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('refuses a content-src that is not http(s) without fetching it', async () => {
      const { el, contentErrors } = await mount({ attrs: { 'content-src': 'javascript:alert(1)' } });
      expect(normalizeSpace(contentError(el.shadowRoot!)!.textContent)).to.include(
        'Het adres in content-src moet met https:// of http:// beginnen.',
      );
      expect(contentErrors).to.have.length(1);
      expect(takeWarnings()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says so when inline content is not JSON', async () => {
      const { el, contentErrors } = await mount({ json: '{ "contacts": [ ' });
      expect(normalizeSpace(contentError(el.shadowRoot!)!.textContent)).to.include('Het inhoudsbestand is geen geldige JSON.');
      expect(contentErrors[0]!.detail.source).to.equal('inline');
      expect(takeWarnings()).to.have.length(1);
      expect(listed(el.shadowRoot!)).to.deep.equal(NATIONAL_LIST);
      await expect(el).to.be.accessible();
    });

    const malformed: readonly [file: string, path: string, reason: string][] = [
      [
        'partner-bad-phone.json',
        'contacts[2].phone',
        'geen geldig Nederlands telefoonnummer (bijvoorbeeld 053 481 1234 of 0800-2000)',
      ],
      [
        'partner-javascript-url.json',
        'contacts[0].website',
        'moet een volledig webadres zijn dat met https:// begint',
      ],
    ];
    for (const [file, path, reason] of malformed) {
      for (const via of ['inline', 'content-src'] as const) {
        it(`names ${path} for ${file} (${via}), keeps the national contacts and the page working`, async () => {
          const options: MountOptions =
            via === 'inline' ? { json: await fixtureText(file) } : { attrs: { 'content-src': `${FIXTURES}/${file}` } };
          const { el, root, after, contentErrors } = await mount(options);

          const error = contentError(el.shadowRoot!)!;
          expect([...error.querySelectorAll('code')].map((c) => c.textContent)).to.deep.equal([path]);
          expect(normalizeSpace(error.textContent)).to.include(`${path}: ${reason}`);

          expect(contentErrors).to.have.length(1);
          const { detail } = contentErrors[0]!;
          expect(detail.issues.map((i) => i.path)).to.deep.equal([path]);
          expect(detail.source).to.equal(via === 'inline' ? 'inline' : new URL(`${FIXTURES}/${file}`, location.href).href);
          expect(contentErrors[0]!.bubbles && contentErrors[0]!.composed).to.equal(true);

          const taken = takeWarnings();
          expect(taken).to.have.length(1);
          expect(String(taken[0]![0])).to.include(path);

          // Nothing of the bad file is shown; the national contacts are.
          expect(textOf(el.shadowRoot)).not.to.include('Voorbeeld:');
          expect(listed(root)).to.deep.equal(NATIONAL_LIST);
          expect(byRole(root, 'link', 'Bel 0800-2000').getAttribute('href')).to.equal('tel:+318002000');
          expect(root.querySelector('a[href^="javascript:"]')).to.equal(null);
          await expect(el).to.be.accessible();

          // The page around it keeps working.
          let clicks = 0;
          after.addEventListener('click', () => clicks++);
          after.focus();
          await sendKeys({ press: 'Enter' });
          expect(clicks).to.equal(1);
        });
      }
    }

    it('uses inline JSON that is added after the card is on the page', async () => {
      const { el, root } = await mount();
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = await fixtureText('partner-valid.json');
      el.append(script);
      await waitUntil(() => allByRole(root, 'article', /^Voorbeeld: Scheidingsloket/).length === 1, 'late inline JSON was ignored');
      await contentSettled(el);
      await expect(el).to.be.accessible();
    });

    it('renders partner text as text, never as HTML', async () => {
      const json = JSON.stringify({
        contacts: [
          {
            id: 'xss',
            name: '<img src=x onerror=alert(1)>',
            organisation: '<b>vet</b>',
            reason: '<script>alert(1)</script>',
            aspects: ['juridisch'],
            email: 'info@example.org',
          },
        ],
      });
      const { el, root } = await mount({ json });
      expect(root.querySelector('img, b, script')).to.equal(null);
      const article = byRole(root, 'article', '<img src=x onerror=alert(1)>');
      expect(normalizeSpace(article.textContent)).to.include('<b>vet</b>');
      expect(normalizeSpace(article.textContent)).to.include('<script>alert(1)</script>');
      expect(vCardOf(byRole(article, 'link', /^Bewaar als contact/))).to.include('FN:<img src=x onerror=alert(1)>');
      await expect(el).to.be.accessible();
    });

    it('renders partner text with an emoji at a vCard fold', async () => {
      const reason = `${'Bel gerust als je twijfelt over een gezin en je weet niet goed wat te '.slice(0, 68)}💬 doen.`;
      const json = JSON.stringify({
        contacts: [{ id: 'emoji', name: 'Voorbeeld: Emoji', reason, aspects: ['juridisch'], email: 'info@example.org', example: true }],
      });
      const { el, root } = await mount({ json });
      const article = byRole(root, 'article', 'Voorbeeld: Emoji Voorbeeld');
      expect(vCardOf(byRole(article, 'link', /^Bewaar als contact/))).to.include('💬');
      await expect(el).to.be.accessible();
    });

    it('never lets partner content replace Veilig Thuis', async () => {
      const json = JSON.stringify({
        contacts: [
          {
            id: 'veilig-thuis',
            name: 'Nep Veilig Thuis',
            reason: 'Geen echt nummer.',
            aspects: ['veiligheid'],
            website: 'https://example.org/nep',
          },
        ],
      });
      const { el, root } = await mount({ json });
      expect(namesOf(closing(root), 'article')).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      expect(byRole(closing(root), 'link', 'Website van Veilig Thuis (opent in een nieuw tabblad)').getAttribute('href')).to.match(
        /^https:\/\/www\.rijksoverheid\.nl\//,
      );
      expect(textOf(el.shadowRoot)).not.to.include('Nep Veilig Thuis');
      expect(root.querySelector('a[href="https://example.org/nep"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('speaks English with lang="en"', async () => {
      const { el, root } = await mount({ attrs: { lang: 'en' } });
      expect(nameOf(cardHeading(el))).to.equal('Who can you escalate to?');
      expect(byRole(root, 'combobox', 'Municipality where you work')).to.be.instanceOf(Element);
      expect(namesOf(byLegend(root, 'Contacts for'), 'radio')).to.deep.equal(['All topics', ...ASPECTS_EN]);
      const kindertelefoon = byRole(root, 'article', 'De Kindertelefoon');
      expect(tagsOf(kindertelefoon, 'Helps with')).to.deep.equal(['Relational', 'Parenting']);
      expect(kindertelefoon.querySelector('[part="tags"] [aria-hidden="true"]')!.textContent).to.equal('Helps with:');
      expect(byRole(root, 'link', 'Call 0800-2000')).to.be.instanceOf(Element);
      expect(byRole(root, 'link', 'Website of Het Juridisch Loket (opens in a new tab)')).to.be.instanceOf(Element);
      const end = closing(root, 'In an emergency and when safety is at stake');
      expect(namesOf(end, 'article')).to.deep.equal(['Veilig Thuis', 'Emergency number 112']);
      await expect(el).to.be.accessible();
    });

    it('follows the closest [lang] ancestor, also when it changes', async () => {
      const { el, page } = await mount({ pageLang: 'en' });
      expect(nameOf(cardHeading(el))).to.equal('Who can you escalate to?');
      await expect(el).to.be.accessible();

      page.lang = 'nl';
      await waitUntil(() => nameOf(cardHeading(el)) === 'Naar wie kun je opschalen?', 'did not switch to Dutch');
      expect(namesOf(byLegend(el.shadowRoot!, 'Contacten voor'), 'radio')).to.deep.equal(['Alle onderwerpen', ...ASPECTS_NL]);
      await expect(el).to.be.accessible();

      page.lang = 'en-GB';
      await waitUntil(() => nameOf(cardHeading(el)) === 'Who can you escalate to?', 'did not switch back to English');
    });

    it('lets its own lang win over the page', async () => {
      const { el } = await mount({ pageLang: 'en', attrs: { lang: 'nl' } });
      expect(nameOf(cardHeading(el))).to.equal('Naar wie kun je opschalen?');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(nameOf(cardHeading(el))).to.equal('Who can you escalate to?');
    });

    it('words content errors in English too', async () => {
      const { el } = await mount({ attrs: { lang: 'en', 'content-src': `${FIXTURES}/partner-bad-phone.json` } });
      expect(normalizeSpace(contentError(el.shadowRoot!)!.textContent)).to.include(
        'contacts[2].phone: not a valid Dutch phone number (for example 053 481 1234 or 0800-2000)',
      );
      expect(takeWarnings()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('topic filter', () => {
    afterEach(() => document.dispatchEvent(new Event('otd-scan-reset')));

    it('offers all topics and each aspect as radio buttons; the arrow keys narrow the list and say how many are shown', async () => {
      const { el, root } = await mount();
      const filter = byLegend(root, 'Contacten voor');
      const radios = allByRole<HTMLInputElement>(filter, 'radio');
      expect(radios.map(nameOf)).to.deep.equal(['Alle onderwerpen', ...ASPECTS_NL]);
      expect(radios.filter((r) => r.checked).map(nameOf)).to.deep.equal(['Alle onderwerpen']);
      await expect(el).to.be.accessible();

      await chooseTopic(el, 'Ouderschap');
      expect(listedWithTags(root)).to.deep.equal(['De Kindertelefoon: Relationeel, Ouderschap', 'Villa Pinedo: Relationeel, Ouderschap']);
      const status = byRole(root, 'status');
      await waitUntil(
        () => textOf(status) === '2 contacten voor Ouderschap; Veilig Thuis en 112 blijven staan.',
        'the count was not announced',
      );
      expect(namesOf(closing(root), 'article')).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      await expect(el).to.be.accessible();

      await chooseTopic(el, 'Veiligheid');
      expect(listed(root)).to.deep.equal([]);
      expect(textOf(root)).to.include('Bij zorgen over veiligheid: bel Veilig Thuis of 112, hieronder.');
      await waitUntil(() => textOf(status) === '0 contacten voor Veiligheid; Veilig Thuis en 112 blijven staan.');
      expect(namesOf(closing(root), 'article')).to.deep.equal(['Veilig Thuis', 'Alarmnummer 112']);
      await expect(el).to.be.accessible();

      await chooseTopic(el, 'Juridisch');
      expect(listed(root)).to.deep.equal(['Het Juridisch Loket']);
      await waitUntil(() => textOf(status) === '1 contact voor Juridisch; Veilig Thuis en 112 blijven staan.');

      await chooseTopic(el, 'Alle onderwerpen');
      expect(listed(root)).to.deep.equal(NATIONAL_LIST);
      await waitUntil(() => textOf(status) === '5 contacten voor alle onderwerpen; Veilig Thuis en 112 blijven staan.');
    });

    it('is one stop in the Tab order, between the picker and the first contact', async () => {
      const { el, root, before } = await mount();
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(byRole(root, 'combobox', 'Gemeente waar je werkt'));
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(byRole(root, 'radio', 'Alle onderwerpen'));
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(byRole(byRole(root, 'article', 'Het Juridisch Loket'), 'link', 'Bel 0900-8020'));

      // After choosing a topic, Tab goes from the chosen option to that topic's first contact.
      await chooseTopic(el, 'Financieel');
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(byRole(root, 'link', 'Bel 0800-8115'));
    });

    it('combines with the municipality: the local contacts for the topic come first', async () => {
      const { el, root } = await mount({ json: await fixtureText('partner-valid.json') });
      const picker = byRole<HTMLSelectElement>(root, 'combobox', 'Gemeente waar je werkt');
      await chooseTopic(el, 'Ouderschap');
      expect(listed(root)).to.deep.equal(['De Kindertelefoon', 'Villa Pinedo']);
      expect(textOf(root)).to.include('Kies je gemeente om ook 2 lokale contacten te zien.');

      picker.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(picker.value).to.equal('almelo');
      expect(listed(root)).to.deep.equal(['Voorbeeld: Wijkteam Almelo (fictief) Voorbeeld Lokaal', 'De Kindertelefoon', 'Villa Pinedo']);
      expect(byRole<HTMLInputElement>(root, 'radio', 'Ouderschap').checked).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the chosen topic when the language changes', async () => {
      const { el, root } = await mount();
      await chooseTopic(el, 'Financieel');
      el.lang = 'en';
      await el.updateComplete;
      expect(byRole<HTMLInputElement>(byLegend(root, 'Contacts for'), 'radio', 'Financial').checked).to.equal(true);
      expect(listed(root)).to.deep.equal(['Geldfit']);
      await expect(el).to.be.accessible();
    });
  });

  describe('scan result', () => {
    afterEach(() => document.dispatchEvent(new Event('otd-scan-reset')));

    it('puts the contacts for the aspects without a known escalation first after otd-scan-complete, names them, and restores on otd-scan-reset', async () => {
      const { el, root } = await mount();
      document.dispatchEvent(
        new CustomEvent('otd-scan-complete', {
          detail: scanWith({ financieel: 'nee', juridisch: 'misschien' }),
          bubbles: true,
          composed: true,
        }),
      );
      await el.updateComplete;
      expect(listed(root)).to.deep.equal([
        'Het Juridisch Loket',
        'Geldfit',
        'De Kindertelefoon',
        'Villa Pinedo',
        'Richtlijn Scheiding en problemen van jeugdigen',
      ]);
      expect(textOf(root)).to.include(
        'Op basis van je scan staan de contacten voor juridisch en financieel bovenaan: daarbij weet je nog niet naar wie je kunt opschalen.',
      );
      // The scan's aspects stand out among the tags, not by colour alone: bold and with a thicker frame.
      const tag = (contact: string, aspect: string) =>
        [...byRole(root, 'article', contact).querySelectorAll('[part="tags"] li')].find((li) => textOf(li) === aspect)!;
      for (const [contact, aspect, marked] of [
        ['Geldfit', 'Financieel', true],
        ['Het Juridisch Loket', 'Juridisch', true],
        ['De Kindertelefoon', 'Ouderschap', false],
      ] as const) {
        const style = getComputedStyle(tag(contact, aspect));
        expect(Number(style.fontWeight) >= 700, `${aspect} bold`).to.equal(marked);
        expect(parseFloat(style.borderTopWidth), `${aspect} frame`).to.equal(marked ? 2 : 1);
      }
      // The topic choice keeps the report's order.
      expect(namesOf(byLegend(root, 'Contacten voor'), 'radio')).to.deep.equal(['Alle onderwerpen', ...ASPECTS_NL]);
      await expect(el).to.be.accessible();

      document.dispatchEvent(new Event('otd-scan-reset'));
      await el.updateComplete;
      expect(listed(root)).to.deep.equal(NATIONAL_LIST);
      expect(textOf(el.shadowRoot)).not.to.include('Uit je scan');
      expect(textOf(el.shadowRoot)).not.to.include('Op basis van je scan');
      await expect(el).to.be.accessible();
    });

    it('keeps the order when every answer is "ja"', async () => {
      const { el, root } = await mount();
      document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail: scanWith({}) }));
      await el.updateComplete;
      expect(listed(root)).to.deep.equal(NATIONAL_LIST);
      expect(textOf(el.shadowRoot)).not.to.include('scan');
    });

    it('notes an unsure safety aspect at Veilig Thuis and 112, which stay where they are', async () => {
      const { el, root } = await mount();
      document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail: scanWith({ veiligheid: 'nee' }) }));
      await el.updateComplete;
      expect(listed(root)).to.deep.equal(NATIONAL_LIST);
      expect(textOf(root)).not.to.include('Op basis van je scan');
      expect(textOf(closing(root))).to.include('Uit je scan: je weet nog niet naar wie je kunt opschalen.');
      await expect(el).to.be.accessible();
    });

    it('with a topic chosen, notes the scan only for that topic', async () => {
      const { el, root } = await mount();
      document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail: scanWith({ financieel: 'nee' }) }));
      await el.updateComplete;
      expect(listed(root)[0]).to.equal('Geldfit');
      await chooseTopic(el, 'Ouderschap');
      expect(textOf(root)).not.to.include('scan');
      await chooseTopic(el, 'Financieel');
      expect(textOf(root)).to.include('Uit je scan: je weet nog niet naar wie je kunt opschalen.');
      expect(textOf(root)).not.to.include('Op basis van je scan');
      await expect(el).to.be.accessible();
    });

    it('takes the result of a scan that finished before the card arrived', async () => {
      const scan = document.createElement('otd-self-scan');
      addPage().append(scan);
      await scan.updateComplete;
      Object.defineProperty(scan, 'result', { value: scanWith({ financieel: 'nee' }), configurable: true });
      const { el } = await mount();
      expect(listed(el.shadowRoot!)[0]).to.equal('Geldfit');
      scan.remove();
    });

    it('follows only the scan named by for="…"', async () => {
      const { el, page } = await mount({ attrs: { for: 'scan-b' } });
      page.insertAdjacentHTML('afterbegin', '<div id="scan-a"><span></span></div><div id="scan-b"><span></span></div>');
      const fire = (id: string, type: string, detail?: ScanResult) =>
        page.querySelector(`#${id} span`)!.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
      const first = () => listed(el.shadowRoot!)[0];
      fire('scan-a', 'otd-scan-complete', scanWith({ professioneel: 'nee' }));
      await el.updateComplete;
      expect(listed(el.shadowRoot!)).to.deep.equal(NATIONAL_LIST);
      fire('scan-b', 'otd-scan-complete', scanWith({ financieel: 'nee' }));
      await el.updateComplete;
      expect(first()).to.equal('Geldfit');
      fire('scan-a', 'otd-scan-reset');
      await el.updateComplete;
      expect(first()).to.equal('Geldfit');
      fire('scan-b', 'otd-scan-reset');
      await el.updateComplete;
      expect(listed(el.shadowRoot!)).to.deep.equal(NATIONAL_LIST);
    });

    it('ignores an event detail that is not a scan result', async () => {
      const { el } = await mount();
      for (const detail of [{ aspects: [{ id: 'financieel', escalation: 'nee' }] }, '[object Object]', null]) {
        document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail }));
        await el.updateComplete;
        expect(listed(el.shadowRoot!)).to.deep.equal(NATIONAL_LIST);
      }
    });

    it('notes the scan on a card with a fixed aspect', async () => {
      const { el } = await mount({ attrs: { aspect: 'financieel' } });
      document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail: scanWith({ financieel: 'nee' }) }));
      await el.updateComplete;
      expect(textOf(el.shadowRoot)).to.include('Uit je scan: je weet nog niet naar wie je kunt opschalen.');
      await expect(el).to.be.accessible();
    });
  });

  describe('otd-contact-action', () => {
    const table: readonly [contactId: string, channel: ContactChannel, within: string, name: string][] = [
      ['veilig-thuis', 'phone', 'Veilig Thuis', 'Bel 0800-2000'],
      ['voorbeeld-scheidingsloket', 'email', 'Voorbeeld: Scheidingsloket (fictief) Voorbeeld', 'Mail scheidingsloket@example.org'],
      ['juridisch-loket', 'website', 'Het Juridisch Loket', 'Website van Het Juridisch Loket (opent in een nieuw tabblad)'],
      ['geldfit', 'vcard', 'Geldfit', 'Bewaar als contact Geldfit (vCard)'],
      ['alarmnummer-112', 'phone', 'Alarmnummer 112', 'Bel 112'],
      ['kindertelefoon', 'phone', 'De Kindertelefoon', 'Bel 0800-0432'],
    ];
    for (const [contactId, channel, within, name] of table) {
      it(`fires { ${contactId}, ${channel} } when "${name}" is activated with Enter`, async () => {
        const { root, actions } = await mount({ json: await fixtureText('partner-valid.json') });
        // Each contact is on the card once, so each action is there once.
        const link = byRole(byRole(root, 'article', within), 'link', name);
        const allow = preventNavigation();
        try {
          link.focus();
          expect(root.activeElement).to.equal(link);
          await sendKeys({ press: 'Enter' });
        } finally {
          allow();
        }
        expect(actions.map((e) => e.detail)).to.deep.equal([{ contactId, channel }]);
        expect(actions[0]!.bubbles).to.equal(true);
        expect(actions[0]!.composed).to.equal(true);
      });
    }

    it('copies the number with the keyboard and announces it', async () => {
      const clipboard = stubClipboard(() => Promise.resolve());
      try {
        const { el, root, actions } = await mount();
        const button = byRole(root, 'button', 'Kopieer nummer van Veilig Thuis');
        button.focus();
        await sendKeys({ press: 'Enter' });
        const status = byRole(root, 'status');
        await waitUntil(() => normalizeSpace(status.textContent) === 'Nummer 0800-2000 gekopieerd.', 'no announcement');
        expect(status.getAttribute('aria-live')).to.equal('polite');
        expect(clipboard.calls).to.deep.equal(['0800-2000']);
        expect(actions.map((e) => e.detail)).to.deep.equal([{ contactId: 'veilig-thuis', channel: 'copy' }]);
        expect(actions[0]!.bubbles && actions[0]!.composed).to.equal(true);
        await expect(el).to.be.accessible();

        // Space works as well, and the announcement is made again.
        await sendKeys({ press: SPACE });
        await waitUntil(() => clipboard.calls.length === 2);
        await waitUntil(() => normalizeSpace(status.textContent) === 'Nummer 0800-2000 gekopieerd.');
        expect(actions).to.have.length(2);
      } finally {
        clipboard.restore();
      }
    });

    it('says the number when copying fails', async () => {
      const clipboard = stubClipboard(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
      try {
        const { el, root, actions } = await mount({ attrs: { aspect: 'veiligheid' } });
        byRole(root, 'button', 'Kopieer nummer van Veilig Thuis').focus();
        await sendKeys({ press: 'Enter' });
        const status = byRole(root, 'status');
        await waitUntil(
          () => normalizeSpace(status.textContent) === 'Kopiëren lukte niet. Het nummer is 0800-2000.',
          'no fallback announcement',
        );
        expect(actions.map((e) => e.detail)).to.deep.equal([{ contactId: 'veilig-thuis', channel: 'copy' }]);
        await expect(el).to.be.accessible();
      } finally {
        clipboard.restore();
      }
    });

    it('is not fired when properties are set', async () => {
      const { el, actions, contentErrors } = await mount();
      el.aspect = 'veiligheid';
      await el.updateComplete;
      el.municipality = 'enschede';
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      el.headingLevel = 4;
      await el.updateComplete;
      el.aspect = undefined;
      el.municipality = undefined;
      await el.updateComplete;
      expect(actions).to.have.length(0);
      expect(contentErrors).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('structure', () => {
    it('heading-level="3" makes the card heading an h3, contacts and the closing h4, the contacts in the closing h5', async () => {
      const { el, root } = await mount({ attrs: { 'heading-level': '3' } });
      expect(cardHeading(el).localName).to.equal('h3');
      const articles = allByRole(root, 'article');
      expect(articles).to.have.length(7);
      const levelOf = (article: HTMLElement) => root.getElementById(article.getAttribute('aria-labelledby')!)!.localName;
      expect(articles.map((a) => `${nameOf(a)} ${levelOf(a)}`)).to.deep.equal([
        ...NATIONAL_LIST.map((n) => `${n} h4`),
        'Veilig Thuis h5',
        'Alarmnummer 112 h5',
      ]);
      expect(root.getElementById(closing(root).getAttribute('aria-labelledby')!)!.localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });

    it('defaults to h2; with a fixed aspect the outline is the same one level down', async () => {
      const { el, root } = await mount();
      expect(cardHeading(el).localName).to.equal('h2');
      expect(new Set(allByRole(root, 'heading').map((h) => h.localName))).to.deep.equal(new Set(['h2', 'h3', 'h4']));

      el.setAttribute('aspect', 'juridisch');
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(allByRole(root, 'heading').map((h) => `${h.localName} ${nameOf(h)}`)).to.deep.equal([
        'h3 Naar wie kun je opschalen? Juridisch',
        'h4 Het Juridisch Loket',
        `h4 ${CLOSING_NL}`,
        'h5 Veilig Thuis',
        'h5 Alarmnummer 112',
      ]);
      await expect(el).to.be.accessible();
    });

    it('is hidden by the hidden attribute', async () => {
      const { el } = await mount();
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });
});
