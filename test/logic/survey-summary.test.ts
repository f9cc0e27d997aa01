// The summary's definitions against the report: the 2022 counts, fed in as synthetic shares, give
// back every percentage the report prints (and the figures its prose quotes); suppression at 9 and 10.
import { expect } from '@open-wc/testing';
import { FREQUENCY_GROUP_IDS, type FrequencyGroupId } from '../../src/content/model.js';
import { SHARE_QUESTION_IDS } from '../../src/content/scan-share-fields.js';
import {
  emptyTally,
  frequencyRows,
  parseSurveySummary,
  pct,
  summarise,
  tallyShares,
  withheldMunicipalities,
  withheldUnits,
  type QuestionSummary,
  type ShownColumn,
  type SummaryColumn,
} from '../../src/logic/survey-summary.js';

interface SeedQuestion {
  id: string;
  counts: Record<string, Record<FrequencyGroupId, number>>;
  answered_per_group: Record<FrequencyGroupId, number>;
  printed: {
    pct: Record<string, Record<FrequencyGroupId, number>>;
    cumulative_pct: { row: string; answers: string[]; values: Record<FrequencyGroupId, number> }[];
  };
}
interface Seed {
  aspects: { questions: SeedQuestion[] }[];
}

interface Share {
  frequency: FrequencyGroupId;
  answers: Record<string, string>;
}

/**
 * The report's counts as shares of made-up respondents: within each group, the k-th answer to every
 * question goes to respondent k, so each respondent answers each question at most once and a
 * question skipped by some is left out of their share (as a scan that did not ask it).
 */
function syntheticShares(questions: readonly SeedQuestion[]): Share[] {
  const shares: Share[] = [];
  for (const group of FREQUENCY_GROUP_IDS) {
    const people: Share[] = [];
    for (const q of questions) {
      let k = 0;
      for (const [answer, byGroup] of Object.entries(q.counts)) {
        for (let i = 0; i < byGroup[group]; i++) {
          people[k] ??= { frequency: group, answers: {} };
          people[k]!.answers[q.id] = answer;
          k++;
        }
      }
    }
    shares.push(...people);
  }
  return shares;
}

const shown = (column: SummaryColumn | undefined): ShownColumn => {
  expect(column?.suppressed, `column ${column?.group}`).to.equal(false);
  return column as ShownColumn;
};
const column = (q: QuestionSummary | undefined, group: string) => q!.columns.find((c) => c.group === group);
const byId = (summary: readonly QuestionSummary[], id: string) => summary.find((q) => q.id === id);

let seed: Seed;

