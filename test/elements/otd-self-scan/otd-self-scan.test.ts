import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-self-scan.js';
import '../../../src/define/otd-escalation-card.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import type { OtdEscalationCard } from '../../../src/elements/otd-escalation-card/otd-escalation-card.js';
import { ASPECT_IDS, type AspectId, type Lang } from '../../../src/content/model.js';
import { DEFAULT_SURVEY } from '../../../src/content/default/survey.js';
import { aspectFigures, peerFigures } from '../../../src/logic/scan.js';
import { STORAGE_KEY, type StoredScan } from '../../../src/logic/scan-storage.js';
import type { ContentErrorDetail } from '../../../src/internal/events.js';
import type { ScanResult } from '../../../src/logic/scan-result.js';
import {
  addPage,
  allByRole,
  byLegend,
  byRole,
  contentError,
  nameOf,
  namesOf,
  queryByRole,
  removePages,
  textOf,
} from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';
import { setViewport } from '../../support/browser.js';
import { SPACE } from '../../support/keys.js';

// ---------------------------------------------------------------------------------------------
// What a person sees: the words on screen, in both languages. Literal on purpose, so a change in
// the survey data or the catalogue shows up here.
// ---------------------------------------------------------------------------------------------

const FREQUENCY_NL = [
  'Meer dan eens per week',
  'Meer dan twee keer per maand',
  'Meer dan eens per maand',
  'Meer dan eens per kwartaal',
  'Minder dan eens per kwartaal',
];
const FREQUENCY_EN = [
  'More than once a week',
  'More than twice a month',
  'More than once a month',
  'More than once a quarter',
  'Less than once a quarter',
];
const AGREEMENT = { nl: ['Sterk mee oneens', 'Oneens', 'Eens', 'Sterk mee eens'], en: ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree'] };
const YES_NO_MAYBE = { nl: ['Ja', 'Nee', 'Misschien'], en: ['Yes', 'No', 'Maybe'] };
const AGREEMENT_IDS = ['sterk_mee_oneens', 'oneens', 'eens', 'sterk_mee_eens'] as const;
const YES_NO_MAYBE_IDS = ['ja', 'nee', 'misschien'] as const;
const FREQUENCY_IDS = ['gt_weekly', 'gt_twice_monthly', 'gt_monthly', 'gt_quarterly', 'lt_quarterly'] as const;
const ASPECT_NAMES: Record<Lang, Record<AspectId, string>> = {
  nl: {
    juridisch: 'Juridisch',
    relationeel: 'Relationeel',
    ouderschap: 'Ouderschap',
    veiligheid: 'Veiligheid',
    financieel: 'Financieel',
    professioneel: 'Professionele afwegingen',
  },
  en: {
    juridisch: 'Legal',
    relationeel: 'Relational',
    ouderschap: 'Parenting',
    veiligheid: 'Safety',
    financieel: 'Financial',
    professioneel: 'Professional judgement',
  },
};
const UI = {
  nl: {
    start: 'Start de scan',
    stepOf: (n: number, m: number) => `Stap ${n} van ${m}`,
    aboutYou: 'Over jouw werk',
    previous: 'Vorige',
    next: 'Volgende',
    showResult: 'Bekijk je resultaat',
    resultTitle: 'Je resultaat',
  },
  en: {
    start: 'Start the scan',
    stepOf: (n: number, m: number) => `Step ${n} of ${m}`,
    aboutYou: 'About your work',
    previous: 'Previous',
    next: 'Next',
    showResult: 'See your result',
    resultTitle: 'Your result',
  },
};

/** The survey's own wording of a question: the report's caption (the survey data keeps it without a colon). */
function surveyText(topic: AspectId | 'general', kind: 'competence' | 'knowledgeSource' | 'escalation', lang: Lang): string {
  return DEFAULT_SURVEY.questions.find((q) => q.aspect === topic && q.kind === kind)!.text[lang];
}
const aspectLegends = (aspect: AspectId, lang: Lang) =>
  (['competence', 'knowledgeSource', 'escalation'] as const).map((kind) => surveyText(aspect, kind, lang));

// ---------------------------------------------------------------------------------------------
// Helpers (finding things the way a person does, and the console, are in test/support)
// ---------------------------------------------------------------------------------------------

const radio = (fieldset: HTMLFieldSetElement, label: string) => byRole<HTMLInputElement>(fieldset, 'radio', label);
const radioLabels = (fieldset: HTMLFieldSetElement) => namesOf(fieldset, 'radio');
const checkedLabels = (root: ParentNode) => allByRole<HTMLInputElement>(root, 'radio').filter((r) => r.checked).map(nameOf);
const status = (root: ParentNode) => byRole(root, 'status');
const progress = (root: ShadowRoot) => root.querySelector('progress');
/** The heading of the current step: the one that gets focus on a step change (`tabindex="-1"`, not the scan's own). */
const stepHeading = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part~="step-heading"]')!;
const errorSummary = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part~="error-summary"]');

/** True when the node, or the box around it, is visually hidden (clipped away) yet still in the accessibility tree. */
function clippedAway(node: Element): boolean {
  for (let n: Element | null = node; n && n.localName !== 'figure'; n = n.parentElement) {
    const style = getComputedStyle(n);
    if (style.position === 'absolute' && style.clipPath !== 'none') return true;
  }
  return false;
}

/** Every key in a storage (each test file runs in its own browser context, so these are all ours). */
const keysOf = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
function clearStorage(): void {
  sessionStorage.clear();
  localStorage.clear();
}

interface MountOptions {
  readonly attrs?: Readonly<Record<string, string>>;
  /** Put an <otd-escalation-card> on the page too, before the scan or after it. */
  readonly card?: 'before' | 'after';
  /** Wrap everything in a host <form> (its submits are recorded and stopped). */
  readonly form?: boolean;
}

interface Recorded {
  readonly steps: { step: number; total: number }[];
  readonly completes: ScanResult[];
  readonly resets: number[];
  readonly contentErrors: ContentErrorDetail[];
  /** Every otd-scan-* event in order, by type. */
  readonly scanEvents: string[];
  readonly hostSubmits: number[];
}

interface Mounted extends Recorded {
  el: OtdSelfScan;
  root: ShadowRoot;
  readonly page: HTMLElement;
  readonly before: HTMLButtonElement;
  readonly card: OtdEscalationCard | null;
  readonly attrs: Readonly<Record<string, string>>;
}

/** Lets the async step handlers finish: they await a render, then announce, focus and dispatch. */
async function settle(el: OtdSelfScan): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

