/**
 * The one-script-tag entry: `<script type="module" src="…/otd-widgets.js"></script>` registers
 * every element. Importing it twice, or together with an element's own entry, is harmless.
 */
export { OtdSelfScan } from './define/otd-self-scan.js';
export { OtdEscalationCard } from './define/otd-escalation-card.js';
export { OtdResourceRecommender } from './define/otd-resource-recommender.js';
export { OtdCourseSignup } from './define/otd-course-signup.js';
export { defineElement } from './internal/define.js';
export type { ResourceDoneDetail, ResourceOpenDetail } from './elements/otd-resource-recommender/otd-resource-recommender.js';
export type {
  SignupErrorDetail,
  SignupErrorReason,
  SignupQueuedDetail,
  SignupSuccessDetail,
} from './logic/signup-machine.js';
export type { ContactActionDetail, ContactChannel, ContentErrorDetail } from './internal/events.js';
export type { AspectResult, PeerFigures, Reason, ScanResult } from './logic/scan-result.js';
export type { ContentIssue } from './content/issues.js';
