// The self-scan's pure logic against the report's own figures (test/fixtures/seed/survey-2022.json).
// The expected figures come from the seed, not from this file: every aspect, question and group is
// looped over. The only literals are the figures the issue names (64.5, 81.8, 28.1, 57.6) and the
// documented discrepancy (juridisch.escalation: 52.7 from the counts, 53.2 in the prose).
import { expect } from '@open-wc/testing';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../../src/content/default/mandatory-self-study.js';
import {
  AGREEMENT_ANSWERS,
  ASPECT_IDS,
  FREQUENCY_GROUP_IDS,
  TOPIC_IDS,
  YES_NO_MAYBE_ANSWERS,
  type AgreementAnswer,
  type AspectId,
  type FrequencyGroupId,
  type TopicId,
  type YesNoMaybe,
} from '../../src/content/model.js';
import type { Survey } from '../../src/content/schema/survey.js';
import {
  INSUFFICIENT,
  buildScanResult,
  focusAspects,
  formatPct,
  isComplete,
  aspectFigures,
  peerFigures,
  peerYesPct,
  questionFigures,
  roundPct,
  type CompleteAnswers,
  type ScanAnswers,
} from '../../src/logic/scan.js';
import { SMALL_GROUP, needScore, type AspectAnswers } from '../../src/logic/scan-result.js';

// ---------------------------------------------------------------------------------------------
// The seed, as the report's data has it.

type GroupCounts = Record<FrequencyGroupId, number>;

interface SeedQuestion {
  id: string;
  kind: 'competence' | 'knowledge_source' | 'escalation';
  counts: Record<string, GroupCounts>;
  answered_per_group: GroupCounts;
  answered_total: number;
  reported_overall_pct: number;
  reported_overall: { measures: string; numerator_answers: string[]; denominator: string; decimals: number; note?: string };
  other_reported_statements?: {
    groups: FrequencyGroupId[];
    numerator_answers: string[];
    reported_pct: number;
    approximate: boolean;
  }[];
  printed: {
    pct: Record<string, GroupCounts>;
    cumulative_pct: { row: string; answers: string[]; values: GroupCounts }[];
  };
}

interface SeedSurvey {
  meta: { n: number; frequency_groups: { id: FrequencyGroupId; n: number }[] };
  aspects: { id: TopicId; questions: SeedQuestion[] }[];
  data_quality: { anomalies: { question: string; group: FrequencyGroupId }[] };
}

async function loadSeed(): Promise<SeedSurvey> {
  const response = await fetch(new URL('../fixtures/seed/survey-2022.json', import.meta.url));
  if (!response.ok) throw new Error(`Could not load the seed survey: ${response.status}`);
  return (await response.json()) as SeedSurvey;
}

// Top-level await, so the tables below can generate one `it` per aspect, question and group.
const seed = await loadSeed();
const N = seed.meta.n;
const GROUPS = seed.meta.frequency_groups.map((g) => g.id);

function seedQuestion(topic: TopicId, kind: SeedQuestion['kind']): SeedQuestion {
  const q = seed.aspects.find((a) => a.id === topic)?.questions.find((x) => x.kind === kind);
  if (!q) throw new Error(`The seed has no ${kind} question for ${topic}`);
  return q;
}

/** Sum of the seed's counts for some answers over some groups. */
function seedSum(q: SeedQuestion, answers: readonly string[], groups: readonly FrequencyGroupId[]): number {
  return answers.reduce((s, a) => s + groups.reduce((t, g) => t + q.counts[a][g], 0), 0);
}

/**
 * An independent half-up rounding in integer arithmetic (no floating point on the way), so that
 * roundPct is checked against something other than itself: n/d as a percentage with `decimals`.
 */
function halfUp(numerator: number, denominator: number, decimals = 1): number {
  const scale = 10 ** decimals;
  return Math.floor((200 * scale * numerator + denominator) / (2 * denominator)) / scale;
}

/** A printed value (or sum of printed values), brought back to one decimal without float noise. */
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

const COMPETENCE_TOPICS = seed.aspects.map((a) => a.id);
const insufficientAnswers: readonly string[] = ['sterk_mee_oneens', 'oneens'];
const sameAnswers = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

// ---------------------------------------------------------------------------------------------

