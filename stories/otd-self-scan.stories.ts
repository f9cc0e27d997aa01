import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/otd-self-scan.js';
import type { OtdSelfScan } from '../src/elements/otd-self-scan/otd-self-scan.js';
import { ASPECT_IDS, type AspectId } from '../src/content/model.js';
import type { ScanAnswers } from '../src/logic/scan.js';
import { STORAGE_KEY, type StoredScan } from '../src/logic/scan-storage.js';
import { SHARE_OUTBOX_KEY } from '../src/logic/share-keys.js';
import { SHARED_SCANS_KEY } from '../src/logic/share-courier.js';
import { SHARE_QUESTIONS } from '../src/content/scan-share-fields.js';
import { summaryOf, type CraftedShare } from '../test/support/survey-summary.js';
import { componentDocs, createWidget, headingLevelArg, LANG_ARG, stubFetch, widgetIn } from './support.js';

interface ScanArgs {
  aspects?: string;
  lang?: string;
  headingLevel?: number;
}

/**
 * A professional who works with these families more than once a week, feels unsure about the legal
 * and financial aspects and does not know whom to call about money: the result then shows the
 * report's figures (juridisch 64,5% of all 203, 57,6% in the group of 118; financieel 81,8%).
 */
const FINISHED: ScanAnswers = {
  frequency: 'gt_weekly',
  general: 'eens',
  aspects: {
    juridisch: { competence: 'oneens', knowledgeSource: 'misschien', escalation: 'ja' },
    relationeel: { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' },
    ouderschap: { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' },
    veiligheid: { competence: 'sterk_mee_eens', knowledgeSource: 'ja', escalation: 'ja' },
    financieel: { competence: 'sterk_mee_oneens', knowledgeSource: 'nee', escalation: 'nee' },
    professioneel: { competence: 'eens', knowledgeSource: 'ja', escalation: 'misschien' },
  },
};

/** The first step answered, nothing on the aspects yet. */
const STARTED: ScanAnswers = { frequency: 'gt_weekly', general: 'eens', aspects: {} };

/** A saved scan in the shape the element writes (see src/logic/scan-storage.ts). */
function storedScan(step: number, answers: ScanAnswers, aspects: readonly AspectId[] = ASPECT_IDS): StoredScan {
  return { version: 1, step, answers, aspects: [...aspects], savedAt: Date.now() };
}

/** The result step of a scan over `aspects`: the intro is 0, then "about you", then one step per aspect. */
const resultStep = (aspects: readonly AspectId[] = ASPECT_IDS) => aspects.length + 2;

function clearSaved(): void {
  for (const storage of [sessionStorage, localStorage]) storage.removeItem(STORAGE_KEY);
}

/**
 * Builds the scan the way a page does. With `saved`, the tab's storage holds that scan while the
 * element connects (it resumes from it, as after a reload) and is cleared right after, so no other
 * story resumes it.
 */
function renderScan(args: ScanArgs, saved?: StoredScan, extra: Readonly<Record<string, string>> = {}): HTMLElement {
  const el = createWidget('otd-self-scan', { aspects: args.aspects, lang: args.lang, 'heading-level': args.headingLevel, ...extra });
  if (saved) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    void el.updateComplete.then(clearSaved);
  }
  return el;
}

const scanIn = (canvasElement: HTMLElement): OtdSelfScan => widgetIn(canvasElement, 'otd-self-scan');

/**
 * Clicks a button in the scan by its visible text (Dutch or English: the toolbar picks the page
 * language), as a person would, and waits for the step to settle.
 */
async function pressButton(el: OtdSelfScan, names: readonly string[]): Promise<void> {
  await el.updateComplete;
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => names.includes(b.textContent?.trim() ?? ''));
  if (!button) throw new Error(`No button "${names.join('" or "')}"`);
  button.click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const meta: Meta<ScanArgs> = {
  title: 'Elements/otd-self-scan',
  component: 'otd-self-scan',
  render: (args) => renderScan(args),
  args: { aspects: '', lang: '', headingLevel: 2 },
  argTypes: {
    aspects: {
      control: 'text',
      description: `Aspect ids, space-separated (${ASPECT_IDS.join(', ')}); empty for all six.`,
    },
    lang: LANG_ARG,
    headingLevel: headingLevelArg('Level of the scan heading; steps one below.'),
  },
  // Answers the element saved in an earlier story (or by clicking around) must not resume here.
  beforeEach: () => {
    clearSaved();
    return clearSaved;
  },
  parameters: componentDocs(
    'otd-self-scan',
    'The self-assessment of the 2022 Twente survey: the same questions per aspect of a divorce, step by step, ' +
      'then a result compared against the 203 professionals who answered them. Answers stay in the browser.',
    {
      states:
        'Empty: Intro. Partly done: Question Step, Error Summary. Complete: Result, Result With Sharing, Result With Recent Peers. ' +
        'Success: Shared. Content error: Content Error. ' +
        'Not applicable: loading (the questions are bundled; the recent figures of peers-src are awaited before the result shows), ' +
        'queued (a share kept offline is said in the same place as Shared).',
      screenshot: 'The self-scan on the demo page, showing its result after every question was answered',
    },
  ),
};
export default meta;

type Story = StoryObj<ScanArgs>;

/** The start: what the scan is, how long it takes, and that the answers stay in the browser. */
export const Intro: Story = {};

/** A question step: "Stap 2 van 7", the legal aspect's three survey questions (resumed from the tab's storage). */
export const QuestionStep: Story = {
  render: (args) => renderScan(args, storedScan(2, STARTED)),
};

/** After "Volgende" with nothing answered: the error summary has focus and links to each question. */
export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const el = scanIn(canvasElement);
    await pressButton(el, ['Start de scan', 'Start the scan']);
    await pressButton(el, ['Volgende', 'Next']);
  },
};

