/**
 * The one-script-tag entry: `<script type="module" src="…/otd-widgets.js"></script>` registers
 * every element. Importing it twice, or together with an element's own entry, is harmless.
 */
export { OtdSelfScan } from './elements/otd-self-scan/otd-self-scan.js';
export { OtdEscalationCard } from './elements/otd-escalation-card/otd-escalation-card.js';
export { OtdResourceRecommender, type ResourceDoneDetail, type ResourceOpenDetail } from './elements/otd-resource-recommender/otd-resource-recommender.js';
export { OtdCourseSignup } from './elements/otd-course-signup/otd-course-signup.js';
export { defineElement } from './internal/define.js';
export type {
  ContactActionDetail,
  ContactChannel,
  ContentErrorDetail,
  ScanResult,
} from './internal/events.js';
export type { ContentIssue } from './content/issues.js';
