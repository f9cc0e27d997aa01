// Which colleagues a result compares with: the shared scans when every column shown has at least
// 30 answers, else 2022 with the reason. The 2022 counts, fed in as shares, must give the 2022 figures.
import { expect } from '@open-wc/testing';
import { FREQUENCY_GROUP_IDS, type FrequencyGroupId } from '../../src/content/model.js';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import { choosePeers, MIN_PEER_CELL, shownQuestionIds } from '../../src/logic/scan-peers.js';
import { aspectFigures, peerFigures } from '../../src/logic/scan.js';
import { frequencyRows, summarise, tallyShares, type SurveySummary } from '../../src/logic/survey-summary.js';

interface Share {
  frequency: FrequencyGroupId;
  answers: Record<string, string>;
}

/** The 2022 counts as shares: within each group, the k-th answer to every question goes to respondent k. */
function sharesOf2022(): Share[] {
  const shares: Share[] = [];
  for (const group of FREQUENCY_GROUP_IDS) {
    const members = DEFAULT_SURVEY.frequencyGroups.find((g) => g.id === group)!.n;
    const people: Share[] = Array.from({ length: members }, () => ({ frequency: group, answers: {} }));
    for (const q of DEFAULT_SURVEY.questions) {
      if (q.unreliableGroups?.includes(group)) continue;
      let k = 0;
      for (const [answer, byGroup] of Object.entries<Record<FrequencyGroupId, number>>(q.counts)) {
        for (let i = 0; i < byGroup[group]; i++) people[k++]!.answers[q.id] = answer;
      }
    }
    shares.push(...people);
  }
  return shares;
}

function summaryOf(shares: Share[], since: string | null = '2026-01'): SurveySummary {
  const groups = Object.fromEntries(FREQUENCY_GROUP_IDS.map((g) => [g, shares.filter((s) => s.frequency === g).length])) as Record<FrequencyGroupId, number>;
  return {
    survey: '2022-02',
    since,
    municipality: null,
    minCell: 10,
    withheld: false,
    n: shares.length,
    frequency: frequencyRows(groups),
    questions: summarise(tallyShares(shares)),
    municipalities: [],
  };
}

/** `n` shares of one group, every question answered with its first answer. */
const uniform = (n: number, frequency: FrequencyGroupId): Share[] =>
  Array.from({ length: n }, () => ({
    frequency,
    answers: Object.fromEntries(DEFAULT_SURVEY.questions.map((q) => [q.id, Object.keys(q.counts)[0]!])),
  }));

describe('choosePeers', () => {
  it('asks for the general question and three per aspect', () => {
    expect(shownQuestionIds(['juridisch'])).to.deep.equal([
      'general.competence',
      'juridisch.competence',
      'juridisch.knowledge_source',
      'juridisch.escalation',
    ]);
    expect(MIN_PEER_CELL).to.equal(30);
  });

  it('the 2022 counts fed in as shares give the 2022 figures (64.5 % overall, 57.6 % of the weekly group)', () => {
    const choice = choosePeers(DEFAULT_SURVEY, summaryOf(sharesOf2022()), 'gt_weekly', ['juridisch', 'financieel']);
    expect(choice.kind).to.equal('shared');
    if (choice.kind !== 'shared') return;
    expect(choice.n).to.equal(203);
    expect(choice.since).to.equal('2026-01');
    expect(peerFigures(choice.survey, 'juridisch', 'gt_weekly')).to.deep.equal(peerFigures(DEFAULT_SURVEY, 'juridisch', 'gt_weekly'));
    expect(peerFigures(choice.survey, 'juridisch', 'gt_weekly').insufficientPct).to.equal(64.5);
    expect(peerFigures(choice.survey, 'juridisch', 'gt_weekly').groupInsufficientPct).to.equal(57.6);
    expect(peerFigures(choice.survey, 'financieel', 'gt_weekly').insufficientPct).to.equal(81.8);
    expect(aspectFigures(choice.survey, 'juridisch', 'gt_weekly')).to.deep.equal(aspectFigures(DEFAULT_SURVEY, 'juridisch', 'gt_weekly'));
  });

  it('keeps 2022 when a column shown has fewer than 30 answers, saying the smallest', () => {
    // The 2022 group "more than once a month" has 18 members; the fewest answers to a question shown:
    const answered = shownQuestionIds(['juridisch']).map((id) =>
      Object.values<Record<FrequencyGroupId, number>>(DEFAULT_SURVEY.questions.find((q) => q.id === id)!.counts).reduce((s, g) => s + g.gt_monthly, 0),
    );
    const choice = choosePeers(DEFAULT_SURVEY, summaryOf(sharesOf2022()), 'gt_monthly', ['juridisch']);
    expect(choice).to.deep.equal({ kind: 'baseline', reason: 'too_few', since: '2026-01', smallest: Math.min(...answered) });
    expect(Math.min(...answered)).to.be.lessThan(30);
  });

  it('at 29 and 30 answers: 2022, then the shared scans', () => {
    expect(choosePeers(DEFAULT_SURVEY, summaryOf(uniform(29, 'gt_weekly')), 'gt_weekly', ['juridisch'])).to.deep.equal({
      kind: 'baseline',
      reason: 'too_few',
      since: '2026-01',
      smallest: 29,
    });
    const choice = choosePeers(DEFAULT_SURVEY, summaryOf(uniform(30, 'gt_weekly')), 'gt_weekly', ['juridisch']);
    expect(choice.kind).to.equal('shared');
    expect(choice.kind === 'shared' && peerFigures(choice.survey, 'juridisch', 'gt_weekly').groupInsufficientPct).to.equal(100);
  });

  it('keeps 2022 when the person\'s group is withheld, the municipality is withheld, or there is no summary', () => {
    expect(choosePeers(DEFAULT_SURVEY, summaryOf(uniform(40, 'gt_weekly')), 'gt_monthly', ['juridisch'])).to.deep.equal({
      kind: 'baseline',
      reason: 'too_few',
      since: '2026-01',
      smallest: null,
    });
    const withheld = { ...summaryOf([]), withheld: true, n: null };
    expect(choosePeers(DEFAULT_SURVEY, withheld, 'gt_weekly', ['juridisch'])).to.deep.include({ kind: 'baseline', reason: 'withheld' });
    expect(choosePeers(DEFAULT_SURVEY, undefined, 'gt_weekly', ['juridisch'])).to.deep.equal({
      kind: 'baseline',
      reason: 'unavailable',
      since: null,
      smallest: null,
    });
  });
});
