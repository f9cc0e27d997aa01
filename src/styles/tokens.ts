import { unsafeCSS } from 'lit';
import { HOST_CSS, TOKENS_CSS } from './token-chain.js';

/**
 * The token chain. Public `--otd-*` properties (set by a partner on any ancestor) win; then the
 * NL Design System tokens of a municipality theme (`nl-*` component tokens, `utrecht-*`, `basis-*`);
 * then an accessible default. Everything resolves into private `--_otd-*` properties on the host,
 * so a value set on an ancestor is never shadowed.
 */
export const tokens = unsafeCSS(TOKENS_CSS);

/**
 * What every element starts with. The font size never follows a host's `html { font-size: 62.5% }`
 * below 16px; everything inside is sized in `em` from there.
 */
export const hostStyles = unsafeCSS(HOST_CSS);
