/**
 * The token chain and the host basics as plain CSS text, with no Lit: the Lit elements take them as
 * `tokens` and `hostStyles` (tokens.ts), and a widget without Lit (`<otd-kickoff>`) adopts them
 * in a constructable stylesheet of its own (all but `FORM_TOKENS_CSS`). One chain, so every widget follows the same theme.
 */

/** Joins a template's text. Named css, so the build minifies it as it does Lit's (scripts/rollup-minify-css.mjs). */
const css = (strings: TemplateStringsArray): string => strings.join('');

/**
 * The token chain. Public `--otd-*` properties (set by a partner on any ancestor) win; then the
 * NL Design System tokens of a municipality theme (`nl-*` component tokens, `utrecht-*`, `basis-*`);
 * then an accessible default. Everything resolves into private `--_otd-*` properties on the host,
 * so a value set on an ancestor is never shadowed.
 *
 * Three decisions do not simply take what a theme says (docs/theming.md explains each):
 * - borders that carry meaning (the box, a group of questions, an item, a progress bar: `--_otd-border`)
 *   never take the theme's separator colour, which themes make light (Utrecht's has 1.28:1 on white);
 *   they fall back to the theme's form-control border instead, which is there to be seen (3:1).
 *   Only rules between parts (`--_otd-separator`) follow the separator colour;
 * - the focus ring is never thinner than 2px, whatever the theme or the page says;
 * - a theme without a button radius gets its form controls' radius on buttons and boxes (a theme's
 *   own NL Design System button without a radius token is square, not rounded).
 */
export const TOKENS_CSS = css`
  :host {
    --_otd-primary-bg: var(
      --otd-color-primary,
      var(
        --nl-button-primary-background-color,
        var(--utrecht-button-primary-action-background-color, var(--basis-color-action-1-inverse-bg-default, #1b59a4))
      )
    );
    --_otd-primary-fg: var(
      --otd-color-on-primary,
      var(
        --nl-button-primary-color,
        var(--utrecht-button-primary-action-color, var(--basis-color-action-1-inverse-color-default, #ffffff))
      )
    );
    --_otd-text: var(
      --otd-color-text,
      var(--basis-color-default-color-document, var(--utrecht-document-color, var(--nl-paragraph-color, #1b1b1b)))
    );
    --_otd-text-subtle: var(
      --otd-color-text-subtle,
      var(--utrecht-form-field-description-color, var(--basis-color-default-color-subtle, #4b4b4b))
    );
    --_otd-bg: var(
      --otd-color-background,
      var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #ffffff))
    );
    --_otd-surface: var(
      --otd-color-surface,
      var(--basis-color-default-bg-subtle, var(--utrecht-surface-background-color, #f3f5f8))
    );
    --_otd-border: var(
      --otd-color-border,
      var(
        --basis-color-default-border-default,
        var(
          --basis-form-control-border-color,
          var(--utrecht-textbox-border-color, var(--utrecht-form-control-border-color, #8a8a8a))
        )
      )
    );
    --_otd-font: var(
      --otd-font-family,
      var(
        --basis-text-font-family-default,
        var(--utrecht-document-font-family, var(--nl-paragraph-font-family, system-ui, sans-serif))
      )
    );
    --_otd-heading-font: var(
      --otd-heading-font-family,
      var(--basis-heading-font-family, var(--utrecht-heading-font-family, var(--_otd-font)))
    );
    --_otd-focus-color: var(
      --otd-focus-outline-color,
      var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, #0b0c0c))
    );
    /* Never under 2px (WCAG 2.4.13's minimum): Rotterdam's theme says 1px. A value max() cannot
       take (a keyword such as "thin") makes the width the browser's "medium", 3px. */
    --_otd-focus-width: max(
      2px,
      var(--otd-focus-outline-width, var(--basis-focus-outline-width, var(--utrecht-focus-outline-width, 0.1875rem)))
    );
    --_otd-focus-style: var(
      --otd-focus-outline-style,
      var(--basis-focus-outline-style, var(--utrecht-focus-outline-style, solid))
    );
    --_otd-focus-offset: var(
      --otd-focus-outline-offset,
      var(--basis-focus-outline-offset, var(--utrecht-focus-outline-offset, 2px))
    );
    --_otd-radius: var(
      --otd-border-radius,
      var(
        --nl-button-border-radius,
        var(
          --utrecht-button-border-radius,
          var(--basis-border-radius-md, var(--utrecht-form-control-border-radius, 4px))
        )
      )
    );
    --_otd-error: var(
      --otd-color-error,
      var(
        --basis-color-negative-color-default,
        var(--utrecht-form-field-error-message-color, var(--utrecht-feedback-danger-color, #b70000))
      )
    );
    --_otd-link: var(
      --otd-color-link,
      var(--nl-link-color, var(--utrecht-link-color, var(--basis-color-action-2-color-default, #1b59a4)))
    );
    --_otd-link-hover: var(
      --otd-color-link-hover,
      var(--nl-link-hover-color, var(--utrecht-link-hover-color, var(--basis-color-action-2-color-hover, var(--_otd-link))))
    );
    --_otd-target: var(--otd-pointer-target-min-size, var(--basis-pointer-target-min-block-size, 44px));
  }
`;

