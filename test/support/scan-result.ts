// A self-scan's result (what `otd-scan-complete` carries), built for tests and stories without
// going through the scan: every answer the positive one unless a test says otherwise.
import { ASPECT_IDS, type AspectId, type Lang } from '../../src/content/model.js';
import type { YesNoMaybe } from '../../src/content/model.js';
import { reasonsFor, SMALL_GROUP, type AspectResult, type ScanResult } from '../../src/logic/scan-result.js';

/** What may differ from the defaults, per aspect: the answers, mandatory, the peers' figures. What follows from them is derived. */
type AspectOverride = Partial<Omit<AspectResult, 'id' | 'reasons' | 'needsAttention' | 'peers'>> & {
  readonly peers?: Omit<AspectResult['peers'], 'smallGroup'>;
};
export type AspectOverrides = Partial<Record<AspectId, AspectOverride>>;

export interface ScanResultOptions {
  /** Per aspect, what differs from eens / ja / ja, not mandatory. */
  readonly aspects?: AspectOverrides;
  /** The focus aspects in order (their answers come from the overrides). */
  readonly focus?: readonly AspectId[];
  /** The aspects marked mandatory. */
  readonly mandatory?: readonly AspectId[];
  readonly lang?: Lang;
  /** The peer figures of every aspect (default 20% / 25% of 40). */
  readonly peers?: Omit<AspectResult['peers'], 'smallGroup'>;
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
    aspects: ASPECT_IDS.map((id) => {
      const { competence = 'eens', knowledgeSource = 'ja', escalation = 'ja', ...rest } = aspects[id] ?? {};
      const reasons = reasonsFor({ competence, knowledgeSource, escalation });
      const figures = rest.peers ?? peers;
      return {
        id,
        competence,
        knowledgeSource,
        escalation,
        reasons,
        needsAttention: reasons.length > 0,
        mandatory: rest.mandatory ?? mandatory.includes(id),
        peers: { ...figures, smallGroup: figures.groupN < SMALL_GROUP },
      };
    }),
    focus: [...focus],
  };
}

/** Overrides that give these aspects this escalation answer ("do you know whom to call?"), plus `extra`. */
export function escalationAnswers(
  escalation: Partial<Record<AspectId, YesNoMaybe>>,
  extra: AspectOverride = {},
): AspectOverrides {
  return Object.fromEntries(Object.entries(escalation).map(([id, answer]) => [id, { escalation: answer, ...extra }]));
}
