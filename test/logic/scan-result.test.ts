// The scan-result contract: the need rule (which answers are reasons, in which order), and the check
// every widget that follows a scan runs on what it receives.
import { expect } from '@open-wc/testing';
import { ASPECT_IDS } from '../../src/content/model.js';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../../src/content/default/mandatory-self-study.js';
import { buildScanResult } from '../../src/logic/scan.js';
import {
  escalationNeeds,
  parseScanResult,
  reasonsFor,
  type AspectAnswers,
  type Reason,
  type ScanResult,
} from '../../src/logic/scan-result.js';
import { escalationAnswers, scanResult } from '../support/scan-result.js';

describe('reasonsFor', () => {
  const FINE: Required<AspectAnswers> = { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' };
  const table: readonly [name: string, answers: Partial<AspectAnswers>, expected: Reason[]][] = [
    ['all fine', {}, []],
    ['strongly sufficient', { competence: 'sterk_mee_eens' }, []],
    ['not knowing where to find knowledge', { knowledgeSource: 'nee' }, [{ question: 'knowledgeSource', answer: 'nee' }]],
    ['not sure where', { knowledgeSource: 'misschien' }, [{ question: 'knowledgeSource', answer: 'misschien' }]],
    ['insufficient knowledge', { competence: 'oneens' }, [{ question: 'competence', answer: 'oneens' }]],
    ['strongly insufficient', { competence: 'sterk_mee_oneens' }, [{ question: 'competence', answer: 'sterk_mee_oneens' }]],
    ['not knowing whom to escalate to', { escalation: 'nee' }, [{ question: 'escalation', answer: 'nee' }]],
    ['not sure whom', { escalation: 'misschien' }, [{ question: 'escalation', answer: 'misschien' }]],
    [
      'all three, in the order the survey asks them',
      { competence: 'oneens', knowledgeSource: 'misschien', escalation: 'nee' },
      [
        { question: 'competence', answer: 'oneens' },
        { question: 'knowledgeSource', answer: 'misschien' },
        { question: 'escalation', answer: 'nee' },
      ],
    ],
  ];
  for (const [name, answers, expected] of table) {
    it(name, () => expect(reasonsFor({ ...FINE, ...answers })).to.deep.equal(expected));
  }
});

describe('parseScanResult', () => {
  const valid = scanResult({ aspects: { juridisch: { competence: 'oneens' } }, focus: ['juridisch'] });

  it('takes a result as the self-scan publishes it, unchanged', () => {
    expect(parseScanResult(valid)).to.deep.equal(valid);
  });

  it('takes a result over fewer aspects, in its own order', () => {
    const few = { ...valid, aspects: [valid.aspects[4], valid.aspects[0]], focus: ['juridisch'] };
    expect(parseScanResult(few)?.aspects.map((a) => a.id)).to.deep.equal(['financieel', 'juridisch']);
  });

  const broken: readonly [name: string, value: unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['what a framework writes as an attribute', '[object Object]'],
    ['an empty object', {}],
    ['another version', { ...valid, version: 2 }],
    ['an unknown language', { ...valid, lang: 'de' }],
    ['an unknown frequency group', { ...valid, frequency: 'daily' }],
    ['an unknown general answer', { ...valid, general: 'neutraal' }],
    ['aspects that are not a list', { ...valid, aspects: null }],
    ['focus that is not a list', { ...valid, focus: 'juridisch' }],
    ['an unknown aspect', { ...valid, aspects: [{ ...valid.aspects[0], id: 'medisch' }] }],
    ['an aspect twice', { ...valid, aspects: [valid.aspects[0], valid.aspects[0]] }],
    ['an unknown competence answer', { ...valid, aspects: [{ ...valid.aspects[0], competence: 'neutraal' }] }],
    ['an unknown escalation answer', { ...valid, aspects: [{ ...valid.aspects[0], escalation: 'yes' }] }],
    ['peers missing', { ...valid, aspects: [{ ...valid.aspects[0], peers: undefined }] }],
    ['a percentage over 100', { ...valid, aspects: [{ ...valid.aspects[0], peers: { ...valid.aspects[0]!.peers, insufficientPct: 101 } }] }],
    ['a group size that is not a whole number', { ...valid, aspects: [{ ...valid.aspects[0], peers: { ...valid.aspects[0]!.peers, groupN: 2.5 } }] }],
  ];
  for (const [name, value] of broken) {
    it(`refuses ${name}`, () => expect(parseScanResult(value)).to.equal(undefined));
  }

  it('derives the reasons, the need and the small-group mark again from the answers (a result from an earlier release)', () => {
    const earlier = JSON.parse(JSON.stringify(valid)) as Record<string, unknown> & { aspects: Record<string, unknown>[] };
    for (const a of earlier.aspects) {
      delete a['reasons'];
      delete (a['peers'] as Record<string, unknown>)['smallGroup'];
      a['needsAttention'] = false;
    }
    (earlier.aspects[1]!['peers'] as Record<string, unknown>)['groupN'] = 29;
    const parsed = parseScanResult(earlier)!;
    expect(parsed.aspects[0]!.reasons).to.deep.equal([{ question: 'competence', answer: 'oneens' }]);
    expect(parsed.aspects.map((a) => a.needsAttention)).to.deep.equal([true, false, false, false, false, false]);
    expect(parsed.aspects.map((a) => a.peers.smallGroup)).to.deep.equal([false, true, false, false, false, false]);
  });

  describe('figures (all three questions, added in a later release of version 1)', () => {
    const computed = buildScanResult(
      DEFAULT_SURVEY,
      ASPECT_IDS,
      MANDATORY_SELF_STUDY_ASPECTS,
      {
        frequency: 'lt_quarterly',
        general: 'eens',
        aspects: Object.fromEntries(ASPECT_IDS.map((id) => [id, { competence: 'oneens', knowledgeSource: 'nee', escalation: 'ja' }])),
      },
      'nl',
    );

    it('keeps them as the self-scan computes them, a group left out as null included', () => {
      const parsed = parseScanResult(JSON.parse(JSON.stringify(computed)))!;
      expect(parsed).to.deep.equal(computed);
      // relationeel.escalation's < eens per kwartaal column is not trusted: no group figures.
      expect(parsed.aspects[1]!.figures!.escalation.group).to.equal(null);
      expect(parsed.aspects[0]!.figures!.knowledgeSource.group!.pct).to.deep.equal({ ja: 40, nee: 30, misschien: 30 });
    });

    // The figures as plain JSON, to break one part of them at a time.
    type Json = { [key: string]: Json | number | string };
    const at = (f: Json, ...path: string[]) => path.reduce((o, key) => o[key] as Json, f);
    const brokenFigures: readonly [name: string, change: (f: Json) => void][] = [
      ['a share over 100', (f) => (at(f, 'competence', 'all', 'pct')['oneens'] = 100.5)],
      ['an answer missing', (f) => delete at(f, 'knowledgeSource', 'group', 'pct')['misschien']],
      ['a question missing', (f) => delete f['escalation']],
      ['an n that is not a count', (f) => (at(f, 'competence', 'group')['n'] = -1)],
      ['a group that is neither figures nor null', (f) => (at(f, 'competence')['group'] = 'te weinig')],
    ];
    for (const [name, change] of brokenFigures) {
      it(`drops figures with ${name}, and keeps the rest of the result`, () => {
        const copy = JSON.parse(JSON.stringify(computed)) as { aspects: Json[] };
        change(copy.aspects[0]!['figures'] as Json);
        const parsed = parseScanResult(copy)!;
        expect(parsed.aspects[0]).to.not.have.property('figures');
        expect(parsed.aspects[0]!.peers).to.deep.equal(computed.aspects[0]!.peers);
        expect(parsed.aspects[1]!.figures).to.deep.equal(computed.aspects[1]!.figures);
      });
    }

    it('takes a result without them (from an earlier release)', () => {
      expect(parseScanResult(valid)!.aspects[0]).to.not.have.property('figures');
    });
  });

  it('drops unknown fields, and focus ids that are not aspects of the result, keeping the order', () => {
    const extra = {
      ...valid,
      script: '<img src=x onerror=alert(1)>',
      aspects: valid.aspects.slice(0, 3),
      focus: ['ouderschap', 'financieel', 'juridisch', 'ouderschap', 'nonsense'],
    };
    const parsed = parseScanResult(extra)!;
    expect(parsed).to.not.have.property('script');
    expect(parsed.focus).to.deep.equal(['ouderschap', 'juridisch']);
  });
});

describe('escalationNeeds', () => {
  const table: readonly [name: string, result: ScanResult | undefined, expected: string[]][] = [
    ['without a result', undefined, []],
    ['when every answer is ja', scanResult(), []],
    ['nee and misschien', scanResult({ aspects: escalationAnswers({ financieel: 'nee', juridisch: 'misschien' }) }), ['juridisch', 'financieel']],
    ['not from other questions', scanResult({ aspects: { relationeel: { knowledgeSource: 'nee', competence: 'oneens' } } }), []],
    ['all', scanResult({ aspects: escalationAnswers(Object.fromEntries(ASPECT_IDS.map((a) => [a, 'nee']))) }), [...ASPECT_IDS]],
  ];
  for (const [name, result, expected] of table) {
    it(name, () => expect([...escalationNeeds(result)]).to.deep.equal(expected));
  }
});
