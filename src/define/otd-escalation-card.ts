/**
 * Registers `<otd-escalation-card>`: the entry for this one element, as a script tag
 * (`cdn/elements/otd-escalation-card.js`) and in the npm package (`import 'otd-widgets/otd-escalation-card'`); in Node
 * it registers nothing.
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-escalation-card/otd-escalation-card.js`) registers nothing.
 */
import { OtdEscalationCard } from '../elements/otd-escalation-card/otd-escalation-card.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-escalation-card', OtdEscalationCard);

export { OtdEscalationCard };
