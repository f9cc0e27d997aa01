import { expect } from '@open-wc/testing';
import {
  backoffDelay,
  createOutbox,
  newIdempotencyKey,
  OUTBOX_MAX_AGE_MS,
  OUTBOX_MAX_ENTRIES,
  OUTBOX_STORAGE_KEY,
  RETRY_BASE_MS,
  RETRY_MAX_MS,
} from '../../src/logic/outbox.js';
import type { StorageLike } from '../../src/logic/storage.js';

/** A Storage double: a Map, with switches to make reading or writing throw (private mode, full disk). */
class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  failGet = false;
  failSet = false;
  writes = 0;
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failSet) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.delete(key);
  }
  stored(): unknown {
    const text = this.data.get(OUTBOX_STORAGE_KEY);
    return text === undefined ? undefined : JSON.parse(text);
  }
}

const ENDPOINT = 'https://opleiding.example.org/api/signups';
const BODY = { firstName: 'Anna', lastName: 'de Vries', sessionId: 'hengelo-2025-10-07' };

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2025, 8, 1, 9, 0, 0)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

describe('outbox: backoffDelay', () => {
  // [failures so far, random, expected wait]: the ceiling doubles from 5 s up to 10 minutes; the wait
  // is between half the ceiling and the ceiling ("equal jitter"), never zero.
  const table: readonly [failures: number, random: number, wait: number][] = [
    [1, 0, 2_500],
    [1, 0.5, 3_750],
    [1, 0.999999, 5_000],
    [2, 0, 5_000],
    [2, 0.999999, 10_000],
    [3, 0, 10_000],
    [4, 0, 20_000],
    [5, 0.5, 60_000],
    [6, 0, 80_000],
    [7, 0, 160_000],
    [8, 0, 300_000],
    [8, 0.999999, 600_000],
    [9, 0, 300_000],
    [50, 0.999999, 600_000],
    [1_000, 0, 300_000],
  ];
  for (const [failures, random, wait] of table) {
    it(`waits ${wait} ms after ${failures} failure(s) with random ${random}`, () => {
      expect(backoffDelay(failures, random)).to.equal(wait);
    });
  }

  it('treats odd input as the first failure and clamps random to [0, 1]', () => {
    expect(backoffDelay(0, 0)).to.equal(RETRY_BASE_MS / 2);
    expect(backoffDelay(-3, 0)).to.equal(RETRY_BASE_MS / 2);
    expect(backoffDelay(Number.NaN, 0)).to.equal(RETRY_BASE_MS / 2);
    expect(backoffDelay(1, -1)).to.equal(RETRY_BASE_MS / 2);
    expect(backoffDelay(1, 2)).to.equal(RETRY_BASE_MS);
  });

  it('never exceeds the maximum and never reaches zero, for any random', () => {
    for (let failures = 1; failures <= 40; failures++) {
      for (const r of [0, 0.1, 0.37, 0.5, 0.99, 0.999999]) {
        const wait = backoffDelay(failures, r);
        expect(wait).to.be.at.least(RETRY_BASE_MS / 2);
        expect(wait).to.be.at.most(RETRY_MAX_MS);
      }
    }
  });

  it('takes its own base and maximum', () => {
    expect(backoffDelay(1, 0.999999, 100, 1_000)).to.equal(100);
    expect(backoffDelay(3, 0.999999, 100, 1_000)).to.equal(400);
    expect(backoffDelay(10, 0.999999, 100, 1_000)).to.equal(1_000);
  });
});

describe('outbox: newIdempotencyKey', () => {
  it('makes distinct version-4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('works without crypto.randomUUID (plain-http pages)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
    try {
      expect(newIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { configurable: true, writable: true, value: original });
    }
  });
});

