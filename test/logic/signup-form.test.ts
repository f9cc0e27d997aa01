import { expect } from '@open-wc/testing';
import { normaliseSkjNumber, parseSignup } from '../../src/content/schema/signup.js';
import { draftFor, fromSignupBody, toSignupInput } from '../../src/logic/signup-form.js';
import { emptySignupValues, isPristine, type SignupFormValues } from '../../src/logic/signup-state.js';
import { allFull, formatSessionDate, formatSessionTime, isFull } from '../../src/logic/training-sessions.js';

const FILLED: SignupFormValues = {
  ...emptySignupValues(),
  firstName: ' Anna ',
  lastName: 'de Vries',
  email: 'anna@example.org',
  organisation: 'Jeugdteam Hengelo',
  domain: 'jeugdhulp',
  municipality: 'hengelo',
  skjPoints: 'no',
  sessionId: 'hengelo-2025-10-07',
};

describe('toSignupInput', () => {
  const table: readonly [what: string, values: SignupFormValues, input: Record<string, unknown>][] = [
    [
      'the required fields, with empty optional ones left out',
      FILLED,
      {
        firstName: ' Anna ',
        lastName: 'de Vries',
        email: 'anna@example.org',
        organisation: 'Jeugdteam Hengelo',
        domain: 'jeugdhulp',
        municipality: 'hengelo',
        skjPoints: false,
        sessionId: 'hengelo-2025-10-07',
        newsOptIn: false,
        lang: 'nl',
        website: '',
      },
    ],
    [
      'the SKJ number, normalised, and the section only when points are wanted',
      { ...FILLED, skjPoints: 'yes', skjNumber: '110.012 345', skjChamber: 'pedagoog' },
      { skjPoints: true, skjNumber: '110012345', skjChamber: 'pedagoog' },
    ],
    [
      'no SKJ number or section when points are not wanted, even if one was typed (data minimisation)',
      { ...FILLED, skjPoints: 'no', skjNumber: '110012345', skjChamber: 'pedagoog' },
      { skjPoints: false },
    ],
    ['no answer to the SKJ question', { ...FILLED, skjPoints: '' }, {}],
    [
      'the optional fields when filled in',
      { ...FILLED, phone: '053 481 1234', educationLevel: 'mbo', remarks: 'Rolstoeltoegankelijk graag', newsOptIn: true },
      { phone: '053 481 1234', educationLevel: 'mbo', remarks: 'Rolstoeltoegankelijk graag', newsOptIn: true },
    ],
    ['whitespace-only optional text as empty', { ...FILLED, phone: '  ', remarks: ' \n ' }, {}],
    ['the honeypot as it is', { ...FILLED, website: 'https://spam.example' }, { website: 'https://spam.example' }],
  ];
  for (const [what, values, expected] of table) {
    it(`gives ${what}`, () => {
      const input = toSignupInput(values, 'nl', normaliseSkjNumber);
      for (const [key, value] of Object.entries(expected)) expect(input[key], key).to.deep.equal(value);
      if (values.skjPoints !== 'yes') expect(input).not.to.have.any.keys('skjNumber', 'skjChamber');
      if (!values.skjPoints) expect(input).not.to.have.property('skjPoints');
      if (!values.phone.trim()) expect(input).not.to.have.property('phone');
      if (!values.remarks.trim()) expect(input).not.to.have.property('remarks');
    });
  }

  it('passes the shared schema for a complete form, and names the fields when empty', () => {
    expect(parseSignup(toSignupInput(FILLED, 'en', normaliseSkjNumber)).ok).to.equal(true);
    const empty = parseSignup(toSignupInput(emptySignupValues(), 'nl', normaliseSkjNumber));
    expect(empty.ok).to.equal(false);
    if (!empty.ok) {
      expect(empty.errors.map((e) => e.field).sort()).to.deep.equal(
        ['domain', 'email', 'firstName', 'lastName', 'municipality', 'organisation', 'sessionId', 'skjPoints'].sort(),
      );
    }
  });

  it('round-trips through fromSignupBody, and a parsed signup comes back into the form', () => {
    const values: SignupFormValues = {
      ...FILLED,
      firstName: 'Anna',
      skjPoints: 'yes',
      skjNumber: '110012345',
      skjChamber: 'psycholoog',
      phone: '053 481 1234',
      educationLevel: 'hbo_wo',
      remarks: 'Graag vegetarisch',
      newsOptIn: true,
    };
    const input = toSignupInput(values, 'nl', normaliseSkjNumber);
    expect(fromSignupBody(input)).to.deep.equal(values);
    const parsed = parseSignup(input);
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) expect(fromSignupBody(parsed.signup as unknown as Record<string, unknown>)).to.deep.equal(values);
  });

  it('reads odd bodies without throwing', () => {
    expect(fromSignupBody({})).to.deep.equal(emptySignupValues());
    expect(fromSignupBody({ firstName: 3, skjPoints: 'yes', newsOptIn: 'true' })).to.deep.equal(emptySignupValues());
  });
});

