/**
 * Registers `<otd-survey-trend>`: the entry a page loads for this one element (`cdn/elements/otd-survey-trend.js`).
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-survey-trend/otd-survey-trend.js`) registers nothing.
 */
import { OtdSurveyTrend } from '../elements/otd-survey-trend/otd-survey-trend.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-survey-trend', OtdSurveyTrend);

export { OtdSurveyTrend };