/**
 * The tokens only the Lit elements use (the kick-off has no text fields and no rules between parts):
 * the form controls' border and radius, and the separator between parts.
 */
export const FORM_TOKENS_CSS = css`
  :host {
    --_otd-separator: var(
      --otd-color-border,
      var(--utrecht-separator-color, var(--basis-color-default-border-subtle, var(--_otd-border)))
    );
    --_otd-control-radius: var(
      --otd-form-control-border-radius,
      var(
        --otd-border-radius,
        var(
          --basis-form-control-border-radius,
          var(--utrecht-textbox-border-radius, var(--utrecht-form-control-border-radius, var(--_otd-radius)))
        )
      )
    );
    --_otd-input-border: var(
      --otd-form-control-border-color,
      var(
        --basis-form-control-border-color,
        var(--utrecht-textbox-border-color, var(--utrecht-form-control-border-color, #686868))
      )
    );
  }
`;

/**
 * What every element starts with. The font size never follows a host's `html { font-size: 62.5% }`
 * below 16px; everything inside is sized in `em` from there.
 */
export const HOST_CSS = css`
  :host {
    display: block;
    /* Important, so a page's "* { box-sizing: content-box !important; line-height: 1 !important }"
       (which matches the widget element itself) cannot reach inside: for important declarations
       the shadow root's own styles win over the page's. */
    box-sizing: border-box !important;
    color: var(--_otd-text);
    font-family: var(--_otd-font);
    font-size: var(--otd-font-size, max(1rem, 16px));
    line-height: 1.5 !important;
    text-align: start;
    /* A long Dutch compound ("echtscheidingsproblematiek") breaks rather than run out of a narrow widget (WCAG 1.4.10). */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Longhands, so a theme value one of them cannot take loses only that one (the ring stays). */
  :focus-visible {
    outline-width: var(--_otd-focus-width);
    outline-style: var(--_otd-focus-style);
    outline-color: var(--_otd-focus-color);
    outline-offset: var(--_otd-focus-offset);
  }
  a {
    color: var(--_otd-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_otd-link-hover);
    text-decoration-thickness: 0.125em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .content-problem {
    border-inline-start: 0.25em solid var(--_otd-error);
    padding-block: 0.5em;
    padding-inline: 1em;
    margin-block-end: 1em;
    background: var(--_otd-bg);
  }
  .content-problem p {
    margin: 0 0 0.25em;
  }
  .content-problem ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .content-problem code {
    font-weight: 700;
  }
  .loading {
    color: var(--_otd-text-subtle);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
