// The recommender's rules: merge, group, order by a scan's focus with its reasons, filter by kind and
// length, count, progress per mandatory module and durations the reader's way.
import { expect } from '@open-wc/testing';
import { TOPIC_IDS, type AspectId, type Lang, type TopicId } from '../../src/content/model.js';
import { DEFAULT_RESOURCES } from '../../src/content/default/resources.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../../src/content/default/mandatory-self-study.js';
import type { Resource } from '../../src/content/schema/resources.js';
import type { ScanResult } from '../../src/logic/scan-result.js';
import {
  countResources,
  formatDuration,
  kindsIn,
  matchesFilter,
  mergeResources,
  moduleProgress,
  recommend,
  topicOrder,
  topPicks,
  type ResourceFilter,
  type TopicGroup,
} from '../../src/logic/recommend.js';
import { scanResult } from '../support/scan-result.js';

const RESOURCES = DEFAULT_RESOURCES.resources;
const NOTES = DEFAULT_RESOURCES.aspectNotes;
const MANDATORY = MANDATORY_SELF_STUDY_ASPECTS;

type Answers = Partial<Record<AspectId, Partial<Pick<ScanResult['aspects'][number], 'competence' | 'knowledgeSource' | 'escalation'>>>>;

/** A scan's result with these answers and focus, the report's mandatory aspects marked. */
const scan = (answers: Answers, focus: AspectId[]): ScanResult => scanResult({ aspects: answers, focus, mandatory: MANDATORY });

function resource(overrides: Partial<Resource> & Pick<Resource, 'id'>): Resource {
  return {
    aspects: ['juridisch'],
    origin: 'self_study',
    kind: 'webinar',
    title: overrides.id,
    provider: 'Voorbeeld',
    ...overrides,
  };
}

const ids = (group: TopicGroup) => group.parts.flatMap((p) => p.resources.map((r) => r.id));
const topics = (groups: readonly TopicGroup[]) => groups.map((g) => g.topic);

describe('mergeResources', () => {
  const defaults = [resource({ id: 'a' }), resource({ id: 'b' })];
  const table: readonly [name: string, partner: Resource[] | undefined, expected: string[], titleOfB?: string][] = [
    ['no partner content', undefined, ['a', 'b']],
    ['an empty list', [], ['a', 'b']],
    ['a new resource after the defaults', [resource({ id: 'local' })], ['a', 'b', 'local']],
    ['a replacement in place', [resource({ id: 'b', title: 'Nieuw' })], ['a', 'b'], 'Nieuw'],
    ['both', [resource({ id: 'local' }), resource({ id: 'b', title: 'Nieuw' })], ['a', 'b', 'local'], 'Nieuw'],
  ];
  for (const [name, partner, expected, titleOfB] of table) {
    it(name, () => {
      const merged = mergeResources(defaults, partner);
      expect(merged.map((r) => r.id)).to.deep.equal(expected);
      expect(merged.find((r) => r.id === 'b')!.title).to.equal(titleOfB ?? 'b');
    });
  }
});

describe('topicOrder', () => {
  const table: readonly [topics: readonly TopicId[], mandatory: readonly AspectId[], expected: TopicId[]][] = [
    [TOPIC_IDS, MANDATORY, ['juridisch', 'financieel', 'general', 'relationeel', 'ouderschap', 'veiligheid', 'professioneel']],
    [TOPIC_IDS, [], [...TOPIC_IDS]],
    [['relationeel', 'financieel'], MANDATORY, ['financieel', 'relationeel']],
    [['general', 'veiligheid'], MANDATORY, ['general', 'veiligheid']],
    [[], MANDATORY, []],
  ];
  for (const [input, mandatory, expected] of table) {
    it(`${input.join(' ') || '(none)'} with mandatory ${mandatory.join(' ') || '(none)'}`, () => {
      expect(topicOrder(input, mandatory)).to.deep.equal(expected);
    });
  }
});

