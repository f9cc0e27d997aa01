// A self-scan's result (what `otd-scan-complete` carries), built for tests and stories without
// going through the scan: every answer the positive one unless a test says otherwise.
import { ASPECT_IDS, type AspectId, type Lang } from '../../src/content/model.js';
import type { ScanResult, YesNoMaybe } from '../../src/internal/events.js';

/** One aspect of a scan's result. */
export type AspectResult = ScanResult['aspects'][number];

/** What differs from the defaults, per aspect. */
export type AspectOverrides = Partial<Record<AspectId, Partial<Omit<AspectResult, 'id'>>>>;

export interface ScanResultOptions {
  /** Per aspect, what differs from eens / ja / ja, not mandatory. */
  readonly aspects?: AspectOverrides;
  /** The focus aspects in order; they need attention (unless an aspect's overrides say otherwise). */
  readonly focus?: readonly AspectId[];
  /** The aspects marked mandatory. */
  readonly mandatory?: readonly AspectId[];
  readonly lang?: Lang;
  /** The peer figures of every aspect (default 20% / 25% of 40). */
  readonly peers?: AspectResult['peers'];
}

/** A result over all six aspects: frequency "gt_monthly", general "eens", each aspect eens / ja / ja unless overridden. */
export function scanResult(options: ScanResultOptions = {}): ScanResult {
  const { aspects = {}, focus = [], mandatory = [], lang = 'nl' } = options;
  const peers = options.peers ?? { insufficientPct: 20, groupInsufficientPct: 25, groupN: 40 };
  return {
    version: 1,
    lang,
    frequency: 'gt_monthly',
    general: 'eens',
    aspects: ASPECT_IDS.map((id) => ({
      id,
      competence: 'eens',
      knowledgeSource: 'ja',
      escalation: 'ja',
      needsAttention: focus.includes(id),
      mandatory: mandatory.includes(id),
      peers: { ...peers },
      ...aspects[id],
    })),
    focus: [...focus],
  };
}

/** Overrides that give these aspects this escalation answer ("do you know whom to call?"), plus `extra`. */
export function escalationAnswers(
  escalation: Partial<Record<AspectId, YesNoMaybe>>,
  extra: Partial<Omit<AspectResult, 'id'>> = {},
): AspectOverrides {
  return Object.fromEntries(Object.entries(escalation).map(([id, answer]) => [id, { escalation: answer, ...extra }]));
}
