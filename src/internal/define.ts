import { isServer } from 'lit';

/** Every otd element class carries its tag as `otdTag`, so two copies of the library recognise each other. */
interface Branded {
  otdTag?: string;
}

/**
 * Registers a custom element without ever throwing. Including the script twice, or the
 * bundle and an element's own entry, leaves the first registration in place silently;
 * a foreign class already holding the tag gets one console warning.
 *
 * On a server (Node, where Lit's server build shims `customElements`) it registers nothing, so
 * importing the package during server rendering or a static build is harmless: the elements
 * define themselves when the same code runs in the browser.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (isServer || !registry) return;
  const existing = registry.get(tag) as (CustomElementConstructor & Branded) | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (error) {
      console.warn(`[otd-widgets] <${tag}> could not be registered:`, error);
    }
    return;
  }
  if (existing === ctor || existing.otdTag === tag) return;
  console.warn(
    `[otd-widgets] <${tag}> is already defined by another script on this page; otd-widgets leaves it alone.`,
  );
}