describe('matchesFilter', () => {
  const webinar90 = resource({ id: 'w', kind: 'webinar', durationMinutes: 90 });
  const podcast20 = resource({ id: 'p', kind: 'podcast', durationMinutes: 20 });
  const unknown = resource({ id: 'u', kind: 'podcast' });
  const days = resource({ id: 't', kind: 'training', durationText: { nl: '2 dagen', en: '2 days' } });
  const table: readonly [filter: ResourceFilter, w: boolean, p: boolean, u: boolean, t: boolean][] = [
    [{}, true, true, true, true],
    [{ kinds: [] }, true, true, true, true],
    [{ kinds: ['podcast'] }, false, true, true, false],
    [{ kinds: ['webinar', 'training'] }, true, false, false, true],
    [{ maxMinutes: 30 }, false, true, false, false],
    [{ maxMinutes: 90 }, true, true, false, false],
    [{ maxMinutes: 89 }, false, true, false, false],
    [{ kinds: ['webinar'], maxMinutes: 30 }, false, false, false, false],
  ];
  for (const [filter, w, p, u, t] of table) {
    it(JSON.stringify(filter), () => {
      expect([webinar90, podcast20, unknown, days].map((r) => matchesFilter(r, filter))).to.deep.equal([w, p, u, t]);
    });
  }
});

describe('recommend', () => {
  it('without a result: no focus, every topic with the mandatory modules first', () => {
    const { focus, rest } = recommend(RESOURCES, { topics: TOPIC_IDS, mandatory: MANDATORY, notes: NOTES });
    expect(focus).to.deep.equal([]);
    expect(topics(rest)).to.deep.equal(['juridisch', 'financieel', 'general', 'relationeel', 'ouderschap', 'veiligheid', 'professioneel']);
    expect(rest.map((g) => g.mandatory)).to.deep.equal([true, true, false, false, false, false, false]);
    expect(rest.every((g) => g.reasons.length === 0)).to.equal(true);
  });

  it('groups per origin in the report order, with the material the report lists', () => {
    const { rest } = recommend(RESOURCES, { topics: TOPIC_IDS, mandatory: MANDATORY, notes: NOTES });
    const byTopic = Object.fromEntries(rest.map((g) => [g.topic, g]));
    const juridisch = byTopic['juridisch']!;
    expect(juridisch.parts.map((p) => p.origin)).to.deep.equal(['self_study', 'regional_offer']);
    expect(ids(juridisch)).to.deep.equal(['ss-9.2-1', 'ss-9.2-2', 'ambiq-podcast-juridisch', 'reneknip-training']);
    expect(ids(byTopic['general']!)).to.deep.equal(['ss-9.1-1', 'ss-9.1-2', 'ss-9.1-3']);
    expect(byTopic['general']!.parts.map((p) => p.origin)).to.deep.equal(['self_study']);
    // One offering under two aspects is in both groups.
    expect(ids(byTopic['ouderschap']!)).to.include('ss-9.3-1');
    expect(ids(byTopic['relationeel']!)).to.include('ss-9.3-1');
  });

  it('says there is nothing for safety (both origins) and no regional offer for finance', () => {
    const { rest } = recommend(RESOURCES, { topics: TOPIC_IDS, mandatory: MANDATORY, notes: NOTES });
    const safety = rest.find((g) => g.topic === 'veiligheid')!;
    expect(safety.parts.map((p) => [p.origin, p.total, p.note?.text.nl])).to.deep.equal([
      ['self_study', 0, 'Rond het veiligheidsaspect zijn geen webinars of podcasts beschikbaar vanuit het NJI of Scheiden zonder Schade.'],
      ['regional_offer', 0, 'Geen aanbod in de regio (inventarisatie december 2021).'],
    ]);
    const finance = rest.find((g) => g.topic === 'financieel')!;
    expect(finance.parts.map((p) => [p.origin, p.total, Boolean(p.note)])).to.deep.equal([
      ['self_study', 1, false],
      ['regional_offer', 0, true],
    ]);
  });

  it('drops a note once there is material of that origin', () => {
    const local = resource({ id: 'veilig-local', aspects: ['veiligheid'], origin: 'regional_offer' });
    const { rest } = recommend([...RESOURCES, local], { topics: ['veiligheid'], mandatory: MANDATORY, notes: NOTES });
    expect(rest[0]!.parts.map((p) => [p.origin, p.resources.map((r) => r.id), Boolean(p.note)])).to.deep.equal([
      ['self_study', [], true],
      ['regional_offer', ['veilig-local'], false],
    ]);
  });

  const ordered: readonly [name: string, focus: AspectId[], topicsIn: readonly TopicId[], expectedFocus: TopicId[], expectedRest: TopicId[]][] = [
    ['focus in the scan order', ['financieel', 'veiligheid', 'juridisch'], TOPIC_IDS, ['financieel', 'veiligheid', 'juridisch'], ['general', 'relationeel', 'ouderschap', 'professioneel']],
    ['a mandatory module outside the focus leads the rest', ['ouderschap'], TOPIC_IDS, ['ouderschap'], ['juridisch', 'financieel', 'general', 'relationeel', 'veiligheid', 'professioneel']],
    ['an empty focus', [], TOPIC_IDS, [], ['juridisch', 'financieel', 'general', 'relationeel', 'ouderschap', 'veiligheid', 'professioneel']],
    ['focus outside the fixed topics is left out', ['veiligheid', 'relationeel'], ['relationeel', 'juridisch'], ['relationeel'], ['juridisch']],
    ['a repeated focus aspect counts once', ['juridisch', 'juridisch'], ['juridisch', 'general'], ['juridisch'], ['general']],
  ];
  for (const [name, focusIds, topicsIn, expectedFocus, expectedRest] of ordered) {
    it(`with a result: ${name}`, () => {
      const result = scan(Object.fromEntries(focusIds.map((id) => [id, { knowledgeSource: 'nee' }])), focusIds);
      const { focus, rest } = recommend(RESOURCES, { topics: topicsIn, mandatory: MANDATORY, notes: NOTES, result });
      expect(topics(focus)).to.deep.equal(expectedFocus);
      expect(topics(rest)).to.deep.equal(expectedRest);
      for (const g of focus) expect(g.reasons).to.deep.equal([{ question: 'knowledgeSource', answer: 'nee' }]);
      for (const g of rest) expect(g.reasons).to.deep.equal([]);
    });
  }

  it('filters inside the groups and keeps the totals', () => {
    const { rest } = recommend(RESOURCES, {
      topics: ['juridisch'],
      mandatory: MANDATORY,
      notes: NOTES,
      filter: { maxMinutes: 30 },
    });
    expect(rest[0]!.parts.map((p) => [p.origin, p.resources.map((r) => r.id), p.total])).to.deep.equal([
      ['self_study', [], 2],
      ['regional_offer', ['ambiq-podcast-juridisch'], 2],
    ]);
  });
});