describe('survey summary', () => {
  before(async () => {
    seed = (await (await fetch('/test/fixtures/seed/survey-2022.json')).json()) as Seed;
  });

  describe('the 2022 counts as synthetic shares', () => {
    it('reproduce the figures the report quotes: 64.5, 81.8, 28.1 and 57.6 %', () => {
      const questions = seed.aspects.flatMap((a) => a.questions);
      const shares = syntheticShares(questions);
      const summary = summarise(tallyShares(shares));
      // 7.2: "64.5% van de respondenten schat zijn/haar kennis op het juridische aspect in als (zeer) onvoldoende."
      expect(shown(column(byId(summary, 'juridisch.competence'), 'all')).cumulative['insufficient']).to.deep.equal({ count: 131, pct: 64.5 });
      // 7.6: "vier op de vijf respondenten (81.8%) vinden dat ze over onvoldoende kennis … beschikken van de financiële aspecten"
      expect(shown(column(byId(summary, 'financieel.competence'), 'all')).cumulative['insufficient']!.pct).to.equal(81.8);
      // 7.3: 71.9% find their relational knowledge sufficient, so 28.1% (sterk mee) oneens.
      expect(shown(column(byId(summary, 'relationeel.competence'), 'all')).cumulative['insufficient']!.pct).to.equal(28.1);
      expect(shown(column(byId(summary, 'relationeel.competence'), 'all')).cumulative['sufficient']!.pct).to.equal(71.9);
      // 7.2: "57.6% van de hulpverleners die meer dan eens per week … beoordeelt zijn/haar kennisniveau als (zeer) onvoldoende"
      expect(shown(column(byId(summary, 'juridisch.competence'), 'gt_weekly')).cumulative['insufficient']).to.deep.equal({ count: 68, pct: 57.6 });
    });

    it('reproduce every percentage printed in the chapter 7 tables (445 figures)', () => {
      const questions = seed.aspects.flatMap((a) => a.questions);
      const summary = summarise(tallyShares(syntheticShares(questions)));
      let checked = 0;
      const wrong: string[] = [];
      for (const q of questions) {
        const s = byId(summary, q.id)!;
        for (const group of FREQUENCY_GROUP_IDS) {
          // relationeel.escalation's "< eens per kwartaal" column has 16 answers from a group of 10 (copied
          // in the report); as shares it is still 16 answers, computed the same way.
          const c = shown(column(s, group));
          expect(c.n, `${q.id} ${group} n`).to.equal(q.answered_per_group[group]);
          for (const [answer, printed] of Object.entries(q.printed.pct)) {
            checked++;
            if (c.answers[answer]!.pct !== printed[group]) wrong.push(`${q.id} ${group} ${answer}: ${c.answers[answer]!.pct} ≠ ${printed[group]}`);
          }
          for (const row of q.printed.cumulative_pct) {
            const name = row.row === 'oneens' ? 'insufficient' : row.row === 'eens' ? 'sufficient' : 'not_sure';
            checked++;
            if (c.cumulative[name]!.pct !== row.values[group]) wrong.push(`${q.id} ${group} ${name}: ${c.cumulative[name]!.pct} ≠ ${row.values[group]}`);
          }
        }
      }
      expect(wrong).to.deep.equal([]);
      expect(checked).to.equal(445);
    });

    it('answer the survey questions the shares have, in the report order', () => {
      const questions = seed.aspects.flatMap((a) => a.questions);
      expect(questions.map((q) => q.id)).to.deep.equal([...SHARE_QUESTION_IDS]);
    });
  });

  describe('rounding', () => {
    it('rounds half up to one decimal, as the report prints', () => {
      expect(pct(1, 16)).to.equal(6.3); // 6.25
      expect(pct(12, 18)).to.equal(66.7);
      expect(pct(1, 8)).to.equal(12.5);
      expect(pct(1, 3)).to.equal(33.3);
      expect(pct(0, 0)).to.equal(0);
      expect(pct(5, 5)).to.equal(100);
    });
  });

  describe('suppression', () => {
    /** `n` shares from one group, all answering general.competence with "eens". */
    const sharesOf = (counts: Partial<Record<FrequencyGroupId, number>>): Share[] =>
      Object.entries(counts).flatMap(([g, n]) =>
        Array.from({ length: n }, () => ({ frequency: g as FrequencyGroupId, answers: { 'general.competence': 'eens' } })),
      );
    const general = (counts: Partial<Record<FrequencyGroupId, number>>) =>
      byId(summarise(tallyShares(sharesOf(counts))), 'general.competence')!;

    it('withholds a column from 9 answers and shows it from 10', () => {
      const nine = general({ gt_weekly: 9 });
      expect(column(nine, 'all')).to.deep.equal({ group: 'all', suppressed: true, reason: 'too_few', n: null });
      expect(column(nine, 'gt_weekly')!.suppressed).to.equal(true);
      const ten = general({ gt_weekly: 10 });
      expect(shown(column(ten, 'all')).n).to.equal(10);
      expect(shown(column(ten, 'gt_weekly')).answers['eens']).to.deep.equal({ count: 10, pct: 100 });
      // A group nobody answered from is withheld too, and says so.
      expect(column(ten, 'gt_monthly')!.suppressed).to.equal(true);
    });

    it('withholds a second group when the overall column minus the groups shown would give away 1 to 9 answers', () => {
      // 10 + 3: "all" (13) minus gt_weekly (10) would give away the 3 of gt_monthly.
      const q = general({ gt_weekly: 10, gt_monthly: 3 });
      expect(shown(column(q, 'all')).n).to.equal(13);
      expect(column(q, 'gt_weekly')!.suppressed).to.equal(true);
      expect(column(q, 'gt_monthly')!.suppressed).to.equal(true);
      // 20 + 12 + 3: the 3 alone would be given away; withholding the 12 as well hides 15 together.
      const r = general({ gt_weekly: 20, gt_twice_monthly: 12, gt_monthly: 3 });
      expect(shown(column(r, 'gt_weekly')).n).to.equal(20);
      expect(column(r, 'gt_twice_monthly')!.suppressed).to.equal(true);
      expect(column(r, 'gt_monthly')!.suppressed).to.equal(true);
      // Two small groups that are 10 together need nothing more.
      const s = general({ gt_weekly: 20, gt_monthly: 6, lt_quarterly: 4 });
      expect(shown(column(s, 'gt_weekly')).n).to.equal(20);
      expect(column(s, 'gt_monthly')!.suppressed).to.equal(true);
      expect(column(s, 'lt_quarterly')!.suppressed).to.equal(true);
    });

    it('withholds a municipality with 9 shares and shows it with 10, and protects a small rest', () => {
      expect([...withheldMunicipalities({ enschede: 9, almelo: 30 }, 39 + 10)]).to.include('enschede');
      expect([...withheldMunicipalities({ enschede: 10, almelo: 30 }, 40 + 10)]).not.to.include('enschede');
      // Without a municipality: 4 shares. The region (44) minus Enschede and Almelo would give them away.
      const hidden = withheldMunicipalities({ enschede: 10, almelo: 30 }, 44);
      expect(hidden.has('enschede')).to.equal(true);
      expect(hidden.has('almelo')).to.equal(false);
    });

    it('the frequency rows follow the same rules', () => {
      const rows = frequencyRows({ gt_weekly: 10, gt_twice_monthly: 9, gt_monthly: 0, gt_quarterly: 0, lt_quarterly: 0 });
      expect(rows.map((r) => r.n)).to.deep.equal([null, null, null, null, null]);
      const more = frequencyRows({ gt_weekly: 10, gt_twice_monthly: 10, gt_monthly: 0, gt_quarterly: 0, lt_quarterly: 0 });
      expect(more.map((r) => r.pct)).to.deep.equal([50, 50, null, null, null]);
    });

    it('withheldUnits stops once nothing small is left to give away', () => {
      expect([...withheldUnits([{ id: 'a', n: 10 }, { id: 'b', n: 10 }], 20, 10)]).to.deep.equal([]);
      expect([...withheldUnits([{ id: 'a', n: 10 }, { id: 'b', n: 11 }], 21, 10)].sort()).to.deep.equal([]);
      // 1 answer outside both: withholding the smaller unit hides 11 together.
      expect([...withheldUnits([{ id: 'a', n: 10 }, { id: 'b', n: 11 }], 22, 10)]).to.deep.equal(['a']);
      // 5 and 1 outside: the 5 is withheld; 6 hidden is too few, so the smallest shown (10) joins them.
      expect([...withheldUnits([{ id: 'a', n: 5 }, { id: 'b', n: 10 }, { id: 'c', n: 30 }], 46, 10)].sort()).to.deep.equal(['a', 'b']);
      // 9 and 1 outside are 10 hidden together: nothing more.
      expect([...withheldUnits([{ id: 'a', n: 9 }, { id: 'b', n: 10 }, { id: 'c', n: 30 }], 50, 10)]).to.deep.equal(['a']);
    });

    it('marks the 2022 report\'s unreliable column as such', () => {
      const tally = emptyTally();
      const summary = summarise(tally, { minCell: 0, unreliable: { 'relationeel.escalation': ['lt_quarterly'] } });
      expect(column(byId(summary, 'relationeel.escalation'), 'lt_quarterly')).to.deep.equal({
        group: 'lt_quarterly',
        suppressed: true,
        reason: 'unreliable',
        n: null,
      });
    });
  });

  describe('parseSurveySummary', () => {
    const summary = () => {
      const shares = Array.from({ length: 12 }, () => ({ frequency: 'gt_weekly' as const, answers: { 'general.competence': 'oneens' } }));
      return {
        survey: '2022-02',
        since: '2025-01',
        municipality: null,
        minCell: 10,
        withheld: false,
        n: 12,
        frequency: frequencyRows({ gt_weekly: 12, gt_twice_monthly: 0, gt_monthly: 0, gt_quarterly: 0, lt_quarterly: 0 }),
        questions: summarise(tallyShares(shares)),
        municipalities: [{ id: 'enschede', n: null }],
      };
    };

    it('reads what the receiver sends', () => {
      const read = parseSurveySummary(JSON.parse(JSON.stringify(summary())));
      expect(read?.n).to.equal(12);
      expect(read?.questions).to.have.length(19);
      expect(shown(column(byId(read!.questions, 'general.competence'), 'all')).cumulative['insufficient']!.pct).to.equal(100);
      expect(read?.municipalities.find((m) => m.id === 'enschede')?.n).to.equal(null);
    });

    it('refuses what is not a summary', () => {
      expect(parseSurveySummary(null)).to.equal(undefined);
      expect(parseSurveySummary('<script>')).to.equal(undefined);
      expect(parseSurveySummary({ ...summary(), since: '2025-13' })).to.equal(undefined);
      expect(parseSurveySummary({ ...summary(), municipality: 'amsterdam' })).to.equal(undefined);
      expect(parseSurveySummary({ ...summary(), n: -1 })).to.equal(undefined);
      const broken = summary();
      (broken.questions[0]!.columns[0] as unknown as Record<string, unknown>)['n'] = 'many';
      expect(parseSurveySummary(broken)).to.equal(undefined);
    });
  });
});