describe('outbox: createOutbox', () => {
  it('adds, lists, gets and removes entries, kept in storage as JSON under otd-signup-outbox', () => {
    const storage = new FakeStorage();
    const c = clock();
    const outbox = createOutbox(storage, { now: c.now, random: () => 0 });
    expect(outbox.list()).to.deep.equal([]);
    expect(outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY })).to.equal('stored');
    c.advance(1_000);
    outbox.add({ key: 'k2', endpoint: ENDPOINT, body: { ...BODY, firstName: 'Bram' } });
    expect(outbox.list().map((e) => e.key)).to.deep.equal(['k1', 'k2']);
    expect(outbox.get('k1')).to.deep.equal({
      key: 'k1',
      endpoint: ENDPOINT,
      body: BODY,
      createdAt: c.now() - 1_000,
      attempts: 0,
      nextAttemptAt: c.now() - 1_000,
    });
    expect((storage.stored() as { key: string }[]).map((e) => e.key)).to.deep.equal(['k1', 'k2']);

    outbox.remove('k1');
    expect(outbox.list().map((e) => e.key)).to.deep.equal(['k2']);
    outbox.remove('k2');
    expect(outbox.list()).to.deep.equal([]);
    expect(storage.data.has(OUTBOX_STORAGE_KEY), 'the key is removed when empty').to.equal(false);
    expect(outbox.persistent).to.equal(true);
  });

  it('replaces an entry with the same key instead of keeping two', () => {
    const storage = new FakeStorage();
    const outbox = createOutbox(storage);
    outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY });
    outbox.add({ key: 'k1', endpoint: ENDPOINT, body: { ...BODY, firstName: 'Anne' } });
    expect(outbox.list()).to.have.length(1);
    expect(outbox.get('k1')!.body['firstName']).to.equal('Anne');
  });

  it('is shared through storage: a second outbox (another tab or page) sees the same entries', () => {
    const storage = new FakeStorage();
    createOutbox(storage).add({ key: 'k1', endpoint: ENDPOINT, body: BODY });
    const later = createOutbox(storage);
    expect(later.get('k1')?.body).to.deep.equal(BODY);
    later.remove('k1');
    expect(storage.stored()).to.equal(undefined);
  });

  it('schedules the next attempt with backoff after each failure', () => {
    const c = clock();
    const outbox = createOutbox(new FakeStorage(), { now: c.now, random: () => 0 });
    outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY });
    expect(outbox.due().map((e) => e.key)).to.deep.equal(['k1']);
    expect(outbox.nextAttemptAt()).to.equal(c.now());

    const waits = [2_500, 5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000];
    for (const [i, wait] of waits.entries()) {
      const entry = outbox.recordFailure('k1')!;
      expect(entry.attempts).to.equal(i + 1);
      expect(entry.nextAttemptAt - c.now()).to.equal(wait);
      expect(outbox.nextAttemptAt()).to.equal(entry.nextAttemptAt);
      expect(outbox.due(), 'not due before its time').to.deep.equal([]);
      c.advance(wait - 1);
      expect(outbox.due()).to.deep.equal([]);
      c.advance(1);
      expect(outbox.due().map((e) => e.key)).to.deep.equal(['k1']);
    }
    expect(outbox.recordFailure('unknown')).to.equal(undefined);
  });

  it('spreads retries with jitter from the random source', () => {
    const c = clock();
    const outbox = createOutbox(new FakeStorage(), { now: c.now, random: () => 0.5 });
    outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY });
    expect(outbox.recordFailure('k1')!.nextAttemptAt - c.now()).to.equal(3_750);
    expect(outbox.recordFailure('k1')!.nextAttemptAt - c.now()).to.equal(7_500);
  });

  it('the earliest next attempt wins when several wait', () => {
    const c = clock();
    const outbox = createOutbox(new FakeStorage(), { now: c.now, random: () => 0 });
    outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY });
    outbox.add({ key: 'k2', endpoint: ENDPOINT, body: BODY });
    outbox.recordFailure('k1');
    outbox.recordFailure('k1');
    outbox.recordFailure('k2');
    expect(outbox.nextAttemptAt()).to.equal(c.now() + 2_500);
    expect(createOutbox(new FakeStorage()).nextAttemptAt()).to.equal(undefined);
  });

  describe('maximum age', () => {
    const table: readonly [age: number, kept: boolean][] = [
      [0, true],
      [OUTBOX_MAX_AGE_MS - 1, true],
      [OUTBOX_MAX_AGE_MS, true],
      [OUTBOX_MAX_AGE_MS + 1, false],
      [30 * 24 * 60 * 60 * 1000, false],
    ];
    for (const [age, kept] of table) {
      it(`${kept ? 'keeps' : 'expires'} an entry ${age} ms old`, () => {
        const c = clock();
        const outbox = createOutbox(new FakeStorage(), { now: c.now });
        outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY });
        c.advance(age);
        expect(outbox.list().map((e) => e.key)).to.deep.equal(kept ? ['k1'] : []);
        expect(outbox.due().map((e) => e.key)).to.deep.equal(kept ? ['k1'] : []);
        expect(outbox.get('k1') !== undefined).to.equal(kept);
        expect(outbox.nextAttemptAt() !== undefined).to.equal(kept);
        const expired = outbox.takeExpired();
        expect(expired.map((e) => e.key)).to.deep.equal(kept ? [] : ['k1']);
        expect(outbox.takeExpired(), 'taken once').to.deep.equal([]);
      });
    }

    it('takes its own maximum age', () => {
      const c = clock();
      const outbox = createOutbox(new FakeStorage(), { now: c.now, maxAgeMs: 60_000 });
      outbox.add({ key: 'old', endpoint: ENDPOINT, body: BODY });
      c.advance(30_000);
      outbox.add({ key: 'new', endpoint: ENDPOINT, body: BODY });
      c.advance(30_001);
      expect(outbox.takeExpired().map((e) => e.key)).to.deep.equal(['old']);
      expect(outbox.list().map((e) => e.key)).to.deep.equal(['new']);
    });
  });

  it(`keeps at most ${OUTBOX_MAX_ENTRIES} entries, dropping the oldest`, () => {
    const outbox = createOutbox(new FakeStorage());
    for (let i = 0; i < OUTBOX_MAX_ENTRIES + 3; i++) outbox.add({ key: `k${i}`, endpoint: ENDPOINT, body: BODY });
    const keys = outbox.list().map((e) => e.key);
    expect(keys).to.have.length(OUTBOX_MAX_ENTRIES);
    expect(keys[0]).to.equal('k3');
  });

  describe('storage that fails', () => {
    it('keeps entries in memory for the page when setItem throws (quota), and says so', () => {
      const storage = new FakeStorage();
      storage.failSet = true;
      const outbox = createOutbox(storage, { random: () => 0 });
      expect(outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY })).to.equal('memory');
      expect(outbox.persistent).to.equal(false);
      expect(outbox.list().map((e) => e.key)).to.deep.equal(['k1']);
      expect(outbox.recordFailure('k1')!.attempts).to.equal(1);
      expect(outbox.get('k1')!.attempts).to.equal(1);
      expect(storage.stored()).to.equal(undefined);
      outbox.remove('k1');
      expect(outbox.list()).to.deep.equal([]);
    });

    it('goes back to storage once writing works again, without losing what waited in memory', () => {
      const storage = new FakeStorage();
      storage.failSet = true;
      const outbox = createOutbox(storage);
      outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY });
      storage.failSet = false;
      expect(outbox.add({ key: 'k2', endpoint: ENDPOINT, body: BODY })).to.equal('stored');
      expect(outbox.persistent).to.equal(true);
      expect((storage.stored() as { key: string }[]).map((e) => e.key)).to.deep.equal(['k1', 'k2']);
    });

    it('keeps working when getItem throws (storage blocked)', () => {
      const storage = new FakeStorage();
      storage.failGet = true;
      storage.failSet = true;
      const outbox = createOutbox(storage);
      expect(outbox.list()).to.deep.equal([]);
      expect(outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY })).to.equal('memory');
      expect(outbox.list().map((e) => e.key)).to.deep.equal(['k1']);
    });

    it('works without any storage (null)', () => {
      const outbox = createOutbox(null);
      expect(outbox.persistent).to.equal(false);
      expect(outbox.add({ key: 'k1', endpoint: ENDPOINT, body: BODY })).to.equal('memory');
      expect(outbox.due().map((e) => e.key)).to.deep.equal(['k1']);
    });

    const corrupt: readonly [what: string, text: string, kept: string[]][] = [
      ['not JSON', '{oops', []],
      ['not a list', '{"key":"k1"}', []],
      ['null', 'null', []],
      [
        'entries with missing or wrong fields, kept when valid',
        JSON.stringify([
          { key: 'ok', endpoint: ENDPOINT, body: BODY, createdAt: Date.now(), attempts: 0, nextAttemptAt: 0 },
          { key: 'no-body', endpoint: ENDPOINT, createdAt: Date.now(), attempts: 0, nextAttemptAt: 0 },
          { key: 'list-body', endpoint: ENDPOINT, body: [], createdAt: Date.now(), attempts: 0, nextAttemptAt: 0 },
          { key: '', endpoint: ENDPOINT, body: BODY, createdAt: Date.now(), attempts: 0, nextAttemptAt: 0 },
          { key: 'bad-time', endpoint: ENDPOINT, body: BODY, createdAt: 'gisteren', attempts: 0, nextAttemptAt: 0 },
          'k9',
          null,
        ]),
        ['ok'],
      ],
      [
        'an entry with a javascript: endpoint',
        JSON.stringify([
          { key: 'evil', endpoint: 'javascript:alert(1)', body: BODY, createdAt: Date.now(), attempts: 0, nextAttemptAt: 0 },
        ]),
        [],
      ],
    ];
    for (const [what, text, kept] of corrupt) {
      it(`reads stored data that is ${what} without throwing`, () => {
        const storage = new FakeStorage();
        storage.data.set(OUTBOX_STORAGE_KEY, text);
        const outbox = createOutbox(storage);
        expect(outbox.list().map((e) => e.key)).to.deep.equal(kept);
        outbox.add({ key: 'new', endpoint: ENDPOINT, body: BODY });
        expect(outbox.list().map((e) => e.key)).to.deep.equal([...kept, 'new']);
      });
    }
  });
});