describe('isPristine', () => {
  it('is true only for an untouched form', () => {
    expect(isPristine(emptySignupValues())).to.equal(true);
    expect(isPristine({ ...emptySignupValues(), newsOptIn: true })).to.equal(false);
    expect(isPristine({ ...emptySignupValues(), firstName: 'A' })).to.equal(false);
  });
});

describe('draftFor', () => {
  let n = 0;
  const newKey = () => `new-${++n}`;
  const table: readonly [what: string, draft: { key: string; sentBody?: string }, body: string, key: string | 'new'][] = [
    ['a first send keeps the draft key', { key: 'k1' }, '{"a":1}', 'k1'],
    ['a retry of the same body keeps the key', { key: 'k1', sentBody: '{"a":1}' }, '{"a":1}', 'k1'],
    ['a changed body (after a refusal) gets a new key', { key: 'k1', sentBody: '{"a":1}' }, '{"a":2}', 'new'],
  ];
  for (const [what, draft, body, key] of table) {
    it(what, () => {
      const next = draftFor(draft, body, newKey);
      if (key === 'new') expect(next.key).to.match(/^new-/);
      else expect(next.key).to.equal(key);
      expect(next.sentBody).to.equal(body);
    });
  }
});

describe('training sessions', () => {
  const dates: readonly [date: string, nl: string, en: string][] = [
    ['2025-10-07', 'dinsdag 7 oktober 2025', 'Tuesday 7 October 2025'],
    ['2026-03-29', 'zondag 29 maart 2026', 'Sunday 29 March 2026'],
    ['2026-01-01', 'donderdag 1 januari 2026', 'Thursday 1 January 2026'],
  ];
  for (const [date, nl, en] of dates) {
    it(`writes ${date} as "${nl}" and "${en}"`, () => {
      expect(formatSessionDate(date, 'nl')).to.equal(nl);
      expect(formatSessionDate(date, 'en').replace(',', '')).to.equal(en);
    });
  }

  it('keeps a date it cannot read as it is', () => {
    expect(formatSessionDate('binnenkort', 'nl')).to.equal('binnenkort');
  });

  it('writes the times with an en dash', () => {
    expect(formatSessionTime({ startTime: '09:30', endTime: '16:30' })).to.equal('09:30–16:30');
  });

  it('knows when a session or all sessions are full', () => {
    expect(isFull({ seatsLeft: 0 })).to.equal(true);
    expect(isFull({ seatsLeft: 1 })).to.equal(false);
    expect(allFull([{ seatsLeft: 0 }, { seatsLeft: 0 }])).to.equal(true);
    expect(allFull([{ seatsLeft: 0 }, { seatsLeft: 3 }])).to.equal(false);
    expect(allFull([])).to.equal(true);
  });
});
