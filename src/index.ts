/**
 * Registers every element: the npm package's main entry (`import 'otd-widgets'`, built to
 * `dist/index.js`) and the all-in-one script (`cdn/otd-widgets.all.js`). It exports the classes and
 * every type a page or an app needs (each event's detail among them). Importing it twice, or
 * together with an element's own entry (`otd-widgets/otd-self-scan`), is harmless; in Node (server
 * rendering, a static build) it registers nothing and does not throw.
 */
export { OtdSelfScan } from './define/otd-self-scan.js';
export { OtdEscalationCard } from './define/otd-escalation-card.js';
export { OtdResourceRecommender } from './define/otd-resource-recommender.js';
export { OtdCourseSignup } from './define/otd-course-signup.js';
/**
 * The survey trend is for the region's own pages and rarely sits beside the other widgets, so the
 * all-in-one file does not carry its code: it loads, sharing Lit and the base with this file, when
 * a page has one (now, or later through the loader).
 */
export const loadSurveyTrend = (): Promise<unknown> => import('./define/otd-survey-trend.js');
if (typeof document !== 'undefined' && document.querySelector('otd-survey-trend')) {
  loadSurveyTrend().catch((error: unknown) => console.warn('[otd-widgets] <otd-survey-trend> could not be loaded:', error));
}
export type { OtdSurveyTrend } from './elements/otd-survey-trend/otd-survey-trend.js';
/** The kick-off is for partners' own pages and has no Lit: register it with `otd-widgets/otd-kickoff` (or the snippet). */
export type { OtdKickoff } from './elements/otd-kickoff/otd-kickoff.js';
export { defineElement } from './internal/define.js';
export type { OtdEventDetail, OtdEventMap, OtdEventName, SignupSubmitDetail } from './events.js';
export type { ResourceDoneDetail, ResourceOpenDetail } from './elements/otd-resource-recommender/otd-resource-recommender.js';
export type {
  SignupErrorDetail,
  SignupErrorReason,
  SignupQueuedDetail,
  SignupSuccessDetail,
} from './logic/signup-machine.js';
export type { RetryReason as SignupQueuedReason } from './logic/signup-transport.js';
export type { ContactActionDetail, ContactChannel, ContentErrorDetail, ScanStepDetail } from './internal/events.js';
export type { AspectResult, PeerFigures, Reason, ScanResult } from './logic/scan-result.js';
export type { SurveySummary, QuestionSummary, SummaryColumn } from './logic/survey-summary.js';
export type { ContentIssue } from './content/issues.js';
export type { AgreementAnswer, AspectId, FrequencyGroupId, Lang, QuestionKind, YesNoMaybe } from './content/model.js';
