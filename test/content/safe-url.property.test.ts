// Property tests for the URL check partner links pass: a URL is accepted only when the browser
// itself reads its protocol as http(s), mailto or tel. Inputs are web URLs, and strings that start
// with an arbitrary scheme (also javascript:, data:, vbscript: in any case), after whitespace and
// control characters, with tabs and newlines inside the scheme.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isSafeUrl, LINK_PROTOCOLS, resolveSafeUrl, WEB_PROTOCOLS } from '../../src/content/safe-url.js';

const RUNS = 300;
const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** The protocol a link with this href gets in this browser ('' when it has none, i.e. it is invalid). */
function browserProtocol(href: string): string {
  const a = document.createElement('a');
  a.href = href;
  return a.protocol;
}

/** What the URL parser strips before the scheme: C0 controls and space. */
const leading = fc.string({ unit: fc.integer({ min: 0, max: 0x20 }).map((c) => String.fromCharCode(c)), maxLength: 4 });
const dangerous = fc.mixedCase(fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'filesystem', 'view-source', 'ftp', 'ws', 'chrome'));
const anyScheme = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,12}$/);
/** A scheme not allowed, with tabs or newlines put inside it (the URL parser removes them). */
const splitScheme = fc
  .tuple(dangerous, fc.nat(), fc.constantFrom('\t', '\n', '\r', '\t\n'))
  .map(([s, at, ws]) => s.slice(0, at % s.length) + ws + s.slice(at % s.length));
const rest = fc.oneof(
  fc.constantFrom('alert(1)', '//example.org/x', 'text/html,<script>__xss()</script>', '%0aalert(1)', '', '/etc/passwd'),
  fc.string(),
);

const notAllowed = (scheme: string) => !ALLOWED_SCHEMES.includes(scheme.replace(/[\t\n\r]/g, '').toLowerCase());

describe('isSafeUrl (property)', () => {
  it('accepts every http(s) web URL, for links and for web pages', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => {
        expect(isSafeUrl(url, LINK_PROTOCOLS), url).to.equal(true);
        expect(isSafeUrl(url, WEB_PROTOCOLS), url).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses every URL of another scheme, whatever its case and whatever whitespace or control characters precede it', () => {
    fc.assert(
      fc.property(leading, fc.oneof(dangerous, anyScheme.filter(notAllowed), splitScheme), rest, (before, scheme, after) => {
        fc.pre(notAllowed(scheme));
        const value = `${before}${scheme}:${after}`;
        expect(isSafeUrl(value, LINK_PROTOCOLS), JSON.stringify(value)).to.equal(false);
        expect(isSafeUrl(value, WEB_PROTOCOLS), JSON.stringify(value)).to.equal(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws, and accepts only what the browser itself reads as an allowed protocol', () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.tuple(leading, fc.oneof(dangerous, anyScheme, splitScheme, fc.constantFrom(...ALLOWED_SCHEMES)), fc.constantFrom(':', '://', ':\\\\', '&colon;', '%3a'), rest).map((p) => p.join('')),
      fc.webUrl().map((u) => u.replace(/^https?/, (s) => s.split('').join('\t'))),
    );
    fc.assert(
      fc.property(input, fc.constantFrom(LINK_PROTOCOLS, WEB_PROTOCOLS), (value, allowed) => {
        if (!isSafeUrl(value, allowed)) return;
        expect(allowed as readonly string[], JSON.stringify(value)).to.include(new URL(value).protocol);
        expect(allowed as readonly string[], JSON.stringify(value)).to.include(browserProtocol(value));
      }),
      { numRuns: RUNS },
    );
  });

  it('resolveSafeUrl never returns a URL of another protocol, relative or absolute', () => {
    const input = fc.oneof(fc.string(), fc.tuple(leading, fc.oneof(dangerous, splitScheme), rest).map(([a, s, r]) => `${a}${s}:${r}`));
    fc.assert(
      fc.property(input, (value) => {
        const url = resolveSafeUrl(value, 'https://www.enschede.nl/zorg/');
        if (url !== null) expect(['http:', 'https:']).to.include(new URL(url).protocol);
      }),
      { numRuns: RUNS },
    );
  });
});
