import { expect } from '@open-wc/testing';
import { isSafeUrl, LINK_PROTOCOLS, resolveSafeUrl, WEB_PROTOCOLS } from '../../src/content/safe-url.js';

describe('isSafeUrl', () => {
  const accepted: readonly string[] = [
    'http://example.nl/',
    'https://www.juridischloket.nl',
    'HTTPS://WWW.EXAMPLE.NL/pad?q=1#x',
    'mailto:info@example.nl',
    'tel:+318002000',
    ' https://example.nl ',
  ];
  for (const value of accepted) {
    it(`accepts ${JSON.stringify(value)}`, () => {
      expect(isSafeUrl(value)).to.equal(true);
    });
  }

  const refused: readonly string[] = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.nl/',
    '/relatief/pad',
    'relatief/pad',
    '//example.nl/zonder-protocol',
    'www.example.nl',
    '',
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(isSafeUrl(value)).to.equal(false);
    });
  }

  it('limits to the protocols asked for', () => {
    expect(isSafeUrl('mailto:info@example.nl', WEB_PROTOCOLS)).to.equal(false);
    expect(isSafeUrl('tel:112', WEB_PROTOCOLS)).to.equal(false);
    expect(isSafeUrl('https://example.nl', WEB_PROTOCOLS)).to.equal(true);
    expect(isSafeUrl('tel:112', LINK_PROTOCOLS)).to.equal(true);
  });
});

describe('resolveSafeUrl', () => {
  const base = 'https://www.enschede.nl/zorg/scheiding.html';
  const table: readonly [value: string, expected: string | null][] = [
    ['content.json', 'https://www.enschede.nl/zorg/content.json'],
    ['/otd/content.json', 'https://www.enschede.nl/otd/content.json'],
    ['../content.json', 'https://www.enschede.nl/content.json'],
    ['//cdn.example.nl/c.json', 'https://cdn.example.nl/c.json'],
    ['https://partner.example.nl/c.json', 'https://partner.example.nl/c.json'],
    ['http://partner.example.nl/c.json', 'http://partner.example.nl/c.json'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:application/json,{}', null],
    ['mailto:info@example.nl', null],
    ['tel:112', null],
    ['http://[bad', null],
  ];
  for (const [value, expected] of table) {
    it(`resolves ${JSON.stringify(value)} to ${JSON.stringify(expected)}`, () => {
      expect(resolveSafeUrl(value, base)).to.equal(expected);
    });
  }

  it('allows mailto and tel when asked', () => {
    expect(resolveSafeUrl('tel:112', base, LINK_PROTOCOLS)).to.equal('tel:112');
    expect(resolveSafeUrl('mailto:a@b.nl', base, LINK_PROTOCOLS)).to.equal('mailto:a@b.nl');
  });

  it('returns null for an unusable base', () => {
    expect(resolveSafeUrl('content.json', 'not a url')).to.equal(null);
  });
});
