import { isServer } from 'lit';
import { registerElement } from './register.js';

/**
 * Registers a custom element without ever throwing (see `registerElement`).
 *
 * On a server (Node, where Lit's server build shims `customElements`) it registers nothing, so
 * importing the package during server rendering or a static build is harmless: the elements
 * define themselves when the same code runs in the browser.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (isServer) return;
  registerElement(tag, ctor);
}
