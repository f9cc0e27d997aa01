import { expect } from '@open-wc/testing';
import { DEFAULT_LEARNING_PATH } from '../../src/content/default/learning-path.js';
import { DEFAULT_RESOURCES } from '../../src/content/default/resources.js';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import { toContentIssues } from '../../src/content/issues.js';
import { parsePartnerContent } from '../../src/content/parse.js';
import { learningPathSchema, type LearningPath } from '../../src/content/schema/learning-path.js';
import { resourceCatalogueSchema, resourceListSchema, type ResourceCatalogue } from '../../src/content/schema/resources.js';
import { sessionListSchema, sessionSchema } from '../../src/content/schema/sessions.js';
import {
  surveySchema,
  type AgreementAnswer,
  type FrequencyGroupId,
  type Survey,
  type YesNoMaybe,
} from '../../src/content/schema/survey.js';
import type { ScanResult } from '../../src/logic/scan-result.js';

type ScanAgreementAnswer = ScanResult['general'];
type ScanFrequencyGroupId = ScanResult['frequency'];
type ScanYesNoMaybe = ScanResult['aspects'][number]['escalation'];
import { VALID_SESSION } from '../support/valid-content.js';

/** A schema's verdict as the paths of its issues (`questions[1].counts.oneens.gt_weekly`); empty when valid. */
function issuePaths(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: unknown[] } } }, data: unknown) {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return toContentIssues(result.error?.issues as Parameters<typeof toContentIssues>[0]).map((i) => i.path);
}

interface Case<T> {
  readonly name: string;
  readonly mutate: (value: T) => void;
  /** Where the issue must be reported. */
  readonly path: string;
}

