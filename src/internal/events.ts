import type { AgreementAnswer, AspectId, FrequencyGroupId, Lang, YesNoMaybe } from '../content/model.js';

export type { AgreementAnswer, FrequencyGroupId, YesNoMaybe };
import type { ContentIssue } from '../content/issues.js';


/** The self-scan's result: the detail of `otd-scan-complete` and the self-scan's `result` property. */
export interface ScanResult {
  readonly version: 1;
  readonly lang: Lang;
  readonly frequency: FrequencyGroupId;
  readonly general: AgreementAnswer;
  readonly aspects: readonly {
    readonly id: AspectId;
    readonly competence: AgreementAnswer;
    readonly knowledgeSource: YesNoMaybe;
    readonly escalation: YesNoMaybe;
    readonly needsAttention: boolean;
    readonly mandatory: boolean;
    readonly peers: { readonly insufficientPct: number; readonly groupInsufficientPct: number; readonly groupN: number };
  }[];
  readonly focus: readonly AspectId[];
}

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
