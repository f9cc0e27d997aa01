import type { ContentIssue } from '../content/issues.js';
import type { ScanResult } from '../logic/scan-result.js';

export interface ContentErrorDetail {
  /** Where the content came from: the `content-src` URL, `inline` or `attributes`. */
  readonly source: string;
  readonly issues: readonly ContentIssue[];
}

/** The detail of `otd-scan-step`: `step` 0 is the introduction, 1 to `total` the questions, `total + 1` the result. */
export interface ScanStepDetail {
  readonly step: number;
  readonly total: number;
}

export type ContactChannel = 'phone' | 'email' | 'website' | 'copy' | 'vcard';

export interface ContactActionDetail {
  readonly contactId: string;
  readonly channel: ContactChannel;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'otd-content-error': CustomEvent<ContentErrorDetail>;
    'otd-contact-action': CustomEvent<ContactActionDetail>;
    'otd-scan-complete': CustomEvent<ScanResult>;
    'otd-scan-step': CustomEvent<ScanStepDetail>;
    'otd-scan-reset': CustomEvent<undefined>;
  }
}
