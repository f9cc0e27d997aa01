// The kick-off's findings (src/content/default/survey-findings.ts, generated): every figure is the one
// the self-scan and its result compute from the survey's counts, and the question and options are the
// survey's own. If this fails, regenerate (npm run generate:content) or fix the generator.
import { expect } from '@open-wc/testing';
import { DEFAULT_RESOURCES } from '../../src/content/default/resources.js';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import { SURVEY_N } from '../../src/content/default/survey-facts.js';
import { SURVEY_FINDINGS } from '../../src/content/default/survey-findings.js';
import { PODCAST_SERIES, STRIKING_FINDINGS } from '../../src/content/default/kickoff.js';
import { SCALE_OPTIONS } from '../../src/content/default/scales.js';
import { peerFigures, peerYesPct } from '../../src/logic/scan.js';

describe('SURVEY_FINDINGS', () => {
  it('has one finding per survey question, in the survey order, with its words and scale', () => {
    expect(SURVEY_FINDINGS.map((f) => f.id)).to.deep.equal(DEFAULT_SURVEY.questions.map((q) => q.id));
    for (const [i, q] of DEFAULT_SURVEY.questions.entries()) {
      const f = SURVEY_FINDINGS[i]!;
      expect({ topic: f.topic, kind: f.kind, scale: f.scale }, q.id).to.deep.equal({ topic: q.aspect, kind: q.kind, scale: q.scale });
      expect(f.question.nl, q.id).to.equal(q.text.nl);
      expect(f.question.en, q.id).to.equal(q.text.en);
    }
  });

  it("gives the share of all respondents exactly as the scan's result computes it: (very) insufficient for competence, ja for the others", () => {
    for (const f of SURVEY_FINDINGS) {
      if (f.kind === 'competence') {
        expect(f.measure, f.id).to.equal('insufficient');
        expect(f.pct, f.id).to.equal(peerFigures(DEFAULT_SURVEY, f.topic, 'gt_weekly').insufficientPct);
      } else {
        expect(f.measure, f.id).to.equal('yes');
        expect(f.topic, f.id).to.not.equal('general');
        expect(f.pct, f.id).to.equal(peerYesPct(DEFAULT_SURVEY, f.topic as Exclude<typeof f.topic, 'general'>, f.kind));
      }
    }
    // The figures the report's text gives (64,5% juridisch, 81,8% financieel; 29,6% know where to find financial knowledge).
    const pct = (id: string) => SURVEY_FINDINGS.find((f) => f.id === id)!.pct;
    expect([pct('juridisch.competence'), pct('financieel.competence'), pct('financieel.knowledge_source'), pct('financieel.escalation')]).to.deep.equal([
      64.5, 81.8, 29.6, 36,
    ]);
    expect(SURVEY_N).to.equal(DEFAULT_SURVEY.n);
  });

  it('rotates by default through the findings where most colleagues showed a need', () => {
    const need = SURVEY_FINDINGS.filter((f) => (f.measure === 'insufficient' ? f.pct > 50 : f.pct < 50)).map((f) => f.id);
    expect(STRIKING_FINDINGS.map((f) => f.id)).to.deep.equal(need);
    // The same findings, bundled apart so a kick-off need not load all of them.
    for (const f of STRIKING_FINDINGS) expect(f, f.id).to.deep.equal(SURVEY_FINDINGS.find((g) => g.id === f.id));
    expect(STRIKING_FINDINGS.map((f) => f.id)).to.deep.equal([
      'juridisch.competence',
      'juridisch.knowledge_source',
      'financieel.competence',
      'financieel.knowledge_source',
      'financieel.escalation',
    ]);
  });

  it("offers each scale's options as the survey does", () => {
    for (const [scale, options] of Object.entries(DEFAULT_SURVEY.scales)) {
      expect(SCALE_OPTIONS[scale as keyof typeof SCALE_OPTIONS].map((o) => [o.id, o.label.nl, o.label.en])).to.deep.equal(
        options.map((o) => [o.id, o.label.nl, o.label.en]),
      );
    }
  });
});

describe('PODCAST_SERIES', () => {
  it("is Jeugdzorg Nederland's podcasts from the bundled study material, in episode order", () => {
    const bundled = DEFAULT_RESOURCES.resources.filter((r) => r.kind === 'podcast' && r.provider === 'Jeugdzorg Nederland');
    expect(PODCAST_SERIES.provider).to.equal('Jeugdzorg Nederland');
    expect(PODCAST_SERIES.episodes.map((e) => e.title).sort()).to.deep.equal(bundled.map((r) => r.title).sort());
    for (const e of PODCAST_SERIES.episodes) expect(e.url, e.title).to.equal(bundled.find((r) => r.title === e.title)!.url);
    expect(PODCAST_SERIES.episodes.map((e) => /Podcast (\d+)/.exec(e.title)![1])).to.deep.equal(['1', '2', '4']);
  });
});
