import type { ReactiveElement } from 'lit';

/**
 * What a page or a framework did to an element before its class was defined: a framework that
 * renders first (React, Vue, a script tag later in the page, a lazy import) sets properties on the
 * plain element, or writes an object as an attribute (`result="[object Object]"`).
 *
 * Lit keeps the values of its reactive properties set that early and applies them on the first
 * update. `takeEarlyProperties` does the same for the class's other accessors (a getter such as the
 * self-scan's `result`), which an own property of that name would otherwise hide for good.
 * `warnObjectAttributes` names, once, an attribute written for a property that has none.
 */

/** The accessor `key` has on the element's class (or a class above it), if any. */
function accessorOf(element: object, key: string): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return descriptor.get || descriptor.set ? descriptor : undefined;
  }
  return undefined;
}

/**
 * Takes the own properties that hide an accessor of the element's class (call it in the
 * constructor): each is removed, and a value for an accessor with a setter is returned, to be set
 * once the element is constructed (`applyEarlyProperties`). A value for a read-only property is
 * dropped with a warning.
 */
export function takeEarlyProperties(element: HTMLElement): Map<string, unknown> | undefined {
  let taken: Map<string, unknown> | undefined;
  for (const key of Object.keys(element)) {
    const accessor = accessorOf(element, key);
    if (!accessor) continue;
    const value = (element as unknown as Record<string, unknown>)[key];
    delete (element as unknown as Record<string, unknown>)[key];
    if (accessor.set) (taken ??= new Map()).set(key, value);
    else console.warn(`[otd-widgets] <${element.localName}>: ${key} is read-only; the value set before the element was defined is ignored.`);
  }
  return taken;
}

/** Sets what `takeEarlyProperties` took, through the class's setters. */
export function applyEarlyProperties(element: HTMLElement, taken: Map<string, unknown> | undefined): void {
  for (const [key, value] of taken ?? []) (element as unknown as Record<string, unknown>)[key] = value;
}

/**
 * Warns, once per element and attribute, about an attribute named after a property that has none
 * (`attribute: false`, such as the recommender's `result`): a framework that rendered the element
 * before it was defined wrote the object as text. The attribute is never read, so nothing else
 * happens: the element shows no error and follows the scan on the page as before.
 */
export function warnObjectAttributes(element: ReactiveElement, warned: Set<string>): void {
  for (const [name, options] of (element.constructor as typeof ReactiveElement).elementProperties) {
    if (typeof name !== 'string' || options.attribute !== false || options.state) continue;
    const attribute = name.toLowerCase();
    const value = element.getAttribute(attribute);
    if (value === null || warned.has(attribute)) continue;
    warned.add(attribute);
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    console.warn(
      `[otd-widgets] <${element.localName}>: the attribute ${attribute}="${shown}" is ignored: ${name} is a property. ` +
        'A framework that renders before the element is defined writes it as an attribute: load otd-widgets first.',
    );
  }
}
