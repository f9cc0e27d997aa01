import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clampLevel } from './level.js';

export { clampLevel };

/**
 * A native heading of a computed level, so a widget fits the page's outline (`heading-level`).
 * `focusable` adds `tabindex="-1"` for headings that receive focus on a step change.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; part?: string; focusable?: boolean } = {},
): TemplateResult {
  const { id, part, focusable } = options;
  const tabindex = focusable ? '-1' : undefined;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