function createScan(attrs: Readonly<Record<string, string>>): OtdSelfScan {
  const el = document.createElement('otd-self-scan');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** Puts a scan on a small page, listeners first so no event is missed (also not one fired on the first render). */
async function mount(options: MountOptions = {}): Promise<Mounted> {
  const page = addPage(options.form ? 'form' : 'div');
  const before = document.createElement('button');
  before.type = 'button';
  before.textContent = 'Vorige pagina';
  page.append(before);
  const recorded: Recorded = { steps: [], completes: [], resets: [], contentErrors: [], scanEvents: [], hostSubmits: [] };
  for (const type of ['otd-scan-step', 'otd-scan-complete', 'otd-scan-reset'] as const) {
    page.addEventListener(type, () => recorded.scanEvents.push(type));
  }
  page.addEventListener('otd-scan-step', (e) => recorded.steps.push(e.detail));
  page.addEventListener('otd-scan-complete', (e) => recorded.completes.push(e.detail));
  page.addEventListener('otd-scan-reset', () => recorded.resets.push(recorded.scanEvents.length));
  page.addEventListener('otd-content-error', (e) => recorded.contentErrors.push(e.detail));
  page.addEventListener('submit', (e) => {
    e.preventDefault();
    recorded.hostSubmits.push(Date.now());
  });
  let card: OtdEscalationCard | null = null;
  if (options.card) {
    card = document.createElement('otd-escalation-card');
    page.append(card);
  }
  const attrs = options.attrs ?? {};
  const el = createScan(attrs);
  if (options.card === 'after') page.insertBefore(el, card);
  else page.append(el);
  await settle(el);
  if (card) await card.updateComplete;
  return { ...recorded, el, root: el.shadowRoot!, page, before, card, attrs };
}

/** A reload of the page, as far as the scan can tell: the element goes, a new one comes in the same document. */
async function reload(m: Mounted): Promise<void> {
  m.el.remove();
  m.el = createScan(m.attrs);
  m.page.append(m.el);
  m.root = m.el.shadowRoot!;
  await settle(m.el);
}

async function click(m: Mounted, node: HTMLElement): Promise<void> {
  node.click();
  await settle(m.el);
}

async function press(m: Mounted, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(m.el);
}

const active = (m: Mounted) => m.root.activeElement as HTMLElement | null;

/** Indexes into each question's options: frequency, general, then per aspect competence, knowledge source, escalation. */
interface Plan {
  readonly frequency: number;
  readonly general: number;
  readonly aspects: Partial<Record<AspectId, readonly [number, number, number]>>;
}

/**
 * Frequency "Meer dan eens per week"; juridisch "Oneens" / "Misschien" / "Ja"; financieel
 * "Sterk mee oneens" / "Nee" / "Nee"; professioneel "Eens" / "Ja" / "Misschien"; the rest capable.
 */
const PLAN: Plan = {
  frequency: 0,
  general: 2,
  aspects: {
    juridisch: [1, 2, 0],
    relationeel: [2, 0, 0],
    ouderschap: [2, 0, 0],
    veiligheid: [3, 0, 0],
    financieel: [0, 1, 1],
    professioneel: [2, 0, 2],
  },
};

/** The ScanResult PLAN must produce; peers from the pure logic, which is checked against the report elsewhere. */
function expectedResult(plan: Plan, aspects: readonly AspectId[], lang: Lang, focus: AspectId[], mandatory: AspectId[]): ScanResult {
  const frequency = FREQUENCY_IDS[plan.frequency]!;
  return {
    version: 1,
    lang,
    frequency,
    general: AGREEMENT_IDS[plan.general]!,
    aspects: aspects.map((id) => {
      const [c, k, e] = plan.aspects[id]!;
      const peers = peerFigures(DEFAULT_SURVEY, id, frequency);
      // The need, written out: an insufficient rating, and not knowing (for sure) where or whom; in the survey's order.
      const reasons = [
        ...(c < 2 ? [{ question: 'competence', answer: AGREEMENT_IDS[c]! }] : []),
        ...(k !== 0 ? [{ question: 'knowledgeSource', answer: YES_NO_MAYBE_IDS[k]! }] : []),
        ...(e !== 0 ? [{ question: 'escalation', answer: YES_NO_MAYBE_IDS[e]! }] : []),
      ] as ScanResult['aspects'][number]['reasons'];
      return {
        id,
        competence: AGREEMENT_IDS[c]!,
        knowledgeSource: YES_NO_MAYBE_IDS[k]!,
        escalation: YES_NO_MAYBE_IDS[e]!,
        reasons,
        needsAttention: c < 2 || k !== 0 || e !== 0,
        mandatory: mandatory.includes(id),
        peers: {
          insufficientPct: peers.insufficientPct,
          groupInsufficientPct: peers.groupInsufficientPct,
          groupN: peers.groupN,
          smallGroup: peers.groupN < 30,
        },
        figures: aspectFigures(DEFAULT_SURVEY, id, frequency),
      };
    }),
    focus,
  };
}

// ---------------------------------------------------------------------------------------------
// The report's own figures (test/fixtures/seed/survey-2022.json), to check the screen against:
// per group the percentages its tables print, overall each answer's share of all 203 (its text).
// ---------------------------------------------------------------------------------------------

type SeedKind = 'competence' | 'knowledge_source' | 'escalation';
interface SeedQuestion {
  id: string;
  kind: SeedKind;
  counts: Record<string, Record<string, number>>;
  answered_per_group: Record<string, number>;
  printed: { pct: Record<string, Record<string, number>> };
}
const seed = (await (await fetch(new URL('../../fixtures/seed/survey-2022.json', import.meta.url))).json()) as {
  meta: { n: number };
  aspects: { id: string; questions: SeedQuestion[] }[];
  data_quality: { anomalies: { question: string; group: string }[] };
};
const SEED_KIND = { competence: 'competence', knowledgeSource: 'knowledge_source', escalation: 'escalation' } as const;

/** What the report says for one answer: its share of all 203 (half up, integer arithmetic) and the printed group share. */
function reported(aspect: AspectId, kind: keyof typeof SEED_KIND, answer: string, group: string) {
  const q = seed.aspects.find((a) => a.id === aspect)!.questions.find((x) => x.kind === SEED_KIND[kind])!;
  const count = Object.values(q.counts[answer]!).reduce((a, b) => a + b, 0);
  const n = seed.meta.n;
  const unreliable = seed.data_quality.anomalies.some((a) => a.question === q.id && a.group === group);
  return {
    all: Math.floor((2000 * count + n) / (2 * n)) / 10,
    group: unreliable ? undefined : q.printed.pct[answer]![group]!,
    groupN: q.answered_per_group[group]!,
  };
}

/** A percentage as the screen writes it. */
const shown = (value: number, lang: Lang = 'nl') => (lang === 'nl' ? `${value.toFixed(1).replace('.', ',')}%` : `${value.toFixed(1)}%`);

/** Answers one question step with a pointer: click each radio, then the forward button. */
async function answerStep(m: Mounted, choices: readonly number[], forward: string): Promise<void> {
  const fieldsets = allByRole<HTMLFieldSetElement>(m.root, 'group');
  expect(fieldsets.length).to.equal(choices.length);
  choices.forEach((choice, i) => allByRole<HTMLInputElement>(fieldsets[i]!, 'radio')[choice]!.click());
  await m.el.updateComplete;
  await click(m, byRole(m.root, 'button', forward));
}

/** The whole scan with a pointer, from the intro to the result. */
async function completeByPointer(m: Mounted, plan: Plan, aspects: readonly AspectId[] = ASPECT_IDS, lang: Lang = 'nl'): Promise<void> {
  const t = UI[lang];
  await click(m, byRole(m.root, 'button', t.start));
  await answerStep(m, [plan.frequency, plan.general], t.next);
  for (const [i, id] of aspects.entries()) {
    await answerStep(m, plan.aspects[id]!, i === aspects.length - 1 ? t.showResult : t.next);
  }
}

/**
 * Answers the current step with the keyboard alone, from its heading (which has focus): Tab into
 * each radio group, Space for the first option or the arrow keys for another, then Tab past
 * "Vorige" to the forward button and Enter.
 */
async function answerStepWithKeys(m: Mounted, choices: readonly number[], legends: readonly string[], lang: Lang, forward: string): Promise<void> {
  for (const [i, choice] of choices.entries()) {
    await press(m, 'Tab');
    const radios = allByRole<HTMLInputElement>(byLegend(m.root, legends[i]!), 'radio');
    expect(active(m), `Tab lands on the first option of "${legends[i]}"`).to.equal(radios[0]);
    if (choice === 0) await press(m, SPACE);
    for (let k = 0; k < choice; k++) await press(m, 'ArrowDown');
    expect(active(m)).to.equal(radios[choice]);
    expect(radios.filter((r) => r.checked)).to.deep.equal([radios[choice]]);
  }
  await press(m, 'Tab');
  expect(active(m)).to.equal(byRole(m.root, 'button', UI[lang].previous));
  await press(m, 'Tab');
  expect(active(m)).to.equal(byRole(m.root, 'button', forward));
  await press(m, 'Enter');
}

/** Checks where a step change left the person: focus on the new heading, announced, dispatched. */
function expectArrivedAt(m: Mounted, step: number, total: number, title: string, lang: Lang = 'nl'): void {
  const heading = byRole(m.root, 'heading', title);
  expect(active(m), 'focus on the step heading').to.equal(heading);
  expect(document.activeElement).to.equal(m.el);
  expect(textOf(status(m.root))).to.equal(`${UI[lang].stepOf(step, total)}: ${title}`);
  expect(m.steps.at(-1)).to.deep.equal({ step, total });
  expect(nameOf(progress(m.root)!)).to.equal(UI[lang].stepOf(step, total));
  expect(textOf(m.root)).to.include(UI[lang].stepOf(step, total));
}

function storedScan(overrides: Partial<StoredScan> = {}): StoredScan {
  return {
    version: 1,
    step: 8,
    answers: {
      frequency: 'gt_weekly',
      general: 'eens',
      aspects: Object.fromEntries(
        ASPECT_IDS.map((id) => [
          id,
          id === 'juridisch'
            ? { competence: 'oneens', knowledgeSource: 'misschien', escalation: 'ja' }
            : id === 'financieel'
              ? { competence: 'sterk_mee_oneens', knowledgeSource: 'nee', escalation: 'nee' }
              : { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' },
        ]),
      ),
    },
    aspects: [...ASPECT_IDS],
    savedAt: Date.now(),
    ...overrides,
  };
}

/** The "Jouw antwoorden" block of one aspect (or of the general judgement). */
function answerBlock(root: ShadowRoot, title: string): HTMLElement {
  const section = byRole(root, 'region', /^(Jouw antwoorden|Your answers)$/);
  return byRole(section, 'heading', title).closest('li')!;
}

// ---------------------------------------------------------------------------------------------

describe('<otd-self-scan>', () => {
  beforeEach(() => {
    clearStorage();
    watchConsole();
  });

  afterEach(() => {
    removePages();
    clearStorage();
    expectQuietConsole();
  });

  describe('steps', () => {
    it('starts with an intro: what the scan is, how long it takes, where the answers stay, and "Start de scan"', async () => {
      const m = await mount();
      expect(nameOf(byRole(m.root, 'heading', 'Zelfscan: complexe scheidingen'))).to.equal('Zelfscan: complexe scheidingen');
      const text = textOf(m.root);
      expect(text).to.include('dezelfde vragen als de peiling onder 203 Twentse professionals uit februari 2022');
      expect(text).to.include('ongeveer 5 minuten');
      expect(text).to.include('Je antwoorden blijven in je browser');
      expect(namesOf(m.root, 'button')).to.deep.equal(['Start de scan']);
      expect(progress(m.root)).to.equal(null);
      expect(m.scanEvents).to.deep.equal([]);
      await expect(m.el).to.be.accessible();
    });

    it('asks how often and the general question on step 1, with a progress bar', async () => {
      const m = await mount();
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      const bar = progress(m.root)!;
      expect(bar.max).to.equal(7);
      expect(bar.value).to.equal(1);
      expect(nameOf(bar)).to.equal('Stap 1 van 7');
      expect(nameOf(stepHeading(m.root))).to.equal('Over jouw werk');
      expect(namesOf(m.root, 'group')).to.deep.equal([
        'Hoe vaak heb je in je werk te maken met gezinnen in (complexe) scheidingssituaties?',
        surveyText('general', 'competence', 'nl'),
      ]);
      expect(radioLabels(byLegend(m.root, 'Hoe vaak heb je in je werk te maken met gezinnen in (complexe) scheidingssituaties?'))).to.deep.equal(FREQUENCY_NL);
      expect(radioLabels(byLegend(m.root, surveyText('general', 'competence', 'nl')))).to.deep.equal(AGREEMENT.nl);
      // All radios of a question share one name, so they are one group for the keyboard.
      const groups = allByRole<HTMLFieldSetElement>(m.root, 'group');
      expect(groups).to.have.length(2);
      for (const fieldset of groups) {
        expect(new Set(allByRole<HTMLInputElement>(fieldset, 'radio').map((r) => r.name)).size).to.equal(1);
      }
      expect(queryByRole(m.root, 'button', 'Vorige')).to.not.equal(null);
      expect(queryByRole(m.root, 'button', 'Volgende')).to.not.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('asks each aspect its three survey questions in the survey\'s own words, "Bekijk je resultaat" last', async function () {
      this.timeout(20000);
      const m = await mount();
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      await answerStep(m, [0, 2], 'Volgende');
      for (const [i, id] of ASPECT_IDS.entries()) {
        const last = i === ASPECT_IDS.length - 1;
        expect(nameOf(stepHeading(m.root))).to.equal(ASPECT_NAMES.nl[id]);
        expect(nameOf(progress(m.root)!)).to.equal(`Stap ${i + 2} van 7`);
        expect(progress(m.root)!.value).to.equal(i + 2);
        const legends = namesOf(m.root, 'group');
        expect(legends).to.deep.equal(aspectLegends(id, 'nl'));
        for (const legend of legends) expect(legend.endsWith(':')).to.equal(false);
        const [competence, source, escalation] = allByRole<HTMLFieldSetElement>(m.root, 'group');
        expect(radioLabels(competence!)).to.deep.equal(AGREEMENT.nl);
        expect(radioLabels(source!)).to.deep.equal(YES_NO_MAYBE.nl);
        expect(radioLabels(escalation!)).to.deep.equal(YES_NO_MAYBE.nl);
        expect(namesOf(byRole(m.root, 'group', legends[0]!).closest('form')!, 'button').slice(0, 2)).to.deep.equal([
          'Vorige',
          last ? 'Bekijk je resultaat' : 'Volgende',
        ]);
        await expect(m.el).to.be.accessible();
        await answerStep(m, [2, 0, 0], last ? 'Bekijk je resultaat' : 'Volgende');
      }
      expect(nameOf(stepHeading(m.root))).to.equal('Je resultaat');
    });

    it('goes back with "Vorige", keeping the answers', async () => {
      const m = await mount();
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      await answerStep(m, [1, 3], 'Volgende');
      await click(m, byRole(m.root, 'button', 'Vorige'));
      expectArrivedAt(m, 1, 7, 'Over jouw werk');
      expect(checkedLabels(m.root)).to.deep.equal(['Meer dan twee keer per maand', 'Sterk mee eens']);
      await click(m, byRole(m.root, 'button', 'Vorige'));
      expect(nameOf(stepHeading(m.root))).to.equal('Hoe sta jij ervoor?');
      expect(active(m)).to.equal(stepHeading(m.root));
      expect(m.steps.at(-1)).to.deep.equal({ step: 0, total: 7 });
    });
  });

  describe('an unanswered step', () => {
    it('does not advance: an error summary takes focus, lists each question and links to its first option', async () => {
      const m = await mount();
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      const stepsBefore = m.steps.length;
      const frequency = 'Hoe vaak heb je in je werk te maken met gezinnen in (complexe) scheidingssituaties?';
      const general = surveyText('general', 'competence', 'nl');

      // Keyboard: Tab from the heading to the first group, past the second, "Vorige", then "Volgende".
      await press(m, 'Tab');
      await press(m, 'Tab');
      await press(m, 'Tab');
      await press(m, 'Tab');
      expect(active(m)).to.equal(byRole(m.root, 'button', 'Volgende'));
      await press(m, 'Enter');

      expect(m.steps.length, 'no step change').to.equal(stepsBefore);
      expect(nameOf(stepHeading(m.root))).to.equal('Over jouw werk');
      const summary = errorSummary(m.root)!;
      expect(summary).to.not.equal(null);
      expect(active(m), 'the summary has focus').to.equal(summary);
      expect(nameOf(summary)).to.equal('Er is een probleem');
      expect(namesOf(summary, 'link')).to.deep.equal([`Kies een antwoord bij: ${frequency}`, `Kies een antwoord bij: ${general}`]);
      for (const legend of [frequency, general]) {
        const fieldset = byLegend(m.root, legend);
        const describedBy = fieldset.getAttribute('aria-describedby');
        expect(describedBy, `${legend} is described by its error`).to.be.a('string');
        expect(textOf(m.root.getElementById(describedBy!))).to.equal('Kies een antwoord.');
        const radios = allByRole<HTMLInputElement>(fieldset, 'radio');
        expect(radios.length, legend).to.be.oneOf([4, 5]);
        for (const r of radios) expect(r.getAttribute('aria-invalid')).to.equal('true');
      }
      await expect(m.el).to.be.accessible();

      // Following the second link with the keyboard lands on the first option of that question.
      await press(m, 'Tab');
      await press(m, 'Tab');
      expect(active(m)).to.equal(byRole(summary, 'link', `Kies een antwoord bij: ${general}`));
      await press(m, 'Enter');
      expect(active(m)).to.equal(radio(byLegend(m.root, general), 'Sterk mee oneens'));
      // And the first link to the first frequency option.
      await click(m, byRole(errorSummary(m.root)!, 'link', `Kies een antwoord bij: ${frequency}`));
      expect(active(m)).to.equal(radio(byLegend(m.root, frequency), 'Meer dan eens per week'));

      // One answered: the summary lists only the other, and the answered question is no longer invalid.
      await press(m, SPACE);
      await click(m, byRole(m.root, 'button', 'Volgende'));
      expect(m.steps.length).to.equal(stepsBefore);
      expect(active(m)).to.equal(errorSummary(m.root));
      expect(namesOf(errorSummary(m.root)!, 'link')).to.deep.equal([`Kies een antwoord bij: ${general}`]);
      expect(byLegend(m.root, frequency).hasAttribute('aria-describedby')).to.equal(false);
      const frequencyRadios = allByRole<HTMLInputElement>(byLegend(m.root, frequency), 'radio');
      expect(frequencyRadios).to.have.length(5);
      for (const r of frequencyRadios) expect(r.hasAttribute('aria-invalid')).to.equal(false);
      await expect(m.el).to.be.accessible();

      // All answered: on to step 2, without the summary.
      radio(byLegend(m.root, general), 'Eens').click();
      await click(m, byRole(m.root, 'button', 'Volgende'));
      expectArrivedAt(m, 2, 7, 'Juridisch');
      expect(errorSummary(m.root)).to.equal(null);
      expect(allByRole(m.root, 'radio').some((r) => r.hasAttribute('aria-invalid'))).to.equal(false);
    });

    it('words the error summary in English, listing the three questions of an aspect step', async () => {
      const m = await mount({ attrs: { lang: 'en' } });
      await click(m, byRole(m.root, 'button', 'Start the scan'));
      await answerStep(m, [0, 2], 'Next');
      expect(nameOf(stepHeading(m.root))).to.equal('Legal');
      await click(m, byRole(m.root, 'button', 'Next'));
      expect(namesOf(errorSummary(m.root)!, 'link')).to.deep.equal(
        aspectLegends('juridisch', 'en').map((legend) => `Choose an answer for: ${legend}`),
      );
      expect(nameOf(errorSummary(m.root)!)).to.equal('There is a problem');
      await expect(m.el).to.be.accessible();
    });
  });

  describe('step changes', () => {
    it('move focus to the step heading, announce "Stap n van m: <title>" politely and fire otd-scan-step', async () => {
      const m = await mount();
      const live = status(m.root);
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(live)).to.equal('');
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      expectArrivedAt(m, 1, 7, 'Over jouw werk');
      await answerStep(m, [0, 0], 'Volgende');
      expectArrivedAt(m, 2, 7, 'Juridisch');
      await answerStep(m, [2, 0, 0], 'Volgende');
      expectArrivedAt(m, 3, 7, 'Relationeel');
      expect(m.steps).to.deep.equal([
        { step: 1, total: 7 },
        { step: 2, total: 7 },
        { step: 3, total: 7 },
      ]);
      expect(status(m.root)).to.equal(live);
    });

    it('fire otd-scan-step as a bubbling, composed event', async () => {
      const m = await mount();
      const seen: Event[] = [];
      document.addEventListener('otd-scan-step', (e) => seen.push(e), { once: true });
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles).to.equal(true);
      expect(seen[0]!.composed).to.equal(true);
    });
  });

  describe('aspects', () => {
    it('aspects="juridisch financieel" asks 3 steps and shows only those two aspects in the result', async () => {
      const m = await mount({ attrs: { aspects: 'juridisch financieel' } });
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      expectArrivedAt(m, 1, 3, 'Over jouw werk');
      expect(progress(m.root)!.max).to.equal(3);
      await answerStep(m, [0, 2], 'Volgende');
      expectArrivedAt(m, 2, 3, 'Juridisch');
      expect(namesOf(m.root, 'group')).to.deep.equal(aspectLegends('juridisch', 'nl'));
      await answerStep(m, [1, 2, 0], 'Volgende');
      expectArrivedAt(m, 3, 3, 'Financieel');
      expect(namesOf(m.root, 'group')).to.deep.equal(aspectLegends('financieel', 'nl'));
      await answerStep(m, [0, 1, 1], 'Bekijk je resultaat');

      expect(nameOf(stepHeading(m.root))).to.equal('Je resultaat');
      expect(m.completes).to.have.length(1);
      const detail = m.completes[0]!;
      expect(detail).to.deep.equal(expectedResult(PLAN, ['juridisch', 'financieel'], 'nl', ['financieel', 'juridisch'], ['juridisch', 'financieel']));
      for (const table of allByRole<HTMLTableElement>(m.root, 'table')) {
        expect([...table.tBodies].map((b) => textOf(b.rows[0]!.cells[0]))).to.deep.equal(['Juridisch', 'Financieel']);
      }
      expect(queryByRole(m.root, 'heading', 'Relationeel')).to.equal(null);
      expect(contentError(m.root)).to.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('an unknown aspect shows a readable error naming `aspects` and warns once', async () => {
      const m = await mount({ attrs: { aspects: 'juridisch foo' } });
      const error = contentError(m.root)!;
      expect(error).to.not.equal(null);
      expect(textOf(error.querySelector('code'))).to.equal('aspects');
      expect(textOf(error)).to.include('juridisch, relationeel, ouderschap, veiligheid, financieel, professioneel');
      expect(m.contentErrors).to.have.length(1);
      expect(m.contentErrors[0]!.issues.map((i) => i.path)).to.deep.equal(['aspects']);
      // Further renders do not warn again.
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      await answerStep(m, [0, 0], 'Volgende');
      const taken = takeWarnings();
      expect(taken).to.have.length(1);
      expect(String(taken[0]![0])).to.include('aspects');
      expect(String(taken[0]![0])).to.include('foo');
      expect(m.contentErrors).to.have.length(1);
      // The valid part still works: one aspect, so two question steps.
      expect(nameOf(progress(m.root)!)).to.equal('Stap 2 van 2');
      expect(m.scanEvents.every((t) => t === 'otd-scan-step')).to.equal(true);
      await expect(m.el).to.be.accessible();
    });
  });

  describe('completing the scan with the keyboard alone', () => {
    const runs: readonly [lang: Lang, attrs: Record<string, string>][] = [
      ['nl', {}],
      ['en', { lang: 'en' }],
    ];
    for (const [lang, attrs] of runs) {
      it(`in ${lang === 'nl' ? 'Dutch' : 'English'}: every step by Tab, arrows, Space and Enter; the result from the event and on screen`, async function () {
        this.timeout(40000);
        const t = UI[lang];
        const m = await mount({ attrs });
        expect(nameOf(stepHeading(m.root))).to.equal(lang === 'nl' ? 'Hoe sta jij ervoor?' : 'Where do you stand?');
        const intro = textOf(m.root);
        for (const words of lang === 'nl'
          ? ['peiling onder 203 Twentse professionals', 'ongeveer 5 minuten', 'Je antwoorden blijven in je browser']
          : ['survey among 203 Twente professionals', 'about 5 minutes', 'Your answers stay in your browser']) {
          expect(intro).to.include(words);
        }
        await expect(m.el).to.be.accessible();

        m.before.focus();
        await press(m, 'Tab');
        expect(active(m)).to.equal(byRole(m.root, 'button', t.start));
        await press(m, 'Enter');
        expectArrivedAt(m, 1, 7, t.aboutYou, lang);
        const frequencyLegend = DEFAULT_SURVEY.frequencyQuestion[lang];
        expect(radioLabels(byLegend(m.root, frequencyLegend))).to.deep.equal(lang === 'nl' ? FREQUENCY_NL : FREQUENCY_EN);
        expect(radioLabels(byLegend(m.root, surveyText('general', 'competence', lang)))).to.deep.equal(AGREEMENT[lang]);
        await expect(m.el).to.be.accessible();
        await answerStepWithKeys(m, [PLAN.frequency, PLAN.general], [frequencyLegend, surveyText('general', 'competence', lang)], lang, t.next);

        for (const [i, id] of ASPECT_IDS.entries()) {
          const last = i === ASPECT_IDS.length - 1;
          expectArrivedAt(m, i + 2, 7, ASPECT_NAMES[lang][id], lang);
          const legends = aspectLegends(id, lang);
          expect(namesOf(m.root, 'group')).to.deep.equal(legends);
          expect(radioLabels(byLegend(m.root, legends[0]!))).to.deep.equal(AGREEMENT[lang]);
          expect(radioLabels(byLegend(m.root, legends[1]!))).to.deep.equal(YES_NO_MAYBE[lang]);
          await expect(m.el).to.be.accessible();
          await answerStepWithKeys(m, PLAN.aspects[id]!, legends, lang, last ? t.showResult : t.next);
        }

        // The result: focus on its heading, announced, and the event once.
        const heading = byRole(m.root, 'heading', t.resultTitle);
        expect(active(m)).to.equal(heading);
        expect(textOf(status(m.root))).to.equal(t.resultTitle);
        expect(m.steps.at(-1)).to.deep.equal({ step: 8, total: 7 });
        expect(m.completes).to.have.length(1);
        const detail = m.completes[0]!;
        expect(detail).to.deep.equal(
          expectedResult(PLAN, ASPECT_IDS, lang, ['financieel', 'juridisch', 'professioneel'], ['juridisch', 'financieel']),
        );
        expect(m.el.result).to.deep.equal(detail);
        // The figures the issue names, from the report.
        const peers = (id: AspectId) => detail.aspects.find((a) => a.id === id)!.peers;
        expect(detail.version).to.equal(1);
        expect(detail.frequency).to.equal('gt_weekly');
        expect(peers('juridisch')).to.deep.equal({ insufficientPct: 64.5, groupInsufficientPct: 57.6, groupN: 118, smallGroup: false });
        expect(peers('financieel').insufficientPct).to.equal(81.8);
        expect(peers('relationeel').insufficientPct).to.equal(28.1);
        expect(detail.aspects.filter((a) => a.mandatory).map((a) => a.id)).to.deep.equal(['juridisch', 'financieel']);

        // The same figures on screen, in the reader's notation, for all three questions.
        const pct = (value: number) => shown(value, lang);
        const juridisch = textOf(answerBlock(m.root, ASPECT_NAMES[lang].juridisch));
        if (lang === 'nl') {
          expect(juridisch).to.include('Kennis en vaardigheden Jij: oneens (onvoldoende), net als');
          expect(juridisch).to.include('Weet waar je kennis kunt halen Jij: misschien, net als');
          expect(juridisch).to.include('Weet naar wie je kunt opschalen Jij: ja, net als');
          expect(juridisch).to.include('In totaal vond 64,5% de eigen kennis (zeer) onvoldoende, in jouw groep 57,6%.');
          expect(juridisch).to.include('In jouw groep (meer dan eens per week, n = 118): 47,5%.');
          expect(juridisch).to.include('Ja zei 41,4%, in jouw groep 40,5%.');
          expect(textOf(answerBlock(m.root, 'Financieel'))).to.include('Jij: sterk mee oneens (onvoldoende)');
          expect(textOf(answerBlock(m.root, 'Financieel'))).to.include('Ja zei 29,6%');
          expect(textOf(answerBlock(m.root, 'Financieel'))).to.include('Ja zei 36,0%');
          expect(textOf(answerBlock(m.root, 'Relationeel'))).to.include('In totaal vond 28,1%');
          expect(textOf(answerBlock(m.root, 'Algemeen oordeel'))).to.include('Jij: eens (voldoende)');
        } else {
          expect(juridisch).to.include('Knowledge and skills You: disagree (insufficient), like');
          expect(juridisch).to.include('Know where to find knowledge You: maybe, like');
          expect(juridisch).to.include('Know whom to escalate to You: yes, like');
          expect(juridisch).to.include('In all, 64.5% rated their own knowledge (very) insufficient, 57.6% in your group.');
          expect(juridisch).to.include('In your group (more than once a week, n = 118): 47.5%.');
          expect(juridisch).to.include('41.4% said yes, 40.5% in your group.');
          expect(textOf(answerBlock(m.root, 'Financial'))).to.include('29.6% said yes');
          expect(textOf(answerBlock(m.root, 'General judgement'))).to.include('You: agree (sufficient)');
        }
        // Every aspect and question against the report: the share that answered as you did, overall
        // and in your group (with its n), and the headline share ("ja", or (very) insufficient).
        for (const a of detail.aspects) {
          const block = textOf(answerBlock(m.root, ASPECT_NAMES[lang][a.id]));
          expect(block).to.include(pct(a.peers.insufficientPct));
          expect(block).to.include(pct(a.peers.groupInsufficientPct));
          for (const kind of ['competence', 'knowledgeSource', 'escalation'] as const) {
            const mine = reported(a.id, kind, a[kind], 'gt_weekly');
            expect(a.figures![kind].all.pct[a[kind] as never], `${a.id} ${kind} in the event`).to.equal(mine.all);
            expect(a.figures![kind].group!.pct[a[kind] as never], `${a.id} ${kind} group in the event`).to.equal(mine.group);
            expect(a.figures![kind].group!.n).to.equal(mine.groupN);
            expect(block, `${a.id} ${kind}`).to.include(pct(mine.all));
            expect(block, `${a.id} ${kind}`).to.include(`n = ${mine.groupN}): ${pct(mine.group!)}.`);
            if (kind === 'competence') continue;
            const yes = reported(a.id, kind, 'ja', 'gt_weekly');
            expect(a.figures![kind].all.pct.ja, `${a.id} ${kind}: "ja" of all in the event`).to.equal(yes.all);
            expect(block, `${a.id} ${kind}: "ja"`).to.include(
              lang === 'nl' ? `Ja zei ${pct(yes.all)}, in jouw groep ${pct(yes.group!)}.` : `${pct(yes.all)} said yes, ${pct(yes.group!)} in your group.`,
            );
          }
        }
        await expect(m.el).to.be.accessible();

        // The table by keyboard: Tab to the toggle, Space.
        const toggle = byRole(m.root, 'button', lang === 'nl' ? 'Toon de cijfers als tabel' : 'Show the figures as a table');
        heading.focus();
        for (let i = 0; i < 10 && active(m) !== toggle; i++) await press(m, 'Tab');
        expect(active(m)).to.equal(toggle);
        await press(m, SPACE);
        expect(toggle.getAttribute('aria-pressed')).to.equal('true');
        await expect(m.el).to.be.accessible();
      });
    }
  });

  describe('the result', () => {
    it('shows the small-group note with n for "Minder dan eens per kwartaal"', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, { ...PLAN, frequency: 4 });
      const detail = m.completes[0]!;
      expect(detail.frequency).to.equal('lt_quarterly');
      const juridisch = detail.aspects.find((a) => a.id === 'juridisch')!;
      expect(juridisch.peers.groupN).to.equal(10);
      const block = textOf(answerBlock(m.root, 'Juridisch'));
      expect(block).to.include('In jouw groep (minder dan eens per kwartaal, n = 10)');
      expect(block).to.include('Let op: jouw groep is klein (10 mensen).');
      expect(block).to.include('10 procentpunt');
      // relationeel.escalation: the report's < eens per kwartaal column is a copy (data-quality note):
      // no group figures there, said in words, in the event as null and in the table.
      const relationeel = detail.aspects.find((a) => a.id === 'relationeel')!;
      expect(relationeel.figures!.escalation.group).to.equal(null);
      expect(relationeel.figures!.knowledgeSource.group!.n).to.equal(10);
      expect(textOf(answerBlock(m.root, 'Relationeel'))).to.include('De cijfers van jouw groep bij deze vraag zijn in het rapport vermoedelijk verkeerd overgenomen');
      const escalation = allByRole<HTMLTableElement>(m.root, 'table')[2]!;
      expect([...escalation.tBodies[1]!.rows[1]!.cells].map((c) => textOf(c))).to.deep.equal(['Jouw groep', 'niet beschikbaar']);
      // The large group has no such note.
      expect(textOf(m.root)).to.include('Je werkt minder dan eens per kwartaal met gezinnen');
      await expect(m.el).to.be.accessible();
    });

    it('has no small-group note for the group of 118', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, PLAN);
      expect(textOf(m.root)).to.not.include('Let op: jouw groep is klein');
    });

    it('draws a chart per aspect (all colleagues and your group, your answer marked) with the same data as three tables, and a toggle to show them', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, PLAN);
      const detail = m.completes[0]!;
      const figure = byRole(m.root, 'figure', "Hoe je collega's antwoordden, en jij");
      const bars = figure.querySelector('.bars')!;
      expect(bars.getAttribute('aria-hidden'), 'the tables speak for the chart').to.equal('true');
      // Two diverging bars per aspect, four segments each, the person's answer outlined in both.
      expect(bars.querySelectorAll('svg.dbar')).to.have.length(2 * detail.aspects.length);
      for (const [i, a] of detail.aspects.entries()) {
        const chart = bars.querySelectorAll('.aspect-chart')[i]!;
        expect(textOf(chart.querySelector('.chart-aspect'))).to.equal(ASPECT_NAMES.nl[a.id]);
        const mine = [...chart.querySelectorAll('svg .seg.mine')].map((seg) => seg.classList[1]);
        expect(mine, a.id).to.deep.equal([a.competence, a.competence]);
        // Each segment is as wide as its share (half the bar is 100%): the group's from the report's table.
        const group = chart.querySelectorAll('svg.dbar')[1]!;
        for (const answer of AGREEMENT_IDS) {
          const width = parseFloat(group.querySelector(`.seg.${answer}`)!.getAttribute('width')!);
          expect(width, `${a.id} ${answer}`).to.be.closeTo(reported(a.id, 'competence', answer, 'gt_weekly').group! / 2, 1e-9);
        }
        expect(textOf(chart)).to.include(`Weet waar je kennis kunt halen: ja ${shown(reported(a.id, 'knowledgeSource', 'ja', 'gt_weekly').all)}`);
      }
      expect(bars.getBoundingClientRect().width).to.be.greaterThan(100);

      // The tables: one per question, every answer's share of all 203 and of the group, as the report has them.
      const tables = allByRole<HTMLTableElement>(m.root, 'table');
      expect(tables.map((t) => nameOf(t))).to.deep.equal([
        "Kennis en vaardigheden: jouw antwoord en hoe je collega's antwoordden (in procenten)",
        "Weet waar je kennis kunt halen: jouw antwoord en hoe je collega's antwoordden (in procenten)",
        "Weet naar wie je kunt opschalen: jouw antwoord en hoe je collega's antwoordden (in procenten)",
      ]);
      const heads = tables.map((t) => [...t.tHead!.rows[0]!.cells].map((c) => [c.localName, c.getAttribute('scope'), textOf(c)]));
      expect(heads[0]).to.deep.equal([
        ['th', 'col', 'Onderwerp'],
        ['th', 'col', 'Jouw antwoord'],
        ['th', 'col', "Collega's"],
        ...AGREEMENT.nl.map((label) => ['th', 'col', label]),
        ['th', 'col', '(Zeer) onvoldoende'],
      ]);
      expect(heads[1]!.slice(3).map((h) => h[2])).to.deep.equal(YES_NO_MAYBE.nl);
      const kinds = ['competence', 'knowledgeSource', 'escalation'] as const;
      for (const [t, kind] of kinds.entries()) {
        const answers = kind === 'competence' ? AGREEMENT_IDS : YES_NO_MAYBE_IDS;
        const labels = kind === 'competence' ? AGREEMENT.nl : YES_NO_MAYBE.nl;
        const bodies = [...tables[t]!.tBodies];
        expect(bodies).to.have.length(detail.aspects.length);
        for (const [i, a] of detail.aspects.entries()) {
          const [all, group] = [...bodies[i]!.rows].map((r) => [...r.cells].map((c) => textOf(c)));
          const figures = answers.map((answer) => reported(a.id, kind, answer, 'gt_weekly'));
          const extra = (v: number) => (kind === 'competence' ? [shown(v)] : []);
          expect(all, `${kind} ${a.id}, all`).to.deep.equal([
            ASPECT_NAMES.nl[a.id],
            labels[answers.indexOf(a[kind] as never)],
            'Alle 203',
            ...figures.map((f) => shown(f.all)),
            ...extra(a.peers.insufficientPct),
          ]);
          expect(group, `${kind} ${a.id}, group`).to.deep.equal([
            `Jouw groep (n = ${figures[0]!.groupN})`,
            ...figures.map((f) => shown(f.group!)),
            ...extra(a.peers.groupInsufficientPct),
          ]);
          expect(bodies[i]!.rows[0]!.cells[0]!.getAttribute('scope')).to.equal('rowgroup');
        }
      }
      expect(textOf(tables[0]!.tBodies[0]!.rows[0])).to.include('64,5%');
      expect(textOf(tables[1]!.tBodies[0]!.rows[0])).to.include('41,4%');

      // Visually hidden (clipped away), but there for screen readers: not display:none, not aria-hidden.
      const wrap = tables[0]!.parentElement!;
      for (const table of tables) {
        expect(getComputedStyle(table).display).to.not.equal('none');
        expect(getComputedStyle(table).visibility).to.equal('visible');
        expect(table.closest('[aria-hidden="true"]')).to.equal(null);
        expect(clippedAway(table)).to.equal(true);
      }

      const toggle = byRole(m.root, 'button', 'Toon de cijfers als tabel');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      await click(m, toggle);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      for (const table of tables) expect(clippedAway(table)).to.equal(false);
      expect(wrap.getAttribute('role')).to.equal('region');
      expect(tables[0]!.getBoundingClientRect().width).to.be.greaterThan(100);
      expect(getComputedStyle(bars).display, 'the tables replace the chart').to.equal('none');
      await expect(m.el).to.be.accessible();
      await click(m, toggle);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(clippedAway(tables[0]!)).to.equal(true);
      expect(getComputedStyle(bars).display).to.not.equal('none');
    });

    it('the hidden table does not make a narrow page scroll sideways', async function () {
      this.timeout(10000);
      await setViewport({ width: 320, height: 640 });
      try {
        const m = await mount();
        await completeByPointer(m, PLAN);
        for (const table of allByRole(m.root, 'table')) expect(clippedAway(table)).to.equal(true);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('lists where you can gain most, in need order with the reasons, marking the mandatory self-study', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, PLAN);
      const section = byRole(m.root, 'region', 'Hier kun je het meest winnen');
      const items = [...section.querySelectorAll('ol > li')].map((li) => textOf(li));
      expect(items).to.deep.equal([
        'Financieel: je vindt je kennis nog onvoldoende; je weet nog niet goed waar je kennis kunt halen; je weet nog niet goed naar wie je kunt opschalen Verplichte zelfstudie in de leerlijn',
        'Juridisch: je vindt je kennis nog onvoldoende; je weet nog niet goed waar je kennis kunt halen Verplichte zelfstudie in de leerlijn',
        'Professionele afwegingen: je weet nog niet goed naar wie je kunt opschalen',
      ]);
      expect(m.completes[0]!.focus).to.deep.equal(['financieel', 'juridisch', 'professioneel']);
    });

    it('marks juridisch and financieel as mandatory self-study also when they need no attention', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, { ...PLAN, aspects: { ...PLAN.aspects, juridisch: [2, 0, 0], financieel: [3, 0, 0] } });
      expect(m.completes[0]!.aspects.filter((a) => a.mandatory).map((a) => a.id)).to.deep.equal(['juridisch', 'financieel']);
      expect(textOf(answerBlock(m.root, 'Juridisch'))).to.include('Verplichte zelfstudie in de leerlijn');
      expect(textOf(answerBlock(m.root, 'Financieel'))).to.include('Verplichte zelfstudie in de leerlijn');
    });

    it('says so when no aspect needs attention', async function () {
      this.timeout(10000);
      const m = await mount({ attrs: { aspects: 'relationeel' } });
      await completeByPointer(m, PLAN, ['relationeel']);
      expect(m.completes[0]!.focus).to.deep.equal([]);
      const section = byRole(m.root, 'region', 'Hier kun je het meest winnen');
      expect(textOf(section)).to.include('Je voelt je op alle onderwerpen bekwaam');
      await expect(m.el).to.be.accessible();
    });
  });

  describe('next steps', () => {
    it('with an escalation card on the page, "Bekijk naar wie je kunt opschalen" moves focus into the card', async function () {
      this.timeout(10000);
      const m = await mount({ card: 'after' });
      await completeByPointer(m, PLAN);
      const toCard = byRole(m.root, 'button', 'Bekijk naar wie je kunt opschalen');
      toCard.focus();
      await press(m, 'Enter');
      const card = m.card!;
      expect(document.activeElement).to.equal(card);
      expect(card.shadowRoot!.activeElement).to.equal(card.shadowRoot!.querySelector('[part~="heading"]'));
      expect(nameOf(card.shadowRoot!.activeElement!)).to.equal('Naar wie kun je opschalen?');
    });

    it('without a card there is no such button', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, PLAN);
      expect(queryByRole(m.root, 'button', 'Bekijk naar wie je kunt opschalen')).to.equal(null);
      expect(queryByRole(m.root, 'button', 'Bekijk studiemateriaal dat bij je resultaat past')).to.equal(null);
      expect(namesOf(byRole(m.root, 'region', 'Wat kun je nu doen?'), 'button')).to.deep.equal([
        'Print of bewaar als PDF',
        'Opnieuw beginnen',
      ]);
    });

    it('"Opnieuw beginnen" fires otd-scan-reset and goes to step 1 with no answers', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, PLAN);
      const before = m.scanEvents.length;
      byRole(m.root, 'button', 'Opnieuw beginnen').focus();
      await press(m, 'Enter');
      expect(m.scanEvents.slice(before)).to.deep.equal(['otd-scan-reset', 'otd-scan-step']);
      expectArrivedAt(m, 1, 7, 'Over jouw werk');
      expect(checkedLabels(m.root)).to.deep.equal([]);
      await click(m, byRole(m.root, 'button', 'Volgende'));
      expect(namesOf(errorSummary(m.root)!, 'link')).to.have.length(2);
      // Nothing of the old answers is kept for a reload either.
      await reload(m);
      expect(nameOf(stepHeading(m.root))).to.equal('Over jouw werk');
      expect(checkedLabels(m.root)).to.deep.equal([]);
    });

    it('"Print of bewaar als PDF" prints with the element and the card marked, and unmarks them after printing', async function () {
      this.timeout(10000);
      const m = await mount({ card: 'after' });
      await completeByPointer(m, PLAN);
      const realPrint = window.print;
      const calls: { marked: boolean; printSheet: boolean }[] = [];
      const sheetsBefore = document.adoptedStyleSheets.length;
      window.print = () => {
        calls.push({
          marked: m.el.hasAttribute('data-otd-printing'),
          printSheet: document.adoptedStyleSheets.some((s) =>
            [...s.cssRules].some((r) => r instanceof CSSMediaRule && r.conditionText === 'print'),
          ),
        });
      };
      try {
        await click(m, byRole(m.root, 'button', 'Print of bewaar als PDF'));
      } finally {
        window.print = realPrint;
      }
      expect(calls).to.deep.equal([{ marked: true, printSheet: true }]);
      expect(m.el.hasAttribute('data-otd-printing')).to.equal(true);
      expect(m.card!.hasAttribute('data-otd-printing'), 'the card prints with the result').to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(m.el.hasAttribute('data-otd-printing')).to.equal(false);
      expect(m.card!.hasAttribute('data-otd-printing')).to.equal(false);
      expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
    });
  });

  describe('with an escalation card on the page', () => {
    it('the card lists financieel first after a scan with escalation "Nee" for financieel', async function () {
      this.timeout(10000);
      const m = await mount({ card: 'before' });
      const card = m.card!;
      // The card lists each contact once; its first contact's aspects tell its order.
      const firstAspects = () => card.shadowRoot!.querySelector('[part="contact"]')?.getAttribute('data-aspects')?.split(' ');
      expect(firstAspects()).to.deep.equal(['juridisch']);
      const allCapable: Plan = {
        ...PLAN,
        aspects: Object.fromEntries(ASPECT_IDS.map((id) => [id, [2, 0, id === 'financieel' ? 1 : 0]])),
      };
      await completeByPointer(m, allCapable);
      await card.updateComplete;
      expect(firstAspects()).to.include('financieel');
      expect(textOf(card.shadowRoot!)).to.include(
        'Op basis van je scan staan de contacten voor financieel bovenaan: daarbij weet je nog niet naar wie je kunt opschalen.',
      );

      // "Opnieuw beginnen" puts the card back in the report's order.
      await click(m, byRole(m.root, 'button', 'Opnieuw beginnen'));
      await card.updateComplete;
      expect(firstAspects()).to.deep.equal(['juridisch']);
      expect(textOf(card.shadowRoot!)).not.to.include('Op basis van je scan');
    });
  });

  describe('persistence', () => {
    it('resumes the same step and answers after a reload mid-scan (sessionStorage), with a notice', async () => {
      const m = await mount();
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      await answerStep(m, [1, 0], 'Volgende');
      radio(byLegend(m.root, surveyText('juridisch', 'competence', 'nl')), 'Oneens').click();
      await settle(m.el);
      expect(sessionStorage.getItem(STORAGE_KEY)).to.be.a('string');
      expect(keysOf(localStorage)).to.deep.equal([]);

      await reload(m);
      expect(nameOf(stepHeading(m.root))).to.equal('Juridisch');
      expect(nameOf(progress(m.root)!)).to.equal('Stap 2 van 7');
      expect(checkedLabels(m.root)).to.deep.equal(['Oneens']);
      expect(textOf(m.root)).to.include('Je antwoorden staan in deze browser.');
      await click(m, byRole(m.root, 'button', 'Vorige'));
      expect(checkedLabels(m.root)).to.deep.equal(['Meer dan twee keer per maand', 'Sterk mee oneens']);
      await expect(m.el).to.be.accessible();
    });

    it('without the opt-in, nothing is in localStorage', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, PLAN);
      expect(keysOf(localStorage)).to.deep.equal([]);
      const keep = byRole<HTMLInputElement>(m.root, 'checkbox', /^Bewaar mijn antwoorden op dit apparaat/);
      expect(keep.checked).to.equal(false);
      sessionStorage.clear();
      await reload(m);
      expect(nameOf(stepHeading(m.root))).to.equal('Hoe sta jij ervoor?');
    });

    it('with "Bewaar mijn antwoorden op dit apparaat" a new visit resumes (localStorage)', async () => {
      const m = await mount();
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      await answerStep(m, [0, 2], 'Volgende');
      const keep = byRole<HTMLInputElement>(m.root, 'checkbox', /^Bewaar mijn antwoorden op dit apparaat/);
      expect(nameOf(keep)).to.equal('Bewaar mijn antwoorden op dit apparaat (30 dagen)');
      keep.focus();
      await press(m, SPACE);
      expect(keep.checked).to.equal(true);
      expect(keysOf(localStorage)).to.deep.equal([STORAGE_KEY]);

      sessionStorage.clear();
      await reload(m);
      expect(nameOf(stepHeading(m.root))).to.equal('Juridisch');
      expect(nameOf(progress(m.root)!)).to.equal('Stap 2 van 7');
      expect(byRole<HTMLInputElement>(m.root, 'checkbox', /^Bewaar mijn antwoorden/).checked).to.equal(true);
      await click(m, byRole(m.root, 'button', 'Vorige'));
      expect(checkedLabels(m.root)).to.deep.equal(['Meer dan eens per week', 'Eens']);

      // Unchecking takes the copy off the device again.
      byRole<HTMLInputElement>(m.root, 'checkbox', /^Bewaar mijn antwoorden/).click();
      await settle(m.el);
      expect(keysOf(localStorage)).to.deep.equal([]);
    });

    it('"Wis mijn antwoorden" leaves nothing in either storage and returns to the intro', async () => {
      const m = await mount();
      await click(m, byRole(m.root, 'button', 'Start de scan'));
      await answerStep(m, [0, 2], 'Volgende');
      byRole<HTMLInputElement>(m.root, 'checkbox', /^Bewaar mijn antwoorden/).click();
      await settle(m.el);
      expect(sessionStorage.length).to.be.greaterThan(0);
      expect(keysOf(localStorage)).to.have.length(1);

      const clear = byRole(m.root, 'button', 'Wis mijn antwoorden');
      clear.focus();
      await press(m, 'Enter');
      expect(sessionStorage.length, 'sessionStorage').to.equal(0);
      expect(keysOf(localStorage), 'localStorage').to.deep.equal([]);
      expect(nameOf(stepHeading(m.root))).to.equal('Hoe sta jij ervoor?');
      expect(active(m)).to.equal(stepHeading(m.root));
      expect(textOf(status(m.root))).to.equal('Je antwoorden zijn gewist.');
      expect(m.scanEvents.at(-1)).to.equal('otd-scan-reset');
      expect(queryByRole(m.root, 'button', 'Wis mijn antwoorden')).to.equal(null);
      await expect(m.el).to.be.accessible();

      await reload(m);
      expect(nameOf(stepHeading(m.root))).to.equal('Hoe sta jij ervoor?');
      expect(sessionStorage.length).to.equal(0);
    });

    it('"Wis mijn antwoorden" on the result clears everything too', async function () {
      this.timeout(10000);
      const m = await mount();
      await completeByPointer(m, PLAN);
      await click(m, byRole(m.root, 'button', 'Wis mijn antwoorden'));
      expect(sessionStorage.length).to.equal(0);
      expect(keysOf(localStorage)).to.deep.equal([]);
      expect(nameOf(stepHeading(m.root))).to.equal('Hoe sta jij ervoor?');
      expect(m.el.result).to.equal(undefined);
    });

    it('a restored finished scan shows the result and dispatches otd-scan-complete once', async () => {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(storedScan()));
      const m = await mount();
      expect(nameOf(stepHeading(m.root))).to.equal('Je resultaat');
      await settle(m.el);
      expect(m.scanEvents).to.deep.equal(['otd-scan-complete']);
      const detail = m.completes[0]!;
      expect(detail.focus).to.deep.equal(['financieel', 'juridisch']);
      expect(detail.aspects.find((a) => a.id === 'juridisch')!.peers).to.deep.equal({
        insufficientPct: 64.5,
        groupInsufficientPct: 57.6,
        groupN: 118,
        smallGroup: false,
      });
      expect(m.el.result).to.deep.equal(detail);
      expect(textOf(answerBlock(m.root, 'Juridisch'))).to.include('64,5%');
      await expect(m.el).to.be.accessible();
    });

    it('a restored finished scan tells an escalation card on the page', async () => {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(storedScan()));
      const m = await mount({ card: 'after' });
      await m.card!.updateComplete;
      expect(m.completes).to.have.length(1);
      const first = m.card!.shadowRoot!.querySelector('[part="contact"]');
      expect(first?.getAttribute('data-aspects')?.split(' ')).to.include('financieel');
    });

    it('a restored unfinished scan at the result step goes back to the last question step', async () => {
      const scan = storedScan();
      const aspects = { ...scan.answers.aspects, professioneel: { competence: 'eens' as const } };
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(storedScan({ answers: { ...scan.answers, aspects } })));
      const m = await mount();
      expect(nameOf(stepHeading(m.root))).to.equal('Professionele afwegingen');
      expect(m.scanEvents).to.deep.equal([]);
    });

    it('does not resume a scan saved for other aspects', async () => {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(storedScan()));
      const m = await mount({ attrs: { aspects: 'juridisch financieel' } });
      expect(nameOf(stepHeading(m.root))).to.equal('Hoe sta jij ervoor?');
      expect(m.scanEvents).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('setting aspects, lang or headingLevel as properties dispatches no otd-scan-* event', async () => {
      const m = await mount();
      m.el.aspects = 'juridisch financieel';
      await settle(m.el);
      m.el.lang = 'en';
      await settle(m.el);
      m.el.headingLevel = 4;
      await settle(m.el);
      expect(m.scanEvents).to.deep.equal([]);

      // Mid-scan too.
      await click(m, byRole(m.root, 'button', 'Start the scan'));
      await answerStep(m, [0, 2], 'Next');
      const before = m.scanEvents.length;
      m.el.lang = 'nl';
      await settle(m.el);
      m.el.headingLevel = 3;
      await settle(m.el);
      m.el.aspects = 'juridisch financieel veiligheid';
      await settle(m.el);
      expect(m.scanEvents.slice(before)).to.deep.equal([]);
      expect(m.contentErrors).to.deep.equal([]);
      await expect(m.el).to.be.accessible();
    });

    it('headingLevel sets the level of the scan heading, steps one below', async () => {
      const m = await mount({ attrs: { 'heading-level': '3' } });
      expect(byRole(m.root, 'heading', 'Zelfscan: complexe scheidingen').localName).to.equal('h3');
      expect(stepHeading(m.root).localName).to.equal('h4');
    });
  });

  describe('inside a host form', () => {
    it('Enter in a radio, or on a button, never submits the page\'s <form>', async () => {
      const m = await mount({ form: true });
      byRole(m.root, 'button', 'Start de scan').focus();
      await press(m, 'Enter');
      expect(nameOf(stepHeading(m.root))).to.equal('Over jouw werk');
      await press(m, 'Tab');
      await press(m, SPACE);
      expect(checkedLabels(m.root)).to.deep.equal(['Meer dan eens per week']);
      await press(m, 'Enter');
      // Within the scan, Enter submits its own step: here the second question is still open.
      expect(errorSummary(m.root)).to.not.equal(null);
      radio(byLegend(m.root, surveyText('general', 'competence', 'nl')), 'Eens').focus();
      await press(m, SPACE);
      await press(m, 'Enter');
      expect(nameOf(stepHeading(m.root))).to.equal('Juridisch');
      byRole(m.root, 'button', 'Volgende').focus();
      await press(m, 'Enter');
      expect(m.hostSubmits).to.deep.equal([]);
    });
  });

  it('is hidden by the hidden attribute', async () => {
    const m = await mount();
    m.el.hidden = true;
    expect(getComputedStyle(m.el).display).to.equal('none');
  });
});
