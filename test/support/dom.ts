// Finding things in a widget the way a person does (by role and accessible name, label, legend and
// text), putting widgets on a page of their own, and waiting for them. Shared by the element tests.
// Not a full accessible-name computation: only what our markup needs.

/** Collapses every run of whitespace to one space and trims; `null` and `undefined` read as ''. */
export const normalizeSpace = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of a node as a person reads it (whitespace collapsed); '' for a missing node. */
export const textOf = (node: Node | null | undefined): string => normalizeSpace(node?.textContent);

/** Whether a name is `name` exactly (a string) or matches it (a RegExp). */
export function matchesName(actual: string, name: string | RegExp): boolean {
  return typeof name === 'string' ? actual === name : name.test(actual);
}

/** The roles the tests look for, each with the markup that has it in our widgets. */
export type Role =
  | 'article'
  | 'button'
  | 'checkbox'
  | 'combobox'
  | 'complementary'
  | 'figure'
  | 'group'
  | 'heading'
  | 'link'
  | 'radio'
  | 'region'
  | 'status'
  | 'table';

const ROLE_SELECTORS: Record<Role, string> = {
  article: 'article',
  button: 'button',
  checkbox: 'input[type="checkbox"]',
  combobox: 'select:not([multiple]):not([size])',
  complementary: 'aside',
  figure: 'figure',
  group: 'fieldset',
  heading: 'h1, h2, h3, h4, h5, h6',
  link: 'a[href]',
  radio: 'input[type="radio"]',
  region: 'section[aria-labelledby], section[aria-label]',
  status: '[role="status"]',
  table: 'table',
};

/**
 * The accessible name, computed the simple way our markup needs: `aria-labelledby`, `aria-label`,
 * a form control's `<label>`, a fieldset's `<legend>`, a table's caption, a figure's figcaption,
 * else the text.
 */
export function nameOf(node: Element): string {
  const root = node.getRootNode() as Document | ShadowRoot;
  const labelledBy = node.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => normalizeSpace(root.getElementById(id)?.textContent)).join(' ');
  const label = node.getAttribute('aria-label');
  if (label) return normalizeSpace(label);
  if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement) {
    return normalizeSpace(node.labels?.[0]?.textContent);
  }
  if (node instanceof HTMLFieldSetElement) return normalizeSpace(node.querySelector(':scope > legend')?.textContent);
  if (node instanceof HTMLTableElement) return normalizeSpace(node.caption?.textContent);
  if (node.localName === 'figure') return normalizeSpace(node.querySelector(':scope > figcaption')?.textContent);
  return normalizeSpace(node.textContent);
}

/** Every element with this role (and name, when given) in scope, leaving out what is `hidden`. */
export function allByRole<T extends HTMLElement = HTMLElement>(scope: ParentNode, role: Role, name?: string | RegExp): T[] {
  return [...scope.querySelectorAll<T>(ROLE_SELECTORS[role])].filter(
    (n) => !n.closest('[hidden]') && (name === undefined || matchesName(nameOf(n), name)),
  );
}

/** The one element with this role (and name); throws, listing the names there are, unless exactly one. */
export function byRole<T extends HTMLElement = HTMLElement>(scope: ParentNode, role: Role, name?: string | RegExp): T {
  const found = allByRole<T>(scope, role, name);
  if (found.length !== 1) {
    const names = allByRole(scope, role).map(nameOf);
    throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}. There are: ${JSON.stringify(names)}`);
  }
  return found[0]!;
}

/** The first element with this role (and name), or null. */
export const queryByRole = <T extends HTMLElement = HTMLElement>(scope: ParentNode, role: Role, name?: string | RegExp): T | null =>
  allByRole<T>(scope, role, name)[0] ?? null;

/** The accessible names of every element with this role, in document order. */
export const namesOf = (scope: ParentNode, role: Role): string[] => allByRole(scope, role).map(nameOf);

/** The control that the one visible `<label>` with this text belongs to (through the shadow root). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, name: string | RegExp): T {
  const labels = [...scope.querySelectorAll('label')].filter(
    (l) => !l.closest('[aria-hidden="true"]') && matchesName(normalizeSpace(l.textContent), name),
  );
  if (labels.length !== 1) {
    const all = [...scope.querySelectorAll('label')].map((l) => normalizeSpace(l.textContent));
    throw new Error(`Expected one label ${String(name)}, found ${labels.length}. Labels: ${JSON.stringify(all)}`);
  }
  const control = labels[0]!.control;
  if (!control) throw new Error(`Label ${String(name)} has no control`);
  return control as unknown as T;
}

/** The one group of choices (`<fieldset>`) with this legend. */
export const byLegend = (scope: ParentNode, legend: string | RegExp): HTMLFieldSetElement =>
  byRole<HTMLFieldSetElement>(scope, 'group', legend);

/** The first element with this CSS part name (one of the names in its `part`), or null. */
export const byPart = <T extends HTMLElement = HTMLElement>(scope: ParentNode, part: string): T | null =>
  scope.querySelector<T>(`[part~="${part}"]`);

/** A widget's message about content it refused (`part="content-error"`), or null when there is none. */
export const contentError = (root: ParentNode): HTMLElement | null => byPart(root, 'content-error');

// ---------------------------------------------------------------------------------------------
// Pages and waiting
// ---------------------------------------------------------------------------------------------

/** Pages added by the current test, removed after it by removePages(). */
const pages: HTMLElement[] = [];

/**
 * A small page of its own at the end of the body (a `<div>`, or a `<form>`), removed by removePages().
 * Built by hand rather than with fixture(): fixture() waits an animation frame for plain elements,
 * and a test page that is not the browser's front tab (Web Test Runner runs files side by side)
 * never gets one.
 */
export function addPage(tag: 'div' | 'form' = 'div'): HTMLElement {
  const page = document.createElement(tag);
  document.body.append(page);
  pages.push(page);
  return page;
}

/** Removes every page added with addPage() (call it in `afterEach`). */
export function removePages(): void {
  for (const page of pages.splice(0)) page.remove();
}

/** A widget that loads content: rendered, its content loaded or refused, and rendered again. */
export async function contentSettled(el: { readonly updateComplete: Promise<unknown>; readonly contentComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await el.contentComplete;
  await el.updateComplete;
}

/** Stops links from navigating (tel:, mailto:, data:, new tabs) while a test activates them; returns the undo. */
export function preventNavigation(): () => void {
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('click', stop, { capture: true });
  return () => document.removeEventListener('click', stop, { capture: true });
}
