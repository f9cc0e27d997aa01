import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/otd-resource-recommender/otd-resource-recommender.js';
import type { OtdResourceRecommender } from '../src/elements/otd-resource-recommender/otd-resource-recommender.js';
import { ASPECT_IDS, TOPIC_IDS, type AspectId } from '../src/content/model.js';
import type { ScanResult } from '../src/internal/events.js';
import { DONE_STORAGE_KEY } from '../src/logic/done-storage.js';
import partnerResources from '../test/elements/otd-resource-recommender/partner-resources.json';

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
async function checkStoryContent(): Promise<Record<string, never>> {
  const { parsePartnerContent } = await import('../src/content/parse.js');
  if (!parsePartnerContent(EXAMPLES).ok) throw new Error('The example partner resources no longer pass the schema');
  if (parsePartnerContent(BROKEN).ok) throw new Error('The broken partner content passes the schema');
  return {};
}

/**
 * A professional who does not know where to find knowledge on safety and feels unsure about it, is
 * not sure where to find it on finances, and does not know whom to call on relational matters.
 */
function scanResult(lang: 'nl' | 'en'): ScanResult {
  const focus: AspectId[] = ['veiligheid', 'financieel', 'relationeel'];
  return {
    version: 1,
    lang,
    frequency: 'gt_monthly',
    general: 'eens',
    aspects: ASPECT_IDS.map((id) => ({
      id,
      competence: id === 'veiligheid' ? 'oneens' : 'eens',
      knowledgeSource: id === 'veiligheid' ? 'nee' : id === 'financieel' ? 'misschien' : 'ja',
      escalation: id === 'relationeel' ? 'nee' : 'ja',
      needsAttention: focus.includes(id),
      mandatory: id === 'juridisch' || id === 'financieel',
      peers: { insufficientPct: 20, groupInsufficientPct: 25, groupN: 40 },
    })),
    focus,
  };
}

/**
 * Builds the recommender the way a page does, with an inline `<script type="application/json">`
 * child when there is partner content.
 */
function renderRecommender(args: RecommenderArgs, options: { content?: unknown; result?: ScanResult } = {}): HTMLElement {
  const el = document.createElement('otd-resource-recommender');
  if (args.aspects) el.setAttribute('aspects', args.aspects);
  if (args.lang) el.setAttribute('lang', args.lang);
  if (args.headingLevel) el.setAttribute('heading-level', String(args.headingLevel));
  if (args.contentSrc) el.setAttribute('content-src', args.contentSrc);
  if (options.result) el.result = options.result;
  if (options.content !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(options.content, null, 2);
    el.append(script);
  }
  return el;
}

function recommenderIn(canvasElement: HTMLElement): OtdResourceRecommender {
  const el = canvasElement.querySelector('otd-resource-recommender');
  if (!el) throw new Error('No <otd-resource-recommender> in the story');
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
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'], description: 'Empty: the page language, else Dutch.' },
    headingLevel: { control: { type: 'number', min: 1, max: 5 }, description: 'Level of the heading.' },
    contentSrc: { control: 'text', description: 'URL of a partner content file (http(s) only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The report's free self-study material and the regional offer, per topic, with the mandatory modules first. " +
          'After a self-scan (`result`, or `otd-scan-complete` on the page) the topics where the professional can gain most come first, each saying why. ' +
          'A partner adds local material with `content-src` or an inline `<script type="application/json">`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<RecommenderArgs>;

/** Without a scan: all material by topic, Juridisch and Financieel (mandatory) first, then the learning path. */
export const NoResult: Story = {};

/**
 * With a scan's result (the `result` property): Veiligheid, Financieel and Relationeel first, each
 * saying why; the other topics folded under "Meer materiaal".
 */
export const WithResult: Story = {
  render: (args, { globals }) => renderRecommender(args, { result: scanResult(globals['locale'] === 'en' ? 'en' : 'nl') }),
};

/** Podcasts of at most 30 minutes: the count line says how many items remain. */
export const FiltersApplied: Story = {
  play: async ({ canvasElement }) => {
    const el = recommenderIn(canvasElement);
    await el.updateComplete;
    tick(el, 'input[name="kind"][value="podcast"]');
    tick(el, 'input[name="length"][value="30"]');
    await el.updateComplete;
  },
};

/** In English, from `lang="en"`, after a scan. Titles stay in the material's own language (Dutch). */
export const English: Story = {
  args: { lang: 'en' },
  render: (args) => renderRecommender(args, { result: scanResult('en') }),
};

/** Partner content with a `javascript:` link: a readable error naming the field; the bundled material stays. */
export const ContentError: Story = {
  render: (args) => renderRecommender(args, { content: BROKEN }),
};

/** On a page with a municipality's NL Design System theme, with the partner's own (example) material. */
export const PartnerTheme: Story = {
  render: (args) => renderRecommender(args, { content: EXAMPLES }),
  decorators: [
    (story) => html`
      <style>
        .voorbeeld-theme {
          --basis-color-action-1-inverse-bg-default: #5b1f7a;
          --basis-color-action-1-inverse-color-default: #ffffff;
          --nl-link-color: #5b1f7a;
          --nl-link-hover-color: #3d1452;
          --basis-text-font-family-default: Georgia, 'Times New Roman', serif;
          --basis-heading-font-family: Georgia, 'Times New Roman', serif;
          --basis-color-default-bg-subtle: #f6f1f9;
          --basis-border-radius-md: 0;
          --basis-focus-outline-color: #5b1f7a;
        }
      </style>
      <div class="voorbeeld-theme">${story()}</div>
    `,
  ],
};
