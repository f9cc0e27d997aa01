import type { Lang } from '../content/model.js';

/** Maps any BCP 47 tag to a language the widgets speak: English for `en*`, Dutch otherwise. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  return /^en\b/i.test(tag.trim()) ? 'en' : 'nl';
}

/**
 * The language of an element: its own `lang` (attribute or property, passed as `own`), else the
 * closest `[lang]` ancestor (across shadow roots), else Dutch.
 */
export function resolveLang(element: Element, own?: string): Lang {
  if (own) return toLang(own) ?? 'nl';
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return toLang(tag) ?? 'nl';
    if (node.parentElement) {
      node = node.parentElement;
    } else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return 'nl';
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so a page
 * that switches language switches the widgets too. One observer serves every element.
 */
export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
