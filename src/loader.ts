/**
 * The snippet a web editor pastes: `<script type="module" src="…/otd-widgets.js"></script>`. It
 * loads each widget's code only when its tag is on the page, from `elements/<tag>.js` beside this
 * file: tags in the page now, tags added later, and tags in shadow roots it is told about with
 * `discover(root)` (also `window.otdWidgets.discover`). Loading it twice, or with an element's own
 * file or the all-in-one bundle, is harmless: a tag is loaded once, and never when it is defined.
 *
 * It stays small (it is on every page with the snippet) and imports nothing.
 */

/** The widgets this loader knows; each is `elements/<tag>.js` next to it. */
const TAGS = ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card', 'otd-course-signup', 'otd-kickoff'] as const;

/**
 * The widgets in the all-in-one file (`otd-widgets.all.js`). The kick-off is not: it is made for a
 * partner's page, mostly on its own, and needs nothing of the others (it is built without Lit).
 */
const IN_ALL: readonly string[] = TAGS.slice(0, 4);

const selector = TAGS.map((t) => `${t}:not(:defined)`).join(',');
const base = new URL('./', import.meta.url);

interface Registry {
  readonly loading: Map<string, Promise<unknown>>;
  discover(root: Document | ShadowRoot | Element): Promise<void>;
}

declare global {
  interface Window {
    /** The loader on this page (the first one loaded). */
    otdWidgets?: Registry;
  }
}

/** From this many kinds of widget on a page, the loader takes the all-in-one file. */
const ALL_AT_ONCE = 3;

function loadAll(registry: Registry, tags: readonly string[]): Promise<void> {
  const loading = import(/* @vite-ignore */ new URL('otd-widgets.all.js', base).href).catch((error: unknown) => {
    for (const tag of tags) registry.loading.delete(tag);
    console.warn('[otd-widgets] the widgets could not be loaded:', error);
  });
  for (const tag of tags) registry.loading.set(tag, loading);
  return loading.then(() => undefined);
}

function load(registry: Registry, tag: string): Promise<unknown> {
  let loading = registry.loading.get(tag);
  if (!loading) {
    loading = import(/* @vite-ignore */ new URL(`elements/${tag}.js`, base).href).catch((error: unknown) => {
      // A later discover() may try again (a flaky network); the page keeps working without it.
      registry.loading.delete(tag);
      console.warn(`[otd-widgets] <${tag}> could not be loaded:`, error);
    });
    registry.loading.set(tag, loading);
  }
  return loading;
}

function createRegistry(): Registry {
  const registry: Registry = {
    loading: new Map(),
    async discover(root) {
      const found = new Set<string>();
      if (root instanceof Element && root.matches(selector)) found.add(root.localName);
      for (const el of root.querySelectorAll(selector)) found.add(el.localName);
      const missing = [...found].filter((tag) => !customElements.get(tag) && !registry.loading.has(tag));
      // Three or four kinds of widget at once: one file with all of them costs less than their own
      // files together (they share much that compresses once), so take that.
      const inAll = missing.filter((tag) => IN_ALL.includes(tag));
      const own = inAll.length >= ALL_AT_ONCE ? missing.filter((tag) => !IN_ALL.includes(tag)) : missing;
      await Promise.all([...(own === missing ? [] : [loadAll(registry, inAll)]), ...own.map((tag) => load(registry, tag))]);
    },
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void registry.discover(node);
    }
  }).observe(document, { childList: true, subtree: true });
  return registry;
}

const registry = (window.otdWidgets ??= createRegistry());
void registry.discover(document);

/** Loads the widgets found in `root`, for example a shadow root the page's own components render them in. */
export const discover = (root: Document | ShadowRoot | Element): Promise<void> => registry.discover(root);
