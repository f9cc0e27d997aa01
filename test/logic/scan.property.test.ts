// Property tests for the self-scan's scoring: it is total over valid answers. For any frequency
// group and any answers from the scales, for any non-empty set of aspects (in any order), the result
// is computed without throwing, its percentages are 0..100 with one decimal, every group answered,
// and the focus is exactly the aspects that need attention, most need first.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import {
  AGREEMENT_ANSWERS,
  ASPECT_IDS,
  FREQUENCY_GROUP_IDS,
  LANGS,
  TOPIC_IDS,
  YES_NO_MAYBE_ANSWERS,
  type AspectId,
} from '../../src/content/model.js';
import { surveySchema, type Survey } from '../../src/content/schema/survey.js';
import {
  buildScanResult,
  formatPct,
  isComplete,
  peerFigures,
  peerYesPct,
  roundPct,
  type CompleteAnswers,
  type ScanAnswers,
} from '../../src/logic/scan.js';
import { needScore, type AspectAnswers } from '../../src/logic/scan-result.js';

const RUNS = 150;

const agreement = fc.constantFrom(...AGREEMENT_ANSWERS);
const yesNoMaybe = fc.constantFrom(...YES_NO_MAYBE_ANSWERS);
const aspectAnswers: fc.Arbitrary<Required<AspectAnswers>> = fc.record({
  competence: agreement,
  knowledgeSource: yesNoMaybe,
  escalation: yesNoMaybe,
});

/** A finished scan: answers for every aspect (also the ones not chosen), and the chosen aspects in any order. */
const scan = fc.record({
  aspects: fc.shuffledSubarray([...ASPECT_IDS], { minLength: 1 }),
  mandatory: fc.subarray([...ASPECT_IDS]),
  lang: fc.constantFrom(...LANGS),
  answers: fc.record({
    frequency: fc.constantFrom(...FREQUENCY_GROUP_IDS),
    general: agreement,
    aspects: fc.record(Object.fromEntries(ASPECT_IDS.map((id) => [id, aspectAnswers])) as Record<AspectId, typeof aspectAnswers>),
  }),
});

const isPct = (x: number) => Number.isFinite(x) && x >= 0 && x <= 100 && Math.round(x * 10) / 10 === x;

/** A survey the schema accepts, with the competence counts replaced by random ones (every group answers). */
const survey: fc.Arbitrary<Survey> = fc
  .array(
    fc.tuple(...FREQUENCY_GROUP_IDS.map((_, i) => fc.array(fc.nat({ max: Math.floor(DEFAULT_SURVEY.frequencyGroups[i]!.n / 4) }), { minLength: 4, maxLength: 4 }))),
    { minLength: TOPIC_IDS.length, maxLength: TOPIC_IDS.length },
  )
  .map((tables) => {
    const copy = structuredClone(DEFAULT_SURVEY);
    const competence = copy.questions.filter((q) => q.kind === 'competence');
    competence.forEach((q, qi) => {
      const table = tables[qi]!;
      const counts = Object.fromEntries(
        AGREEMENT_ANSWERS.map((a, ai) => [
          a,
          Object.fromEntries(FREQUENCY_GROUP_IDS.map((g, gi) => [g, table[gi]![ai]! + (ai === 0 && table[gi]!.every((c) => c === 0) ? 1 : 0)])),
        ]),
      );
      (q as { counts: unknown }).counts = counts;
    });
    return copy;
  });