/** The result of a finished scan: focus aspects, the chart against the 203 peers, the answers, next steps. */
export const Result: Story = {
  render: (args) => renderScan(args, storedScan(resultStep(), FINISHED)),
};

/** The result with "Toon de cijfers als tabel" pressed: the chart's data as a table. */
export const ResultAsTable: Story = {
  render: (args) => renderScan(args, storedScan(resultStep(), FINISHED)),
  play: async ({ canvasElement }) => {
    await pressButton(scanIn(canvasElement), ['Toon de cijfers als tabel', 'Show the figures as a table']);
  },
};

/** `aspects="juridisch financieel"`: three question steps ("Stap 2 van 3" here, the legal aspect). */
export const LimitedAspects: Story = {
  args: { aspects: 'juridisch financieel' },
  render: (args) => renderScan(args, storedScan(2, STARTED, ['juridisch', 'financieel'])),
};

/** `aspects="juridisch onbekend"`: a readable error names the unknown aspect; the scan goes on with the known one. */
export const ContentError: Story = {
  args: { aspects: 'juridisch onbekend' },
};

/** In English, from `lang="en"`: the survey's questions in English, "Step 2 of 7". */
export const English: Story = {
  args: { lang: 'en' },
  render: (args) => renderScan(args, storedScan(2, STARTED)),
};

const json = (status: number, body: unknown): Promise<Response> =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

/** A receiver for the sharing stories: every share stored (201); the browser's share keys cleared before and after. */
function shareReceiver() {
  const clear = () => [SHARE_OUTBOX_KEY, SHARED_SCANS_KEY].forEach((k) => localStorage.removeItem(k));
  clear();
  const restore = stubFetch((url) => (url.pathname === '/api/scan-results' ? json(201, { status: 'received' }) : undefined));
  return () => {
    restore();
    clear();
  };
}

/** With `share-endpoint`: the result ends with the choice to share the answers anonymously with the region. */
export const ResultWithSharing: Story = {
  render: (args) => renderScan(args, storedScan(resultStep(), FINISHED), { 'share-endpoint': '/api/scan-results' }),
  beforeEach: shareReceiver,
};

/** After "Deel mijn antwoorden anoniem met de regio": shared once, the thanks has focus. */
export const Shared: Story = {
  render: (args) => renderScan(args, storedScan(resultStep(), FINISHED), { 'share-endpoint': '/api/scan-results' }),
  beforeEach: shareReceiver,
  play: async ({ canvasElement }) => {
    await pressButton(scanIn(canvasElement), ['Deel mijn antwoorden anoniem met de regio', 'Share my answers anonymously with the region']);
  },
};

/** 40 shared scans of the weekly group, the answers spread over the scale (made by the receiver's own summary code). */
const RECENT: CraftedShare[] = Array.from({ length: 40 }, (_, i) => ({
  frequency: 'gt_weekly',
  answers: Object.fromEntries(SHARE_QUESTIONS.map((q, qi) => [q.id, q.answers[(i + qi) % q.answers.length]!])),
}));

/** With `peers-src` and enough shared scans (every column at least 30): the result compares with them and says so. */
export const ResultWithRecentPeers: Story = {
  render: (args) => renderScan(args, storedScan(resultStep(), FINISHED), { 'peers-src': '/api/scan-results/summary?since=2026-01' }),
  beforeEach: () => stubFetch((url) => (url.pathname === '/api/scan-results/summary' ? json(200, summaryOf(RECENT, url)) : undefined)),
};

/** The result in English, from `lang="en"`. */
export const EnglishResult: Story = {
  args: { lang: 'en' },
  render: (args) => renderScan(args, storedScan(resultStep(), FINISHED)),
};

/** The result on a page with the NL Design System voorbeeld theme: the scan takes its tokens (font, colours, radius, focus ring). */
export const VoorbeeldTheme: Story = {
  render: (args) => renderScan(args, storedScan(resultStep(), FINISHED)),
  globals: { theme: 'voorbeeld' },
  // Tells scripts/check-stories.mjs to check this story under its own theme only (a literal: Storybook reads tags from the source).
  tags: ['theme-voorbeeld'],
};
