import type { Lang } from '../../content/model.js';
import type { KickoffVideo } from '../../logic/kickoff.js';
import { h } from './otd-kickoff.dom.js';

/**
 * The kick-off's film, loaded only when the kick-off has one: the partner's own video (with its
 * captions, no autoplay, nothing fetched before play but the poster), or a third party's player that
 * loads only when the reader presses the button, with a line naming where it comes from.
 */

const say = {
  nl: {
    title: 'Filmpje over complexe scheidingen',
    play: 'Bekijk het filmpje',
    notice: (host: string) => `Dit filmpje komt van ${host}. Je browser laadt het pas van die site als je op de knop drukt.`,
    loaded: (host: string) => `Dit filmpje komt van ${host}.`,
    fallback: 'Je browser kan dit filmpje niet afspelen. Download het hier:',
  },
  en: {
    title: 'Short film about complex divorces',
    play: 'Watch the film',
    notice: (host: string) => `This film comes from ${host}. Your browser loads it from that site only when you press the button.`,
    loaded: (host: string) => `This film comes from ${host}.`,
    fallback: 'Your browser cannot play this film. Download it here:',
  },
};

/** The captions track's name in the reader's language ("Nederlands", "English"), or its tag when the browser cannot say. */
function captionsLabel(tag: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export interface VideoOptions {
  readonly lang: Lang;
  /** The partner's `video-title`, if any. */
  readonly title?: string;
  /** True once the reader asked for the third party's player: it then stays. */
  readonly playerLoaded: boolean;
  /** Called when the reader asks for the third party's player. */
  readonly onPlayerLoad: () => void;
}

/**
 * Fills `box` (the film's place, already on the page at its size) with the film, and returns what goes
 * below it: for a third party's player, the line naming that party.
 */
export function renderVideo(box: HTMLElement, video: KickoffVideo, options: VideoOptions): Node[] {
  const m = say[options.lang];
  const title = options.title || m.title;
  if (video.kind === 'own') {
    // No autoplay, nothing loaded before the reader presses play (the poster aside); captions on by default.
    box.replaceChildren(
      h(
        'video',
        { controls: '', preload: 'none', poster: video.poster, 'aria-label': title },
        h('source', { src: video.src }),
        h('track', { kind: 'captions', src: video.captions, srclang: video.captionsLang, label: captionsLabel(video.captionsLang, options.lang), default: '' }),
        h('p', {}, `${m.fallback} `, h('a', { href: video.src }, title)),
      ),
    );
    return [];
  }
  const notice = h('p', { class: 'notice', part: 'notice', id: 'video-notice' });
  const showPlayer = () => {
    // The third party's player, from the reader's click on: sandboxed, no referrer, the least it needs.
    const frame = h('iframe', {
      src: video.url,
      // Named for screen readers without a tooltip (a title would show one).
      'aria-label': title,
      sandbox: 'allow-scripts allow-same-origin allow-presentation',
      allow: 'fullscreen',
      allowfullscreen: '',
      referrerpolicy: 'no-referrer',
    });
    box.replaceChildren(frame);
    notice.textContent = m.loaded(video.host);
    return frame;
  };
  if (options.playerLoaded) {
    showPlayer();
    return [notice];
  }
  notice.textContent = m.notice(video.host);
  const button = h(
    'button',
    { type: 'button', class: 'play', part: 'button', 'aria-describedby': 'video-notice' },
    h('span', { 'aria-hidden': 'true' }, '▶'),
    m.play,
  );
  button.addEventListener('click', () => {
    options.onPlayerLoad();
    showPlayer().focus();
  });
  // The poster is the partner's own image (no request to the third party before the click).
  box.replaceChildren(...(video.poster ? [h('img', { class: 'poster', src: video.poster, alt: '' })] : []), button);
  return [notice];
}
