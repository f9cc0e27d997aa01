/**
 * Registers `<otd-resource-recommender>`: the entry for this one element, as a script tag
 * (`cdn/elements/otd-resource-recommender.js`) and in the npm package
 * (`import 'otd-widgets/otd-resource-recommender'`); in Node it registers nothing.
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-resource-recommender/otd-resource-recommender.js`) registers nothing.
 */
import { OtdResourceRecommender } from '../elements/otd-resource-recommender/otd-resource-recommender.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-resource-recommender', OtdResourceRecommender);

export { OtdResourceRecommender };
