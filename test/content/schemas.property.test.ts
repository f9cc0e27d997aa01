// Property tests for every content schema: no input makes parsing throw, and every rejection names
// the path of what is wrong (or is explicitly about the value as a whole, when that is not even of
// the right type). Inputs are arbitrary values (`fc.anything()`, `fc.object()`, JSON) and valid
// values with one part replaced, removed or added. Seeds are random; a failure prints the seed and
// the shrunk counterexample to replay with `fc.assert(..., { seed, path })`.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_LEARNING_PATH } from '../../src/content/default/learning-path.js';
import { DEFAULT_RESOURCES } from '../../src/content/default/resources.js';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import { formatIssuePath, toContentIssues, type ContentIssue } from '../../src/content/issues.js';
import { parsePartnerContent } from '../../src/content/parse.js';
import { ASPECT_IDS, MUNICIPALITY_IDS } from '../../src/content/schema/common.js';
import { contactListSchema, contactSchema } from '../../src/content/schema/contacts.js';
import { learningPathSchema } from '../../src/content/schema/learning-path.js';
import { partnerContentSchema } from '../../src/content/schema/partner-content.js';
import { resourceCatalogueSchema, resourceListSchema, resourceSchema } from '../../src/content/schema/resources.js';
import {
  sessionConfigListSchema,
  sessionConfigSchema,
  sessionListSchema,
  sessionSchema,
} from '../../src/content/schema/sessions.js';
import { parseSignup } from '../../src/content/schema/signup.js';
import { surveyQuestionSchema, surveySchema } from '../../src/content/schema/survey.js';
import { VALID_SESSION } from '../support/valid-content.js';

/** Runs per property; the big bundled values (survey, catalogue, learning path) get fewer, as each run clones them. */
const RUNS = 60;
const RUNS_BIG = 25;
const RUNS_PARTNER = 150;

// ---------------------------------------------------------------------------------------------
// Valid values the mutations start from
// ---------------------------------------------------------------------------------------------

const validContact = {
  id: 'wijkteam-almelo',
  name: { nl: 'Wijkteam Almelo', en: 'Almelo neighbourhood team' },
  organisation: 'Gemeente Almelo',
  reason: 'Overleg over een gezin.',
  aspects: ['ouderschap', 'juridisch'],
  municipalities: ['almelo'],
  hours: { nl: 'Maandag tot en met vrijdag' },
  phone: '053 481 1234',
  email: 'wijkteam@example.org',
  website: 'https://example.org/wijkteam',
  example: true,
};

const validResource = {
  id: 'almelo-scheidingspact',
  aspects: ['juridisch', 'financieel'],
  origin: 'regional_offer',
  kind: 'workshop',
  title: 'Scheidingspact Almelo',
  provider: { nl: 'Gemeente Almelo', en: 'Municipality of Almelo' },
  durationMinutes: 120,
  durationText: 'Twee dagdelen',
  url: 'https://www.almelo.nl/scheidingspact',
  skjAccredited: true,
  freelyShareable: false,
  note: 'Alleen voor medewerkers.',
  description: { nl: 'Een workshop.', en: 'A workshop.' },
  sections: ['9.2'],
};

const validPartnerContent = {
  $schema: 'https://example.org/otd-content.schema.json',
  contacts: [validContact],
  resources: [validResource],
};

const validSession = VALID_SESSION;

const validSessionConfig = {
  id: 'online-2025-11-04',
  date: '2025-11-04',
  startTime: '13:00',
  endTime: '15:00',
  place: 'Online',
  capacity: 30,
};

const validSignup = {
  firstName: 'Anna',
  lastName: 'de Vries',
  email: 'anna@example.org',
  phone: '053 481 1234',
  organisation: 'Wijkteam Almelo',
  domain: 'wijkteams',
  municipality: 'almelo',
  educationLevel: 'hbo_wo',
  skjPoints: true,
  skjNumber: '123456789',
  skjChamber: 'pedagoog',
  sessionId: 'training-2025-10-07',
  remarks: 'Graag vegetarisch.',
  newsOptIn: false,
  lang: 'nl',
};

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

type Key = string | number;
type Path = readonly Key[];
/** Replacing a value with this removes it (deletes the key, or takes the item out of its array). */
const REMOVE = Symbol('remove');

/** A second item for a list: a deep copy (so a mutation of one item leaves the other alone) with its own id. */
const another = <T extends object>(value: T, id: string): T => ({ ...structuredClone(value), id });