describe('topPicks', () => {
  const own = [
    resource({ id: 'j1', aspects: ['juridisch'] }),
    resource({ id: 'j2', aspects: ['juridisch'] }),
    resource({ id: 'jr', aspects: ['juridisch'], origin: 'regional_offer' }),
    resource({ id: 'f1', aspects: ['financieel'], kind: 'podcast' }),
    resource({ id: 'r1', aspects: ['relationeel', 'ouderschap'], origin: 'regional_offer' }),
    resource({ id: 'r2', aspects: ['relationeel'] }),
    resource({ id: 'o1', aspects: ['ouderschap'] }),
  ];
  const options = (result?: ScanResult, filter?: ResourceFilter) => ({ topics: TOPIC_IDS, mandatory: MANDATORY, result, filter });
  const pick = (result?: ScanResult, done: readonly string[] = [], filter?: ResourceFilter, limit?: number) =>
    topPicks(recommend(own, options(result, filter)), { mandatory: MANDATORY, done: new Set(done), limit }).map(
      (p) => `${p.resource.id} ${p.topic} ${p.why}${p.reasons.length ? ` (${p.reasons.map((r) => r.question).join(', ')})` : ''}`,
    );

  it('before a scan: the first self-study item of each mandatory module, in the learning path order', () => {
    expect(pick()).to.deep.equal(['j1 juridisch mandatory', 'f1 financieel mandatory']);
  });

  it('skips what is done and what the filter leaves out; a module with nothing left gives nothing', () => {
    expect(pick(undefined, ['j1'])).to.deep.equal(['j2 juridisch mandatory', 'f1 financieel mandatory']);
    expect(pick(undefined, ['j1', 'j2', 'f1'])).to.deep.equal([]);
    expect(pick(undefined, [], { kinds: ['podcast'] })).to.deep.equal(['f1 financieel mandatory']);
  });

  it("after a scan: then each focus topic's first item not shown yet, self-study before the regional offer, with the scan's reasons", () => {
    const result = scan({ relationeel: { escalation: 'nee' }, juridisch: { knowledgeSource: 'nee' }, ouderschap: { competence: 'oneens' } }, [
      'relationeel',
      'juridisch',
      'ouderschap',
    ]);
    expect(pick(result)).to.deep.equal([
      'j1 juridisch mandatory',
      'f1 financieel mandatory',
      'r2 relationeel focus (escalation)',
      'j2 juridisch focus (knowledgeSource)',
      'o1 ouderschap focus (competence)',
    ]);
    // At most `limit`, the mandatory modules first.
    expect(pick(result, [], undefined, 3)).to.have.length(3);
    // r2 done: relationeel's regional offer instead.
    expect(pick(result, ['r2'])[2]).to.equal('r1 relationeel focus (escalation)');
  });

  it('with the bundled material and no scan: one item per mandatory module', () => {
    const picks = topPicks(recommend(RESOURCES, { topics: TOPIC_IDS, mandatory: MANDATORY, notes: NOTES }), {
      mandatory: MANDATORY,
      done: new Set(),
    });
    expect(picks.map((p) => [p.topic, p.resource.origin, p.why])).to.deep.equal([
      ['juridisch', 'self_study', 'mandatory'],
      ['financieel', 'self_study', 'mandatory'],
    ]);
  });
});

