import { expect } from '@open-wc/testing';
import { classifyResponse, sendSignup, type SendOutcome } from '../../src/logic/signup-transport.js';

const ENDPOINT = 'https://opleiding.example.org/api/signups';
const BODY = { firstName: 'Anna', sessionId: 'hengelo-2025-10-07' };
const SESSION = { id: 'hengelo-2025-10-07', date: '2025-10-07' };

describe('classifyResponse', () => {
  const table: readonly [what: string, status: number, body: unknown, outcome: SendOutcome][] = [
    [
      '201 confirmed',
      201,
      { id: 's-1', status: 'confirmed', session: SESSION },
      { kind: 'success', httpStatus: 201, id: 's-1', status: 'confirmed', session: SESSION },
    ],
    ['201 waiting list', 201, { id: 7, status: 'waiting_list' }, { kind: 'success', httpStatus: 201, id: '7', status: 'waiting_list' }],
    [
      '201 waiting list with session null (as the receiver answers)',
      201,
      { id: 'w-1', status: 'waiting_list', session: null },
      { kind: 'success', httpStatus: 201, id: 'w-1', status: 'waiting_list' },
    ],
    ['200 (a repeat) without a body', 200, undefined, { kind: 'success', httpStatus: 200, id: '', status: 'confirmed' }],
    [
      '422 with field errors (an unknown kind becomes "unknown")',
      422,
      {
        errors: [
          { field: 'email', kind: 'email', message: 'Not an e-mail address' },
          { field: 'extra', kind: 'strange', message: 'Unknown field' },
          { kind: 'required' },
          'nonsense',
        ],
      },
      {
        kind: 'invalid',
        httpStatus: 422,
        errors: [
          { field: 'email', kind: 'email', message: 'Not an e-mail address' },
          { field: 'extra', kind: 'unknown', message: 'Unknown field' },
        ],
      },
    ],
    ['422 idempotency key reused', 422, { error: 'idempotency_key_reused' }, { kind: 'key_reused', httpStatus: 422 }],
    ['422 without anything useful', 422, { errors: [] }, { kind: 'rejected', httpStatus: 422 }],
    [
      '409 session full with fresh sessions',
      409,
      { error: 'session_full', sessions: [SESSION] },
      { kind: 'full', httpStatus: 409, sessions: [SESSION] },
    ],
    ['409 without sessions', 409, undefined, { kind: 'full', httpStatus: 409 }],
    [
      '409 already signed up with this e-mail address (not "full")',
      409,
      { error: 'already_signed_up', message: 'This e-mail address is already signed up for this session.' },
      { kind: 'duplicate', httpStatus: 409 },
    ],
    [
      '422 with a control character in a field',
      422,
      { error: 'invalid_signup', errors: [{ field: 'firstName', kind: 'control_chars', message: 'Contains a control character' }] },
      {
        kind: 'invalid',
        httpStatus: 422,
        errors: [{ field: 'firstName', kind: 'control_chars', message: 'Contains a control character' }],
      },
    ],
    ['429 too many requests', 429, { error: 'rate_limited' }, { kind: 'retry', reason: 'rate_limited', httpStatus: 429 }],
    ['429 without a body', 429, undefined, { kind: 'retry', reason: 'rate_limited', httpStatus: 429 }],
    [
      '429 seat limit of the fair-share guard (not a silent retry)',
      429,
      { error: 'seat_limit', message: 'Too many seats', retryAfterSeconds: 1800 },
      { kind: 'limited', httpStatus: 429, retryAfterSeconds: 1800 },
    ],
    ['429 seat limit without a time', 429, { error: 'seat_limit' }, { kind: 'limited', httpStatus: 429 }],
    ['503 database busy', 503, { error: 'database_busy' }, { kind: 'retry', reason: 'server', httpStatus: 503 }],
    ['408 request timeout', 408, undefined, { kind: 'retry', reason: 'server', httpStatus: 408 }],
    ['500', 500, { error: 'internal' }, { kind: 'retry', reason: 'server', httpStatus: 500 }],
    ['502 from a proxy, with HTML', 502, undefined, { kind: 'retry', reason: 'server', httpStatus: 502 }],
    ['503', 503, undefined, { kind: 'retry', reason: 'server', httpStatus: 503 }],
    ['400', 400, { error: 'bad_request' }, { kind: 'rejected', httpStatus: 400 }],
    ['404', 404, undefined, { kind: 'rejected', httpStatus: 404 }],
    ['413 too large', 413, undefined, { kind: 'rejected', httpStatus: 413 }],
    ['415 wrong content type', 415, undefined, { kind: 'rejected', httpStatus: 415 }],
  ];
  for (const [what, status, body, outcome] of table) {
    it(`reads ${what}`, () => {
      expect(classifyResponse(status, body)).to.deep.equal(outcome);
    });
  }
});

