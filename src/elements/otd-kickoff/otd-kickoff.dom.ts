type Child = Node | string | false | null | undefined;

/**
 * An element with attributes (a null or false value leaves one out) and children. Text is always
 * set as text, never parsed as HTML, so nothing a partner writes in an attribute becomes markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | false | null | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value != null && value !== false) el.setAttribute(name, value);
  for (const child of children) if (child != null && child !== false) el.append(child);
  return el;
}
