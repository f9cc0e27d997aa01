// A receiver's summary for crafted shares, computed by the same code the receiver runs
// (src/logic/survey-summary.ts), for the trend's tests and stories.
import { FREQUENCY_GROUP_IDS, type FrequencyGroupId, type MunicipalityId } from '../../src/content/model.js';
import { SHARE_QUESTIONS } from '../../src/content/scan-share-fields.js';
import { frequencyRows, summarise, tallyShares, withheldMunicipalities, type SurveySummary } from '../../src/logic/survey-summary.js';

export interface CraftedShare {
  frequency: FrequencyGroupId;
  municipality?: string;
  answers: Record<string, string>;
}

/** `n` shares from a group, rating their legal knowledge insufficient and knowing whom to call. */
export const legalShares = (n: number, frequency: FrequencyGroupId, municipality?: string): CraftedShare[] =>
  Array.from({ length: n }, () => ({
    frequency,
    municipality,
    answers: {
      'general.competence': 'eens',
      'juridisch.competence': 'oneens',
      'juridisch.knowledge_source': 'nee',
      'juridisch.escalation': 'ja',
    },
  }));

/**
 * `n` complete shares spread over the groups and answers in a fixed pattern (share i answers question q
 * with answer (i + q) mod the scale's length), for pictures with every cell filled.
 */
export const spreadShares = (n: number, municipality?: string): CraftedShare[] =>
  Array.from({ length: n }, (_, i) => ({
    frequency: FREQUENCY_GROUP_IDS[i % 2 === 0 ? 0 : (i >> 1) % FREQUENCY_GROUP_IDS.length]!,
    municipality,
    answers: Object.fromEntries(SHARE_QUESTIONS.map((q, qi) => [q.id, q.answers[(i + qi * 3 + (i >> 2)) % q.answers.length]!])),
  }));

/** What `GET /api/scan-results/summary` answers for these shares and this URL's query. */
export function summaryOf(all: readonly CraftedShare[], url: URL): SurveySummary {
  const municipality = url.searchParams.get('municipality') as MunicipalityId | null;
  const perMunicipality: Record<string, number> = {};
  for (const s of all) if (s.municipality) perMunicipality[s.municipality] = (perMunicipality[s.municipality] ?? 0) + 1;
  const hidden = withheldMunicipalities(perMunicipality, all.length);
  const picked = municipality ? all.filter((s) => s.municipality === municipality) : all;
  const groups = Object.fromEntries(FREQUENCY_GROUP_IDS.map((g) => [g, 0])) as Record<FrequencyGroupId, number>;
  for (const s of picked) groups[s.frequency]++;
  const withheld = Boolean(municipality && hidden.has(municipality));
  return {
    survey: '2022-02',
    since: url.searchParams.get('since'),
    municipality,
    minCell: 10,
    withheld,
    n: withheld ? null : picked.length,
    frequency: frequencyRows(groups),
    questions: withheld ? [] : summarise(tallyShares(picked)),
    municipalities: [],
  };
}