describe('countResources', () => {
  const table: readonly [filter: ResourceFilter, topicsIn: readonly TopicId[], expected: number][] = [
    // 24 offerings; each counted once although some are listed under several aspects.
    [{}, TOPIC_IDS, 24],
    [{}, ['general'], 3],
    [{}, ['veiligheid'], 0],
    [{ kinds: ['training'] }, TOPIC_IDS, 3],
    [{ kinds: ['webinar'] }, TOPIC_IDS, 8],
    [{ maxMinutes: 30 }, TOPIC_IDS, 7],
    [{ maxMinutes: 90 }, TOPIC_IDS, 11],
    [{ kinds: ['podcast'], maxMinutes: 30 }, TOPIC_IDS, 4],
  ];
  for (const [filter, topicsIn, expected] of table) {
    it(`${JSON.stringify(filter)} on ${topicsIn.length} topics: ${expected}`, () => {
      const { focus, rest } = recommend(RESOURCES, { topics: topicsIn, mandatory: MANDATORY, notes: NOTES, filter });
      expect(countResources([...focus, ...rest])).to.equal(expected);
    });
  }
});

describe('kindsIn', () => {
  it('lists the kinds that occur, in the model order', () => {
    expect(kindsIn(RESOURCES)).to.deep.equal(['webinar', 'podcast', 'article', 'report', 'app', 'training', 'workshop', 'therapeutic_programme']);
    expect(kindsIn(RESOURCES.filter((r) => r.aspects.includes('financieel')))).to.deep.equal(['webinar']);
    expect(kindsIn([])).to.deep.equal([]);
  });
});

describe('moduleProgress', () => {
  const table: readonly [done: string[], expected: [AspectId, number, number][]][] = [
    [[], [['juridisch', 0, 2], ['financieel', 0, 1]]],
    [['ss-9.2-1'], [['juridisch', 1, 2], ['financieel', 0, 1]]],
    [['ss-9.2-1', 'ss-9.2-2', 'ss-9.6-1'], [['juridisch', 2, 2], ['financieel', 1, 1]]],
    // The regional offer is not part of the self-study module.
    [['ambiq-podcast-juridisch', 'reneknip-training'], [['juridisch', 0, 2], ['financieel', 0, 1]]],
    [['unknown-id'], [['juridisch', 0, 2], ['financieel', 0, 1]]],
  ];
  for (const [done, expected] of table) {
    it(`done: ${done.join(', ') || '(none)'}`, () => {
      expect(moduleProgress(RESOURCES, MANDATORY, new Set(done)).map((p) => [p.aspect, p.done, p.total])).to.deep.equal(expected);
    });
  }
  it('gives nothing without mandatory modules', () => expect(moduleProgress(RESOURCES, [], new Set())).to.deep.equal([]));
});

describe('formatDuration', () => {
  const table: readonly [minutes: number, lang: Lang, expected: string][] = [
    [1, 'nl', '1 minuut'],
    [20, 'nl', '20 minuten'],
    [30, 'nl', '30 minuten'],
    [60, 'nl', '1 uur'],
    [90, 'nl', '1,5 uur'],
    [150, 'nl', '2,5 uur'],
    [75, 'nl', '1 uur en 15 minuten'],
    [121, 'nl', '2 uur en 1 minuut'],
    [1, 'en', '1 minute'],
    [20, 'en', '20 minutes'],
    [60, 'en', '1 hour'],
    [90, 'en', '1.5 hours'],
    [150, 'en', '2.5 hours'],
    [75, 'en', '1 hour 15 minutes'],
  ];
  for (const [minutes, lang, expected] of table) {
    it(`${minutes} (${lang}): ${expected}`, () => expect(formatDuration(minutes, lang)).to.equal(expected));
  }
});

