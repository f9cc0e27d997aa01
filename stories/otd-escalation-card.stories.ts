import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/otd-escalation-card.js';
import { ASPECT_IDS, MUNICIPALITY_IDS } from '../src/content/schema/common.js';
import partnerExamples from '../test/fixtures/content/partner-valid.json';
import { escalationAnswers, scanResult } from '../test/support/scan-result.js';
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
} from './support.js';

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

/** Stories only show content the schema accepts, except where a story is about refused content. */
const checkStoryContent = checkPartnerContent(EXAMPLES, BROKEN);

/** A content file on a server that never answers (see the Loading story). */
const PENDING_URL = 'https://partner.example.org/sociale-kaart.json';

/** A scan's result: not sure whom to call about money (nee) or safety (misschien). */
const SCAN = scanResult({
  aspects: escalationAnswers({ financieel: 'nee', veiligheid: 'misschien' }),
  focus: ['financieel', 'veiligheid'],
});

/** Builds the card the way a page does, with an inline `<script type="application/json">` child when there is partner content. */
function renderCard(args: CardArgs, content?: unknown): HTMLElement {
  const el = createWidget('otd-escalation-card', {
    aspect: args.aspect,
    municipality: args.municipality,
    lang: args.lang,
    'heading-level': args.headingLevel,
    'content-src': args.contentSrc,
  });
  if (content !== undefined) appendInlineContent(el, content);
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
      description: 'One aspect id; empty for all aspects and the choice "Contacten voor".',
      table: { category: 'attributes' },
    },
    municipality: {
      control: 'select',
      options: ['', ...MUNICIPALITY_IDS],
      description: 'A municipality id, name or CBS code; empty for the picker.',
    },
    lang: LANG_ARG,
    headingLevel: headingLevelArg('Level of the card heading.'),
    contentSrc: CONTENT_SRC_ARG,
  },
  parameters: componentDocs(
    'otd-escalation-card',
    'Whom to call when a case is beyond you: each contact once, with the aspects it helps with as tags, narrowed by ' +
      'topic ("Contacten voor") and municipality; Veilig Thuis and 112 always at the end. National contacts are built in; ' +
      'a partner adds its own sociale kaart with `content-src` or an inline `<script type="application/json">`.',
    {
      states:
        'Empty: Default (no partner content, the national contacts only). Loading: Loading. Content error: Content Error. ' +
        'Not applicable: partly done, complete, queued and success (the card keeps no progress and sends nothing; ' +
        'a copied number is announced to screen readers only).',
      screenshot: 'The escalation card on the demo page, with Enschede chosen in its picker',
    },
  ),
};
export default meta;

type Story = StoryObj<CardArgs>;

/** The verified national contacts, each once with its aspects, a municipality picker, the topic choice and Veilig Thuis and 112. */
export const Default: Story = {};

/** "Contacten voor" set to Ouderschap: the list narrows to its contacts; Veilig Thuis and 112 stay. */
export const TopicChosen: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('otd-escalation-card');
    await card?.updateComplete;
    // By its value, so the story works in every language.
    card?.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"][value="ouderschap"]')?.click();
  },
};

/** A fixed municipality: no picker; its local (example) contacts come first among those for their aspect. */
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
  beforeEach: () => stubFetch((url, init) => (url.href === PENDING_URL ? never(init?.signal) : undefined)),
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

/** One aspect only, for a page about safety: no topic choice; Veilig Thuis and 112 are its contacts. */
export const SingleAspect: Story = {
  args: { aspect: 'veiligheid' },
};

/**
 * After the self-scan: an `otd-scan-complete` event on the document puts the contacts for the aspects
 * where the professional does not yet know whom to escalate to first (here Financieel; Veiligheid's
 * note is at Veilig Thuis and 112), with those aspects' tags marked.
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

/** On a page with the NL Design System voorbeeld theme: the card takes its tokens unchanged. */
export const VoorbeeldTheme: Story = {
  render: (args) => renderCard(args, EXAMPLES),
  globals: { theme: 'voorbeeld' },
  // Tells scripts/check-stories.mjs to check this story under its own theme only (a literal: Storybook reads tags from the source).
  tags: ['theme-voorbeeld'],
};
