// Checks for the WCAG success criteria that axe does not cover (or covers only when asked): reflow,
// text spacing, target size, focus order and focus appearance. Shared by the test/elements/*.wcag.test.ts
// files; each takes a widget (its host element) and looks through its shadow root as a person sees it.
// The last section runs whole checks over every state of a widget, for the checks that are the same
// for all of them.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { setViewport } from './browser.js';
import { addPage, nameOf, normalizeSpace, removePages } from './dom.js';
import { pressShiftTab } from './keys.js';

/** What the widgets are: an element with an open shadow root and Lit's `updateComplete`. */
export type Widget = HTMLElement & { readonly updateComplete: Promise<unknown> };

/** The widget's shadow root (every otd element has an open one). */
const rootOf = (el: Widget): ShadowRoot => el.shadowRoot!;

/** The viewport every test file starts with in Web Test Runner; tests that change it put it back. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 } as const;

/** Runs `check` with the viewport at `width` × `height` CSS px, then puts the default viewport back. */
export async function atViewport<T>(width: number, height: number, check: () => Promise<T>): Promise<T> {
  await setViewport({ width, height });
  try {
    return await check();
  } finally {
    await setViewport(DEFAULT_VIEWPORT);
  }
}

/** Rendered and not made invisible (also not inside a closed `<details>`). */
const rendered = (n: Element): boolean => n.getClientRects().length > 0 && n.checkVisibility({ visibilityProperty: true });

/** Nodes a person sees: rendered, not visually hidden for screen readers only, not the honeypot, not in the SVG chart. */
function shown(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (n) => n instanceof HTMLElement && rendered(n) && !n.closest('.visually-hidden, .hp, [aria-hidden="true"]'),
  );
}

/** The first ancestor (inside the shadow root) that scrolls sideways by itself, as a data table's wrapper may (1.4.10's exception). */
function scrollingAncestor(node: Element): Element | null {
  for (let n = node.parentElement; n; n = n.parentElement) {
    const overflow = getComputedStyle(n).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') return n;
  }
  return null;
}

/**
 * 1.4.10 Reflow: what sticks out of the widget's box sideways (as `tag#id.class: right edge`),
 * leaving out what is inside a container that scrolls on its own (a data table's wrapper).
 */
export function overflowingSideways(el: Widget): string[] {
  const host = el.getBoundingClientRect();
  return shown(rootOf(el))
    .filter((n) => !scrollingAncestor(n))
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.right > host.right + 0.5 || r.left < host.left - 0.5;
    })
    .map((n) => `${n.localName}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).split(' ')[0]}` : ''}`);
}

/** The elements that scroll sideways on their own (only data tables may, under 1.4.10). */
export function ownScrollers(el: Widget): Element[] {
  return shown(rootOf(el)).filter((n) => {
    const overflow = getComputedStyle(n).overflowX;
    return (overflow === 'auto' || overflow === 'scroll') && n.scrollWidth > n.clientWidth + 1;
  });
}

/** Asserts 1.4.10 at the current viewport: the page does not scroll sideways and nothing of the widget sticks out. */
export function expectReflow(el: Widget): void {
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
  expect(overflowingSideways(el), 'sticks out of the widget').to.deep.equal([]);
  for (const scroller of ownScrollers(el)) {
    expect(scroller.querySelector('table'), 'only a data table may scroll on its own').to.be.instanceOf(HTMLTableElement);
  }
}

/** The text-spacing bookmarklet's values (1.4.12), as a style sheet in the widget's shadow root. */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Adds the text-spacing sheet to the widget's shadow root; returns the undo. */
export async function applyTextSpacing(el: Widget): Promise<() => void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const root = rootOf(el);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  await el.updateComplete;
  // Proof that the spacing applies (else the check below could not fail): a paragraph's letter spacing is 0.12em.
  const p = root.querySelector('p')!;
  const size = parseFloat(getComputedStyle(p).fontSize);
  expect(parseFloat(getComputedStyle(p).letterSpacing), 'letter-spacing applied').to.be.closeTo(0.12 * size, 0.05);
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * A select's room for its chosen option's text (its inner width less its padding), and that text's
 * width as the select sets it. Only WebKit reports a select's cut-off text as scrollWidth; this
 * measures it in every browser.
 */
export function selectText(select: HTMLSelectElement): { readonly text: number; readonly room: number } {
  const style = getComputedStyle(select);
  const probe = document.createElement('span');
  probe.textContent = select.selectedOptions[0]?.text ?? '';
  probe.style.cssText = 'position: absolute; visibility: hidden; white-space: pre';
  const copied = ['fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontStretch', 'letterSpacing', 'wordSpacing', 'textTransform'] as const;
  for (const p of copied) probe.style[p] = style[p];
  document.body.append(probe);
  const text = probe.getBoundingClientRect().width;
  probe.remove();
  return { text, room: select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
}

/**
 * 1.4.12 and 1.4.4: text that no longer fits its box. An element that hides its overflow (or a
 * control, whose text a browser clips) and has more content than room, a select whose chosen
 * option's text is wider than its room, or text that runs out of its box sideways; described as
 * `tag#id.class (content × room)`.
 */
