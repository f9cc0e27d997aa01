import { resolveSafeUrl } from '../content/safe-url.js';

/**
 * What `<otd-kickoff>` decides from its attributes, without the DOM: which finding it shows, where it
 * hands over, which video and podcast it offers, and what a web editor has to fix. The element renders
 * the outcome; nothing a partner configures is ever used as HTML, and every address is checked here.
 */

/** The attributes the kick-off reads. */
export type KickoffAttribute =
  | 'href'
  | 'finding'
  | 'video-src'
  | 'video-captions'
  | 'video-captions-lang'
  | 'video-poster'
  | 'video-embed'
  | 'podcast-url';

/** An attribute as written, or null when absent (the element's `getAttribute`). */
export type ReadAttribute = (name: KickoffAttribute) => string | null;

/** The video the kick-off offers: one of the partner's own, with captions, or a third party's player, loaded on a click. */
export type KickoffVideo =
  | { readonly kind: 'own'; readonly src: string; readonly captions: string; readonly captionsLang: string; readonly poster?: string }
  | { readonly kind: 'embed'; readonly url: string; readonly host: string; readonly poster?: string };

/** The podcast line: the report's series (bundled), a partner's own link, or none. */
export type KickoffPodcast = { readonly kind: 'series' } | { readonly kind: 'link'; readonly url: string } | { readonly kind: 'none' };

export interface KickoffSettings {
  /** The platform page (absolute), or undefined when `href` is missing or not http(s). */
  readonly href?: string;
  /** The findings to choose from, known ids only, in the order written (the default set when none are named). */
  readonly findings: readonly string[];
  readonly video?: KickoffVideo;
  readonly podcast: KickoffPodcast;
  /** What a web editor has to fix, by attribute; shown in the widget, warned in the console and fired as `otd-content-error`. */
  readonly issues: readonly KickoffIssue[];
}

/** Our own issue codes; the element words them (for the web editor, and in English for the console). */
export type KickoffIssueCode = 'required' | 'web_url' | 'https_only' | 'captions_required' | 'invalid_value';

/** One attribute a web editor has to fix: its name, what is wrong, and the value refused (and the values allowed). */
export interface KickoffIssue {
  readonly path: string;
  readonly code: KickoffIssueCode;
  readonly received?: string;
  readonly values?: readonly string[];
}

const issue = (path: string, code: KickoffIssueCode, extra: Omit<KickoffIssue, 'path' | 'code'> = {}): KickoffIssue => ({
  path,
  code,
  ...extra,
});

/** An http(s) address, resolved against the page; undefined (with an issue) when it is not one. */
function webUrl(value: string | null, path: string, base: string, issues: KickoffIssue[]): string | undefined {
  if (value === null || !value.trim()) return undefined;
  const url = resolveSafeUrl(value.trim(), base);
  if (!url) issues.push(issue(path, 'web_url', { received: value }));
  return url ?? undefined;
}

/**
 * The finding ids named in `finding` (space- or comma-separated), known ones once each in the order
 * written; none named, or none known, gives `fallback`.
 */
function findingsOf(value: string | null, known: readonly string[], fallback: readonly string[], issues: KickoffIssue[]): string[] {
  const tokens = (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const ids = [...new Set(tokens.filter((t) => known.includes(t)))];
  const unknown = tokens.filter((t) => !known.includes(t));
  if (unknown.length) {
    issues.push(issue('finding', 'invalid_value', { values: known, received: unknown.join(' ') }));
  }
  return ids.length ? ids : [...fallback];
}

/** The video: the partner's own when it has captions (else none, and why), or else a third party's https player. */
function videoOf(attr: ReadAttribute, base: string, lang: string, issues: KickoffIssue[]): KickoffVideo | undefined {
  const poster = webUrl(attr('video-poster'), 'video-poster', base, issues);
  const withPoster = poster ? { poster } : {};
  const src = webUrl(attr('video-src'), 'video-src', base, issues);
  if (src) {
    const captions = webUrl(attr('video-captions'), 'video-captions', base, issues);
    if (captions) return { kind: 'own', src, captions, captionsLang: attr('video-captions-lang')?.trim() || lang, ...withPoster };
    // Refused without captions: viewers who cannot hear the film would miss what it says (WCAG 1.2.2).
    if (!attr('video-captions')?.trim()) issues.push(issue('video-captions', 'captions_required'));
    return undefined;
  }
  const embed = attr('video-embed')?.trim();
  if (!embed) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(embed);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || !url.hostname) {
    issues.push(issue('video-embed', 'https_only', { received: embed }));
    return undefined;
  }
  return { kind: 'embed', url: url.href, host: url.hostname, ...withPoster };
}

/**
 * Reads the kick-off's attributes (`attr`): `base` resolves relative addresses (the page's base URI), `lang` is
 * the widget's language (the captions' default language), `known` the survey's question ids and
 * `fallback` the findings shown when none are named.
 */
export function readKickoff(
  attr: ReadAttribute,
  options: { readonly base: string; readonly lang: string; readonly known: readonly string[]; readonly fallback: readonly string[] },
): KickoffSettings {
  const issues: KickoffIssue[] = [];
  const hrefValue = attr('href');
  const href = webUrl(hrefValue, 'href', options.base, issues);
  if (!hrefValue?.trim()) issues.push(issue('href', 'required'));
  const findings = findingsOf(attr('finding'), options.known, options.fallback, issues);
  const video = videoOf(attr, options.base, options.lang, issues);
  const podcastValue = attr('podcast-url')?.trim();
  let podcast: KickoffPodcast = { kind: 'series' };
  if (podcastValue?.toLowerCase() === 'none') podcast = { kind: 'none' };
  else if (podcastValue) {
    const url = webUrl(podcastValue, 'podcast-url', options.base, issues);
    if (url) podcast = { kind: 'link', url };
  }
  return { ...(href ? { href } : {}), findings, ...(video ? { video } : {}), podcast, issues };
}

/**
 * One finding per visit: `random()` (in [0, 1)) picks among the choices. Nothing is stored, so the
 * rotation needs no consent; a page that names one finding always shows that one.
 */
export function pickFinding(choices: readonly string[], random: () => number = Math.random): string | undefined {
  if (!choices.length) return undefined;
  const index = Math.min(choices.length - 1, Math.max(0, Math.floor(random() * choices.length)));
  return choices[index];
}

/** `href` without its fragment: the destination an `otd-kickoff-open` listener gets, never the answer. */
export function withoutFragment(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}
