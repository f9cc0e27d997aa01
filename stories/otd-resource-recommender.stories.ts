import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/otd-resource-recommender.js';
import type { OtdResourceRecommender } from '../src/elements/otd-resource-recommender/otd-resource-recommender.js';
import { TOPIC_IDS } from '../src/content/model.js';
import { DEFAULT_RESOURCES } from '../src/content/default/resources.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../src/content/default/mandatory-self-study.js';
import type { ScanResult } from '../src/logic/scan-result.js';
import { DONE_STORAGE_KEY, type StoredDone } from '../src/logic/done-storage.js';
import partnerResources from '../test/elements/otd-resource-recommender/partner-resources.json';
import { scanResult } from '../test/support/scan-result.js';
import {
  appendInlineContent,
  checkPartnerContent,
  componentDocs,
  CONTENT_SRC_ARG,
  createWidget,
  headingLevelArg,
  LANG_ARG,
  never,
  stubFetch,
  widgetIn,
} from './support.js';

interface RecommenderArgs {
  aspects?: string;
  lang?: string;
  headingLevel?: number;
  contentSrc?: string;
}

const EXAMPLES: unknown = partnerResources;

/** Partner content with a `javascript:` link: a readable error naming the field. */
const BROKEN: unknown = {
  resources: [
    {
      id: 'voorbeeld-webinar',
      aspects: ['juridisch'],
      origin: 'regional_offer',
      kind: 'webinar',
      title: 'Voorbeeld: Webinar met een onveilige link (fictief)',
      provider: 'Gemeente Voorbeeld (fictief)',
      url: 'javascript:alert(1)',
    },
  ],
};

/** Stories only show content the schema accepts, except where a story is about refused content. */
const checkStoryContent = checkPartnerContent(EXAMPLES, BROKEN);

/** A content file on a server that never answers (see the Loading story). */
const PENDING_URL = 'https://partner.example.org/studiemateriaal.json';

/** The self-study items of each mandatory module (juridisch, financieel), in the bundled material. */
const mandatoryModules = MANDATORY_SELF_STUDY_ASPECTS.map((aspect) =>
  DEFAULT_RESOURCES.resources.filter((r) => r.origin === 'self_study' && r.aspects.includes(aspect)).map((r) => r.id),
);

/**
 * A `beforeEach` that puts these items on the device as "Gedaan", as the element keeps them when the
 * person ticks "Onthoud wat ik gedaan heb op dit apparaat" (the meta's `beforeEach` clears them after).
 */
const doneOnDevice = (ids: readonly string[]) => () => {
  const stored: StoredDone = { version: 1, done: [...ids], savedAt: Date.now() };
  localStorage.setItem(DONE_STORAGE_KEY, JSON.stringify(stored));
};

/**
 * A professional who does not know where to find knowledge on safety and feels unsure about it, is
 * not sure where to find it on finances, and does not know whom to call on relational matters.
 */
const exampleResult = (lang: 'nl' | 'en'): ScanResult =>
  scanResult({
    lang,
    aspects: {
      veiligheid: { competence: 'oneens', knowledgeSource: 'nee' },
      financieel: { knowledgeSource: 'misschien' },
      relationeel: { escalation: 'nee' },
    },
    focus: ['veiligheid', 'financieel', 'relationeel'],
    mandatory: ['juridisch', 'financieel'],
  });

/**
 * Builds the recommender the way a page does, with an inline `<script type="application/json">`
 * child when there is partner content.
 */
function renderRecommender(args: RecommenderArgs, options: { content?: unknown; result?: ScanResult } = {}): HTMLElement {
  const el = createWidget('otd-resource-recommender', {
    aspects: args.aspects,
    lang: args.lang,
    'heading-level': args.headingLevel,
    'content-src': args.contentSrc,
  });
  if (options.result) el.result = options.result;
  if (options.content !== undefined) appendInlineContent(el, options.content);
  return el;
}

/** Ticks an input in the recommender by its value, as a click on its label would. */
function tick(el: OtdResourceRecommender, selector: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`No input ${selector}`);
  input.click();
}

