import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-resource-recommender.js';
import '../../../src/define/otd-self-scan.js';
import type {
  OtdResourceRecommender,
  ResourceDoneDetail,
  ResourceOpenDetail,
} from '../../../src/elements/otd-resource-recommender/otd-resource-recommender.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import type { AspectId } from '../../../src/content/model.js';
import type { ContentErrorDetail } from '../../../src/internal/events.js';
import type { ScanResult } from '../../../src/logic/scan-result.js';
import { DONE_STORAGE_KEY } from '../../../src/logic/done-storage.js';
import { STORAGE_KEY as SCAN_STORAGE_KEY } from '../../../src/logic/scan-storage.js';
import {
  addPage,
  allByRole,
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
import { scanResult, type AspectOverrides } from '../../support/scan-result.js';

// ---------------------------------------------------------------------------------------------
// Helpers (finding things the way a person does, and the console, are in test/support)
// ---------------------------------------------------------------------------------------------

const HERE = '/test/elements/otd-resource-recommender';
const SEED = '/test/fixtures/seed/resources.json';
const TOTAL = 24;

const GROUPS_NL = [
  'Juridisch verplicht',
  'Financieel verplicht',
  'Overkoepelend',
  'Relationeel',
  'Ouderschap',
  'Veiligheid',
  'Professionele afwegingen',
];
const GROUPS_EN = ['Legal mandatory', 'Financial mandatory', 'Overarching', 'Relational', 'Parenting', 'Safety', 'Professional judgement'];
const GROUP_OF: Record<string, string> = {
  general: 'Overkoepelend',
  juridisch: 'Juridisch verplicht',
  relationeel: 'Relationeel',
  ouderschap: 'Ouderschap',
  veiligheid: 'Veiligheid',
  financieel: 'Financieel verplicht',
  professioneel: 'Professionele afwegingen',
};

const groups = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('section[part="group"]')];
const groupNames = (root: ParentNode) => groups(root).map(nameOf);
const group = (root: ParentNode, name: string) => groups(root).find((g) => nameOf(g) === name)!;
const countLine = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="status"]')!;
const more = (root: ShadowRoot) => root.querySelector<HTMLDetailsElement>('details[part="more"]');
/** The few items shown first ("Begin hier"). */
const top = (root: ShadowRoot) => byRole(root, 'region', 'Begin hier');
/** Each item shown first, with its why line: `title: why`. */
const picks = (root: ShadowRoot) => allByRole(top(root), 'article').map((a) => `${nameOf(a)}: ${textOf(a.querySelector('.why'))}`);
const PICK_JURIDISCH = 'Juridische basiskennis in scheidingssituaties: Verplichte module Juridisch: nog niet gedaan.';
const PICK_FINANCIEEL = 'Webinar Scheiden zonder schulden: Verplichte module Financieel: nog niet gedaan.';

/** Opens "Meer materiaal" as a person does: Enter on its summary. */
async function openMore(el: OtdResourceRecommender): Promise<void> {
  const details = more(el.shadowRoot!)!;
  details.querySelector('summary')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(details.open, '"Meer materiaal" opened').to.equal(true);
}

async function fetchText(url: string): Promise<string> {
  return (await fetch(url)).text();
}

/** A scan's result with these answers and focus; Juridisch and Financieel are mandatory. */
const scanWith = (answers: AspectOverrides, focus: AspectId[]): ScanResult =>
  scanResult({ aspects: answers, focus, mandatory: ['juridisch', 'financieel'] });

const RESULT = scanWith(
  {
    veiligheid: { knowledgeSource: 'nee', competence: 'oneens' },
    financieel: { knowledgeSource: 'misschien' },
    relationeel: { escalation: 'nee' },
  },
  ['veiligheid', 'financieel', 'relationeel'],
);

interface MountOptions {
  readonly attrs?: Readonly<Record<string, string>>;
  readonly json?: string;
  readonly pageLang?: string;
  /** Extra markup on the page before the recommender (a self-scan, a signup form). */
  readonly before?: string;
}

interface Mounted {
  readonly el: OtdResourceRecommender;
  readonly root: ShadowRoot;
  readonly page: HTMLElement;
  readonly first: HTMLButtonElement;
  readonly contentErrors: CustomEvent<ContentErrorDetail>[];
  readonly opened: CustomEvent<ResourceOpenDetail>[];
  readonly done: CustomEvent<ResourceDoneDetail>[];
}

/** Puts a recommender on a small page, listeners attached before it connects (built by hand, see the card's tests). */
async function mount(options: MountOptions = {}): Promise<Mounted> {
  const page = addPage();
  page.innerHTML = `<button type="button">Vorige pagina</button>${options.before ?? ''}`;
  if (options.pageLang) page.lang = options.pageLang;
  const contentErrors: CustomEvent<ContentErrorDetail>[] = [];
  const opened: CustomEvent<ResourceOpenDetail>[] = [];
  const done: CustomEvent<ResourceDoneDetail>[] = [];
  page.addEventListener('otd-content-error', (e) => contentErrors.push(e));
  page.addEventListener('otd-resource-open', (e) => opened.push(e));
  page.addEventListener('otd-resource-done', (e) => done.push(e));
  const el = document.createElement('otd-resource-recommender');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  if (options.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.json;
    el.append(script);
  }
  page.append(el);
  await contentSettled(el);
  return { el, root: el.shadowRoot!, page, first: page.querySelector('button')!, contentErrors, opened, done };
}