describe('classifyResponse with a Retry-After header', () => {
  it('takes the seat limit\'s wait from the header when the body has none', () => {
    expect(classifyResponse(429, { error: 'seat_limit' }, '120')).to.deep.equal({
      kind: 'limited',
      httpStatus: 429,
      retryAfterSeconds: 120,
    });
  });

  it('prefers the body, and ignores a header that is not a number of seconds', () => {
    expect(classifyResponse(429, { error: 'seat_limit', retryAfterSeconds: 60 }, '120')).to.deep.equal({
      kind: 'limited',
      httpStatus: 429,
      retryAfterSeconds: 60,
    });
    expect(classifyResponse(429, { error: 'seat_limit' }, 'Wed, 21 Oct 2015 07:28:00 GMT')).to.deep.equal({
      kind: 'limited',
      httpStatus: 429,
    });
    expect(classifyResponse(429, { error: 'seat_limit', retryAfterSeconds: -5 }, null)).to.deep.equal({
      kind: 'limited',
      httpStatus: 429,
    });
  });

  it('keeps a plain rate limit a retry, whatever the header says', () => {
    expect(classifyResponse(429, { error: 'rate_limited' }, '30')).to.deep.equal({
      kind: 'retry',
      reason: 'rate_limited',
      httpStatus: 429,
    });
  });
});

describe('sendSignup', () => {
  interface Call {
    url: string;
    init: RequestInit;
  }
  function fakeFetch(answer: (call: Call) => Promise<Response>): { calls: Call[]; fetch: typeof fetch } {
    const calls: Call[] = [];
    return {
      calls,
      fetch: ((url: RequestInfo | URL, init?: RequestInit) => {
        const call = { url: String(url), init: init ?? {} };
        calls.push(call);
        return answer(call);
      }) as typeof fetch,
    };
  }

  it('posts JSON with the Idempotency-Key', async () => {
    const f = fakeFetch(async () => new Response(JSON.stringify({ id: 's-1', status: 'confirmed' }), { status: 201 }));
    const outcome = await sendSignup({ endpoint: ENDPOINT, idempotencyKey: 'key-1', body: BODY, fetch: f.fetch });
    expect(outcome).to.deep.equal({ kind: 'success', httpStatus: 201, id: 's-1', status: 'confirmed' });
    expect(f.calls).to.have.length(1);
    const { url, init } = f.calls[0]!;
    expect(url).to.equal(ENDPOINT);
    expect(init.method).to.equal('POST');
    expect(init.headers).to.deep.equal({
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': 'key-1',
    });
    expect(JSON.parse(String(init.body))).to.deep.equal(BODY);
    expect(init.signal).to.be.instanceOf(AbortSignal);
  });

  it('a network failure is a retry, not an exception', async () => {
    const f = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await sendSignup({ endpoint: ENDPOINT, idempotencyKey: 'k', body: BODY, fetch: f.fetch })).to.deep.equal({
      kind: 'retry',
      reason: 'network',
    });
  });

  it('gives up after the timeout and calls it a timeout', async () => {
    const f = fakeFetch(
      ({ init }) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
        }),
    );
    const started = performance.now();
    const outcome = await sendSignup({ endpoint: ENDPOINT, idempotencyKey: 'k', body: BODY, fetch: f.fetch, timeoutMs: 50 });
    expect(outcome).to.deep.equal({ kind: 'retry', reason: 'timeout' });
    expect(performance.now() - started).to.be.below(2_000);
  });

  it('passes the Retry-After header of a seat limit on', async () => {
    const f = fakeFetch(
      async () =>
        new Response(JSON.stringify({ error: 'seat_limit', message: 'Too many seats' }), {
          status: 429,
          headers: { 'Retry-After': '900' },
        }),
    );
    expect(await sendSignup({ endpoint: ENDPOINT, idempotencyKey: 'k', body: BODY, fetch: f.fetch })).to.deep.equal({
      kind: 'limited',
      httpStatus: 429,
      retryAfterSeconds: 900,
    });
  });

  it('reads a 5xx with a body that is not JSON as a retry', async () => {
    const f = fakeFetch(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await sendSignup({ endpoint: ENDPOINT, idempotencyKey: 'k', body: BODY, fetch: f.fetch })).to.deep.equal({
      kind: 'retry',
      reason: 'server',
      httpStatus: 502,
    });
  });
});