describe('the seed and the bundled survey line up (precondition for the tables below)', () => {
  it('covers the same topics, groups and n', () => {
    expect(COMPETENCE_TOPICS).to.deep.equal([...TOPIC_IDS]);
    expect(GROUPS).to.deep.equal([...FREQUENCY_GROUP_IDS]);
    expect(DEFAULT_SURVEY.frequencyGroups.map((g) => g.id)).to.deep.equal(GROUPS);
    expect(DEFAULT_SURVEY.n).to.equal(N);
  });

  it('counts as insufficient exactly what the report counts', () => {
    expect([...INSUFFICIENT]).to.deep.equal(insufficientAnswers);
    for (const topic of COMPETENCE_TOPICS) {
      const q = seedQuestion(topic, 'competence');
      const cumulative = q.printed.cumulative_pct.find((c) => c.row === 'oneens');
      expect(cumulative?.answers, topic).to.deep.equal(insufficientAnswers);
    }
  });
});

describe('peerFigures: overall, as the report’s prose (divided by all 203)', () => {
  for (const topic of COMPETENCE_TOPICS) {
    const q = seedQuestion(topic, 'competence');
    const prose = q.reported_overall;
    const proseIsInsufficient = sameAnswers(prose.numerator_answers, insufficientAnswers);

    it(`${topic}: insufficientPct is (sterk mee) oneens of all ${N}, the same for every group`, () => {
      const expected = halfUp(seedSum(q, insufficientAnswers, GROUPS), N);
      for (const group of GROUPS) {
        expect(peerFigures(DEFAULT_SURVEY, topic, group).insufficientPct, group).to.equal(expected);
      }
    });

    if (proseIsInsufficient) {
      it(`${topic}: insufficientPct equals the prose figure (${q.reported_overall_pct})`, () => {
        expect(prose.denominator).to.equal('all_respondents');
        expect(peerFigures(DEFAULT_SURVEY, topic, 'gt_weekly').insufficientPct).to.equal(q.reported_overall_pct);
      });
    } else {
      // The prose states the sufficient share ("71.9% vindt voldoende"). First check that we read that
      // sentence right (the seed's counts reproduce it), then that our insufficient share is its
      // complement apart from the respondents who skipped the question. Both figures are rounded
      // (to 0.1, or to whole percents where `decimals` is 0), hence the tolerance of half a unit of
      // each rounding; the skipped ones (ouderschap: 1 of 203) are taken out explicitly.
      it(`${topic}: the prose states the sufficient share, and insufficientPct is the rest`, () => {
        expect(sameAnswers(prose.numerator_answers, ['eens', 'sterk_mee_eens']), prose.measures).to.equal(true);
        expect(halfUp(seedSum(q, prose.numerator_answers, GROUPS), N, prose.decimals)).to.equal(q.reported_overall_pct);
        const ours = peerFigures(DEFAULT_SURVEY, topic, 'gt_weekly').insufficientPct;
        const skippedPct = (100 * (N - q.answered_total)) / N;
        const tolerance = 0.05 + 0.5 * 10 ** -prose.decimals + 1e-9;
        expect(ours).to.be.closeTo(100 - q.reported_overall_pct - skippedPct, tolerance);
      });
    }
  }

  it('matches the figures the issue names', () => {
    expect(peerFigures(DEFAULT_SURVEY, 'juridisch', 'gt_weekly').insufficientPct).to.equal(64.5);
    expect(peerFigures(DEFAULT_SURVEY, 'financieel', 'lt_quarterly').insufficientPct).to.equal(81.8);
    expect(peerFigures(DEFAULT_SURVEY, 'relationeel', 'gt_monthly').insufficientPct).to.equal(28.1);
  });
});