export function clippedText(el: Widget): string[] {
  const found: string[] = [];
  for (const n of shown(rootOf(el))) {
    const hasText = [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
    const style = getComputedStyle(n);
    if (style.display === 'inline' || n.clientWidth === 0) continue;
    const hides = /hidden|clip/.test(style.overflowX + style.overflowY);
    const control = n.matches('button, select, input, textarea');
    if (!hasText && !hides && !control) continue;
    const wide = n.scrollWidth > n.clientWidth + 1;
    const tall = (hides || control) && n.scrollHeight > n.clientHeight + 1 && n.localName !== 'textarea' && n.localName !== 'select';
    const name = `${n.localName}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).split(' ')[0]}` : ''}`;
    if (wide || tall) {
      found.push(`${name} (${n.scrollWidth}×${n.scrollHeight} in ${n.clientWidth}×${n.clientHeight})`);
    } else if (n instanceof HTMLSelectElement) {
      const { text, room } = selectText(n);
      if (text > room + 1) found.push(`${name} (its text ${Math.round(text)} wide in ${Math.round(room)})`);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Target size (2.5.8)
// ---------------------------------------------------------------------------------------------

/** Every control a person can point at in the widget (visible, not disabled), with the box that takes the click. */
export function targets(el: Widget): { readonly control: HTMLElement; readonly box: DOMRect }[] {
  const controls = shown(rootOf(el)).filter(
    (n) => n.matches('a[href], button, input, select, textarea, summary') && !(n as HTMLInputElement).disabled,
  );
  return controls.map((control) => {
    // A radio or checkbox inside its <label> takes the click on the whole label.
    const label = control instanceof HTMLInputElement ? control.closest('label') : null;
    return { control, box: (label ?? control).getBoundingClientRect() };
  });
}

/** The controls smaller than 24 × 24 CSS px, by name, with their size. */
export function undersized(el: Widget): string[] {
  return targets(el)
    .filter(({ box }) => box.width < 24 - 0.01 || box.height < 24 - 0.01)
    .map(({ control, box }) => `${control.localName} "${nameOf(control)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
}

/** axe's own 2.5.8 rule (off by default in axe): the violations, and how many targets it judged. */
export async function axeTargetSize(el: Widget): Promise<{ checked: number; violations: string[] }> {
  const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
  const result = await axe.run(el, { runOnly: ['target-size'], resultTypes: ['passes', 'violations'] });
  const nodes = (list: AxeResults['passes']) => list.flatMap((r) => r.nodes);
  return {
    checked: nodes(result.passes).length + nodes(result.violations).length,
    violations: nodes(result.violations).map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`),
  };
}

interface AxeResults {
  readonly passes: readonly { readonly nodes: readonly { readonly target: unknown; readonly failureSummary?: string }[] }[];
  readonly violations: readonly { readonly nodes: readonly { readonly target: unknown; readonly failureSummary?: string }[] }[];
}

// ---------------------------------------------------------------------------------------------
// Focus (2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11)
// ---------------------------------------------------------------------------------------------

/** Where keyboard focus is, looking into the widget's shadow root. */
export function focusedIn(el: Widget): Element | null {
  return document.activeElement === el ? rootOf(el).activeElement : document.activeElement;
}

function tabbable(n: HTMLElement): boolean {
  if ((n as HTMLInputElement).disabled || n.tabIndex < 0) return false;
  if (!rendered(n)) return false;
  return !n.closest('[inert]');
}

/**
 * The widget's tab stops in document order, as the browsers make them: every focusable control,
 * and one stop per group of radios (the checked one, else the first).
 */
export function expectedTabStops(el: Widget): HTMLElement[] {
  const all = [...rootOf(el).querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
    tabbable,
  );
  const stops: HTMLElement[] = [];
  const groups = new Set<string>();
  for (const n of all) {
    if (n instanceof HTMLInputElement && n.type === 'radio') {
      if (groups.has(n.name)) continue;
      groups.add(n.name);
      const group = all.filter((r): r is HTMLInputElement => r instanceof HTMLInputElement && r.type === 'radio' && r.name === n.name);
      stops.push(group.find((r) => r.checked) ?? group[0]!);
    } else stops.push(n);
  }
  return stops;
}

const describeNode = (n: Element | null): string => (n ? `${n.localName} "${nameOf(n).slice(0, 60)}"` : 'nothing');

/**
 * Tabs from `before` (a control on the page in front of the widget) until focus reaches `after`
 * (the control behind it), calling `atEach` at every stop inside the widget; then Shift+Tab all the
 * way back. Returns the stops, in order. Fails when focus stays put (a trap) or leaves for elsewhere.
 */
export async function tabThrough(
  el: Widget,
  before: HTMLElement,
  after: HTMLElement,
  atEach: (stop: HTMLElement) => void | Promise<void> = () => {},
): Promise<HTMLElement[]> {
  const limit = expectedTabStops(el).length + 5;
  before.focus();
  const stops: HTMLElement[] = [];
  for (let i = 0; i <= limit; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) break;
    expect(document.activeElement, `Tab ${i + 1} left the widget for ${describeNode(document.activeElement)}`).to.equal(el);
    const stop = rootOf(el).activeElement as HTMLElement;
    expect(stops.at(-1), `Tab ${i + 1} did not move on from ${describeNode(stop)} (a keyboard trap)`).to.not.equal(stop);
    stops.push(stop);
    await atEach(stop);
  }
  expect(document.activeElement, 'Tab reaches the page after the widget').to.equal(after);
  // And back out the other way.
  for (let i = 0; i <= stops.length; i++) {
    await pressShiftTab();
    if (document.activeElement === before) break;
    expect(document.activeElement, `Shift+Tab ${i + 1} left the widget`).to.equal(el);
  }
  expect(document.activeElement, 'Shift+Tab reaches the page before the widget').to.equal(before);
  return stops;
}

/** The names of elements, for readable failures. */
export const describeAll = (nodes: readonly Element[]): string[] => nodes.map(describeNode);

type Rgba = readonly [number, number, number, number];

/** A computed `rgb()`/`rgba()` colour as numbers, or null for anything else. */
export function parseColor(value: string): Rgba | null {
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const [r, g, b, a = '1'] = m[1]!.split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/** The opaque colour behind a node: the backgrounds of its ancestors (across the shadow boundary), blended over white. */
export function backgroundBehind(node: Element): Rgba {
  const layers: Rgba[] = [];
  let n: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  while (n) {
    const c = parseColor(getComputedStyle(n).backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);
  }
  let out: Rgba = [255, 255, 255, 1];
  for (const [r, g, b, a] of layers.reverse()) {
    out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a), 1];
  }
  return out;
}

/**
 * 2.4.7 and 1.4.11 for the focused control: a solid outline of at least 2 CSS px whose colour has
 * 3:1 against what is behind it. Returns the problem, or null.
 */
export function focusIndicatorProblem(stop: HTMLElement): string | null {
  const style = getComputedStyle(stop);
  if (!stop.matches(':focus-visible')) return `${describeNode(stop)} does not match :focus-visible`;
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
    return `${describeNode(stop)} has outline ${style.outlineStyle} ${style.outlineWidth}`;
  }
  const colour = parseColor(style.outlineColor);
  if (!colour) return `${describeNode(stop)} has outline colour ${style.outlineColor}`;
  const ratio = contrastRatio(colour, backgroundBehind(stop));
  return ratio >= 3 ? null : `${describeNode(stop)}: focus outline contrast ${ratio.toFixed(2)}:1`;
}

/**
 * 2.4.11 Focus not obscured (minimum): the focused control is at least partly in the viewport, and
 * the middle of its visible part is the control itself (nothing of the widget lies on top of it).
 * Returns the problem, or null.
 */
export function focusObscuredProblem(el: Widget, stop: HTMLElement): string | null {
  const label = stop instanceof HTMLInputElement ? stop.closest('label') : null;
  const box = (stop.getClientRects()[0] ?? stop.getBoundingClientRect()) as DOMRect;
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, window.innerWidth);
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  if (right <= left || bottom <= top) {
    return `${describeNode(stop)} is outside the viewport (${Math.round(box.left)},${Math.round(box.top)})`;
  }
  const hit = rootOf(el).elementFromPoint((left + right) / 2, (top + bottom) / 2);
  if (hit && (stop.contains(hit) || label?.contains(hit) || hit === stop)) return null;
  return `${describeNode(stop)} is covered by ${describeNode(hit)}`;
}

/** The text a person sees on a control (without the words only screen readers get). */
export function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return normalizeSpace(copy.textContent);
}

/** The words a control shows as its label: its `<label>`'s for a form control, else its own. */
export function shownLabel(control: HTMLElement): string {
  const labels = (control as HTMLInputElement).labels;
  return visibleText(labels?.length ? labels[0]! : control);
}

// ---------------------------------------------------------------------------------------------
// Input modalities and motion (2.1.4, 2.5.1, 2.5.2, 2.5.4, 2.5.7, 1.4.13, 2.2.2, 2.3.1)
// ---------------------------------------------------------------------------------------------

/**
 * Event types that would mean a key shortcut (2.1.4), an action on pointer-down (2.5.2), a gesture
 * or drag (2.5.1, 2.5.7), device motion (2.5.4) or something shown on hover (1.4.13).
 */
const SUSPECT_EVENTS = new Set([
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerenter',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseenter',
  'touchstart',
  'touchmove',
  'touchend',
  'dragstart',
  'drag',
  'dragover',
  'drop',
  'wheel',
  'devicemotion',
  'deviceorientation',
]);

/** The event types any script listens for while `work` runs (widgets rendered in all their states): all, and the suspect ones. */
export async function listenersDuring(work: () => Promise<void>): Promise<{ readonly all: ReadonlySet<string>; readonly suspect: string[] }> {
  const real = EventTarget.prototype.addEventListener;
  const seen: string[] = [];
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: [never, never?]) {
    seen.push(type);
    return real.call(this, type, ...rest);
  } as typeof real;
  try {
    await work();
  } finally {
    EventTarget.prototype.addEventListener = real;
  }
  return { all: new Set(seen), suspect: [...new Set(seen.filter((t) => SUSPECT_EVENTS.has(t)))] };
}

/** The animations and transitions running in the widget and on the page (2.2.2, 2.3.1). */
export const runningAnimations = (el: Widget): Animation[] => [...rootOf(el).getAnimations(), ...document.getAnimations()];

/** Elements with a `title` (a tooltip that appears on hover) in the widget (1.4.13). */
export const tooltips = (el: Widget): Element[] => [...rootOf(el).querySelectorAll('[title]')];

// ---------------------------------------------------------------------------------------------
// Whole checks, the same for every widget, over the states a person meets
// ---------------------------------------------------------------------------------------------

/** A widget on a page of its own, between two of the page's buttons that Tab enters from and leaves to. */
export interface Mounted<E extends Widget = Widget> {
  readonly el: E;
  readonly root: ShadowRoot;
  readonly page: HTMLElement;
  readonly before: HTMLButtonElement;
  readonly after: HTMLButtonElement;
}

/**
 * Puts a `tag` element with `attrs` on a new page between the buttons "Vorige pagina" and "Volgende
 * pagina", as it sits on a partner's page; `lang` is the page's language, `header` HTML in front of
 * the buttons. The caller waits for the element to settle.
 */
export function placeOnPage<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  options: { readonly lang?: string; readonly header?: string } = {},
): Mounted<HTMLElementTagNameMap[K] & Widget> {
  const page = addPage();
  if (options.lang) page.lang = options.lang;
  page.innerHTML = `${options.header ?? ''}<button type="button">Vorige pagina</button><button type="button">Volgende pagina</button>`;
  const [before, after] = page.querySelectorAll('button');
  const el = document.createElement(tag) as HTMLElementTagNameMap[K] & Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  page.insertBefore(el, after!);
  return { el, root: rootOf(el), page, before: before!, after: after! };
}

/** A widget's states, and how to show each one. */
export interface States<S extends string, M extends Mounted = Mounted> {
  readonly states: readonly S[];
  /** A fresh widget, on a page of its own, in `state`. */
  readonly mountIn: (state: S) => Promise<M>;
  /** Clears what a state leaves behind besides its page (stored answers, say) before the next one. */
  readonly reset?: () => void;
}

/** Runs `check` on each state in turn, each on a fresh page that is removed after it. */
export async function inEachState<S extends string, M extends Mounted>(
  widget: States<S, M>,
  check: (m: M, state: S) => unknown,
): Promise<void> {
  for (const state of widget.states) {
    const m = await widget.mountIn(state);
    await check(m, state);
    removePages();
    widget.reset?.();
  }
}

/** 1.4.10 in every state at 320 × 640 CSS px (see expectReflow); and axe passes there, unless `axe` is false. */
export async function expectReflowAt320<S extends string>(widget: States<S>, { axe = true }: { readonly axe?: boolean } = {}): Promise<void> {
  await atViewport(320, 640, () =>
    inEachState(widget, async (m) => {
      expectReflow(m.el);
      if (axe) await expect(m.el).to.be.accessible();
    }),
  );
}

/** 1.4.12 in every state: nothing is clipped before the text-spacing sheet, nor with it, and it still reflows. */
export async function expectTextSpacingFits<S extends string>(widget: States<S>): Promise<void> {
  await inEachState(widget, async (m, state) => {
    expect(clippedText(m.el), `${state}, before`).to.deep.equal([]);
    await applyTextSpacing(m.el);
    expect(clippedText(m.el), state).to.deep.equal([]);
    expectReflow(m.el);
  });
}

/** 1.4.4 in every state: with the page's text at 200% (the widget's at 32px) nothing is clipped, and at 640 × 800 CSS px it reflows. */
export async function expectResizedTextFits<S extends string>(widget: States<S>): Promise<void> {
  document.documentElement.style.fontSize = '200%';
  try {
    await atViewport(640, 800, () =>
      inEachState(widget, (m, state) => {
        expect(parseFloat(getComputedStyle(m.el).fontSize)).to.equal(32);
        expect(clippedText(m.el), state).to.deep.equal([]);
        expectReflow(m.el);
      }),
    );
  } finally {
    document.documentElement.style.removeProperty('font-size');
  }
}

/** 2.5.8 by axe's own rule: it judged some targets, and found none too small. */
export async function expectAxeTargetSize(el: Widget, state: string): Promise<void> {
  const axe = await axeTargetSize(el);
  expect(axe.checked, `${state}: axe judged the targets`).to.be.greaterThan(0);
  expect(axe.violations, state).to.deep.equal([]);
}

/**
 * 2.5.8: the widget has more than `moreThan` targets; every one under 24 × 24 CSS px is a link (a
 * text link: 2.5.8's inline and spacing exceptions), inside one of `linksIn` when given; and axe's
 * rule passes.
 */
export async function expectTargetSize(
  el: Widget,
  state: string,
  { moreThan, linksIn }: { readonly moreThan: number; readonly linksIn?: readonly string[] },
): Promise<void> {
  const all = targets(el);
  expect(all.length, `${state} has targets`).to.be.greaterThan(moreThan);
  for (const { control } of all.filter(({ box }) => box.width < 24 || box.height < 24)) {
    expect(control.localName, undersized(el).join('; ')).to.equal('a');
    if (linksIn) expect(control.parentElement!.localName).to.be.oneOf([...linksIn]);
  }
  await expectAxeTargetSize(el, state);
}

/**
 * Runs `problem` until it finds none, for at most `frames` animation frames; returns the last problem
 * (or null). A browser may scroll a control that Tab focused into view a frame or two after the key
 * press (WebKit does so after its next layout), so a check right after the press can see it still
 * outside the viewport.
 */
async function withinFrames(problem: () => string | null, frames = 10): Promise<string | null> {
  let p = problem();
  for (let i = 0; p && i < frames; i++) {
    await new Promise(requestAnimationFrame);
    p = problem();
  }
  return p;
}

/**
 * 2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11: Tab from the button before the widget to the one after it and
 * back (see tabThrough) visits the expected stops once each, in order, more than `moreThan` of them,
 * each with a 3:1 focus ring that nothing covers. Returns the stops.
 */
export async function expectTabThrough(m: Mounted, { moreThan }: { readonly moreThan: number }): Promise<HTMLElement[]> {
  const expected = expectedTabStops(m.el);
  const problems: string[] = [];
  const stops = await tabThrough(m.el, m.before, m.after, async (stop) => {
    const p = await withinFrames(() => focusIndicatorProblem(stop) ?? focusObscuredProblem(m.el, stop));
    if (p) problems.push(p);
  });
  expect(describeAll(stops)).to.deep.equal(describeAll(expected));
  expect(stops.length).to.be.greaterThan(moreThan);
  expect(problems).to.deep.equal([]);
  return stops;
}

/**
 * 2.5.3 in every state: the accessible name of every control starts with the words it shows. With
 * `someSayMore`, also that in each state some name says more than its words (so the check compares
 * something).
 */
export async function expectLabelInName<S extends string>(widget: States<S>, { someSayMore }: { readonly someSayMore: boolean }): Promise<void> {
  await inEachState(widget, (m) => {
    const controls = targets(m.el).map((t) => t.control);
    if (someSayMore) {
      expect(controls.some((c) => nameOf(c) !== shownLabel(c)), 'some names say more than the words shown').to.equal(true);
    }
    for (const control of controls) {
      expect(nameOf(control).startsWith(shownLabel(control)), `${nameOf(control)} / ${shownLabel(control)}`).to.equal(true);
    }
  });
}

/**
 * 2.1.4, 2.5.1, 2.5.2, 2.5.4, 2.5.7, 1.4.13: showing every state, no script listens for a key,
 * pointer-down, gesture, drag, motion or hover event, and nothing has a tooltip. The widget's own
 * click listeners are seen (so the check sees anything at all).
 */
export async function expectNoSuspectHandlers<S extends string>(widget: States<S>): Promise<void> {
  const withTooltip: Element[] = [];
  const { all, suspect } = await listenersDuring(() => inEachState(widget, (m) => withTooltip.push(...tooltips(m.el))));
  expect(all.has('click'), "the check sees the widget's own listeners").to.equal(true);
  expect(suspect).to.deep.equal([]);
  expect(withTooltip).to.deep.equal([]);
}

/** 2.2.2, 2.3.1: no animation or transition runs in any state. */
export async function expectNoAnimations<S extends string>(widget: States<S>): Promise<void> {
  await inEachState(widget, (m, state) => {
    expect(runningAnimations(m.el), state).to.deep.equal([]);
  });
}
