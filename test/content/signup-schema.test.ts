// The shared signup rules on characters: control characters and lone UTF-16 surrogates are refused
// in every text field (the form says so before sending, the receiver answers 422 with the same kind);
// remarks keep their line breaks.
import { expect } from '@open-wc/testing';
import { hasControlCharacters, parseSignup, type SignupFieldError } from '../../src/content/schema/signup.js';

const valid = {
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

function errorsFor(overrides: Record<string, unknown>): SignupFieldError[] {
  const result = parseSignup({ ...valid, ...overrides });
  return result.ok ? [] : result.errors;
}

const TEXT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'organisation', 'skjNumber', 'sessionId', 'remarks'] as const;

/** Values a text field gets with a control character or a lone surrogate in it (each also valid otherwise). */
function badValues(field: (typeof TEXT_FIELDS)[number]): string[] {
  const base: Record<(typeof TEXT_FIELDS)[number], [string, string]> = {
    firstName: ['An', 'na'],
    lastName: ['de ', 'Vries'],
    email: ['anna', '@example.org'],
    phone: ['053 481', ' 1234'],
    organisation: ['Wijk', 'team'],
    skjNumber: ['1234', '56789'],
    sessionId: ['training', '-2025'],
    remarks: ['Graag', ' vegetarisch'],
  };
  const [a, b] = base[field];
  return ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\t', '\ud800', '\udfff'].map((bad) => `${a}${bad}${b}`);
}

describe('parseSignup: control characters and lone surrogates', () => {
  it('accepts the valid signup the cases start from', () => {
    expect(parseSignup(valid).ok).to.equal(true);
  });

  for (const field of TEXT_FIELDS) {
    it(`refuses them in ${field} with kind control_chars, naming the field`, () => {
      for (const value of badValues(field)) {
        const errors = errorsFor({ [field]: value });
        expect(errors, JSON.stringify(value)).to.have.length(1);
        expect(errors[0]!.field).to.equal(field);
        expect(errors[0]!.kind, JSON.stringify(value)).to.equal('control_chars');
        expect(errors[0]!.message).to.match(/control character|surrogate/);
      }
    });
  }

  it('refuses a line break in one-line fields', () => {
    for (const field of ['firstName', 'lastName', 'organisation', 'email'] as const) {
      expect(errorsFor({ [field]: 'a\nb@example.org' }).map((e) => [e.field, e.kind])).to.deep.equal([[field, 'control_chars']]);
      expect(errorsFor({ [field]: 'a\r\nb@example.org' }).map((e) => [e.field, e.kind])).to.deep.equal([[field, 'control_chars']]);
    }
  });

  it('keeps line breaks in remarks, as line feeds', () => {
    const result = parseSignup({ ...valid, remarks: 'regel 1\r\nregel 2\nregel 3\rregel 4' });
    expect(result.ok).to.equal(true);
    expect(result.ok && result.signup.remarks).to.equal('regel 1\nregel 2\nregel 3\nregel 4');
  });

  it('still trims surrounding whitespace (a leading tab is whitespace, not refused)', () => {
    const result = parseSignup({ ...valid, firstName: '\t Anna \n' });
    expect(result.ok && result.signup.firstName).to.equal('Anna');
  });

  it('accepts letters from every script, emoji (paired surrogates) and other Unicode spaces', () => {
    for (const name of ['Zoë', 'Ørjan', 'Łukasz', 'Άννα', 'Анна', 'محمد', '李', 'Anna 😀', 'Anna\u00a0Maria']) {
      expect(parseSignup({ ...valid, firstName: name }).ok, name).to.equal(true);
    }
  });

  it('hasControlCharacters says the same as the schema', () => {
    expect(hasControlCharacters('plain text')).to.equal(false);
    expect(hasControlCharacters('a\nb')).to.equal(true);
    expect(hasControlCharacters('a\nb', true)).to.equal(false);
    expect(hasControlCharacters('a\tb', true)).to.equal(true);
    expect(hasControlCharacters('lone\ud800x')).to.equal(true);
    expect(hasControlCharacters('pair \ud83d\ude00')).to.equal(false);
  });
});