describe('peerFigures: per frequency group, as the report’s tables', () => {
  for (const topic of COMPETENCE_TOPICS) {
    const q = seedQuestion(topic, 'competence');
    const cumulative = q.printed.cumulative_pct.find((c) => c.row === 'oneens');
    for (const group of GROUPS) {
      it(`${topic}, ${group}: the printed cumulative (sterk mee) oneens and the group's n`, () => {
        const ours = peerFigures(DEFAULT_SURVEY, topic, group);
        expect(ours.groupN).to.equal(q.answered_per_group[group]);
        const printedSum = oneDecimal(q.printed.pct.sterk_mee_oneens[group] + q.printed.pct.oneens[group]);
        // The report prints the cumulative share itself: ours must equal it exactly.
        expect(cumulative, 'a printed cumulative row').to.not.equal(undefined);
        expect(ours.groupInsufficientPct).to.equal(cumulative!.values[group]);
        if (printedSum === cumulative!.values[group]) {
          expect(ours.groupInsufficientPct).to.equal(printedSum);
        } else {
          // The two printed parts are each rounded (juridisch, > eens per week: 10.2 + 47.5 = 57.7
          // while 68/118 = 57.6); only there may their sum be off from the share, by 0.1 at most.
          expect(ours.groupInsufficientPct).to.be.closeTo(printedSum, 0.1 + 1e-9);
        }
        expect(ours.groupInsufficientPct).to.equal(halfUp(seedSum(q, insufficientAnswers, [group]), q.answered_per_group[group]));
      });
    }

    for (const statement of q.other_reported_statements ?? []) {
      // Statements about several groups together ("zo'n 70%", "zeven op de tien") are approximate
      // and not a figure the self-scan shows; only exact single-group statements are checked.
      if (statement.approximate || statement.groups.length !== 1) continue;
      const [group] = statement.groups;
      it(`${topic}, ${group}: the prose's ${statement.reported_pct}%`, () => {
        expect(sameAnswers(statement.numerator_answers, insufficientAnswers)).to.equal(true);
        expect(peerFigures(DEFAULT_SURVEY, topic, group).groupInsufficientPct).to.equal(statement.reported_pct);
      });
    }
  }

  it('matches the figure the issue names: juridisch, more than once a week, 57.6% of 118', () => {
    const f = peerFigures(DEFAULT_SURVEY, 'juridisch', 'gt_weekly');
    expect(f.groupInsufficientPct).to.equal(57.6);
    expect(f.groupN).to.equal(118);
  });

  it('gives 0% of 0 for a group in which nobody answered', () => {
    const survey = structuredClone(DEFAULT_SURVEY) as Survey;
    const q = survey.questions.find((x) => x.id === 'juridisch.competence')!;
    for (const byGroup of Object.values<Record<FrequencyGroupId, number>>(q.counts)) byGroup.lt_quarterly = 0;
    expect(peerFigures(survey, 'juridisch', 'lt_quarterly')).to.include({ groupInsufficientPct: 0, groupN: 0, smallGroup: true });
  });

  it('throws for a topic the survey does not ask about', () => {
    const survey = { ...DEFAULT_SURVEY, questions: DEFAULT_SURVEY.questions.filter((q) => q.aspect !== 'veiligheid') };
    expect(() => peerFigures(survey, 'veiligheid', 'gt_weekly')).to.throw(/veiligheid/);
  });
});

describe('peerFigures: smallGroup', () => {
  const small: readonly FrequencyGroupId[] = ['gt_monthly', 'gt_quarterly', 'lt_quarterly'];
  for (const topic of COMPETENCE_TOPICS) {
    for (const group of GROUPS) {
      const expected = small.includes(group);
      it(`${topic}, ${group}: ${expected ? 'small' : 'not small'}`, () => {
        const f = peerFigures(DEFAULT_SURVEY, topic, group);
        expect(f.smallGroup).to.equal(expected);
        expect(f.smallGroup).to.equal(f.groupN < SMALL_GROUP);
      });
    }
  }
});

describe('peerYesPct against the prose', () => {
  // The seed writes the kind in snake case, the content model in camel case.
  const kinds = [['knowledge_source', 'knowledgeSource'], ['escalation', 'escalation']] as const;
  for (const aspect of ASPECT_IDS) {
    for (const [seedKind, kind] of kinds) {
      const q = seedQuestion(aspect, seedKind);
      const fromCounts = halfUp(seedSum(q, ['ja'], GROUPS), N);
      const documentedDifference = q.reported_overall.note?.startsWith('DIFFERENCE') ?? false;
      it(`${aspect}.${seedKind}: ${documentedDifference ? 'the counts, not the prose (documented difference)' : 'the prose figure'}`, () => {
        expect(q.reported_overall.numerator_answers).to.deep.equal(['ja']);
        const ours = peerYesPct(DEFAULT_SURVEY, aspect, kind);
        expect(ours).to.equal(fromCounts);
        if (documentedDifference) expect(ours).not.to.equal(q.reported_overall_pct);
        else expect(ours).to.equal(q.reported_overall_pct);
      });
    }
  }

  it('juridisch.escalation: 52.7 (107/203) from the counts, where the prose says 53.2 (reported_overall.note)', () => {
    const q = seedQuestion('juridisch', 'escalation');
    expect(q.reported_overall_pct).to.equal(53.2);
    expect(q.reported_overall.note).to.match(/52\.7%/);
    expect(peerYesPct(DEFAULT_SURVEY, 'juridisch', 'escalation')).to.equal(52.7);
  });

  it('relationeel.escalation: sums the counts as stored, so the copied < eens per kwartaal column is in it', () => {
    // data_quality.anomalies: the lt_quarterly column repeats gt_quarterly (9 x ja of "16" in a group
    // of 10). The bundled survey marks it unreliable, but peerYesPct sums every stored count, as the
    // report did: 133/203 = 65.5, the prose figure. Without the column it would be 124/203 = 61.1.
    const anomaly = seed.data_quality.anomalies.find((a) => a.question === 'relationeel.escalation');
    expect(anomaly?.group).to.equal('lt_quarterly');
    const survey = DEFAULT_SURVEY.questions.find((q) => q.id === 'relationeel.escalation');
    expect(survey?.unreliableGroups).to.deep.equal(['lt_quarterly']);
    const q = seedQuestion('relationeel', 'escalation');
    const withColumn = halfUp(seedSum(q, ['ja'], GROUPS), N);
    const withoutColumn = halfUp(seedSum(q, ['ja'], GROUPS.filter((g) => g !== anomaly!.group)), N);
    expect(peerYesPct(DEFAULT_SURVEY, 'relationeel', 'escalation')).to.equal(withColumn);
    expect(withColumn).to.equal(q.reported_overall_pct);
    expect(withoutColumn).to.be.below(withColumn);
  });
});

