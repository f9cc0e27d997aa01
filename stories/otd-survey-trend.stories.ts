import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/otd-survey-trend.js';
import { MUNICIPALITY_IDS } from '../src/content/model.js';
import { legalShares, spreadShares, summaryOf, type CraftedShare } from '../test/support/survey-summary.js';
import { componentDocs, createWidget, headingLevelArg, LANG_ARG, never, stubFetch } from './support.js';

interface TrendArgs {
  src?: string;
  since?: string;
  municipality?: string;
  lang?: string;
  headingLevel?: number;
}

const SRC = '/api/scan-results/summary';

/** The receiver's shares in the stories: a region with enough for most cells, Enschede with enough of its own, Losser too few. */
const REGION: CraftedShare[] = [
  ...spreadShares(60),
  ...spreadShares(24, 'enschede'),
  ...legalShares(12, 'gt_weekly', 'hengelo'),
  ...legalShares(4, 'gt_monthly', 'losser'),
];

const json = (status: number, body: unknown): Promise<Response> =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

/** Answers the summary's requests as a receiver holding `shares` would (the receiver's own code). */
const receiver = (shares: readonly CraftedShare[] | 'down' | 'never') => () =>
  stubFetch((url, init) => {
    if (url.pathname !== SRC) return undefined;
    if (shares === 'never') return never(init?.signal);
    if (shares === 'down') return json(503, { error: 'unavailable' });
    return json(200, summaryOf(shares, url));
  });

function renderTrend(args: TrendArgs): HTMLElement {
  return createWidget('otd-survey-trend', {
    src: args.src,
    since: args.since,
    municipality: args.municipality,
    lang: args.lang,
    'heading-level': args.headingLevel,
  });
}

const meta: Meta<TrendArgs> = {
  title: 'Elements/otd-survey-trend',
  component: 'otd-survey-trend',
  render: (args) => renderTrend(args),
  beforeEach: receiver(REGION),
  args: { src: SRC, since: '2026-01', municipality: '', lang: '', headingLevel: 2 },
  argTypes: {
    src: { control: 'text', description: "The receiver's summary (GET /api/scan-results/summary)." },
    since: { control: 'text', description: 'The first month of the period, yyyy-mm; empty for every shared scan.' },
    municipality: {
      control: 'select',
      options: ['', ...MUNICIPALITY_IDS],
      description: 'The municipality shown first (id, name or CBS code); empty for all of Twente.',
    },
    lang: LANG_ARG,
    headingLevel: headingLevelArg('Level of the widget heading (each aspect one below).'),
  },
  parameters: componentDocs(
    'otd-survey-trend',
    "The report's 2022 survey beside the self-scans professionals shared anonymously since, per aspect and question: " +
      'a chart and a table with n per column, "te weinig antwoorden" where a figure would come from fewer than 10 answers, ' +
      'a municipality and a frequency-group filter, and a CSV of what is shown. The stories answer the summary as a receiver ' +
      'with crafted shares would (its own code).',
    {
      states:
        'Empty: No Shares Yet. Loading: Loading. Content error: Content Error, Receiver Down. Partly done: Municipality Withheld ' +
        '(a municipality with too few shares). Complete: Default, Municipality Chosen. Not applicable: queued and success ' +
        '(the trend only reads).',
      screenshot: 'The survey trend: per aspect the 2022 survey beside the shared scans, as bars and a table',
    },
  ),
};
export default meta;

type Story = StoryObj<TrendArgs>;

/** The region's shared scans since January 2026 beside 2022; a few cells from too few answers. */
export const Default: Story = {};

/** Enschede chosen first: its 24 shared scans, most cells withheld as too few. */
export const MunicipalityChosen: Story = {
  args: { municipality: 'enschede' },
};

/** Losser has 4 shared scans: nothing about it is shown, the 2022 figures stay. */
export const MunicipalityWithheld: Story = {
  args: { municipality: 'losser' },
};

/** A receiver without any shared scan yet: every period cell says "te weinig antwoorden". */
export const NoSharesYet: Story = {
  beforeEach: receiver([]),
};

/** While the summary loads (it never answers here); the 2022 figures are there at once. */
export const Loading: Story = {
  beforeEach: receiver('never'),
};

/** The receiver fails: a plain message and a retry button; the 2022 figures stay. */
export const ReceiverDown: Story = {
  beforeEach: receiver('down'),
};

/** `src="javascript:alert(1)"` and a month that is not one: a readable error names both; nothing is fetched. */
export const ContentError: Story = {
  args: { src: 'javascript:alert(1)', since: 'maart' },
};

/** In English, from `lang="en"` (an ancestor's `lang` works the same way). */
export const English: Story = {
  args: { lang: 'en' },
};

/** On a page with the NL Design System voorbeeld theme: the trend takes its tokens unchanged. */
export const VoorbeeldTheme: Story = {
  globals: { theme: 'voorbeeld' },
  // Tells scripts/check-stories.mjs to check this story under its own theme only (a literal: Storybook reads tags from the source).
  tags: ['theme-voorbeeld'],
};
