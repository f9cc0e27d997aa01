/**
 * Registers `<otd-resource-recommender>`: the entry a page loads for this one element (`dist/elements/otd-resource-recommender.js`).
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-resource-recommender/otd-resource-recommender.js`) registers nothing.
 */
import { OtdResourceRecommender } from '../elements/otd-resource-recommender/otd-resource-recommender.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-resource-recommender', OtdResourceRecommender);

export { OtdResourceRecommender };
