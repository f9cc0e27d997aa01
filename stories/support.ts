// What the widgets' stories share: building an element the way a page does, the common controls,
// checked example content and a stubbed `fetch`. Not a stories file itself
// (.storybook/main.ts picks up `*.stories.ts` only).
import type { ArgTypes } from '@storybook/web-components-vite';

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

/**
 * `parameters` with the component's description on its docs page: what it does, which stories show
 * the states every element is shown in (empty, loading, content error, partly done, complete, queued,
 * success) and which of them do not apply to it, and a picture of it on the demo page
 * (`docs/screenshots/<tag>.png`, made by `npm run screenshots`, served by .storybook/main.ts).
 */
export const componentDocs = (
  tag: keyof HTMLElementTagNameMap,
  description: string,
  options: { states: string; screenshot: string },
) => ({
  docs: {
    description: {
      component: [
        description,
        `**States.** ${options.states} Every story follows the toolbar's "Page language" (Dutch or English), ` +
          'except the English ones, which set `lang="en"`, and its "Theme", except the one named after its theme.',
        // Half its size: the picture is there to recognise the widget, the stories below are the real thing.
        `**On the demo page** (made by \`npm run screenshots\`):\n\n` +
          `<img src="screenshots/${tag}.png" alt="${options.screenshot}" width="448">`,
      ].join('\n\n'),
    },
  },
});

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
