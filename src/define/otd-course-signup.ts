/**
 * Registers `<otd-course-signup>`: the entry a page loads for this one element (`dist/elements/otd-course-signup.js`).
 * Importing it twice, or together with another entry, is harmless; importing the class alone
 * (`elements/otd-course-signup/otd-course-signup.js`) registers nothing.
 */
import { OtdCourseSignup } from '../elements/otd-course-signup/otd-course-signup.js';
import { defineElement } from '../internal/define.js';

defineElement('otd-course-signup', OtdCourseSignup);

export { OtdCourseSignup };
