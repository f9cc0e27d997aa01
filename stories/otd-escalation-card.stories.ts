import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/otd-escalation-card/otd-escalation-card.js';
import { ASPECT_IDS, MUNICIPALITY_IDS } from '../src/content/schema/common.js';
import type { ScanResult } from '../src/internal/events.js';
import partnerExamples from '../test/fixtures/content/partner-valid.json';

interface CardArgs {
  aspect?: string;
  municipality?: string;
  lang?: string;
  headingLevel?: number;
  contentSrc?: string;
}

const EXAMPLES: unknown = partnerExamples;

/** Partner content with two mistakes: a `javascript:` link and a number no Dutch phone can call. */
const BROKEN: unknown = {
  contacts: [
    {
      id: 'voorbeeld-scheidingsloket',
      name: 'Voorbeeld: Scheidingsloket (fictief)',
      reason: 'Vragen over gezag en omgang.',
      aspects: ['juridisch'],
      email: 'scheidingsloket@example.org',
      website: 'javascript:alert(1)',
      example: true,
    },
    {
      id: 'voorbeeld-geldzaken',
      name: 'Voorbeeld: Team Geldzaken (fictief)',
      reason: 'Geldzorgen na een scheiding.',
      aspects: ['financieel'],
      phone: '12345',
      example: true,
    },
  ],
};

/**
 * Stories only show content the schema accepts, except where a story is about refused content. The
 * parser is imported lazily, as the element does, so it stays out of the card's own chunk.
 */
async function checkStoryContent(): Promise<Record<string, never>> {
  const { parsePartnerContent } = await import('../src/content/parse.js');
  if (!parsePartnerContent(EXAMPLES).ok) throw new Error('The example partner content no longer passes the schema');
  if (parsePartnerContent(BROKEN).ok) throw new Error('The broken partner content passes the schema');
  return {};
}

/** A content file on a server that never answers (see the Loading story). */
const PENDING_URL = 'https://partner.example.org/sociale-kaart.json';

const SCAN: ScanResult = {
  version: 1,
  lang: 'nl',
  frequency: 'gt_monthly',
  general: 'eens',
  aspects: ASPECT_IDS.map((id) => ({
    id,
    competence: 'eens',
    knowledgeSource: 'ja',
    escalation: id === 'financieel' ? 'nee' : id === 'veiligheid' ? 'misschien' : 'ja',
    needsAttention: id === 'financieel' || id === 'veiligheid',
    mandatory: false,
    peers: { insufficientPct: 20, groupInsufficientPct: 25, groupN: 40 },
  })),
  focus: ['financieel', 'veiligheid'],
};

/**
 * Builds the card the way a page does, with an inline `<script type="application/json">` child
 * when there is partner content (a Lit binding cannot go inside a <script>).
 */
function renderCard(args: CardArgs, content?: unknown): HTMLElement {
  const el = document.createElement('otd-escalation-card');
  if (args.aspect) el.setAttribute('aspect', args.aspect);
  if (args.municipality) el.setAttribute('municipality', args.municipality);
  if (args.lang) el.setAttribute('lang', args.lang);
  if (args.headingLevel) el.setAttribute('heading-level', String(args.headingLevel));
  if (args.contentSrc) el.setAttribute('content-src', args.contentSrc);
  if (content !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(content, null, 2);
    el.append(script);
  }
  return el;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/otd-escalation-card',
  component: 'otd-escalation-card',
  render: (args) => renderCard(args),
  loaders: [checkStoryContent],
  args: { aspect: '', municipality: '', lang: '', headingLevel: 2, contentSrc: '' },
  argTypes: {
    aspect: {
      control: 'select',
      options: ['', ...ASPECT_IDS],
      description: 'One aspect id; empty for all aspects.',
      // The card also has a CSS part named "aspect"; keep this control with the attributes.
      table: { category: 'attributes' },
    },
    municipality: {
      control: 'select',
      options: ['', ...MUNICIPALITY_IDS],
      description: 'A municipality id, name or CBS code; empty for the picker.',
    },
    lang: { control: 'inline-radio', options: ['', 'nl', 'en'], description: 'Empty: the page language, else Dutch.' },
    headingLevel: { control: { type: 'number', min: 1, max: 5 }, description: 'Level of the card heading.' },
    contentSrc: { control: 'text', description: 'URL of a partner content file (http(s) only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Whom to call when a case is beyond you, per aspect and municipality. National contacts are built in; ' +
          'a partner adds its own sociale kaart with `content-src` or an inline `<script type="application/json">`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

/** All six aspects with the verified national contacts, a municipality picker and the closing line. */
export const Default: Story = {};

/** A fixed municipality: no picker; its local (example) contacts come first in their aspect. */
export const MunicipalityChosen: Story = {
  args: { municipality: 'enschede' },
  render: (args) => renderCard(args, EXAMPLES),
};

/** Partner contacts from inline JSON, each plainly marked "Voorbeeld". Choose Almelo to see a local one. */
export const PartnerContent: Story = {
  render: (args) => renderCard(args, EXAMPLES),
};

/**
 * While `content-src` loads. This story answers the request for its file with a promise that never
 * settles (only that URL; every other request goes to the network as usual), so the element shows its
 * real loading state. As on a real page, the card gives up after 10 seconds and shows a load error.
 */
export const Loading: Story = {
  args: { contentSrc: PENDING_URL },
  beforeEach: () => {
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== PENDING_URL) return realFetch(input, init);
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      });
    };
    return () => {
      window.fetch = realFetch;
    };
  },
};

/** Partner content with a `javascript:` link and a bad phone number: a readable error naming each field. */
export const ContentError: Story = {
  render: (args) => renderCard(args, BROKEN),
};

/** In English, from `lang="en"` (an ancestor's `lang` works the same way). */
export const English: Story = {
  args: { lang: 'en' },
  render: (args) => renderCard(args, EXAMPLES),
};

/** One aspect only, for a page about safety. */
export const SingleAspect: Story = {
  args: { aspect: 'veiligheid' },
};

/**
 * After the self-scan: an `otd-scan-complete` event on the document puts the aspects where the
 * professional does not yet know whom to escalate to (here Veiligheid and Financieel) first.
 */
export const AfterScan: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('otd-escalation-card');
    await card?.updateComplete;
    document.dispatchEvent(new CustomEvent('otd-scan-complete', { detail: SCAN, bubbles: true, composed: true }));
  },
  beforeEach: () => () => {
    document.dispatchEvent(new Event('otd-scan-reset'));
  },
};

/** On a page with a municipality's NL Design System theme: the card takes its tokens unchanged. */
export const MunicipalityTheme: Story = {
  render: (args) => renderCard(args, EXAMPLES),
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
