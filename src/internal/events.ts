import type { ContentIssue } from '../content/issues.js';
import type { ScanResult } from '../logic/scan-result.js';

export interface ContentErrorDetail {
  /** Where the content came from: the `content-src` URL, `inline` or `attributes`. */
  readonly source: string;
  readonly issues: readonly ContentIssue[];
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
    'otd-scan-step': CustomEvent<{ step: number; total: number }>;
    'otd-scan-reset': CustomEvent<undefined>;
  }
}