// The self-scan, used the way a person does: click answers by their label, buttons by their text.

function clickButton(scan: OtdSelfScan, name: string): void {
  byRole(scan.shadowRoot!, 'button', name).click();
}

/** Answers the questions of the current step, one label per question, in order. */
async function answerStep(scan: OtdSelfScan, labels: readonly string[], next: string): Promise<void> {
  const questions = allByRole<HTMLFieldSetElement>(scan.shadowRoot!, 'group');
  expect(questions).to.have.length(labels.length);
  questions.forEach((q, i) => {
    const label = [...q.querySelectorAll('label')].find((l) => normalizeSpace(l.textContent) === labels[i]);
    if (!label) throw new Error(`No answer "${labels[i]}" for "${nameOf(q)}"`);
    label.click();
  });
  await scan.updateComplete;
  const heading = scan.shadowRoot!.getElementById('step-heading')!.textContent;
  clickButton(scan, next);
  await waitUntil(() => scan.shadowRoot!.getElementById('step-heading')?.textContent !== heading, `"${next}" did not advance`);
  await scan.updateComplete;
}

// ---------------------------------------------------------------------------------------------

describe('<otd-resource-recommender>', function () {
  // Axe over some sixty items takes 1–2 s a state; leave room when the suite runs files side by side.
  this.timeout(15_000);

  beforeEach(() => {
    watchConsole();
    sessionStorage.removeItem(SCAN_STORAGE_KEY);
    localStorage.removeItem(SCAN_STORAGE_KEY);
    localStorage.removeItem(DONE_STORAGE_KEY);
  });

  afterEach(() => {
    removePages();
    sessionStorage.removeItem(SCAN_STORAGE_KEY);
    localStorage.removeItem(SCAN_STORAGE_KEY);
    localStorage.removeItem(DONE_STORAGE_KEY);
    expectQuietConsole();
  });

  describe('without a result', () => {
    it('opens with the first item of each mandatory module, in the learning path order, with why; every topic under "Meer materiaal"', async () => {
      const { el, root } = await mount();
      expect(nameOf(byRole(root, 'heading', /^Studiemateriaal/))).to.equal('Studiemateriaal over complexe scheidingen');
      expect(picks(root)).to.deep.equal([PICK_JURIDISCH, PICK_FINANCIEEL]);
      expect(textOf(top(root))).to.include('Deze materialen passen nu het best bij je.');
      const details = more(root)!;
      expect(details.open).to.equal(false);
      expect(textOf(details.querySelector('summary'))).to.equal('Meer materiaal');
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
      for (const g of groups(root)) expect(g.closest('details')).to.equal(details);
      for (const name of ['Juridisch verplicht', 'Financieel verplicht']) {
        expect(group(root, name).querySelector('.badge')!.textContent).to.equal('verplicht');
      }
      expect(root.querySelectorAll('[part="group-heading"] .badge')).to.have.length(2);
      // The disclosure is where it was, and opens with the keyboard.
      await openMore(el);
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
      expect(textOf(root)).not.to.include('Uit je scan');
      expect(textOf(countLine(root))).to.equal(`${TOTAL} materialen`);
      expect(contentError(el.shadowRoot!)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows every self-study item and regional offer of the report under its aspect, with the report URL', async () => {
      const seed = JSON.parse(await fetchText(SEED)) as {
        self_study: { items: { aspect: string; title: string; provider: string; url: string | null }[] };
        regional_offer: { rows: { aspect: string; title: string; title_corrected?: string; provider: string }[] };
      };
      const { root } = await mount();
      const rows = [
        ...seed.self_study.items.map((i) => ({ ...i, url: i.url })),
        ...seed.regional_offer.rows.map((r) => ({ ...r, title: r.title_corrected ?? r.title, url: null })),
      ];
      expect(rows).to.have.length(13 + 17);
      for (const row of rows) {
        const scope = group(root, GROUP_OF[row.aspect]!);
        // Two items share a title ("Aanpak bij Complexe Scheidingen"): the provider tells them apart.
        const found = allByRole(scope, 'article', row.title).filter((a) => textOf(a.querySelector('.meta')).includes(row.provider));
        expect(found, `${row.title} (${row.provider}) under ${row.aspect}`).to.have.length(1);
        const article = found[0]!;
        if (row.url) {
          const link = byRole(article, 'link', `${row.title} (opent in een nieuw tabblad)`);
          expect(link.getAttribute('href'), row.title).to.equal(row.url);
          expect(link.getAttribute('target')).to.equal('_blank');
          expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        } else {
          expect(allByRole(article, 'link'), row.title).to.have.length(0);
          expect(textOf(article)).to.include('Geen link beschikbaar.');
        }
      }
      // Nothing but the report's material: 12 self-study items (one listed twice) and 12 regional offerings.
      expect(new Set(allByRole(root, 'article').map(nameOf)).size).to.equal(23);
    });

    it('gives each item its title, provider, kind, duration, SKJ accreditation and notes', async () => {
      const { el, root } = await mount();
      const legal = group(root, 'Juridisch verplicht');
      const webinar = byRole(legal, 'article', 'Juridische basiskennis in scheidingssituaties');
      expect([...webinar.querySelectorAll('.meta li')].map(textOf)).to.deep.equal(['Webinar', 'Scheiden zonder Schade', '2,5 uur']);
      const training = byRole(legal, 'article', 'Werken met complexe echtscheidingsproblematiek');
      expect([...training.querySelectorAll('.meta li')].map(textOf)).to.deep.equal([
        'Training',
        'Instituut René Knip',
        '2 dagen',
        'SKJ-geaccrediteerd',
      ]);
      const ambiq = byRole(legal, 'article', 'Complexe scheiding: Het juridische aspect');
      expect([...ambiq.querySelectorAll('.meta li')].map(textOf)).to.deep.equal(['Podcast', 'Ambiq', '20 minuten']);
      expect(textOf(ambiq.querySelector('.note'))).to.equal(
        'Niet vrij te delen. De e-learnings van de online leeromgeving van Ambiq kunnen helaas niet vrij gedeeld worden met andere organisaties. Dit in verband met de rechten op deze e-learnings.',
      );
      const [report, app] = allByRole(group(root, 'Overkoepelend'), 'article', 'Aanpak bij Complexe Scheidingen');
      expect([...report!.querySelectorAll('.meta li')].map(textOf)).to.deep.equal(['Rapport', 'Jeugdzorg Nederland']);
      expect([...app!.querySelectorAll('.meta li')].map(textOf)).to.deep.equal(['App', 'Expertisecentrum William Schrikker']);
      expect(textOf(app)).to.include('In de app kunnen professionals, dankzij infographics en een zoekfunctie, snel informatie vinden.');
      expect(textOf(app)).to.include('Geen link beschikbaar. Vraag ernaar bij de aanbieder of je eigen organisatie.');
      const finance = group(root, 'Financieel verplicht');
      expect([...byRole(finance, 'article', 'Webinar Scheiden zonder schulden').querySelectorAll('.meta li')].map(textOf)).to.deep.equal([
        'Webinar',
        'NIBUD',
        '1 uur',
      ]);
      expect(textOf(finance)).to.include('Geen aanbod in de regio (inventarisatie december 2021).');
      expect(textOf(group(root, 'Relationeel'))).to.include('Als gezin door het scheidingsproces');
      expect([...byRole(group(root, 'Professionele afwegingen'), 'article', 'Hoe werk je samen met gescheiden ouders?').querySelectorAll('.meta li')].map(textOf)).to.deep.equal(['Artikel', 'NJI']);
      await expect(el).to.be.accessible();
    });

    it('says plainly that there is nothing on safety and points to the Meldcode and the Richtlijn Kindermishandeling', async () => {
      const { el, root } = await mount();
      const safety = group(root, 'Veiligheid');
      expect(allByRole(safety, 'article')).to.have.length(0);
      expect(textOf(safety)).to.include(
        'Rond het veiligheidsaspect zijn geen webinars of podcasts beschikbaar vanuit het NJI of Scheiden zonder Schade.',
      );
      expect(textOf(safety)).to.include('Geen aanbod in de regio (inventarisatie december 2021).');
      const meldcode = byRole(safety, 'link', 'Meldcode huiselijk geweld en kindermishandeling (opent in een nieuw tabblad)');
      expect(meldcode.getAttribute('href')).to.equal('https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/inhoud/meldcode');
      const richtlijn = byRole(safety, 'link', 'Richtlijn Kindermishandeling voor jeugdhulp en jeugdbescherming (opent in een nieuw tabblad)');
      expect(richtlijn.getAttribute('href')).to.equal('https://www.richtlijnenjeugdhulp.nl/guideline/127/full');
      for (const a of [meldcode, richtlijn]) {
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }
      await expect(el).to.be.accessible();
    });

    it('shows the learning path: four levels with their activities, and where the self-study sits', async () => {
      const { el, root } = await mount();
      const path = byRole(root, 'region', 'De leerlijn');
      // The levels are folded under a summary; the button to the signup is not.
      const levels = path.querySelector('details')!;
      expect(levels.open).to.equal(false);
      expect(textOf(levels.querySelector('summary'))).to.equal('De niveaus en hun activiteiten');
      expect(allByRole(path, 'heading').map(nameOf)).to.deep.equal([
        'De leerlijn',
        '1. Weten',
        '2. Toepassen',
        '3. Laten zien',
        '4. Doen',
      ]);
      const activities = [...path.querySelectorAll('.activities > li > strong')].map(textOf);
      expect(activities).to.deep.equal([
        'Kick off – Prikkelende aftrap',
        'Kick off – Promotie',
        'Zelfstudie',
        'Fysieke training met andere regionale deelnemers uit de keten',
        'Fysieke training met andere regionale deelnemers uit de keten',
        'Terugkom moment online trainingsgroep',
        'Supervisie / intervisie / leernetwerk',
      ]);
      const here = path.querySelector('.activities > li.here')!;
      expect(textOf(here)).to.match(/^Zelfstudie Hier hoort dit materiaal bij /);
      expect(textOf(here)).to.include('De onderdelen juridische aspecten en financiële aspecten zijn verplicht');
      expect(textOf(path)).to.include('De leerlijn uit het rapport volgt de vier niveaus beroepsbekwaamheid, Miller (1990).');
      // No signup form on this page: no button to it.
      expect(allByRole(path, 'button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('moves focus to an otd-course-signup on the page', async () => {
      const { el, root, page } = await mount({ before: '<otd-course-signup tabindex="-1"></otd-course-signup>' });
      const button = byRole(root, 'button', 'Naar de aanmelding voor de training');
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(page.querySelector('otd-course-signup'));
      await expect(el).to.be.accessible();
    });

    it('focus() moves focus to its heading', async () => {
      const { el, root } = await mount();
      el.focus();
      expect(root.activeElement).to.equal(byRole(root, 'heading', 'Studiemateriaal over complexe scheidingen'));
    });
  });

  describe('with a result', () => {
    afterEach(() => document.dispatchEvent(new Event('otd-scan-reset')));

    /**
     * The items shown first for RESULT's focus, after the mandatory modules': safety has no material, and
     * financieel's one item is already there as its module's.
     */
    const FOCUS_PICKS = ['Als gezin door het scheidingsproces: Uit je scan over relationeel: je gaf aan niet te weten naar wie je kunt opschalen.'];

    const WHY: Record<string, string> = {
      Veiligheid:
        'Uit je scan: je gaf aan dat je kennis en vaardigheden nog onvoldoende zijn en je gaf aan niet te weten waar je kennis kunt halen.',
      'Financieel verplicht': 'Uit je scan: je gaf aan niet zeker te weten waar je kennis kunt halen.',
      Relationeel: 'Uit je scan: je gaf aan niet te weten naar wie je kunt opschalen.',
    };

    /**
     * The items shown first: the mandatory modules' first items, then the focus topics' (`focusPicks`);
     * all topics folded under "Meer materiaal", the focus ones first in the given order with why.
     */
    function checkOrdered(root: ShadowRoot, order = ['Veiligheid', 'Financieel verplicht', 'Relationeel'], focusPicks = FOCUS_PICKS): void {
      expect(textOf(root)).to.include('Op basis van je scan staan de onderwerpen waar je het meest kunt winnen bovenaan.');
      expect(picks(root)).to.deep.equal([PICK_JURIDISCH, PICK_FINANCIEEL, ...focusPicks]);
      const details = more(root)!;
      expect(details.open).to.equal(false);
      expect(textOf(details.querySelector('summary'))).to.equal('Meer materiaal');
      const folded = groups(root);
      for (const g of folded) expect(g.closest('details')).to.equal(details);
      expect(folded.map(nameOf)).to.deep.equal([...order, ...GROUPS_NL.filter((g) => !order.includes(g))]);
      for (const g of folded) {
        if (order.includes(nameOf(g))) expect(textOf(g.querySelector('.why'))).to.equal(WHY[nameOf(g)]);
        else expect(g.querySelector('.why')).to.equal(null);
      }
      // The mandatory marks stay.
      expect(group(root, 'Financieel verplicht').querySelector('.badge')!.textContent).to.equal('verplicht');
      expect(group(root, 'Juridisch verplicht').querySelector('.badge')!.textContent).to.equal('verplicht');
      // Nothing is lost by folding.
      expect(textOf(countLine(root))).to.equal(`${TOTAL} materialen`);
    }

    it('by property: the mandatory modules, then the focus aspects first in the scan order with why, all topics under "Meer materiaal"', async () => {
      const { el, root, contentErrors, opened, done } = await mount();
      el.result = RESULT;
      await el.updateComplete;
      checkOrdered(root);
      await expect(el).to.be.accessible();

      // The folded material opens with the keyboard.
      const summary = more(root)!.querySelector('summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(more(root)!.open).to.equal(true);
      await expect(el).to.be.accessible();

      el.result = undefined;
      await el.updateComplete;
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
      expect(picks(root)).to.deep.equal([PICK_JURIDISCH, PICK_FINANCIEEL]);
      expect([contentErrors, opened, done].map((l) => l.length)).to.deep.equal([0, 0, 0]);
    });

    it('by the property over page events, and by otd-scan-complete / otd-scan-reset on the document', async () => {
      const { el, root } = await mount();
      document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail: RESULT, bubbles: true, composed: true }));
      await el.updateComplete;
      checkOrdered(root);

      // A property wins over what the page said.
      el.result = scanWith({ juridisch: { knowledgeSource: 'nee' } }, ['juridisch']);
      await el.updateComplete;
      expect(groupNames(root)[0]).to.equal('Juridisch verplicht');
      expect(picks(root).slice(0, 2)).to.deep.equal([PICK_JURIDISCH, PICK_FINANCIEEL]);
      el.result = undefined;
      await el.updateComplete;
      checkOrdered(root);

      document.dispatchEvent(new Event('otd-scan-reset'));
      await el.updateComplete;
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
      expect(textOf(root)).not.to.include('Op basis van je scan');
    });

    it('with an empty focus: the mandatory modules first, the topics in the learning path order, and says why', async () => {
      const { el, root } = await mount();
      el.result = scanWith({}, []);
      await el.updateComplete;
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
      expect(picks(root)).to.deep.equal([PICK_JURIDISCH, PICK_FINANCIEEL]);
      expect(textOf(root)).to.include('Je scan laat geen onderwerp zien waar je nog aan wilt werken.');
      await expect(el).to.be.accessible();
    });

    it('follows only the scan named by for="…"', async () => {
      const { el, root, page } = await mount({
        attrs: { for: 'scan-b' },
        before: '<div id="scan-a"><span></span></div><div id="scan-b"><span></span></div>',
      });
      const fire = (id: string, type: string, detail?: ScanResult) =>
        page.querySelector(`#${id} span`)!.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
      fire('scan-a', 'otd-scan-complete', RESULT);
      await el.updateComplete;
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
      fire('scan-b', 'otd-scan-complete', RESULT);
      await el.updateComplete;
      checkOrdered(root);
      fire('scan-a', 'otd-scan-reset');
      document.dispatchEvent(new Event('otd-scan-reset'));
      await el.updateComplete;
      checkOrdered(root);
      fire('scan-b', 'otd-scan-reset');
      await el.updateComplete;
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
    });

    it('ignores an event detail that is not a scan result', async () => {
      const { el, root } = await mount();
      document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail: { focus: 'veiligheid' } }));
      await el.updateComplete;
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
    });

    it('from a real otd-self-scan on the same page, completed through its questions', async () => {
      const { el, root, page } = await mount({
        before: '<otd-self-scan id="scan" aspects="juridisch relationeel veiligheid financieel"></otd-self-scan>',
        attrs: { for: 'scan' },
      });
      const scan = page.querySelector('otd-self-scan')!;
      await scan.updateComplete;
      clickButton(scan, 'Start de scan');
      await waitUntil(() => allByRole(scan.shadowRoot!, 'group').length === 2, 'the scan did not start');
      await answerStep(scan, ['Meer dan eens per maand', 'Eens'], 'Volgende');
      await answerStep(scan, ['Eens', 'Ja', 'Ja'], 'Volgende'); // juridisch: all fine
      await answerStep(scan, ['Eens', 'Ja', 'Nee'], 'Volgende'); // relationeel: escalation only
      await answerStep(scan, ['Oneens', 'Nee', 'Ja'], 'Volgende'); // veiligheid: knowledge and where
      await answerStep(scan, ['Eens', 'Misschien', 'Ja'], 'Bekijk je resultaat'); // financieel: where, not sure
      await el.updateComplete;
      // Most need first: veiligheid (knowledge and where), relationeel (whom, "nee"), financieel (where, "misschien").
      expect(scan.result!.focus).to.deep.equal(['veiligheid', 'relationeel', 'financieel']);
      checkOrdered(root, ['Veiligheid', 'Relationeel', 'Financieel verplicht']);
      await expect(el).to.be.accessible();

      // "Opnieuw beginnen" in the scan returns the recommender to the unordered view.
      clickButton(scan, 'Opnieuw beginnen');
      await waitUntil(() => !textOf(root).includes('Op basis van je scan'), 'the recommender did not follow otd-scan-reset');
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
    });

    it('takes the result of a scan that finished before it arrived', async () => {
      const scan = document.createElement('otd-self-scan');
      addPage().append(scan);
      await scan.updateComplete;
      Object.defineProperty(scan, 'result', { value: RESULT, configurable: true });
      const { root } = await mount();
      checkOrdered(root);
    });
  });

  describe('filters', () => {
    it('filter by kind and length with the keyboard and announce how many items remain', async () => {
      const { el, root, first } = await mount();
      const kinds = byRole<HTMLFieldSetElement>(root, 'group', 'Soort materiaal');
      expect(allByRole(kinds, 'checkbox').map(nameOf)).to.deep.equal([
        'Webinar',
        'Podcast',
        'Artikel',
        'Rapport',
        'App',
        'Training',
        'Workshop',
        'Therapeutisch programma',
      ]);
      const status = countLine(root);
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');

      // From the page into the widget: the first focusable is the opt-in, then the kinds.
      first.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(byRole(root, 'checkbox', 'Onthoud wat ik gedaan heb op dit apparaat (30 dagen)'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(byRole(kinds, 'checkbox', 'Podcast'));
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(textOf(status)).to.equal(`7 van de ${TOTAL} materialen passen bij je keuze`);
      expect(namesOf(group(root, 'Juridisch verplicht'), 'article')).to.deep.equal([
        'Complexe Scheidingen Podcast 4: Het juridisch aspect',
        'Complexe scheiding: Het juridische aspect',
      ]);
      expect(textOf(group(root, 'Financieel verplicht'))).to.include('Geen materiaal dat past bij je keuze.');
      await expect(el).to.be.accessible();

      // The length radios: Tab to the checked one, arrows to choose.
      const lengths = byRole<HTMLFieldSetElement>(root, 'group', 'Duur');
      expect(allByRole(lengths, 'radio').map(nameOf)).to.deep.equal(['Alles', 'Tot 30 minuten', 'Tot 1 uur', 'Tot 1,5 uur']);
      for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(byRole(lengths, 'radio', 'Alles'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(byRole<HTMLInputElement>(lengths, 'radio', 'Tot 30 minuten').checked).to.equal(true);
      expect(textOf(status)).to.equal(`4 van de ${TOTAL} materialen passen bij je keuze`);
      expect(namesOf(group(root, 'Juridisch verplicht'), 'article')).to.deep.equal(['Complexe scheiding: Het juridische aspect']);
      await expect(el).to.be.accessible();

      // Podcast off again: everything up to 30 minutes.
      byRole(kinds, 'checkbox', 'Podcast').focus();
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(textOf(status)).to.equal(`7 van de ${TOTAL} materialen passen bij je keuze`);

      // Back to everything.
      byRole(lengths, 'radio', 'Tot 30 minuten').focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(textOf(status)).to.equal(`${TOTAL} materialen`);
    });

    it('filters the focus and the folded rest alike after a scan', async () => {
      const { el, root } = await mount();
      el.result = RESULT;
      await el.updateComplete;
      const training = byRole<HTMLInputElement>(root, 'checkbox', 'Training');
      training.focus();
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(textOf(countLine(root))).to.equal(`3 van de ${TOTAL} materialen passen bij je keuze`);
      expect(namesOf(group(root, 'Relationeel'), 'article')).to.deep.equal([
        'Werken met complexe echtscheidingsproblematiek',
        'Werken aan ouderschap na scheiding – training aan professionals',
      ]);
      expect(namesOf(group(root, 'Professionele afwegingen'), 'article')).to.have.length(3);
      await expect(el).to.be.accessible();
    });
  });

  describe('"Gedaan"', () => {
    it('marks an item done with the keyboard, shows and announces the progress of its module, and fires otd-resource-done', async () => {
      const { el, root, done } = await mount();
      const progress = byRole(root, 'region', 'Je voortgang');
      expect([...progress.querySelectorAll('.modules li')].map(textOf)).to.deep.equal([
        'Juridisch: 0 van 2 gedaan',
        'Financieel: 0 van 1 gedaan',
      ]);
      // The first item shown first; once done it stays there, checked, so focus does not jump.
      const box = byRole<HTMLInputElement>(top(root), 'checkbox', 'Gedaan: Juridische basiskennis in scheidingssituaties');
      box.focus();
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(root.activeElement).to.equal(box);
      expect(picks(root)[0]).to.equal(PICK_JURIDISCH);
      // The same item under its topic is checked too.
      expect(byRole<HTMLInputElement>(group(root, 'Juridisch verplicht'), 'checkbox', 'Gedaan: Juridische basiskennis in scheidingssituaties').checked).to.equal(true);
      expect(done.map((e) => e.detail)).to.deep.equal([{ resourceId: 'ss-9.2-1', done: true }]);
      expect(done[0]!.bubbles && done[0]!.composed).to.equal(true);
      expect([...progress.querySelectorAll('.modules li')].map(textOf)).to.deep.equal([
        'Juridisch: 1 van 2 gedaan',
        'Financieel: 0 van 1 gedaan',
      ]);
      const announcer = allByRole(root, 'status').find((s) => s.classList.contains('visually-hidden'))!;
      await waitUntil(() => textOf(announcer) === 'Juridisch: 1 van 2 gedaan', 'progress not announced');
      await expect(el).to.be.accessible();

      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(box.checked).to.equal(false);
      expect(done.map((e) => e.detail)).to.deep.equal([
        { resourceId: 'ss-9.2-1', done: true },
        { resourceId: 'ss-9.2-1', done: false },
      ]);
      await waitUntil(() => textOf(announcer) === 'Juridisch: 0 van 2 gedaan', 'progress not announced again');
    });

    it('marks an offering listed under two aspects done in both', async () => {
      const { el, root, done } = await mount();
      await openMore(el);
      const boxes = allByRole<HTMLInputElement>(root, 'checkbox', 'Gedaan: Als gezin door het scheidingsproces');
      expect(boxes).to.have.length(2);
      boxes[0]!.focus();
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(boxes.map((b) => b.checked)).to.deep.equal([true, true]);
      expect(done).to.have.length(1);
      // Not a mandatory module: its progress is unchanged.
      expect(textOf(byRole(root, 'region', 'Je voortgang'))).to.include('Juridisch: 0 van 2 gedaan');
    });

    it('keeps it in memory only, unless the person opts in to this device', async () => {
      const { el, root } = await mount();
      byRole<HTMLInputElement>(top(root), 'checkbox', 'Gedaan: Webinar Scheiden zonder schulden').click();
      await el.updateComplete;
      expect(localStorage.getItem(DONE_STORAGE_KEY)).to.equal(null);
      expect(sessionStorage.length).to.equal(0);
      // As the hint says: the next page load (here, a fresh widget) has forgotten it.
      const reloaded = await mount();
      expect(byRole<HTMLInputElement>(top(reloaded.root), 'checkbox', 'Gedaan: Webinar Scheiden zonder schulden').checked).to.equal(false);

      const keep = byRole<HTMLInputElement>(root, 'checkbox', 'Onthoud wat ik gedaan heb op dit apparaat (30 dagen)');
      expect(nameOf(root.getElementById(keep.getAttribute('aria-describedby')!)!)).to.equal(
        'Anders vergeet deze pagina het zodra je hem opnieuw laadt of verlaat. Doe dit niet op een gedeelde computer.',
      );
      keep.focus();
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect((JSON.parse(localStorage.getItem(DONE_STORAGE_KEY)!) as { done: string[] }).done).to.deep.equal(['ss-9.6-1']);

      // A new visit restores it, with the opt-in on.
      const second = await mount();
      expect(byRole<HTMLInputElement>(second.root, 'checkbox', 'Gedaan: Webinar Scheiden zonder schulden').checked).to.equal(true);
      // Done before this visit: no longer among the items shown first.
      expect(picks(second.root)).to.deep.equal([PICK_JURIDISCH]);
      expect(byRole<HTMLInputElement>(second.root, 'checkbox', /^Onthoud wat ik gedaan heb/).checked).to.equal(true);
      expect(textOf(byRole(second.root, 'region', 'Je voortgang'))).to.include('Financieel: 1 van 1 gedaan');
      await expect(second.el).to.be.accessible();

      // Opting out removes it from the device.
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(localStorage.getItem(DONE_STORAGE_KEY)).to.equal(null);
    });
  });

  describe('otd-resource-open', () => {
    it('fires { resourceId, url } when a link is followed with Enter', async () => {
      const { el, root, opened } = await mount();
      await openMore(el);
      const link = byRole(group(root, 'Financieel verplicht'), 'link', 'Webinar Scheiden zonder schulden (opent in een nieuw tabblad)');
      const allow = preventNavigation();
      try {
        link.focus();
        await sendKeys({ press: 'Enter' });
      } finally {
        allow();
      }
      expect(opened.map((e) => e.detail)).to.deep.equal([{ resourceId: 'ss-9.6-1', url: 'https://vimeo.com/566057332' }]);
      expect(opened[0]!.bubbles && opened[0]!.composed).to.equal(true);
    });

    it('is not fired, nor otd-resource-done, when properties are set', async () => {
      const { el, opened, done, contentErrors } = await mount();
      el.result = RESULT;
      await el.updateComplete;
      el.aspects = 'juridisch financieel';
      await el.updateComplete;
      el.htmlFor = 'elsewhere';
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      el.headingLevel = 4;
      await el.updateComplete;
      el.result = undefined;
      el.aspects = undefined;
      await el.updateComplete;
      expect([opened.length, done.length, contentErrors.length]).to.deep.equal([0, 0, 0]);
      await expect(el).to.be.accessible();
    });
  });

  describe('aspects', () => {
    it('aspects="financieel veiligheid" shows only those topics and their progress', async () => {
      const { el, root } = await mount({ attrs: { aspects: 'veiligheid financieel' } });
      expect(groupNames(root)).to.deep.equal(['Financieel verplicht', 'Veiligheid']);
      expect([...root.querySelectorAll('.modules li')].map(textOf)).to.deep.equal(['Financieel: 0 van 1 gedaan']);
      expect(textOf(countLine(root))).to.equal('1 materiaal');
      expect(allByRole(byRole(root, 'group', 'Soort materiaal'), 'checkbox').map(nameOf)).to.deep.equal(['Webinar']);
      await expect(el).to.be.accessible();
    });

    it('an unknown aspect shows a readable error naming `aspects`, warns once, and still shows the rest', async () => {
      const { el, root, contentErrors } = await mount({ attrs: { aspects: 'juridisch foo' } });
      const error = contentError(el.shadowRoot!)!;
      expect(error.querySelector('code')!.textContent).to.equal('aspects');
      expect(textOf(error)).to.include('aspects: „foo" is onbekend; kies een van: general, juridisch, relationeel');
      expect(contentErrors).to.have.length(1);
      expect(groupNames(root)).to.deep.equal(['Juridisch verplicht']);
      expect(takeWarnings()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('partner content', () => {
    it('adds partner resources to their topic, from inline JSON', async () => {
      const { el, root, contentErrors } = await mount({ json: await fetchText(`${HERE}/partner-resources.json`) });
      const legal = group(root, 'Juridisch verplicht');
      expect(namesOf(legal, 'article')).to.deep.equal([
        'Juridische basiskennis in scheidingssituaties',
        'Complexe Scheidingen Podcast 4: Het juridisch aspect',
        'Complexe scheiding: Het juridische aspect',
        'Werken met complexe echtscheidingsproblematiek',
        'Voorbeeld: Gezag en omgang in de praktijk (fictief)',
      ]);
      const local = byRole(legal, 'article', 'Voorbeeld: Gezag en omgang in de praktijk (fictief)');
      expect([...local.querySelectorAll('.meta li')].map(textOf)).to.deep.equal(['Webinar', 'Gemeente Voorbeeld (fictief)', '45 minuten']);
      const safety = group(root, 'Veiligheid');
      expect(namesOf(safety, 'article')).to.deep.equal(['Voorbeeld: Signalen van huiselijk geweld rond een scheiding (fictief)']);
      // The region now has an offer on safety; the report's note on self-study and the guides stay.
      expect(textOf(safety)).not.to.include('Geen aanbod in de regio');
      expect(textOf(safety)).to.include('Rond het veiligheidsaspect zijn geen webinars of podcasts beschikbaar');
      expect(textOf(safety)).to.include('Meldcode huiselijk geweld en kindermishandeling');
      expect(textOf(countLine(root))).to.equal(`${TOTAL + 2} materialen`);
      expect(contentErrors).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('loads partner resources from content-src, in English', async () => {
      const { el, root } = await mount({ attrs: { 'content-src': `${HERE}/partner-resources.json`, lang: 'en' } });
      expect(namesOf(group(root, 'Legal mandatory'), 'article')).to.include('Example: custody and contact in practice (fictional)');
      const training = byRole(group(root, 'Safety'), 'article', 'Example: signs of domestic violence around a divorce (fictional)');
      expect([...training.querySelectorAll('.meta li')].map(textOf)).to.deep.equal(['Training', 'Gemeente Voorbeeld (fictief)', '1 day', 'SKJ accredited']);
      await expect(el).to.be.accessible();
    });

    it('names the field of bad content, keeps the bundled material, and never renders an unsafe link', async () => {
      const json = JSON.stringify({
        resources: [
          { id: 'bad', aspects: ['juridisch'], origin: 'regional_offer', kind: 'webinar', title: 'Slecht', provider: 'X', url: 'javascript:alert(1)' },
        ],
      });
      const { el, root, contentErrors } = await mount({ json });
      const error = contentError(el.shadowRoot!)!;
      expect([...error.querySelectorAll('code')].map((c) => c.textContent)).to.deep.equal(['resources[0].url']);
      expect(textOf(error)).to.include('resources[0].url: moet een volledig webadres zijn dat met https:// begint');
      expect(contentErrors).to.have.length(1);
      expect(takeWarnings()).to.have.length(1);
      expect(root.querySelector('a[href^="javascript:"]')).to.equal(null);
      expect(textOf(root)).not.to.include('Slecht');
      expect(groupNames(root)).to.deep.equal(GROUPS_NL);
      await expect(el).to.be.accessible();
    });

    it('renders partner text as text, never as HTML', async () => {
      const json = JSON.stringify({
        resources: [
          { id: 'xss', aspects: ['general'], origin: 'regional_offer', kind: 'article', title: '<img src=x onerror=alert(1)>', provider: '<b>vet</b>' },
        ],
      });
      const { el, root } = await mount({ json });
      expect(root.querySelector('img, b')).to.equal(null);
      expect(textOf(byRole(group(root, 'Overkoepelend'), 'article', '<img src=x onerror=alert(1)>'))).to.include('<b>vet</b>');
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('speaks English with lang="en"', async () => {
      const { el, root } = await mount({ attrs: { lang: 'en' } });
      expect(nameOf(byRole(root, 'heading', /^Study material/))).to.equal('Study material on complex divorces');
      expect(groupNames(root)).to.deep.equal(GROUPS_EN);
      const legal = group(root, 'Legal mandatory');
      expect([...byRole(legal, 'article', 'Juridische basiskennis in scheidingssituaties').querySelectorAll('.meta li')].map(textOf)).to.deep.equal([
        'Webinar',
        'Scheiden zonder Schade',
        '2.5 hours',
      ]);
      expect(byRole(legal, 'link', 'Juridische basiskennis in scheidingssituaties (opens in a new tab)')).to.be.instanceOf(HTMLElement);
      expect(textOf(byRole(legal, 'article', 'Complexe scheiding: Het juridische aspect'))).to.include('Not freely shareable.');
      expect(allByRole(byRole(root, 'group', 'Length'), 'radio').map(nameOf)).to.deep.equal([
        'Any length',
        'Up to 30 minutes',
        'Up to 1 hour',
        'Up to 1.5 hours',
      ]);
      expect(allByRole(byRole(root, 'region', 'The learning path'), 'heading').map(nameOf)).to.deep.equal([
        'The learning path',
        '1. Knowing',
        '2. Applying',
        '3. Showing',
        '4. Doing',
      ]);
      expect(textOf(countLine(root))).to.equal(`${TOTAL} items`);
      el.result = RESULT;
      await el.updateComplete;
      expect(textOf(group(root, 'Safety').querySelector('.why'))).to.equal(
        'From your scan: you said your knowledge and skills are not yet sufficient and you said you do not know where to find knowledge.',
      );
      expect(textOf(more(root)!.querySelector('summary'))).to.equal('More material');
      await expect(el).to.be.accessible();
    });

    it('follows the closest [lang] ancestor', async () => {
      const { el, root, page } = await mount({ pageLang: 'en' });
      expect(groupNames(root)).to.deep.equal(GROUPS_EN);
      page.lang = 'nl';
      await waitUntil(() => groupNames(root)[0] === 'Juridisch verplicht', 'did not switch to Dutch');
      await expect(el).to.be.accessible();
    });
  });

  describe('structure', () => {
    it('heading-level="3": h3, topics h4, origins h5, items h6', async () => {
      const { el, root } = await mount({ attrs: { 'heading-level': '3' } });
      expect(byRole(root, 'heading', 'Studiemateriaal over complexe scheidingen').localName).to.equal('h3');
      const legal = group(root, 'Juridisch verplicht');
      expect(legal.querySelector('[part="group-heading"]')!.localName).to.equal('h4');
      expect(byRole(legal, 'heading', 'Zelfstudie').localName).to.equal('h5');
      expect(legal.querySelector('[part="resource-title"]')!.localName).to.equal('h6');
      await expect(el).to.be.accessible();
    });

    it('defaults to h2 with h3 topics', async () => {
      const { root } = await mount();
      expect(byRole(root, 'heading', 'Studiemateriaal over complexe scheidingen').localName).to.equal('h2');
      expect(new Set(groups(root).map((g) => g.querySelector('[part="group-heading"]')!.localName))).to.deep.equal(new Set(['h3']));
    });

    it('is hidden by the hidden attribute', async () => {
      const { el } = await mount();
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });
});