describe('questionFigures: every answer of every question, as the report prints it', () => {
  const kinds = [
    ['competence', 'competence', AGREEMENT_ANSWERS],
    ['knowledge_source', 'knowledgeSource', YES_NO_MAYBE_ANSWERS],
    ['escalation', 'escalation', YES_NO_MAYBE_ANSWERS],
  ] as const;
  const unreliable = (questionId: string) => seed.data_quality.anomalies.filter((a) => a.question === questionId).map((a) => a.group);

  for (const aspect of ASPECT_IDS) {
    for (const [seedKind, kind, answers] of kinds) {
      const q = seedQuestion(aspect, seedKind);
      for (const group of GROUPS) {
        const untrusted = unreliable(q.id).includes(group);
        it(`${q.id}, ${group}: ${untrusted ? 'unavailable (data-quality note)' : "each answer's printed share of the group, and its n"}`, () => {
          const f = questionFigures<string>(DEFAULT_SURVEY, aspect, kind, answers, group);
          if (untrusted) {
            expect(f.group).to.equal(null);
            return;
          }
          expect(f.group!.n).to.equal(q.answered_per_group[group]);
          expect(f.group!.answered).to.equal(q.answered_per_group[group]);
          expect(f.group!.smallGroup).to.equal(q.answered_per_group[group] < SMALL_GROUP);
          for (const answer of answers) expect(f.group!.pct[answer], answer).to.equal(q.printed.pct[answer][group]);
        });
      }

      it(`${q.id}: each answer's share of all ${N}, and how many answered`, () => {
        const f = questionFigures<string>(DEFAULT_SURVEY, aspect, kind, answers, 'gt_weekly');
        expect(f.all.n).to.equal(N);
        expect(f.all.answered).to.equal(q.answered_total);
        for (const answer of answers) expect(f.all.pct[answer], answer).to.equal(halfUp(seedSum(q, [answer], GROUPS), N));
        if (kind !== 'competence') {
          // The headline of these two questions, "ja", is the report's prose figure (peerYesPct is
          // checked against the prose above, with its one documented difference).
          expect(f.all.pct.ja).to.equal(peerYesPct(DEFAULT_SURVEY, aspect, kind));
        }
      });
    }
  }

  it('gives the figures the issue names: know where to find knowledge and whom to escalate to', () => {
    const juridisch = aspectFigures(DEFAULT_SURVEY, 'juridisch', 'gt_weekly');
    const financieel = aspectFigures(DEFAULT_SURVEY, 'financieel', 'gt_weekly');
    expect(juridisch.knowledgeSource.all.pct.ja).to.equal(41.4);
    expect(financieel.knowledgeSource.all.pct.ja).to.equal(29.6);
    expect(financieel.escalation.all.pct.ja).to.equal(36);
    // The prose says 53.2; the table's counts give 107/203 (see reported_overall.note).
    expect(juridisch.escalation.all.pct.ja).to.equal(52.7);
  });

  it('aspectFigures holds the three questions for the group, the same as questionFigures', () => {
    for (const aspect of ASPECT_IDS) {
      for (const group of GROUPS) {
        const f = aspectFigures(DEFAULT_SURVEY, aspect, group);
        expect(f.competence).to.deep.equal(questionFigures(DEFAULT_SURVEY, aspect, 'competence', AGREEMENT_ANSWERS, group));
        expect(f.escalation).to.deep.equal(questionFigures(DEFAULT_SURVEY, aspect, 'escalation', YES_NO_MAYBE_ANSWERS, group));
      }
    }
  });
});