/** Every path inside a value (not the value itself): each key and index, to any depth. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  const entries: [Key, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsIn(v, [...prefix, k])]);
}

/** The paths of the objects inside a value, the value itself included (`[]`). */
function objectPathsIn(value: unknown): Path[] {
  const at = (path: Path) => path.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], value);
  return [[], ...pathsIn(value)].filter((p) => {
    const v = at(p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
}

/** A copy of `valid` with the value at `path` replaced (or removed, for REMOVE). */
function withChange(valid: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(valid);
  if (!path.length) return replacement === REMOVE ? undefined : replacement;
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], copy) as Record<Key, unknown>;
  const last = path[path.length - 1]!;
  // defineProperty, not assignment, so a key "__proto__" becomes an own field as JSON.parse makes it.
  if (replacement !== REMOVE) Object.defineProperty(parent, last, { value: replacement, writable: true, enumerable: true, configurable: true });
  else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
  return copy;
}

/** Strings that are nearly right or hostile: blank, padded, unsafe links, markup, very long. */
const trickyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    '0',
    'null',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'https://',
    'mailto:',
    '+31',
    '112',
    '2025-02-30',
    '24:00',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webUrl(),
);

/** Any value at all: primitives of every type, objects (also without prototype), arrays, maps, dates. */
const anyValue = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    key: fc.string({ minLength: 1 }),
    maxDepth: 3,
    maxKeys: 6,
  }),
  // Values as JSON.parse gives them (keys are never "": see the skipped tests for that bug).
  fc.anything({ key: fc.string({ minLength: 1 }), values: [fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)] }),
  trickyString,
  fc.constantFrom(null, undefined, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}),
);

/** Any object: keys that are never "" (see the skipped tests), values of any kind. */
const anyObject = fc.object({ key: fc.string({ minLength: 1 }), values: [anyValue], maxDepth: 1, maxKeys: 8 });

interface Change {
  readonly path: Path;
  readonly value: unknown;
}

/** A valid value with one part replaced by any value, or removed. */
function replaced(valid: unknown): fc.Arbitrary<Change & { readonly data: unknown }> {
  return fc
    .record({
      path: fc.constantFrom(...pathsIn(valid)),
      value: fc.oneof({ weight: 5, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) }),
    })
    .map(({ path, value }) => ({ path, value, data: withChange(valid, path, value) }));
}

/** A valid value with one key added to one of its objects (usually unknown, sometimes a known one). */
function added(valid: unknown): fc.Arbitrary<Change & { readonly data: unknown; readonly existed: boolean }> {
  return fc
    .record({
      at: fc.constantFrom(...objectPathsIn(valid)),
      key: fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('contact', 'Name', 'url ', 'link', 'seats')),
      value: anyValue,
    })
    .map(({ at, key, value }) => {
      const parent = at.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], valid) as object;
      return { path: [...at, key], value, data: withChange(valid, [...at, key], value), existed: Object.hasOwn(parent, key) };
    });
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

interface SafeParser {
  safeParse(data: unknown): { success: boolean; error?: { issues: readonly unknown[] } };
}

/** The schema's issues as content issues (path written `contacts[0].phone`); null when valid. */
function issuesOf(schema: SafeParser, data: unknown): ContentIssue[] | null {
  const result = schema.safeParse(data);
  if (result.success) return null;
  return toContentIssues(result.error!.issues as Parameters<typeof toContentIssues>[0]);
}

const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every issue names a non-empty path, unless the value is not even of the schema's type: then there
 * is exactly one issue, about the whole value (empty path, `invalid_type`).
 */
function expectNamedPaths(issues: readonly ContentIssue[], input: unknown, root: 'object' | 'array'): void {
  const rightType = root === 'object' ? isObject(input) : Array.isArray(input);
  if (rightType) {
    const unnamed = issues.filter((i) => i.path === '');
    expect(unnamed, `issues without a path for ${show(input)}`).to.deep.equal([]);
  } else {
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([['', 'invalid_type']]);
  }
}

function show(input: unknown): string {
  try {
    return fc.stringify(input).slice(0, 300);
  } catch {
    return String(input);
  }
}

interface SchemaCase {
  readonly name: string;
  readonly schema: SafeParser;
  readonly root: 'object' | 'array';
  /** A valid value of the schema, the start of the mutations. */
  readonly valid: unknown;
  readonly runs?: number;
}

