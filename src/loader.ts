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
const TAGS = [
  'otd-self-scan',
  'otd-resource-recommender',
  'otd-escalation-card',
  'otd-course-signup',
  'otd-survey-trend',
  'otd-kickoff',
] as const;

/**
 * The one widget not in the all-in-one file (`otd-widgets.all.js`): the kick-off is made for a
 * partner's page, mostly on its own, and needs nothing of the others (it is built without Lit).
 */
const NOT_IN_ALL = 'otd-kickoff';

const selector = TAGS.map((t) => `${t}:not(:defined)`).join(',');
const base = new URL('./', import.meta.url);

interface Registry {
  readonly loading: Map<string, Promise<unknown>>;
  /** The all-in-one file, once the loader took it: a tag it does not carry loads through it. */
  all?: Promise<AllInOne | void>;
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

/** The tag the all-in-one file loads on demand (with its own copy of Lit and the base), not at once. */
const TREND = 'otd-survey-trend';

interface AllInOne {
  loadSurveyTrend?: () => Promise<unknown>;
}

function loadAll(registry: Registry, tags: readonly string[]): Promise<void> {
  const all = (registry.all ??= (import(/* @vite-ignore */ new URL('otd-widgets.all.js', base).href) as Promise<AllInOne>).catch(
    (error: unknown) => {
      for (const tag of tags) registry.loading.delete(tag);
      registry.all = undefined;
      console.warn('[otd-widgets] the widgets could not be loaded:', error);
    },
  ));
  for (const tag of tags) registry.loading.set(tag, tag === TREND ? all.then((m) => m?.loadSurveyTrend?.()) : all);
  return all.then(() => undefined);
}

function load(registry: Registry, tag: string): Promise<unknown> {
  let loading = registry.loading.get(tag);
  // With the all-in-one file on the page, the trend loads through it, sharing its Lit.
  if (!loading && tag === TREND && registry.all) {
    loading = registry.all.then((m) => m?.loadSurveyTrend?.());
    registry.loading.set(tag, loading);
  }
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
      const inAll = missing.filter((tag) => tag !== NOT_IN_ALL);
      const own = inAll.length >= ALL_AT_ONCE ? missing.filter((tag) => tag === NOT_IN_ALL) : missing;
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
