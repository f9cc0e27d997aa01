/**
 * Registers `<otd-kickoff>`: the entry a page loads for this one element (`cdn/elements/otd-kickoff.js`).
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-kickoff/otd-kickoff.js`) registers nothing. The kick-off is built without Lit, so a
 * partner's page with only this element stays small; it is not in the all-in-one file.
 */
import { OtdKickoff } from '../elements/otd-kickoff/otd-kickoff.js';
import { registerElement } from '../internal/register.js';

// Without Lit, so not through defineElement (which asks Lit whether it runs on a server): the
// kick-off's class extends the browser's HTMLElement and is for browsers only.
registerElement('otd-kickoff', OtdKickoff);

export { OtdKickoff };