const SCHEMAS: readonly SchemaCase[] = [
  { name: 'partnerContentSchema', schema: partnerContentSchema, root: 'object', valid: validPartnerContent },
  { name: 'contactSchema', schema: contactSchema, root: 'object', valid: validContact },
  { name: 'contactListSchema', schema: contactListSchema, root: 'array', valid: [validContact, another(validContact, 'tweede')] },
  { name: 'resourceSchema', schema: resourceSchema, root: 'object', valid: validResource },
  { name: 'resourceListSchema', schema: resourceListSchema, root: 'array', valid: [validResource, another(validResource, 'tweede')] },
  { name: 'resourceCatalogueSchema', schema: resourceCatalogueSchema, root: 'object', valid: DEFAULT_RESOURCES, runs: RUNS_BIG },
  { name: 'sessionSchema', schema: sessionSchema, root: 'object', valid: validSession },
  { name: 'sessionListSchema', schema: sessionListSchema, root: 'array', valid: [validSession, another(validSession, 'tweede')] },
  { name: 'sessionConfigSchema', schema: sessionConfigSchema, root: 'object', valid: validSessionConfig },
  {
    name: 'sessionConfigListSchema',
    schema: sessionConfigListSchema,
    root: 'array',
    valid: [validSessionConfig, { ...validSessionConfig, id: 'tweede', seatsLeft: 3, waitingList: false }],
  },
  { name: 'surveyQuestionSchema', schema: surveyQuestionSchema, root: 'object', valid: DEFAULT_SURVEY.questions[1] },
  { name: 'surveySchema', schema: surveySchema, root: 'object', valid: DEFAULT_SURVEY, runs: RUNS_BIG },
  { name: 'learningPathSchema', schema: learningPathSchema, root: 'object', valid: DEFAULT_LEARNING_PATH, runs: RUNS_BIG },
];

// ---------------------------------------------------------------------------------------------

describe('content schemas under arbitrary input (property)', () => {
  for (const { name, schema, root, valid, runs = RUNS } of SCHEMAS) {
    describe(name, () => {
      it('accepts the valid value the mutations start from', () => {
        expect(issuesOf(schema, valid)).to.equal(null);
      });

      it('never throws on any value, and names a path for every issue', () => {
        fc.assert(
          fc.property(anyValue, (data) => {
            const issues = issuesOf(schema, data);
            if (issues) expectNamedPaths(issues, data, root);
          }),
          { numRuns: runs },
        );
      });

      it(`never throws on any ${root === 'object' ? 'object' : 'array of objects'}, and names a path for every issue`, () => {
        const objects = anyObject;
        fc.assert(
          fc.property(root === 'object' ? objects : fc.array(objects, { maxLength: 4 }), (data) => {
            const issues = issuesOf(schema, data);
            if (issues) expectNamedPaths(issues, data, root);
          }),
          { numRuns: runs },
        );
      });

      it('never throws when one part of a valid value is replaced or removed, and names a path for every issue', () => {
        fc.assert(
          fc.property(replaced(valid), ({ data }) => {
            const issues = issuesOf(schema, data);
            if (issues) expectNamedPaths(issues, data, root);
          }),
          { numRuns: runs },
        );
      });

      it('names an added unknown field at its own path', () => {
        fc.assert(
          fc.property(added(valid), ({ path, data, existed }) => {
            const issues = issuesOf(schema, data);
            if (!issues) return;
            expectNamedPaths(issues, data, root);
            // A key that was there already is a replacement, whose effects the tests above cover.
            if (existed) return;
            // A key the schema does not know is refused exactly where it was added.
            expect(issues.map((i) => i.path)).to.deep.equal([formatIssuePath(path)]);
          }),
          { numRuns: runs },
        );
      });
    });
  }
});

