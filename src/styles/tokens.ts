import { unsafeCSS } from 'lit';
import { FORM_TOKENS_CSS, HOST_CSS, TOKENS_CSS } from './token-chain.js';

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
export const tokens = unsafeCSS(TOKENS_CSS + FORM_TOKENS_CSS);

/**
 * What every element starts with. The font size never follows a host's `html { font-size: 62.5% }`
 * below 16px; everything inside is sized in `em` from there.
 */
export const hostStyles = unsafeCSS(HOST_CSS);
