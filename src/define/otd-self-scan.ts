/**
 * Registers `<otd-self-scan>`: the entry for this one element, as a script tag
 * (`cdn/elements/otd-self-scan.js`) and in the npm package (`import 'otd-widgets/otd-self-scan'`); in Node
 * it registers nothing.
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-self-scan/otd-self-scan.js`) registers nothing.
 */
import { OtdSelfScan } from '../elements/otd-self-scan/otd-self-scan.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-self-scan', OtdSelfScan);

export { OtdSelfScan };
