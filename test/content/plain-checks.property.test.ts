// The zod-free checks the widgets run before their first paint (a session, a partner's content file)
// against the shared zod schemas: the same verdict and the same value on thousands of generated
// cases, most of them a small change away from a valid one.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkPartnerContent } from '../../src/content/partner-check.js';
import { checkSession } from '../../src/content/session-check.js';
import { partnerContentSchema } from '../../src/content/schema/partner-content.js';
import { sessionSchema } from '../../src/content/schema/sessions.js';

const VALID = {
  id: 'hengelo-2025-10-07',
  date: '2025-10-07',
  startTime: '09:30',
  endTime: '16:30',
  place: { nl: 'Hengelo', en: 'Hengelo' },
  address: 'Voorbeeldstraat 1',
  capacity: 20,
  seatsLeft: 12,
  waitingList: true,
};

/** Strings near the edges of each rule: padding, case, separators, leap days, out-of-range times. */
const nearText = fc.oneof(
  fc.constantFrom('', ' ', '  x ', 'Enschede', ' Enschede', '\tHengelo\n', '\u00a0', 'Ünïcode', '0'),
  fc.string({ maxLength: 6 }),
);
const nearId = fc.oneof(
  fc.constantFrom('a', 'A', '-a', 'a-b', 'a.b_c', '9x', 'é', 'a b', '', 'x-'),
  fc.stringMatching(/^[a-zA-Z0-9._ -]{0,6}$/),
);
const nearDate = fc.oneof(
  fc.constantFrom(
    '2025-10-07', '2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2025-02-28', '2025-04-31', '2025-04-30',
    '2025-13-01', '2025-00-10', '2025-1-7', '25-10-07', '2025-10-07T00:00', ' 2025-10-07', '0000-01-01', '9999-12-31',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const nearTime = fc.oneof(
  fc.constantFrom('09:30', '9:30', '23:59', '24:00', '00:00', '12:60', '1230', ' 09:30', '19:05', '16:30'),
  fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);
const nearInt = fc.oneof(
  fc.integer({ min: -2, max: 30 }),
  fc.constantFrom(0, 1, 1.5, -0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Infinity, '12', null),
);
const nearPlace = fc.oneof(
  nearText,
  fc.record({ nl: nearText, en: nearText }),
  fc.record({ nl: nearText }),
  fc.record({ nl: nearText, en: nearText, de: nearText }),
  fc.record({ en: nearText }),
  fc.constantFrom(null, 3, [], { nl: 'Hengelo', en: null }),
);
const anyValue = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));

/** One field of a valid session changed, removed, or an extra field added. */
const mutation = fc.oneof(
  fc.record({ key: fc.constant('id'), value: nearId }),
  fc.record({ key: fc.constant('date'), value: nearDate }),
  fc.record({ key: fc.constantFrom('startTime', 'endTime'), value: nearTime }),
  fc.record({ key: fc.constant('place'), value: nearPlace }),
  fc.record({ key: fc.constant('address'), value: fc.oneof(nearText, anyValue) }),
  fc.record({ key: fc.constantFrom('capacity', 'seatsLeft'), value: nearInt }),
  fc.record({ key: fc.constant('waitingList'), value: fc.oneof(fc.boolean(), anyValue) }),
  fc.record({ key: fc.constantFrom('id', 'date', 'startTime', 'endTime', 'place', 'address', 'capacity', 'seatsLeft', 'waitingList'), value: fc.constant('<remove>') }),
  fc.record({ key: fc.constantFrom('extra', 'seats', '__proto__x'), value: anyValue }),
);

const near = fc.array(mutation, { minLength: 0, maxLength: 3 }).map((changes) => {
  const session: Record<string, unknown> = structuredClone(VALID);
  for (const { key, value } of changes) {
    if (value === '<remove>') delete session[key];
    else session[key] = value;
  }
  return session;
});

/** The zod verdict, as the check gives it: the value, or undefined. */
const byZod = (value: unknown) => {
  const result = sessionSchema.safeParse(value);
  return result.success ? result.data : undefined;
};

