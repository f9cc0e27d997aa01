import type { ContentIssue } from '../../content/issues.js';
import type { Lang } from '../../content/model.js';
import type { KickoffIssue, KickoffIssueCode } from '../../logic/kickoff.js';
import { h } from './otd-kickoff.dom.js';

/**
 * What `<otd-kickoff>` says when a web editor has to fix an attribute: the readable error in the
 * widget (Dutch and English), and the English line for the console and `otd-content-error`. Loaded
 * only when there is something to fix, so a kick-off set up well never loads it.
 */

const say = {
  nl: {
    title: 'Deze widget is niet goed ingesteld.',
    hint: 'Voor de beheerder van deze pagina:',
    required: 'ontbreekt: geef het adres van de pagina met de zelfscan (https://…)',
    web_url: 'moet een webadres zijn (https:// of http://)',
    https_only: 'moet een volledig webadres zijn dat met https:// begint',
    captions_required: 'ontbreekt bij video-src: een filmpje zonder ondertiteling wordt niet getoond',
    invalid_value: (received: string, values: string) => `„${received}" is onbekend; kies uit: ${values}`,
  },
  en: {
    title: 'This widget is not set up correctly.',
    hint: 'For the administrator of this page:',
    required: 'is missing: give the address of the page with the self-scan (https://…)',
    web_url: 'must be a web address (https:// or http://)',
    https_only: 'must be a full web address starting with https://',
    captions_required: 'is missing next to video-src: a film without captions is not shown',
    invalid_value: (received: string, values: string) => `"${received}" is unknown; choose from: ${values}`,
  },
} satisfies Record<Lang, Record<KickoffIssueCode, unknown> & { title: string; hint: string }>;

/** The English line for the console and the event, per issue. */
const CONSOLE: Record<KickoffIssueCode, (i: KickoffIssue) => string> = {
  required: () => 'href is required: the address of the platform page with the self-scan',
  web_url: (i) => `${i.path} must be an http(s) address; "${i.received}" is not used`,
  https_only: (i) => `${i.path} must be a full https address; "${i.received}" is not used`,
  captions_required: () =>
    'video-src needs video-captions (a WebVTT captions file): a video without captions is not shown, as viewers who cannot hear it would miss what it says (WCAG 1.2.2)',
  invalid_value: (i) => `Unknown ${i.path} "${(i.received ?? '').split(' ').join('", "')}"`,
};

/** The issues as every widget reports them: with an English message. */
export const contentIssues = (issues: readonly KickoffIssue[]): ContentIssue[] =>
  issues.map((i) => ({ ...i, message: CONSOLE[i.code](i) }));

/** The readable error: what to fix, attribute by attribute, in the widget's language. */
export function renderProblems(issues: readonly KickoffIssue[], lang: Lang): HTMLElement {
  const m = say[lang];
  const describe = (i: KickoffIssue) =>
    i.code === 'invalid_value' ? m.invalid_value(i.received ?? '', (i.values ?? []).join(', ')) : m[i.code];
  return h(
    'div',
    { class: 'content-problem', part: 'content-error' },
    h('p', {}, h('strong', {}, m.title)),
    h('p', {}, m.hint),
    h('ul', {}, ...issues.map((i) => h('li', {}, h('code', {}, i.path), `: ${describe(i)}`))),
  );
}

/** The console line for the issues. */
export const consoleLine = (issues: readonly ContentIssue[]): string =>
  `[otd-widgets] <otd-kickoff>: attributes not used:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`;