describe('self-scan scoring (property)', () => {
  it('buildScanResult is total over valid answers: bounded percentages, answering groups, focus = aspects in need', () => {
    fc.assert(
      fc.property(scan, ({ aspects, mandatory, lang, answers }) => {
        const answersAsComplete: CompleteAnswers = answers;
        const result = buildScanResult(DEFAULT_SURVEY, aspects, mandatory, answersAsComplete, lang);
        expect(result.version).to.equal(1);
        expect(result.lang).to.equal(lang);
        expect(result.frequency).to.equal(answers.frequency);
        expect(result.general).to.equal(answers.general);
        expect(result.aspects.map((a) => a.id)).to.deep.equal(aspects);
        for (const a of result.aspects) {
          const given = answers.aspects[a.id];
          expect([a.competence, a.knowledgeSource, a.escalation]).to.deep.equal([given.competence, given.knowledgeSource, given.escalation]);
          expect(isPct(a.peers.insufficientPct), `insufficientPct ${a.peers.insufficientPct}`).to.equal(true);
          expect(isPct(a.peers.groupInsufficientPct), `groupInsufficientPct ${a.peers.groupInsufficientPct}`).to.equal(true);
          expect(Number.isInteger(a.peers.groupN) && a.peers.groupN > 0, `groupN ${a.peers.groupN}`).to.equal(true);
          expect(a.needsAttention).to.equal(result.focus.includes(a.id));
          expect(a.mandatory).to.equal(mandatory.includes(a.id));
        }
        // The focus: the chosen aspects in need, each once, most need first.
        expect(result.focus.every((id) => aspects.includes(id))).to.equal(true);
        expect(new Set(result.focus).size).to.equal(result.focus.length);
        expect(result.focus).to.have.members(aspects.filter((id) => needScore(answers.aspects[id]) > 0));
        const needs = result.focus.map((id) => needScore(answers.aspects[id]));
        expect(needs).to.deep.equal([...needs].sort((x, y) => y - x));
        // The result is plain data an event can carry.
        expect(structuredClone(result)).to.deep.equal(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('breaks ties in need by the peers (hardest first), then by the order given', () => {
    fc.assert(
      fc.property(scan, ({ aspects, mandatory, lang, answers }) => {
        const { focus } = buildScanResult(DEFAULT_SURVEY, aspects, mandatory, answers, lang);
        for (let i = 1; i < focus.length; i++) {
          const [a, b] = [focus[i - 1]!, focus[i]!];
          if (needScore(answers.aspects[a]) !== needScore(answers.aspects[b])) continue;
          const [pa, pb] = [a, b].map((id) => peerFigures(DEFAULT_SURVEY, id, answers.frequency).insufficientPct);
          expect(pa! > pb! || (pa === pb && aspects.indexOf(a) < aspects.indexOf(b)), `${a} before ${b}`).to.equal(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('depends only on the chosen aspects: answers to the others change nothing', () => {
    fc.assert(
      fc.property(scan, fc.record(Object.fromEntries(ASPECT_IDS.map((id) => [id, aspectAnswers])) as Record<AspectId, fc.Arbitrary<Required<AspectAnswers>>>), (s, other) => {
        const changed = Object.fromEntries(ASPECT_IDS.map((id) => [id, s.aspects.includes(id) ? s.answers.aspects[id] : other[id]]));
        const a = buildScanResult(DEFAULT_SURVEY, s.aspects, s.mandatory, s.answers, s.lang);
        const b = buildScanResult(DEFAULT_SURVEY, s.aspects, s.mandatory, { ...s.answers, aspects: changed }, s.lang);
        expect(b).to.deep.equal(a);
      }),
      { numRuns: 100 },
    );
  });

  it('isComplete is true for a finished scan and false as soon as any one answer is missing', () => {
    const missing = fc.oneof(
      fc.constant<{ readonly top: 'frequency' | 'general' }>({ top: 'frequency' }),
      fc.constant<{ readonly top: 'frequency' | 'general' }>({ top: 'general' }),
      fc.record({ aspectIndex: fc.nat(), question: fc.constantFrom('competence', 'knowledgeSource', 'escalation', 'all') }),
    );
    fc.assert(
      fc.property(scan, missing, ({ aspects, answers }, gap) => {
        expect(isComplete(structuredClone(answers), aspects)).to.equal(true);
        const partial: ScanAnswers = structuredClone(answers);
        if ('top' in gap) delete partial[gap.top];
        else {
          const id = aspects[gap.aspectIndex % aspects.length]!;
          if (gap.question === 'all') delete partial.aspects[id];
          else delete partial.aspects[id]![gap.question];
        }
        expect(isComplete(partial, aspects)).to.equal(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('needScore is 0..7, 0 exactly when the person feels capable and knows where and whom, and never falls for a worse answer', () => {
    const rank = <T>(list: readonly T[], v: T) => list.indexOf(v);
    fc.assert(
      fc.property(aspectAnswers, aspectAnswers, (a, b) => {
        const score = needScore(a);
        expect(Number.isInteger(score) && score >= 0 && score <= 7).to.equal(true);
        const fine = (a.competence === 'eens' || a.competence === 'sterk_mee_eens') && a.knowledgeSource === 'ja' && a.escalation === 'ja';
        expect(score === 0).to.equal(fine);
        // b at least as bad as a on every question (agreement: lower is worse; ja < misschien < nee).
        const yesOrder = ['ja', 'misschien', 'nee'] as const;
        const worse =
          rank(AGREEMENT_ANSWERS, b.competence) <= rank(AGREEMENT_ANSWERS, a.competence) &&
          rank(yesOrder, b.knowledgeSource) >= rank(yesOrder, a.knowledgeSource) &&
          rank(yesOrder, b.escalation) >= rank(yesOrder, a.escalation);
        if (worse) expect(needScore(b)).to.be.at.least(score);
      }),
      { numRuns: RUNS },
    );
  });

  it('peerFigures and peerYesPct stay within 0..100 for every topic and group of the bundled survey', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOPIC_IDS), fc.constantFrom(...FREQUENCY_GROUP_IDS), (topic, group) => {
        const p = peerFigures(DEFAULT_SURVEY, topic, group);
        expect([p.insufficientPct, p.groupInsufficientPct].every(isPct)).to.equal(true);
        expect(p.groupN).to.be.greaterThan(0);
        expect(p.smallGroup).to.equal(p.groupN < 30);
        if (topic !== 'general') {
          for (const kind of ['knowledgeSource', 'escalation'] as const) expect(isPct(peerYesPct(DEFAULT_SURVEY, topic, kind))).to.equal(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stays total for any survey the schema accepts in which every group answered', () => {
    fc.assert(
      fc.property(survey, scan, (s, { aspects, mandatory, lang, answers }) => {
        expect(surveySchema.safeParse(s).success, 'the generated survey is valid').to.equal(true);
        const result = buildScanResult(s, aspects, mandatory, answers, lang);
        for (const a of result.aspects) {
          expect(isPct(a.peers.insufficientPct) && isPct(a.peers.groupInsufficientPct)).to.equal(true);
          expect(a.peers.groupN).to.be.greaterThan(0);
        }
        expect(result.focus).to.have.members(aspects.filter((id) => needScore(answers.aspects[id]) > 0));
      }),
      { numRuns: 60 },
    );
  });

  it('roundPct gives 0..100 with one decimal for any share, and formatPct writes it with one decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...LANGS), (d, share, lang) => {
        const n = Math.floor(share * d);
        const pct = roundPct(n, d);
        expect(isPct(pct), `${n}/${d} → ${pct}`).to.equal(true);
        expect(Math.abs(pct - (100 * n) / d)).to.be.at.most(0.05 + 1e-9);
        expect(formatPct(pct, lang)).to.match(lang === 'nl' ? /^\d{1,3},\d\s?%$/ : /^\d{1,3}\.\d%$/);
      }),
      { numRuns: RUNS },
    );
  });
});
