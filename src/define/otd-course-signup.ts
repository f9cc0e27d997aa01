/**
 * Registers `<otd-course-signup>`: the entry for this one element, as a script tag
 * (`cdn/elements/otd-course-signup.js`) and in the npm package (`import 'otd-widgets/otd-course-signup'`); in Node
 * it registers nothing.
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-course-signup/otd-course-signup.js`) registers nothing.
 */
import { OtdCourseSignup } from '../elements/otd-course-signup/otd-course-signup.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-course-signup', OtdCourseSignup);

export { OtdCourseSignup };
