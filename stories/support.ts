// What the widgets' stories share: building an element the way a page does, the common controls,
// a municipality's theme, checked example content and a stubbed `fetch`. Not a stories file itself
// (.storybook/main.ts picks up `*.stories.ts` only).
import { html } from 'lit';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';

type ArgType = ArgTypes[string];

/** The `lang` control: empty for the page's language. */
export const LANG_ARG: ArgType = {
  control: 'inline-radio',
  options: ['', 'nl', 'en'],
  description: 'Empty: the page language, else Dutch.',
};

/** The `heading-level` control (1 to 5). */
export const headingLevelArg = (description = 'Level of the heading.'): ArgType => ({
  control: { type: 'number', min: 1, max: 5 },
  description,
});

/** The `content-src` control. */
export const CONTENT_SRC_ARG: ArgType = { control: 'text', description: 'URL of a partner content file (http(s) only).' };

/** `parameters` with the component's description on its docs page. */
export const componentDocs = (component: string) => ({ docs: { description: { component } } });

/**
 * Creates a widget with these attributes, leaving out the empty ones (an empty control means
 * "no attribute"), as a page would write it.
 */
export function createWidget<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | undefined>>,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value) el.setAttribute(name, String(value));
  }
  return el;
}

/** Gives a widget inline partner content: a `<script type="application/json">` child (a Lit binding cannot go inside a <script>). */
export function appendInlineContent(el: HTMLElement, content: unknown): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(content, null, 2);
  el.append(script);
}

/** The story's widget, from the canvas. */
export function widgetIn<K extends keyof HTMLElementTagNameMap>(canvasElement: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const el = canvasElement.querySelector(tag);
  if (!el) throw new Error(`No <${tag}> in the story`);
  return el;
}

/**
 * A loader that makes sure the stories only show partner content the schema accepts, and that
 * their broken example really is refused. The parser is imported lazily, as the elements do, so it
 * stays out of their own chunks.
 */
export function checkPartnerContent(examples: unknown, broken: unknown): () => Promise<Record<string, never>> {
  return async () => {
    const { parsePartnerContent } = await import('../src/content/parse.js');
    if (!parsePartnerContent(examples).ok) throw new Error('The example partner content no longer passes the schema');
    if (parsePartnerContent(broken).ok) throw new Error('The broken partner content passes the schema');
    return {};
  };
}

/** An answer that never comes: the request ends only when the element gives up (aborts) or the page goes. */
export const never = (signal?: AbortSignal | null): Promise<Response> =>
  new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));

/**
 * Replaces `fetch` until the returned function is called: `answer` gets each request's URL (resolved
 * against the page) and answers it, or returns undefined to let it go to the network as usual.
 */
export function stubFetch(answer: (url: URL, init?: RequestInit) => Promise<Response> | undefined): () => void {
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    return answer(url, init) ?? realFetch(input, init);
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** Puts the story on a page with a municipality's NL Design System theme (example tokens). */
export const municipalityTheme: Decorator = (story) => html`
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
`;