describe('parsePartnerContent under arbitrary input (property)', () => {
  it('never throws; an object input gets a non-empty path on every issue', () => {
    const inputs = fc.oneof(
      anyValue,
      anyObject,
      fc.record({ contacts: fc.array(anyValue, { maxLength: 3 }), resources: fc.array(anyValue, { maxLength: 3 }) }, { requiredKeys: [] }),
      replaced(validPartnerContent).map((c) => c.data),
      added(validPartnerContent).map((c) => c.data),
    );
    fc.assert(
      fc.property(inputs, (data) => {
        const result = parsePartnerContent(data);
        if (result.ok) {
          expect(isObject(data)).to.equal(true);
          return;
        }
        expect(result.issues.length).to.be.greaterThan(0);
        for (const issue of result.issues) {
          expect(issue.message).to.be.a('string').and.not.equal('');
          if (isObject(data)) expect(issue.path, `${issue.code} for ${show(data)}`).to.not.equal('');
        }
        if (!isObject(data)) expect(result.issues.map((i) => [i.path, i.code])).to.deep.equal([['', 'invalid_type']]);
      }),
      { numRuns: RUNS_PARTNER },
    );
  });

  it('names the field that was broken: every issue is at or under the path of the one change', () => {
    fc.assert(
      fc.property(replaced(validPartnerContent), ({ path, value, data }) => {
        // Known bug, see the skipped test below: an empty phone, email or website also raises the
        // "no channel" issue at `phone`.
        fc.pre(!(value === '' && path.length === 4 && ['phone', 'email', 'website'].includes(String(path[3]))));
        const result = parsePartnerContent(data);
        if (result.ok) return;
        // The field a change inside it belongs to: `contacts[0].name` for a change at contacts[0].name.en.
        const field = formatIssuePath(path.slice(0, 3));
        for (const issue of result.issues) {
          expect(issue.path === field || issue.path.startsWith(`${field}.`) || issue.path.startsWith(`${field}[`), `${issue.path} for a change at ${formatIssuePath(path)}`).to.equal(true);
        }
      }),
      { numRuns: RUNS_PARTNER },
    );
  });

  it('accepts any contact built from valid parts, trimming its text', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
    const localized = fc.oneof(text, fc.record({ nl: text, en: text }, { requiredKeys: ['nl'] }));
    const contact = fc.record(
      {
        id: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/),
        name: localized,
        organisation: localized,
        reason: localized,
        aspects: fc.subarray([...ASPECT_IDS], { minLength: 1 }),
        municipalities: fc.subarray([...MUNICIPALITY_IDS], { minLength: 1 }),
        hours: localized,
        phone: fc.constantFrom('053 481 1234', '0800-2000', '+31 (0)53 4811234', '0031 6 12345678', '112', '14 053', '06-12345678'),
        email: fc.constantFrom('info@example.org', 'a.b-c@sub.example.nl'),
        website: fc.webUrl({ withQueryParameters: true, withFragments: true }),
        example: fc.boolean(),
      },
      { requiredKeys: ['id', 'name', 'reason', 'aspects', 'website'] },
    );
    fc.assert(
      fc.property(contact, (c) => {
        const result = parsePartnerContent({ contacts: [c] });
        expect(result.ok, show(result.ok ? null : result.issues)).to.equal(true);
        const parsed = result.ok ? result.content.contacts![0]! : undefined;
        if (typeof c.name === 'string') expect(parsed?.name).to.equal(c.name.trim());
      }),
      { numRuns: RUNS },
    );
  });

  it('names an unknown empty key "" at a path that shows it', () => {
    const top = parsePartnerContent({ '': 1 });
    const inner = parsePartnerContent({ contacts: [{ ...validContact, '': 1 }] });
    const paths = [top, inner].flatMap((r) => (r.ok ? [] : r.issues.map((i) => i.path)));
    expect(paths).to.have.length(2);
    expect(paths[0], 'at the top').to.not.equal('');
    expect(paths[1], 'in a contact').to.match(/^contacts\[0\]\S*[^.]$/);
  });

  it('does not say a contact has no channel when it gives one that is invalid', () => {
    const emptyPhone = parsePartnerContent({ contacts: [{ ...validContact, phone: '' }] });
    expect(emptyPhone.ok ? [] : emptyPhone.issues.map((i) => i.path)).to.deep.equal(['contacts[0].phone']);
    const emptyEmail = parsePartnerContent({ contacts: [{ ...validContact, phone: undefined, email: '' }] });
    expect(emptyEmail.ok ? [] : emptyEmail.issues.map((i) => i.path)).to.deep.equal(['contacts[0].email']);
  });
});

describe('parseSignup under arbitrary input (property)', () => {
  it('accepts the valid signup the mutations start from', () => {
    expect(parseSignup(validSignup).ok).to.equal(true);
  });

  it('never throws; names a field for every error of an object, and one whole-value error otherwise', () => {
    const inputs = fc.oneof(
      anyValue,
      anyObject,
      replaced(validSignup).map((c) => c.data),
      added(validSignup).map((c) => c.data),
    );
    fc.assert(
      fc.property(inputs, (data) => {
        const result = parseSignup(data);
        if (result.ok) return;
        expect(result.errors.length).to.be.greaterThan(0);
        if (isObject(data)) {
          for (const e of result.errors) expect(e.field, show(data)).to.not.equal('');
        } else {
          expect(result.errors.map((e) => e.field)).to.deep.equal(['']);
        }
        // One error per field.
        expect(new Set(result.errors.map((e) => e.field)).size).to.equal(result.errors.length);
      }),
      { numRuns: RUNS_PARTNER },
    );
  });

  it('names the field that was changed (or the SKJ fields that depend on skjPoints)', () => {
    fc.assert(
      fc.property(fc.oneof(replaced(validSignup), added(validSignup)), ({ path, data }) => {
        const result = parseSignup(data);
        if (result.ok) return;
        const field = String(path[0]);
        const allowed = field === 'skjPoints' ? [field, 'skjNumber', 'skjChamber'] : [field];
        expect(result.errors.map((e) => e.field).filter((f) => !allowed.includes(f)), show(data)).to.deep.equal([]);
      }),
      { numRuns: RUNS_PARTNER },
    );
  });

  it('names an unknown empty key "" as a field', () => {
    const result = parseSignup({ ...validSignup, '': 'x' });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).to.not.include('');
  });
});