describe('checkSession equals the shared zod schema', () => {
  it('takes the valid session as zod does', () => {
    expect(checkSession(VALID)).to.deep.equal(byZod(VALID));
    expect(checkSession(VALID)).to.not.equal(undefined);
  });

  it('on 10,000 sessions one to three small changes from a valid one: the same verdict and value', function () {
    // Generous: thousands of cases on a loaded 2-core machine, in three browsers at once.
    this.timeout(60_000);
    let valid = 0;
    fc.assert(
      fc.property(near, (session) => {
        const ours = checkSession(session);
        const zod = byZod(session);
        expect(ours, JSON.stringify(session)).to.deep.equal(zod);
        if (ours) valid++;
      }),
      { numRuns: 10_000 },
    );
    // Both sides of the line are well covered.
    expect(valid).to.be.within(1_000, 9_000);
  });

  it('on 5,000 arbitrary JSON values: the same verdict', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkSession(value) === undefined, JSON.stringify(value)).to.equal(byZod(value) === undefined);
      }),
      { numRuns: 5_000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Partner content
// ---------------------------------------------------------------------------------------------

const PARTNER = (await (await fetch(new URL('../fixtures/content/partner-valid.json', import.meta.url))).json()) as Record<string, unknown>;

/** Values near the edge of each field's rule, by field name; any field may also get a value of another kind. */
const NEAR: Record<string, fc.Arbitrary<unknown>> = {
  id: nearId,
  name: nearPlace,
  organisation: nearPlace,
  reason: nearPlace,
  hours: nearPlace,
  title: nearPlace,
  provider: nearPlace,
  note: nearPlace,
  description: nearPlace,
  durationText: nearPlace,
  aspects: fc.oneof(
    fc.constantFrom([], ['juridisch'], ['juridisch', 'juridisch'], ['general'], ['general', 'veiligheid'], ['Juridisch'], ['medisch'], 'juridisch'),
    fc.array(fc.constantFrom('juridisch', 'relationeel', 'general', 'financieel', 'x'), { maxLength: 3 }),
  ),
  municipalities: fc.oneof(
    fc.constantFrom([], ['almelo'], ['almelo', 'almelo'], ['Almelo'], ['amsterdam'], 'almelo'),
    fc.array(fc.constantFrom('almelo', 'enschede', 'hof-van-twente', 'twente'), { maxLength: 3 }),
  ),
  phone: fc.constantFrom('053 481 1234', '0800-2000', '112', '+31 53 481 1234', '14053', '12345', '053-48', 'bel ons', '', '+44 20 7946 0958', '06 1234 5678'),
  email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 12 }).map((s) => `${s}@example.org`), fc.constantFrom('a@example.org', 'a.b@example.nl', 'a@b', 'a@b.c', '.a@example.org', 'a..b@example.org', 'a@example.org ', ' a@example.org', 'jan+1@x.co', "o'brien@x.ie", 'a@-x.org', '')),
  website: fc.constantFrom('https://example.org', 'http://example.org/x', 'javascript:alert(1)', 'mailto:a@b.nl', 'example.org', ' https://example.org', 'HTTPS://EXAMPLE.ORG', 'ftp://x.org', 'data:text/html,x', ''),
  url: fc.constantFrom('https://example.org', 'javascript:alert(1)', 'tel:112', 'https://', '//example.org'),
  origin: fc.constantFrom('self_study', 'regional_offer', 'national', ''),
  kind: fc.constantFrom('webinar', 'podcast', 'training', 'video', 'Webinar'),
  durationMinutes: nearInt,
  example: fc.oneof(fc.boolean(), anyValue),
  skjAccredited: fc.oneof(fc.boolean(), anyValue),
  freelyShareable: fc.oneof(fc.boolean(), anyValue),
  sections: fc.constantFrom([], ['9.2'], [' 9.2 '], [''], '9.2', [1]),
  $schema: fc.oneof(fc.constant('https://example.org/schema.json'), anyValue),
};

/** Every path to a field in `value` (object keys and array items), with the field's name. */
function paths(value: unknown, at: (string | number)[] = []): { path: (string | number)[]; name: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => paths(v, [...at, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [{ path: [...at, k], name: k }, ...paths(v, [...at, k])]);
}

const PARTNER_PATHS = paths(PARTNER);

/** The valid content with one to three changes: a field set to a near value, removed, or an extra field added. */
const nearPartner = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PARTNER_PATHS).chain(({ path, name }) =>
        fc.oneof({ weight: 4, arbitrary: NEAR[name] ?? anyValue }, { weight: 1, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constant('<remove>') }).map((value) => ({ path, value })),
      ),
      fc.constantFrom(...PARTNER_PATHS.filter((p) => typeof p.path.at(-1) === 'string')).map(({ path }) => ({ path: [...path.slice(0, -1), 'extra'], value: 1 as unknown })),
      // A contact or resource twice: duplicate ids.
      fc.constantFrom('contacts', 'resources').map((list) => ({ path: [list, 'duplicate'], value: '<duplicate>' as unknown })),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((changes) => {
    const content = structuredClone(PARTNER) as Record<string, unknown>;
    for (const { path, value } of changes) {
      const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], content) as
        | Record<string | number, unknown>
        | undefined;
      if (!parent || typeof parent !== 'object') continue;
      const key = path.at(-1)!;
      if (value === '<duplicate>') {
        const list = parent as unknown as unknown[];
        if (Array.isArray(list) && list.length) list.push(structuredClone(list[0]));
      } else if (value === '<remove>') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      } else parent[key] = value;
    }
    return content;
  });

const partnerByZod = (value: unknown) => {
  const result = partnerContentSchema.safeParse(value);
  return result.success ? result.data : undefined;
};

describe('checkPartnerContent equals the shared zod schema', () => {
  it('takes the valid example content as zod does', () => {
    expect(checkPartnerContent(PARTNER)).to.not.equal(undefined);
    expect(checkPartnerContent(PARTNER)).to.deep.equal(partnerByZod(PARTNER));
  });

  it('on 5,000 contents one to three small changes from a valid one: the same verdict and value', function () {
    this.timeout(60_000);
    let valid = 0;
    fc.assert(
      fc.property(nearPartner, (content) => {
        const ours = checkPartnerContent(content);
        expect(ours, JSON.stringify(content)).to.deep.equal(partnerByZod(content));
        if (ours) valid++;
      }),
      { numRuns: 5_000 },
    );
    expect(valid).to.be.within(250, 4_750);
  });

  it('on 5,000 arbitrary JSON values: the same verdict', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkPartnerContent(value) === undefined, JSON.stringify(value)).to.equal(partnerByZod(value) === undefined);
      }),
      { numRuns: 5_000 },
    );
  });
});
