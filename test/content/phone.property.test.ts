// Property tests for parsing Dutch phone numbers from partner content: it never throws, and every
// number it accepts gives a `tel:` value a phone can dial (E.164 +31…, 112 or a 14 + area code
// number) and a display form that reads back as the same number.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDutchPhone } from '../../src/content/phone.js';

const TEL = /^(\+31\d{7,11}|112|14\d{3,4})$/;
const RUNS = 1000;

/** Strings made of what people type in phone numbers, so many of them are (nearly) numbers. */
const phoneLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789+()-./ '), maxLength: 24 }),
  fc
    .tuple(
      fc.constantFrom('', ' ', '+31', '+31 ', '0031', '+31 (0)', '(0', '0', '06', '0800', '0900', '14', '+', '++31'),
      fc.string({ unit: fc.constantFrom(...'0123456789 -'), maxLength: 14 }),
      fc.constantFrom('', ' ', '\t', '\n', 'x', '#1', '\u00a0'),
    )
    .map((parts) => parts.join('')),
);

/** Anything at all, including control characters, lone surrogates and other scripts' digits. */
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('١١٢', '０８００-２０００', '1 1 2', '+31 6 1234 5678 ext. 2'));

describe('parseDutchPhone (property)', () => {
  it('never throws, and every number it returns has a dialable tel and a display', () => {
    fc.assert(
      fc.property(fc.oneof(phoneLike, anyString), (input) => {
        const phone = parseDutchPhone(input);
        if (phone === null) return;
        expect(phone.tel, JSON.stringify(input)).to.match(TEL);
        expect(phone.display).to.match(/^[\d -]+$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads its own display and tel back as the same number', () => {
    fc.assert(
      fc.property(phoneLike, (input) => {
        const phone = parseDutchPhone(input);
        if (phone === null) return;
        expect(parseDutchPhone(phone.display), `display of ${JSON.stringify(input)}`).to.deep.equal(phone);
        expect(parseDutchPhone(phone.tel)?.tel, `tel of ${JSON.stringify(input)}`).to.equal(phone.tel);
      }),
      { numRuns: RUNS },
    );
  });

  it('ignores surrounding whitespace', () => {
    fc.assert(
      fc.property(phoneLike, fc.constantFrom(' ', '\t', '\n', '  \r\n'), (input, space) => {
        expect(parseDutchPhone(`${space}${input}${space}`)).to.deep.equal(parseDutchPhone(input));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every 06 mobile number and every two-digit-area number in the usual notations', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('6', '53', '10', '20', '546', '74'),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
        fc.constantFrom('0', '+31', '+31 ', '0031', '+31 (0)'),
        (area, rest, prefix) => {
          const national = (area + rest).slice(0, 9);
          const phone = parseDutchPhone(`${prefix}${national}`);
          expect(phone?.tel).to.equal(`+31${national}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
