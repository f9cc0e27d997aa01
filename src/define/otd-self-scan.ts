/**
 * Registers `<otd-self-scan>`: the entry a page loads for this one element (`dist/elements/otd-self-scan.js`).
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-self-scan/otd-self-scan.js`) registers nothing.
 */
import { OtdSelfScan } from '../elements/otd-self-scan/otd-self-scan.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-self-scan', OtdSelfScan);

export { OtdSelfScan };
