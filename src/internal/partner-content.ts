import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { ContentIssue } from '../content/issues.js';
import type { Lang } from '../content/model.js';
import { resolveSafeUrl } from '../content/safe-url.js';
import type { PartnerContent } from '../content/schema/partner-content.js';
import { baseCatalogue, describeIssue } from './messages.js';

/**
 * A widget's partner content (from `content-src` or an inline `<script type="application/json">`
 * child) and the readable problem list: loaded only by a widget that has content or a problem with
 * its attributes, so a page with the bundled defaults never downloads it.
 */

export { baseCatalogue };

/** How long a `content-src` request may take before it counts as failed. */
export const CONTENT_TIMEOUT_MS = 10_000;

export type ContentState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly content: PartnerContent }
  | { readonly status: 'invalid'; readonly source: string; readonly issues: readonly ContentIssue[] };

const READY: ContentState = { status: 'ready', content: {} };

async function fromText(text: string, source: string): Promise<ContentState> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'invalid', source, issues: [{ path: '', message: 'Not valid JSON', code: 'json' }] };
  }
  // Valid content needs no zod; only content with a problem loads it, to name every problem.
  const { checkPartnerContent } = await import('../content/partner-check.js');
  const content = checkPartnerContent(data);
  if (content) return { status: 'ready', content };
  const { parsePartnerContent } = await import('../content/parse.js');
  const result = parsePartnerContent(data);
  return result.ok ? { status: 'ready', content: result.content } : { status: 'invalid', source, issues: result.issues };
}

async function fromUrl(src: string, signal: AbortSignal): Promise<ContentState> {
  const url = resolveSafeUrl(src, document.baseURI);
  if (!url) {
    return { status: 'invalid', source: src, issues: [{ path: '', message: 'content-src must be http(s)', code: 'source' }] };
  }
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(CONTENT_TIMEOUT_MS)]),
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal.aborted) throw error;
    const reason = error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network error';
    return { status: 'invalid', source: url, issues: [{ path: '', message: reason, code: 'load' }] };
  }
  if (!response.ok) {
    return { status: 'invalid', source: url, issues: [{ path: '', message: `HTTP ${response.status}`, code: 'load' }] };
  }
  return fromText(await response.text(), url);
}

/** Loads and checks the content whenever `args` change (abortable, with a loading state). */
export function contentTask(host: ReactiveControllerHost, args: () => readonly [string | undefined, string | null]) {
  return new Task(host, {
    args,
    task: async ([src, inline], { signal }): Promise<ContentState> => {
      if (src) return fromUrl(src, signal);
      if (inline !== null) return fromText(inline, 'inline');
      return READY;
    },
  });
}

/** The loading line, or the readable list of problems naming each field; nothing when there is none. */
export function renderContentStatus(
  state: ContentState,
  attributeIssues: readonly ContentIssue[],
  lang: Lang,
): TemplateResult | typeof nothing {
  const m = baseCatalogue.get(lang) ?? baseCatalogue.nl;
  if (state.status === 'loading') return html`<p class="loading" role="status" part="loading">${m.loading}</p>`;
  const issues = [...(state.status === 'invalid' ? state.issues : []), ...attributeIssues];
  if (!issues.length) return nothing;
  return html`
    <div class="content-problem" part="content-error">
      <p><strong>${m.contentProblemTitle}</strong></p>
      <p>${m.contentProblemHint}</p>
      <ul>
        ${issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${describeIssue(issue, m)}</li>`)}
      </ul>
    </div>
  `;
}
