/**
 * Registers `<otd-escalation-card>`: the entry a page loads for this one element (`dist/elements/otd-escalation-card.js`).
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-escalation-card/otd-escalation-card.js`) registers nothing.
 */
import { OtdEscalationCard } from '../elements/otd-escalation-card/otd-escalation-card.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-escalation-card', OtdEscalationCard);

export { OtdEscalationCard };
