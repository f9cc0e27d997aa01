import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/otd-kickoff.js';
import { QUESTION_IDS } from '../src/logic/scan-fragment.js';
import { createWidget, headingLevelArg, LANG_ARG, widgetIn } from './support.js';

interface KickoffArgs {
  href?: string;
  finding?: string;
  lang?: string;
  headingLevel?: number;
  videoSrc?: string;
  videoCaptions?: string;
  videoPoster?: string;
  videoEmbed?: string;
  videoTitle?: string;
  podcastUrl?: string;
}

/** The platform page a partner links to (a fictitious address). */
const PLATFORM = 'https://platform.example.org/zelfscan';
/** A third party's player (a fictitious address that never resolves: this story loads nothing from it until the click, and then fails quietly). */
const EMBED = 'https://video.example.invalid/embed/kickoff';
/** The partner's own link, for readers without scripts: the element's light DOM. */
const FALLBACK = `<a href="${PLATFORM}">Doe de zelfscan: hoe goed ken jij de kanten van een complexe scheiding?</a>`;

/** Builds the kick-off the way a partner's page writes it, with its plain link inside. */
function renderKickoff(args: KickoffArgs): HTMLElement {
  const el = createWidget('otd-kickoff', {
    href: args.href,
    finding: args.finding,
    lang: args.lang,
    'heading-level': args.headingLevel,
    'video-src': args.videoSrc,
    'video-captions': args.videoCaptions,
    'video-poster': args.videoPoster,
    'video-embed': args.videoEmbed,
    'video-title': args.videoTitle,
    'podcast-url': args.podcastUrl,
  });
  el.innerHTML = FALLBACK;
  return el;
}

const meta: Meta<KickoffArgs> = {
  title: 'Elements/otd-kickoff',
  component: 'otd-kickoff',
  render: (args) => renderKickoff(args),
  args: { href: PLATFORM, finding: 'juridisch.competence', lang: '', headingLevel: 2, videoEmbed: '', podcastUrl: '' },
  argTypes: {
    href: { control: 'text', description: 'The platform page with the self-scan (required; http(s)).' },
    finding: {
      control: 'select',
      options: ['', ...QUESTION_IDS],
      description: 'The survey question the hook is about; empty rotates per visit among those where most colleagues showed a need.',
    },
    lang: LANG_ARG,
    headingLevel: headingLevelArg('Level of the hook.'),
    videoSrc: { control: 'text', description: 'Your own video (needs video-captions).' },
    videoCaptions: { control: 'text', description: 'A WebVTT captions file for video-src (required with it).' },
    videoPoster: { control: 'text', description: 'An image of your own shown before the film plays.' },
    videoEmbed: { control: 'text', description: "A third party's player (https); loaded only when the reader presses the button." },
    videoTitle: { control: 'text', description: "The film's name for screen readers." },
    podcastUrl: { control: 'text', description: 'Your own podcast link, or "none"; empty shows the report\'s podcast series.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A striking opener for a partner's page: one of the 2022 survey's findings as a question to the reader, that question to " +
          'answer on the spot, a film and the podcast series, and the hand-over to the platform, whose self-scan starts with the answer ' +
          'filled in (it travels in the link\'s fragment, never to a server). Built without Lit, so a page with only this element stays under 8 KiB.\n\n' +
          '**States.** The hook: Hook. Answered: Answered. The film: Own Film, Film Before Click, Film After Click. Without scripts: ' +
          'No Script. Content error: Missing Href, Video Without Captions. Not applicable: loading (nothing to load before the first view), ' +
          'queued and success (the kick-off sends nothing). Every story follows the toolbar\'s "Page language" and "Theme", except English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<KickoffArgs>;

/** The hook: a finding as a question to the reader, the survey's own question to answer, the hand-over and the podcasts. */
export const Hook: Story = {};

/** A finding chosen per visit among those where most colleagues showed a need (reload the story to see another). */
export const Rotating: Story = { args: { finding: '' } };

/** Answered: the link now carries the answer to the scan, and says so. */
export const Answered: Story = {
  play: async ({ canvasElement }) => {
    const el = widgetIn(canvasElement, 'otd-kickoff');
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
  },
};

/** The partner's own video with captions: no autoplay, nothing fetched before play. (The story's video file does not exist; its captions do.) */
export const OwnFilm: Story = {
  args: { videoSrc: '/kickoff/film.mp4', videoCaptions: '/kickoff/film.vtt', videoTitle: 'Filmpje: complexe scheidingen' },
};

/** A third party's film before the click: a button and the line naming where the film comes from; no request to that party yet. */
export const FilmBeforeClick: Story = { args: { videoEmbed: EMBED } };

/** After the click: the third party's player (sandboxed, no referrer), focus on it. */
export const FilmAfterClick: Story = {
  args: { videoEmbed: EMBED },
  play: async ({ canvasElement }) => {
    const el = widgetIn(canvasElement, 'otd-kickoff');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')?.click();
  },
};

/**
 * Where scripts do not run (a newsletter's web version, a blocked script): the partner's own link is
 * what shows. Here that markup alone, as a page without the script shows it.
 */
export const NoScript: Story = {
  // No widget on purpose: the story check knows it by this tag.
  tags: ['no-widget'],
  render: () => {
    const el = document.createElement('div');
    el.innerHTML = FALLBACK;
    return el;
  },
};

/** Without `href`: a readable error for the page's administrator, with the partner's link in its place. */
export const MissingHref: Story = { args: { href: '' } };

/** A video without captions is refused, said in the widget and the console; the rest works. */
export const VideoWithoutCaptions: Story = { args: { videoSrc: '/kickoff/film.mp4' } };

/** In English, from `lang="en"`. */
export const English: Story = { args: { lang: 'en', finding: 'financieel.competence' } };