const meta: Meta<RecommenderArgs> = {
  title: 'Elements/otd-resource-recommender',
  component: 'otd-resource-recommender',
  render: (args) => renderRecommender(args),
  loaders: [checkStoryContent],
  // "Gedaan" kept on the device by one story must not show up in the next.
  beforeEach: () => {
    localStorage.removeItem(DONE_STORAGE_KEY);
    return () => localStorage.removeItem(DONE_STORAGE_KEY);
  },
  args: { aspects: '', lang: '', headingLevel: 2, contentSrc: '' },
  argTypes: {
    aspects: {
      control: 'text',
      description: `Topic ids, space-separated (${TOPIC_IDS.join(', ')}); empty for all.`,
    },
    lang: LANG_ARG,
    headingLevel: headingLevelArg(),
    contentSrc: CONTENT_SRC_ARG,
  },
  parameters: componentDocs(
    'otd-resource-recommender',
    "The report's free self-study material and the regional offer, per topic, with the mandatory modules first. " +
      'After a self-scan (`result`, or `otd-scan-complete` on the page) the topics where the professional can gain most come first, each saying why. ' +
      'A partner adds local material with `content-src` or an inline `<script type="application/json">`.',
    {
      states:
        'Empty: Nothing Matches (a filter nothing matches). Loading: Loading. Content error: Content Error. ' +
        'Partly done and complete: Partly Done and Complete (the mandatory self-study marked "Gedaan"). ' +
        'Not applicable: queued and success (the recommender sends nothing).',
      screenshot: "The study materials on the demo page, ordered by the self-scan's result",
    },
  ),
};
export default meta;

type Story = StoryObj<RecommenderArgs>;

/**
 * Without a scan: "Begin hier" with the first item of each mandatory module (Juridisch, Financieel), all
 * material by topic under "Meer materiaal", then the learning path with its levels folded.
 */
export const NoResult: Story = {};

/**
 * With a scan's result (the `result` property): "Begin hier" with the mandatory modules' first items
 * and then the focus topics' (Veiligheid, Financieel, Relationeel), each saying why; under "Meer
 * materiaal" the focus topics first with why, then the others.
 */
export const WithResult: Story = {
  render: (args, { globals }) => renderRecommender(args, { result: exampleResult(globals['locale'] === 'en' ? 'en' : 'nl') }),
};

/**
 * While `content-src` loads. This story answers the request for its file with a promise that never
 * settles (only that URL), so the element shows its real loading state next to the bundled material.
 * As on a real page, it gives up after 10 seconds and shows a load error.
 */
export const Loading: Story = {
  args: { contentSrc: PENDING_URL },
  beforeEach: () => stubFetch((url, init) => (url.href === PENDING_URL ? never(init?.signal) : undefined)),
};

/** Podcasts of at most 30 minutes: the count line says how many items remain. */
export const FiltersApplied: Story = {
  play: async ({ canvasElement }) => {
    const el = widgetIn(canvasElement, 'otd-resource-recommender');
    await el.updateComplete;
    tick(el, 'input[name="kind"][value="podcast"]');
    tick(el, 'input[name="length"][value="30"]');
    await el.updateComplete;
  },
};

/** Reports of at most 30 minutes: nothing matches (reports have no duration), and each topic says so. */
export const NothingMatches: Story = {
  play: async ({ canvasElement }) => {
    const el = widgetIn(canvasElement, 'otd-resource-recommender');
    await el.updateComplete;
    tick(el, 'input[name="kind"][value="report"]');
    tick(el, 'input[name="length"][value="30"]');
    await el.updateComplete;
    const count = el.shadowRoot!.querySelector('.count')?.textContent ?? '';
    if (!/^0 /.test(count.trim())) throw new Error(`Expected no matching material, the count says "${count}"`);
  },
};

/** Part of the mandatory self-study marked "Gedaan" (kept on this device): "Juridisch: 1 van … gedaan". */
export const PartlyDone: Story = {
  beforeEach: doneOnDevice(mandatoryModules.map((ids) => ids[0]!)),
};

/** All mandatory self-study marked "Gedaan": both modules complete. */
export const Complete: Story = {
  beforeEach: doneOnDevice(mandatoryModules.flat()),
};

/** In English, from `lang="en"`, after a scan. Titles stay in the material's own language (Dutch). */
export const English: Story = {
  args: { lang: 'en' },
  render: (args) => renderRecommender(args, { result: exampleResult('en') }),
};

/** Partner content with a `javascript:` link: a readable error naming the field; the bundled material stays. */
export const ContentError: Story = {
  render: (args) => renderRecommender(args, { content: BROKEN }),
};

/** On a page with the NL Design System voorbeeld theme, with the partner's own (example) material. */
export const VoorbeeldTheme: Story = {
  render: (args) => renderRecommender(args, { content: EXAMPLES }),
  globals: { theme: 'voorbeeld' },
  // Tells scripts/check-stories.mjs to check this story under its own theme only (a literal: Storybook reads tags from the source).
  tags: ['theme-voorbeeld'],
};
