/**
 * Every event the widgets dispatch, by name, with its detail: the one list the typed
 * `addEventListener` and the framework types (JSX, Vue; generated from `custom-elements.json`) use.
 * All of them bubble and cross shadow roots (`composed`). Types only: importing this registers nothing.
 */
import type { Signup } from './content/schema/signup.js';
import type {
  ResourceDoneDetail,
  ResourceOpenDetail,
} from './elements/otd-resource-recommender/otd-resource-recommender.js';
import type { KickoffAnswerDetail, KickoffOpenDetail } from './elements/otd-kickoff/otd-kickoff.js';
import type { ContactActionDetail, ContentErrorDetail, ScanStepDetail } from './internal/events.js';
import type { ScanResult } from './logic/scan-result.js';
import type { SignupErrorDetail, SignupQueuedDetail, SignupSuccessDetail } from './logic/signup-machine.js';

/** The detail of `otd-signup-submit`: the signup as filled in and checked, as it will be posted. */
export type SignupSubmitDetail = Signup;

/** Each event's name and type; `OtdEventMap['otd-scan-complete']` is `CustomEvent<ScanResult>`. */
export interface OtdEventMap {
  /** The self-scan moved to another step. */
  'otd-scan-step': CustomEvent<ScanStepDetail>;
  /** The self-scan's result is ready (also when a finished scan is restored on page load). */
  'otd-scan-complete': CustomEvent<ScanResult>;
  /** The person started the self-scan again or cleared the answers; no detail. */
  'otd-scan-reset': CustomEvent<undefined>;
  /** A study item's link was followed. */
  'otd-resource-open': CustomEvent<ResourceOpenDetail>;
  /** A study item was marked done or not done. */
  'otd-resource-done': CustomEvent<ResourceDoneDetail>;
  /** A contact action on the escalation card was used. */
  'otd-contact-action': CustomEvent<ContactActionDetail>;
  /** The signup is valid and about to be sent; cancelable, to send it yourself. */
  'otd-signup-submit': CustomEvent<SignupSubmitDetail>;
  /** The receiver has the signup. */
  'otd-signup-success': CustomEvent<SignupSuccessDetail>;
  /** Sending failed for now; the signup waits in the browser and is sent later. */
  'otd-signup-queued': CustomEvent<SignupQueuedDetail>;
  /** The receiver refused the signup, or a saved one expired. */
  'otd-signup-error': CustomEvent<SignupErrorDetail>;
  /** A reader answered the kick-off's question (the answer is personal: not for statistics). */
  'otd-kickoff-answer': CustomEvent<KickoffAnswerDetail>;
  /** A reader followed the kick-off's hand-over or a podcast link (the address without the answer). */
  'otd-kickoff-open': CustomEvent<KickoffOpenDetail>;
  /** Partner content or an attribute is not valid. */
  'otd-content-error': CustomEvent<ContentErrorDetail>;
}

/** The names of the widgets' events. */
export type OtdEventName = keyof OtdEventMap;

/** The detail type of one event: `OtdEventDetail<'otd-resource-open'>` is `ResourceOpenDetail`. */
export type OtdEventDetail<K extends OtdEventName> = OtdEventMap[K]['detail'];
