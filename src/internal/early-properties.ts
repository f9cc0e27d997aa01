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
 *
 * This code is in every widget's first load, so it is kept short (the messages too).
 */

/**
 * Takes the own properties that hide an accessor of the element's class (call it in the
 * constructor): each is removed, and a value for an accessor with a setter is returned, to be set
 * once the element is constructed (`applyEarlyProperties`). A value for a read-only property is
 * dropped with a warning.
 */
export function takeEarlyProperties(element: HTMLElement): [string, unknown][] {
  const own = element as unknown as Record<string, unknown>;
  const taken: [string, unknown][] = [];
  for (const key of Object.keys(element)) {
    let accessor: PropertyDescriptor | undefined;
    for (let proto = Object.getPrototypeOf(element); proto && !accessor; proto = Object.getPrototypeOf(proto)) {
      accessor = Object.getOwnPropertyDescriptor(proto, key);
    }
    if (!accessor?.get && !accessor?.set) continue;
    if (accessor.set) taken.push([key, own[key]]);
    else console.warn(`[otd-widgets] <${element.localName}>: ${key} is read-only, the early value is ignored.`);
    delete own[key];
  }
  return taken;
}

/** Sets what `takeEarlyProperties` took, through the class's setters, once (the list is emptied). */
export function applyEarlyProperties(element: HTMLElement, taken: [string, unknown][]): void {
  for (const [key, value] of taken.splice(0)) (element as unknown as Record<string, unknown>)[key] = value;
}

const warned = new WeakSet<Element>();

/**
 * Warns, once per element, about an attribute named after a property that has none (`attribute:
 * false`, such as the recommender's `result`): a framework that rendered the element before it was
 * defined wrote the object as text. The attribute is never read, so nothing else happens: the
 * element shows no error and follows the scan on the page as before.
 */
export function warnObjectAttributes(element: ReactiveElement): void {
  for (const [name, options] of (element.constructor as typeof ReactiveElement).elementProperties) {
    const value = options.attribute === false && !options.state ? element.getAttribute(String(name)) : null;
    if (value === null || warned.has(element)) continue;
    warned.add(element);
    console.warn(
      `[otd-widgets] <${element.localName}>: the attribute ${String(name)}="${value.slice(0, 40)}" is ignored, ` +
        `${String(name)} is a property: load otd-widgets before the first render.`,
    );
  }
}