describe('roundPct', () => {
  const table: readonly [numerator: number, denominator: number, expected: number][] = [
    [131, 203, 64.5], // 64.532…
    [68, 118, 57.6], // 57.627…
    [166, 203, 81.8],
    // exactly on a .x5 boundary: half up, never to even
    [1, 16, 6.3], // 6.25
    [3, 16, 18.8], // 18.75
    [9, 16, 56.3], // 56.25, printed as 56,3 in the report
    [5, 16, 31.3], // 31.25
    [1, 80, 1.3], // 1.25
    [29, 2000, 1.5], // 1.45
    [1, 400, 0.3], // 0.25
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 6, 16.7],
    [0, 203, 0],
    [203, 203, 100],
    [0, 0, 0],
    [5, 0, 0],
    [5, -1, 0],
  ];
  for (const [numerator, denominator, expected] of table) {
    it(`${numerator}/${denominator} → ${expected}`, () => {
      expect(roundPct(numerator, denominator)).to.equal(expected);
    });
  }

  it('agrees with integer half-up rounding for every n/d with d up to 250', () => {
    for (let d = 1; d <= 250; d++) {
      for (let n = 0; n <= d; n++) {
        const got = roundPct(n, d);
        if (got !== halfUp(n, d)) expect(got, `${n}/${d}`).to.equal(halfUp(n, d));
      }
    }
  });

  // The report's tables, rounded half up per group: roundPct must reproduce every printed value.
  for (const aspect of seed.aspects) {
    for (const q of aspect.questions) {
      it(`reproduces every percentage printed for ${q.id}`, () => {
        for (const [answer, byGroup] of Object.entries(q.printed.pct)) {
          for (const group of GROUPS) {
            const n = q.answered_per_group[group];
            expect(roundPct(q.counts[answer][group], n), `${answer}, ${group}`).to.equal(byGroup[group]);
          }
        }
        for (const row of q.printed.cumulative_pct) {
          for (const group of GROUPS) {
            expect(roundPct(seedSum(q, row.answers, [group]), q.answered_per_group[group]), `${row.row}, ${group}`).to.equal(
              row.values[group],
            );
          }
        }
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// The person's answers.

const FINE: Required<AspectAnswers> = { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' };

/** Complete answers: every aspect fine unless given. */
function complete(
  given: Partial<Record<AspectId, Partial<AspectAnswers>>> = {},
  frequency: FrequencyGroupId = 'gt_weekly',
): CompleteAnswers {
  const aspects: CompleteAnswers['aspects'] = {};
  for (const id of ASPECT_IDS) aspects[id] = { ...FINE, ...given[id] };
  return { frequency, general: 'eens', aspects };
}

/** The rule of the issue, written out independently of needScore. */
const needsAttention = (a: Required<AspectAnswers>) =>
  a.competence === 'sterk_mee_oneens' || a.competence === 'oneens' || a.knowledgeSource !== 'ja' || a.escalation !== 'ja';

describe('needScore', () => {
  it('is 0 exactly when nothing needs attention, for every combination of answers', () => {
    for (const competence of AGREEMENT_ANSWERS) {
      for (const knowledgeSource of YES_NO_MAYBE_ANSWERS) {
        for (const escalation of YES_NO_MAYBE_ANSWERS) {
          const a = { competence, knowledgeSource, escalation };
          expect(needScore(a) > 0, JSON.stringify(a)).to.equal(needsAttention(a));
        }
      }
    }
  });

  const table: readonly [competence: AgreementAnswer, knowledgeSource: YesNoMaybe, escalation: YesNoMaybe, expected: number][] = [
    ['sterk_mee_eens', 'ja', 'ja', 0],
    ['eens', 'ja', 'ja', 0],
    ['oneens', 'ja', 'ja', 2],
    ['sterk_mee_oneens', 'ja', 'ja', 3],
    ['eens', 'misschien', 'ja', 1],
    ['eens', 'ja', 'nee', 2],
    ['eens', 'nee', 'nee', 4],
    ['sterk_mee_oneens', 'nee', 'nee', 7],
    ['oneens', 'misschien', 'misschien', 4],
  ];
  for (const [competence, knowledgeSource, escalation, expected] of table) {
    it(`${competence} / ${knowledgeSource} / ${escalation} → ${expected}`, () => {
      expect(needScore({ competence, knowledgeSource, escalation })).to.equal(expected);
    });
  }

  it('grows with each worse answer', () => {
    const base = { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' } as const;
    expect(needScore({ ...base, competence: 'sterk_mee_oneens' })).to.be.above(needScore({ ...base, competence: 'oneens' }));
    expect(needScore({ ...base, knowledgeSource: 'nee' })).to.be.above(needScore({ ...base, knowledgeSource: 'misschien' }));
    expect(needScore({ ...base, escalation: 'nee' })).to.be.above(needScore({ ...base, escalation: 'misschien' }));
  });
});

describe('focusAspects', () => {
  // Peers' overall insufficient shares, highest first: financieel 81.8, juridisch 64.5,
  // professioneel 31.0, ouderschap 30.5, relationeel 28.1, veiligheid 27.6.
  it('orders the peers’ figures as the tie-breaks below assume', () => {
    const order = [...ASPECT_IDS].sort(
      (a, b) => peerFigures(DEFAULT_SURVEY, b, 'gt_weekly').insufficientPct - peerFigures(DEFAULT_SURVEY, a, 'gt_weekly').insufficientPct,
    );
    expect(order).to.deep.equal(['financieel', 'juridisch', 'professioneel', 'ouderschap', 'relationeel', 'veiligheid']);
  });

  const table: readonly [what: string, given: Partial<Record<AspectId, Partial<AspectAnswers>>>, expected: AspectId[]][] = [
    ['nothing when everything is fine', {}, []],
    ['nothing for sterk mee eens', { juridisch: { competence: 'sterk_mee_eens' } }, []],
    ['one aspect rated oneens', { ouderschap: { competence: 'oneens' } }, ['ouderschap']],
    ['one aspect not knowing whom to escalate to', { veiligheid: { escalation: 'misschien' } }, ['veiligheid']],
    [
      'higher need first, whatever the peers',
      {
        financieel: { knowledgeSource: 'misschien' }, // 1
        veiligheid: { competence: 'sterk_mee_oneens', knowledgeSource: 'nee' }, // 5
        relationeel: { competence: 'oneens' }, // 2
      },
      ['veiligheid', 'relationeel', 'financieel'],
    ],
    [
      'equal need: the aspect the peers found hardest first',
      {
        veiligheid: { competence: 'oneens' },
        relationeel: { competence: 'oneens' },
        juridisch: { competence: 'oneens' },
        financieel: { competence: 'oneens' },
        professioneel: { competence: 'oneens' },
        ouderschap: { competence: 'oneens' },
      },
      ['financieel', 'juridisch', 'professioneel', 'ouderschap', 'relationeel', 'veiligheid'],
    ],
    [
      'equal need reached in different ways still ties',
      {
        relationeel: { knowledgeSource: 'nee' }, // 2
        professioneel: { competence: 'oneens' }, // 2
        juridisch: { escalation: 'misschien', knowledgeSource: 'misschien' }, // 2
      },
      ['juridisch', 'professioneel', 'relationeel'],
    ],
    [
      'mixed needs and ties',
      {
        juridisch: { competence: 'oneens' }, // 2
        financieel: { competence: 'oneens' }, // 2
        veiligheid: { competence: 'sterk_mee_oneens', escalation: 'nee' }, // 5
        ouderschap: { escalation: 'misschien' }, // 1
        relationeel: { escalation: 'misschien' }, // 1
      },
      ['veiligheid', 'financieel', 'juridisch', 'ouderschap', 'relationeel'],
    ],
  ];
  for (const [what, given, expected] of table) {
    it(what, () => {
      const answers = complete(given);
      expect(focusAspects(DEFAULT_SURVEY, ASPECT_IDS, answers)).to.deep.equal(expected);
      // The rule of the issue decides who is in; the order decides only the sequence.
      expect([...expected].sort()).to.deep.equal(ASPECT_IDS.filter((id) => needsAttention(answers.aspects[id]!)).sort());
    });
  }

  it('does not depend on the person’s frequency group (the tie-break is the overall figure)', () => {
    const given = { veiligheid: { competence: 'oneens' }, relationeel: { competence: 'oneens' } } as const;
    for (const group of GROUPS) {
      expect(focusAspects(DEFAULT_SURVEY, ASPECT_IDS, complete(given, group)), group).to.deep.equal(['relationeel', 'veiligheid']);
    }
  });

  it('looks only at the chosen aspects', () => {
    const answers = complete({ juridisch: { competence: 'oneens' }, financieel: { competence: 'oneens' }, veiligheid: { competence: 'oneens' } });
    expect(focusAspects(DEFAULT_SURVEY, ['juridisch', 'financieel'], answers)).to.deep.equal(['financieel', 'juridisch']);
    expect(focusAspects(DEFAULT_SURVEY, ['veiligheid'], answers)).to.deep.equal(['veiligheid']);
  });

  it('equal need and equal peers: the order the aspects were given in', () => {
    // Give veiligheid the same competence counts as relationeel, so the peers tie too.
    const survey = structuredClone(DEFAULT_SURVEY) as Survey;
    const rel = survey.questions.find((q) => q.id === 'relationeel.competence')!;
    const vei = survey.questions.find((q) => q.id === 'veiligheid.competence')!;
    vei.counts = structuredClone(rel.counts);
    expect(peerFigures(survey, 'veiligheid', 'gt_weekly').insufficientPct).to.equal(peerFigures(survey, 'relationeel', 'gt_weekly').insufficientPct);
    const answers = complete({ veiligheid: { competence: 'oneens' }, relationeel: { competence: 'oneens' } });
    expect(focusAspects(survey, ASPECT_IDS, answers)).to.deep.equal(['relationeel', 'veiligheid']);
    expect(focusAspects(survey, ['veiligheid', 'relationeel'], answers)).to.deep.equal(['veiligheid', 'relationeel']);
  });
});

describe('isComplete', () => {
  const all = complete();
  const without = (id: AspectId, field: keyof AspectAnswers): ScanAnswers => {
    const aspects = structuredClone(all.aspects) as ScanAnswers['aspects'];
    delete aspects[id]![field];
    return { ...all, aspects };
  };
  const table: readonly [what: string, answers: ScanAnswers, aspects: readonly AspectId[], expected: boolean][] = [
    ['everything answered', all, ASPECT_IDS, true],
    ['no answers at all', { aspects: {} }, ASPECT_IDS, false],
    ['no frequency', { ...all, frequency: undefined }, ASPECT_IDS, false],
    ['no general judgement', { ...all, general: undefined }, ASPECT_IDS, false],
    ['one aspect missing', { ...all, aspects: { ...all.aspects, veiligheid: undefined } }, ASPECT_IDS, false],
    ['one competence missing', without('professioneel', 'competence'), ASPECT_IDS, false],
    ['one knowledge source missing', without('juridisch', 'knowledgeSource'), ASPECT_IDS, false],
    ['one escalation missing', without('financieel', 'escalation'), ASPECT_IDS, false],
    [
      'a limited set, answered, others not',
      { frequency: 'lt_quarterly', general: 'oneens', aspects: { juridisch: FINE, financieel: FINE } },
      ['juridisch', 'financieel'],
      true,
    ],
    ['a limited set with one of its answers missing', without('financieel', 'escalation'), ['juridisch', 'financieel'], false],
    ['a limited set, the missing answer outside it', without('veiligheid', 'escalation'), ['juridisch', 'financieel'], true],
    ['no aspects chosen, the general questions answered', { frequency: 'gt_monthly', general: 'eens', aspects: {} }, [], true],
    ['no aspects chosen, the general questions not answered', { frequency: 'gt_monthly', aspects: {} }, [], false],
  ];
  for (const [what, answers, aspects, expected] of table) {
    it(`${what}: ${expected}`, () => {
      expect(isComplete(answers, aspects)).to.equal(expected);
    });
  }
});

describe('buildScanResult', () => {
  const cases: readonly [what: string, aspects: readonly AspectId[], answers: CompleteAnswers, lang: 'nl' | 'en'][] = [
    ['all fine, nl', ASPECT_IDS, complete({}, 'gt_weekly'), 'nl'],
    [
      'mixed answers, small group, en',
      ASPECT_IDS,
      complete(
        {
          juridisch: { competence: 'oneens' },
          relationeel: { knowledgeSource: 'misschien' },
          ouderschap: { competence: 'sterk_mee_eens' },
          veiligheid: { escalation: 'nee' },
          financieel: { competence: 'sterk_mee_oneens', knowledgeSource: 'nee', escalation: 'misschien' },
        },
        'gt_quarterly',
      ),
      'en',
    ],
    [
      'a limited set in another order',
      ['financieel', 'juridisch'],
      { frequency: 'lt_quarterly', general: 'sterk_mee_oneens', aspects: { financieel: FINE, juridisch: { ...FINE, escalation: 'nee' } } },
      'nl',
    ],
  ];

  for (const [what, aspects, answers, lang] of cases) {
    it(`${what}: the event's shape and every field`, () => {
      const result = buildScanResult(DEFAULT_SURVEY, aspects, MANDATORY_SELF_STUDY_ASPECTS, answers, lang);
      expect(result.version).to.equal(1);
      expect(result.lang).to.equal(lang);
      expect(result.frequency).to.equal(answers.frequency);
      expect(result.general).to.equal(answers.general);
      expect(result.aspects.map((a) => a.id)).to.deep.equal([...aspects]);
      for (const a of result.aspects) {
        const given = answers.aspects[a.id]!;
        expect({ competence: a.competence, knowledgeSource: a.knowledgeSource, escalation: a.escalation }, a.id).to.deep.equal(given);
        expect(a.needsAttention, a.id).to.equal(needsAttention(given));
        expect(a.reasons.length > 0, a.id).to.equal(needsAttention(given));
        expect(a.mandatory, a.id).to.equal(a.id === 'juridisch' || a.id === 'financieel');
        const { insufficientPct, groupInsufficientPct, groupN } = peerFigures(DEFAULT_SURVEY, a.id, answers.frequency);
        expect(a.peers, a.id).to.deep.equal({ insufficientPct, groupInsufficientPct, groupN, smallGroup: groupN < 30 });
        expect(a.figures, a.id).to.deep.equal(aspectFigures(DEFAULT_SURVEY, a.id, answers.frequency));
        expect(Object.keys(a).sort(), a.id).to.deep.equal(
          ['competence', 'escalation', 'figures', 'id', 'knowledgeSource', 'mandatory', 'needsAttention', 'peers', 'reasons'],
        );
      }
      expect(result.focus).to.deep.equal(focusAspects(DEFAULT_SURVEY, aspects, answers));
      expect(Object.keys(result).sort()).to.deep.equal(['aspects', 'focus', 'frequency', 'general', 'lang', 'version']);
    });
  }

  it('takes the mandatory aspects from the learning path (juridisch and financieel)', () => {
    expect([...MANDATORY_SELF_STUDY_ASPECTS].sort()).to.deep.equal(['financieel', 'juridisch']);
    const result = buildScanResult(DEFAULT_SURVEY, ASPECT_IDS, MANDATORY_SELF_STUDY_ASPECTS, complete(), 'nl');
    expect(result.aspects.filter((a) => a.mandatory).map((a) => a.id)).to.deep.equal(['juridisch', 'financieel']);
    // Mandatory does not mean in focus: with nothing to work on, the focus stays empty.
    expect(result.focus).to.deep.equal([]);
  });

  it('carries the figures the issue names', () => {
    const result = buildScanResult(DEFAULT_SURVEY, ASPECT_IDS, MANDATORY_SELF_STUDY_ASPECTS, complete({}, 'gt_weekly'), 'nl');
    const peers = Object.fromEntries(result.aspects.map((a) => [a.id, a.peers]));
    expect(peers.juridisch).to.deep.equal({ insufficientPct: 64.5, groupInsufficientPct: 57.6, groupN: 118, smallGroup: false });
    expect(peers.financieel.insufficientPct).to.equal(81.8);
    expect(peers.relationeel.insufficientPct).to.equal(28.1);
  });

  it('is plain data (survives JSON and structuredClone unchanged)', () => {
    const result = buildScanResult(DEFAULT_SURVEY, ASPECT_IDS, MANDATORY_SELF_STUDY_ASPECTS, complete({ juridisch: { competence: 'oneens' } }), 'nl');
    expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
    expect(structuredClone(result)).to.deep.equal(result);
  });
});

describe('formatPct', () => {
  // Observed in Chromium: Intl puts no space before the percent sign in nl-NL or en-GB.
  const table: readonly [pct: number, lang: 'nl' | 'en', expected: string][] = [
    [64.5, 'nl', '64,5%'],
    [64.5, 'en', '64.5%'],
    [57.6, 'nl', '57,6%'],
    [81.8, 'en', '81.8%'],
    [0, 'nl', '0,0%'],
    [100, 'nl', '100,0%'],
    [100, 'en', '100.0%'],
    [6.3, 'nl', '6,3%'],
  ];
  for (const [pct, lang, expected] of table) {
    it(`${pct} in ${lang} → ${expected}`, () => {
      expect(formatPct(pct, lang)).to.equal(expected);
    });
  }

  it('formats every peer figure of the bundled survey with one decimal, Dutch with a comma', () => {
    for (const topic of COMPETENCE_TOPICS) {
      for (const group of GROUPS) {
        const { insufficientPct, groupInsufficientPct } = peerFigures(DEFAULT_SURVEY, topic, group);
        for (const pct of [insufficientPct, groupInsufficientPct]) {
          expect(formatPct(pct, 'nl')).to.equal(`${pct.toFixed(1).replace('.', ',')}%`);
          expect(formatPct(pct, 'en')).to.equal(`${pct.toFixed(1)}%`);
        }
      }
    }
  });
});
