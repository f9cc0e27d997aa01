/** Every otd element class carries its tag as `otdTag`, so two copies of the library recognise each other. */
interface Branded {
  otdTag?: string;
}

/**
 * Registers a custom element without ever throwing, with no Lit (the kick-off, built without Lit,
 * registers through this; the Lit elements through `defineElement`, which also stays quiet on a server).
 * Including the script twice, or the bundle and an element's own entry, leaves the first registration
 * in place silently; a foreign class already holding the tag gets one console warning.
 */
export function registerElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  // No registry, or a server's shim of one (no document): nothing to register.
  if (!registry || typeof document === 'undefined') return;
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
