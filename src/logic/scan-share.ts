/**
 * A scan's result as the anonymous share `<otd-self-scan share-endpoint>` posts when the person
 * chooses to share it with the region: the frequency group, the answers by question id, the
 * municipality only when the person picked one (or "liever niet"), the survey version and the
 * month. Never an id, a finer time, the user agent or anything from storage. The receiver checks
 * it with the shared schema (`content/schema/scan-share.ts`); this module needs no zod.
 */
import type { MunicipalityId } from '../content/model.js';
import { NO_MUNICIPALITY, questionId, SHARE_SURVEY_VERSION } from '../content/scan-share-fields.js';
import type { ScanShare } from '../content/schema/scan-share.js';
import type { ScanResult } from './scan-result.js';
import { sha256Hex } from './sha256.js';

export type { ScanShare };
export { NO_MUNICIPALITY };

/** What the person chose beside their answers. */
export interface ShareChoices {
  /** A Twente municipality picked from the list, `liever_niet`, or undefined when the person was not asked. */
  readonly municipality?: MunicipalityId | typeof NO_MUNICIPALITY;
  /** The month the scan was completed, yyyy-mm (`monthOf(new Date())` from `content/scan-share-fields.ts`). */
  readonly month: string;
}

/** The share of a finished scan: every question the scan asked, by the survey's question ids. */
export function shareOf(result: ScanResult, { municipality, month }: ShareChoices): ScanShare {
  const answers: Record<string, string> = { [questionId('general', 'competence')]: result.general };
  for (const aspect of result.aspects) {
    answers[questionId(aspect.id, 'competence')] = aspect.competence;
    answers[questionId(aspect.id, 'knowledgeSource')] = aspect.knowledgeSource;
    answers[questionId(aspect.id, 'escalation')] = aspect.escalation;
  }
  return {
    survey: SHARE_SURVEY_VERSION,
    month,
    frequency: result.frequency,
    ...(municipality ? { municipality } : {}),
    answers,
  };
}

/** JSON with object keys sorted, so the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What tells "these answers were shared before" in this browser: a SHA-256 of a random salt of this
 * browser and the survey, frequency group and answers (not the month or the municipality: the same
 * answers shared a month later, or with another municipality, are the same answers). It never
 * leaves the browser; the salt makes it useless to compare with another browser's or the receiver's data.
 */
export function shareDigest(share: Pick<ScanShare, 'survey' | 'frequency' | 'answers'>, salt: string): string {
  return sha256Hex(`${salt}\n${canonicalJson({ survey: share.survey, frequency: share.frequency, answers: share.answers })}`);
}