function runCases<T>(schema: Parameters<typeof issuePaths>[0], valid: T, cases: readonly Case<T>[]) {
  it('accepts the valid value the cases start from', () => {
    expect(issuePaths(schema, valid)).to.deep.equal([]);
  });
  for (const { name, mutate, path } of cases) {
    it(`refuses ${name} at ${path || '(top)'}`, () => {
      const value = structuredClone(valid);
      mutate(value);
      expect(issuePaths(schema, value)).to.include(path);
    });
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases write deliberately wrong values */
const survey = (s: Survey) => s as any;

describe('surveySchema', () => {
  const relationeelEscalation = DEFAULT_SURVEY.questions.findIndex((q) => q.id === 'relationeel.escalation');

  runCases<Survey>(surveySchema, DEFAULT_SURVEY, [
    { name: 'an unknown frequency group id', mutate: (s) => (survey(s).frequencyGroups[0].id = 'weekly'), path: 'frequencyGroups[0].id' },
    { name: 'groups out of order', mutate: (s) => s.frequencyGroups.reverse(), path: 'frequencyGroups' },
    { name: 'a missing group', mutate: (s) => s.frequencyGroups.pop(), path: 'frequencyGroups' },
    { name: 'group sizes that do not add up to n', mutate: (s) => (s.frequencyGroups[0].n = 100), path: 'n' },
    { name: 'an empty group', mutate: (s) => (s.frequencyGroups[4].n = 0), path: 'frequencyGroups[4].n' },
    { name: 'a label without English', mutate: (s) => delete survey(s).frequencyGroups[1].label.en, path: 'frequencyGroups[1].label.en' },
    { name: 'a negative count', mutate: (s) => (survey(s).questions[1].counts.oneens.gt_weekly = -1), path: 'questions[1].counts.oneens.gt_weekly' },
    { name: 'a fractional count', mutate: (s) => (survey(s).questions[1].counts.eens.gt_monthly = 2.5), path: 'questions[1].counts.eens.gt_monthly' },
    { name: 'a count given as text', mutate: (s) => (survey(s).questions[1].counts.eens.gt_monthly = '5'), path: 'questions[1].counts.eens.gt_monthly' },
    { name: 'a missing group count', mutate: (s) => delete survey(s).questions[1].counts.eens.lt_quarterly, path: 'questions[1].counts.eens.lt_quarterly' },
    { name: 'a missing answer', mutate: (s) => delete survey(s).questions[1].counts.sterk_mee_eens, path: 'questions[1].counts.sterk_mee_eens' },
    { name: 'an answer from the other scale', mutate: (s) => (survey(s).questions[1].counts.ja = survey(s).questions[1].counts.eens), path: 'questions[1].counts.ja' },
    { name: 'an unknown aspect', mutate: (s) => (survey(s).questions[1].aspect = 'juridish'), path: 'questions[1].aspect' },
    { name: 'an unknown scale', mutate: (s) => (survey(s).questions[1].scale = 'likert'), path: 'questions[1].scale' },
    { name: 'a kind that does not fit the scale', mutate: (s) => (survey(s).questions[1].kind = 'escalation'), path: 'questions[1].kind' },
    { name: 'an id that is not <aspect>.<kind>', mutate: (s) => (s.questions[1].id = 'juridisch.knowledge'), path: 'questions[1].id' },
    { name: 'a duplicate question', mutate: (s) => (s.questions[2] = structuredClone(s.questions[1])), path: 'questions[2].id' },
    { name: 'more answers than a group has members', mutate: (s) => (survey(s).questions[1].counts.oneens.lt_quarterly = 50), path: 'questions[1].counts' },
    {
      name: "the report's copied column once it is no longer marked unreliable",
      mutate: (s) => delete s.questions[relationeelEscalation].unreliableGroups,
      path: `questions[${relationeelEscalation}].counts`,
    },
    { name: 'empty question text', mutate: (s) => (s.questions[0].text.nl = '  '), path: 'questions[0].text.nl' },
    { name: 'scale options out of order', mutate: (s) => s.scales.agreement.reverse(), path: 'scales.agreement' },
    { name: 'an unknown answer option', mutate: (s) => (survey(s).scales.yes_no_maybe[2].id = 'weet_niet'), path: 'scales.yes_no_maybe[2].id' },
    { name: 'a month that does not exist', mutate: (s) => (s.date = '2022-13'), path: 'date' },
    { name: 'an unknown field', mutate: (s) => (survey(s).percentages = {}), path: 'percentages' },
  ]);

  it('uses the same answer and group ids as the ScanResult event type', () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    // Fails to compile when the two drift apart; the runtime check keeps the assertion honest.
    const same: [Same<AgreementAnswer, ScanAgreementAnswer>, Same<YesNoMaybe, ScanYesNoMaybe>, Same<FrequencyGroupId, ScanFrequencyGroupId>] = [
      true,
      true,
      true,
    ];
    expect(same).to.deep.equal([true, true, true]);
    expect(DEFAULT_SURVEY.scales.agreement.map((o) => o.id)).to.deep.equal(['sterk_mee_oneens', 'oneens', 'eens', 'sterk_mee_eens']);
  });
});

describe('resourceCatalogueSchema', () => {
  runCases<ResourceCatalogue>(resourceCatalogueSchema, DEFAULT_RESOURCES, [
    { name: 'a javascript: url', mutate: (c) => (c.resources[3].url = 'javascript:alert(1)'), path: 'resources[3].url' },
    { name: 'a data: url', mutate: (c) => (c.resources[3].url = 'data:text/html,<script>alert(1)</script>'), path: 'resources[3].url' },
    { name: 'a mailto: url (a resource is a web page)', mutate: (c) => (c.resources[3].url = 'mailto:info@example.nl'), path: 'resources[3].url' },
    { name: 'a relative url', mutate: (c) => (c.resources[3].url = '/webinar'), path: 'resources[3].url' },
    { name: 'an unknown kind', mutate: (c) => ((c.resources[0] as any).kind = 'video'), path: 'resources[0].kind' },
    { name: 'an unknown origin', mutate: (c) => ((c.resources[0] as any).origin = 'national'), path: 'resources[0].origin' },
    { name: 'no aspects', mutate: (c) => (c.resources[0].aspects = []), path: 'resources[0].aspects' },
    { name: 'an unknown aspect', mutate: (c) => ((c.resources[0] as any).aspects = ['legal']), path: 'resources[0].aspects[0]' },
    { name: 'an aspect named twice', mutate: (c) => (c.resources[0].aspects = ['juridisch', 'juridisch']), path: 'resources[0].aspects' },
    { name: 'a negative duration', mutate: (c) => (c.resources[3].durationMinutes = -5), path: 'resources[3].durationMinutes' },
    { name: 'a fractional duration', mutate: (c) => (c.resources[3].durationMinutes = 1.5), path: 'resources[3].durationMinutes' },
    { name: 'an id with spaces', mutate: (c) => (c.resources[0].id = 'Ambiq Podcast'), path: 'resources[0].id' },
    { name: 'a duplicate id', mutate: (c) => (c.resources[1].id = c.resources[0].id), path: 'resources[1].id' },
    { name: 'a flag given as text', mutate: (c) => ((c.resources[0] as any).skjAccredited = 'ja'), path: 'resources[0].skjAccredited' },
    { name: 'an empty title', mutate: (c) => (c.resources[0].title = ''), path: 'resources[0].title' },
    { name: 'an unknown field', mutate: (c) => ((c.resources[0] as any).link = 'https://example.nl'), path: 'resources[0].link' },
    {
      name: 'a note that an aspect has nothing while it has',
      mutate: (c) => c.aspectNotes.push({ aspect: 'juridisch', origin: 'self_study', text: { nl: 'Geen.', en: 'None.' } }),
      path: 'aspectNotes[3]',
    },
    { name: 'an aspect note without English', mutate: (c) => delete (c.aspectNotes[0].text as any).en, path: 'aspectNotes[0].text.en' },
  ]);
});

describe('learningPathSchema', () => {
  runCases<LearningPath>(learningPathSchema, DEFAULT_LEARNING_PATH, [
    { name: 'levels out of order', mutate: (p) => p.levels.reverse(), path: 'levels' },
    { name: 'a missing level', mutate: (p) => p.levels.pop(), path: 'levels' },
    { name: 'a wrong level number', mutate: (p) => (p.levels[1].order = 3), path: 'levels[1].order' },
    { name: 'an unknown level id', mutate: (p) => ((p.levels[0] as any).id = 'kennen'), path: 'levels[0].id' },
    { name: 'a level without activities', mutate: (p) => (p.levels[2].activities = []), path: 'levels[2].activities' },
    { name: 'an unknown activity mode', mutate: (p) => ((p.levels[0].activities[0] as any).mode = 'hybrid'), path: 'levels[0].activities[0].mode' },
    {
      name: 'the same activity twice in a level',
      mutate: (p) => p.levels[0].activities.push(structuredClone(p.levels[0].activities[0])),
      path: 'levels[0].activities[3].id',
    },
    { name: 'a self-study activity that does not exist', mutate: (p) => (p.selfStudy.activityId = 'zelf-studie'), path: 'selfStudy.activityId' },
    { name: "'general' as a self-study part", mutate: (p) => ((p.selfStudy.parts[0] as any).aspect = 'general'), path: 'selfStudy.parts[0].aspect' },
    { name: 'a part named twice', mutate: (p) => (p.selfStudy.parts[1].aspect = 'juridisch'), path: 'selfStudy.parts' },
    { name: 'mandatory given as text', mutate: (p) => ((p.selfStudy.parts[0] as any).mandatory = 'ja'), path: 'selfStudy.parts[0].mandatory' },
  ]);
});

describe('sessionSchema', () => {
  const session = structuredClone(VALID_SESSION);
  type S = typeof session;

  runCases<S>(sessionSchema, session, [
    { name: 'a date that does not exist', mutate: (s) => (s.date = '2025-02-30'), path: 'date' },
    { name: 'a Dutch-style date', mutate: (s) => (s.date = '07-10-2025'), path: 'date' },
    { name: 'a time without a leading zero', mutate: (s) => (s.startTime = '9:30'), path: 'startTime' },
    { name: 'a time past midnight', mutate: (s) => (s.endTime = '24:00'), path: 'endTime' },
    { name: 'an end before the start', mutate: (s) => (s.endTime = '09:00'), path: 'endTime' },
    { name: 'no capacity', mutate: (s) => (s.capacity = 0), path: 'capacity' },
    { name: 'negative seats left', mutate: (s) => (s.seatsLeft = -1), path: 'seatsLeft' },
    { name: 'more seats left than the capacity', mutate: (s) => (s.seatsLeft = 21), path: 'seatsLeft' },
    { name: 'fractional seats', mutate: (s) => (s.seatsLeft = 1.5), path: 'seatsLeft' },
    { name: 'an empty place', mutate: (s) => ((s as any).place = ''), path: 'place' },
    { name: 'an unknown field', mutate: (s) => ((s as any).room = '2.14'), path: 'room' },
  ]);

  it('accepts a session without the optional fields and refuses duplicate ids in a list', () => {
    const minimal = { id: 'online-1', date: '2025-11-04', startTime: '13:00', endTime: '15:00', place: 'Online', capacity: 30, seatsLeft: 0 };
    expect(issuePaths(sessionListSchema, [minimal, session])).to.deep.equal([]);
    expect(issuePaths(sessionListSchema, [minimal, { ...session, id: 'online-1' }])).to.deep.equal(['[1].id']);
  });
});

describe('parsePartnerContent with resources', () => {
  const partnerResource = {
    id: 'almelo-scheidingspact',
    aspects: ['juridisch', 'financieel'],
    origin: 'regional_offer',
    kind: 'workshop',
    title: 'Scheidingspact Almelo: financiën en recht',
    provider: { nl: 'Gemeente Almelo', en: 'Municipality of Almelo' },
    durationMinutes: 120,
    url: 'https://www.almelo.nl/scheidingspact',
    skjAccredited: true,
  };

  it('accepts a partner resources section', () => {
    const result = parsePartnerContent({ resources: [partnerResource] });
    expect(result.ok).to.equal(true);
    expect(result.ok && result.content.resources?.[0].id).to.equal('almelo-scheidingspact');
  });

  it('refuses a javascript: URL with an issue at exactly resources[0].url', () => {
    const result = parsePartnerContent({ resources: [{ ...partnerResource, url: 'javascript:alert(document.cookie)' }] });
    expect(result.ok).to.equal(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.path)).to.deep.equal(['resources[0].url']);
    expect(issues[0].kind).to.equal('web_url');
  });

  it('names a misspelt field and a duplicate id at their paths', () => {
    const result = parsePartnerContent({
      resources: [{ ...partnerResource, aspect: 'juridisch' }, partnerResource],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).to.deep.equal(['resources[0].aspect', 'resources[1].id']);
  });

  it('accepts the bundled resources as partner resources too', () => {
    expect(issuePaths(resourceListSchema, DEFAULT_RESOURCES.resources)).to.deep.equal([]);
  });
});
