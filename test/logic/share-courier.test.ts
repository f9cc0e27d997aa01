import { expect } from '@open-wc/testing';
import {
  classifyShareResponse,
  SHARE_OUTBOX_KEY,
  SHARED_SCANS_KEY,
  ShareCourier,
  type ShareCourierEnvironment,
} from '../../src/logic/share-courier.js';
import { shareOf } from '../../src/logic/scan-share.js';
import { OUTBOX_MAX_AGE_MS } from '../../src/logic/outbox.js';
import { MemoryStorage, blockedStorage } from '../support/memory-storage.js';
import { scanResult } from '../support/scan-result.js';

const ENDPOINT = 'https://regio.example.org/api/scan-results';
const SALT = '00112233445566778899aabbccddeeff';

interface Call {
  url: string;
  init: RequestInit;
}

/** A receiver double: answers each POST with the next status (or throws for 'offline'). */
function receiver(...answers: (number | 'offline')[]) {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (next === 'offline') throw new TypeError('Failed to fetch');
    return { status: next };
  };
  return { calls, fetch };
}

function courier(storage: MemoryStorage | null, fetch: ShareCourierEnvironment['fetch'], extra: Partial<ShareCourierEnvironment> = {}) {
  let now = Date.UTC(2026, 2, 15, 10);
  const timers: { callback: () => void; ms: number }[] = [];
  const events = new EventTarget();
  const c = new ShareCourier({
    storage,
    fetch,
    events,
    now: () => now,
    random: () => 0.5,
    salt: () => SALT,
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => undefined,
    ...extra,
  });
  return { c, events, timers, advance: (ms: number) => void (now += ms) };
}

const share = (overrides: Parameters<typeof scanResult>[0] = {}, municipality?: 'enschede') =>
  shareOf(scanResult(overrides), { month: '2026-03', ...(municipality ? { municipality } : {}) });

describe('ShareCourier', () => {
  it('posts the share with a random Idempotency-Key, no cookies and no referrer, and keeps no answers after delivery', async () => {
    const storage = new MemoryStorage();
    const { calls, fetch } = receiver(201);
    const { c } = courier(storage, fetch);
    const s = share({}, 'enschede');
    expect(await c.share(ENDPOINT, s)).to.deep.equal({ kind: 'sent' });
    expect(calls).to.have.length(1);
    const { url, init } = calls[0]!;
    expect(url).to.equal(ENDPOINT);
    expect(init.method).to.equal('POST');
    expect(init.credentials).to.equal('omit');
    expect(init.referrerPolicy).to.equal('no-referrer');
    const headers = init.headers as Record<string, string>;
    expect(headers['Idempotency-Key']).to.match(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(String(init.body))).to.deep.equal(s);
    // The outbox is empty; what stays is a salt and a digest, no answer.
    expect(storage.map.get(SHARE_OUTBOX_KEY)).to.equal(undefined);
    const kept = storage.map.get(SHARED_SCANS_KEY)!;
    expect(JSON.parse(kept).digests).to.have.length(1);
    expect(kept).not.to.match(/eens|gt_monthly|enschede|2026-03|juridisch/);
  });

  it('refuses the same answers a second time in this browser, also in another month or municipality, without sending', async () => {
    const storage = new MemoryStorage();
    const { calls, fetch } = receiver(201);
    const first = courier(storage, fetch).c;
    expect((await first.share(ENDPOINT, share())).kind).to.equal('sent');
    const later = courier(storage, fetch).c; // a later page
    expect(later.hasShared(share())).to.equal(true);
    expect(await later.share(ENDPOINT, { ...share(), month: '2026-04', municipality: 'losser' })).to.deep.equal({ kind: 'already_shared' });
    expect(calls).to.have.length(1);
    // Other answers are other answers.
    expect(later.hasShared(share({ aspects: { juridisch: { escalation: 'nee' } } }))).to.equal(false);
    expect((await later.share(ENDPOINT, share({ aspects: { juridisch: { escalation: 'nee' } } }))).kind).to.equal('sent');
    expect(calls).to.have.length(2);
  });

  it('queues a share while offline and sends it once when the network returns, with the same key', async () => {
    const storage = new MemoryStorage();
    const { calls, fetch } = receiver('offline', 'offline', 201);
    const { c, events } = courier(storage, fetch);
    c.start();
    await Promise.resolve();
    expect(await c.share(ENDPOINT, share())).to.deep.equal({ kind: 'queued', persistent: true });
    expect(c.waiting).to.equal(1);
    // Refused while it waits, too.
    expect((await c.share(ENDPOINT, share())).kind).to.equal('already_shared');
    // A later page sends it (and only once, however often it is asked).
    const next = courier(storage, fetch).c;
    await next.flush(true); // still offline
    expect(next.waiting).to.equal(1);
    events.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 0));
    await c.flush(true);
    await next.flush(true);
    expect(c.waiting).to.equal(0);
    const keys = calls.map((call) => (call.init.headers as Record<string, string>)['Idempotency-Key']);
    expect(calls).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    expect(storage.map.get(SHARE_OUTBOX_KEY)).to.equal(undefined);
    c.stop();
  });

  it('retries on 429 and 5xx, gives up on 422 and forgets the digest so the person may share again', async () => {
    const { calls, fetch } = receiver(503, 422);
    const storage = new MemoryStorage();
    const { c, timers, advance } = courier(storage, fetch);
    c.start();
    expect((await c.share(ENDPOINT, share())).kind).to.equal('queued');
    expect(timers.at(-1)!.ms).to.be.greaterThan(0);
    advance(60_000);
    await c.flush(false);
    expect(calls).to.have.length(2);
    expect(c.waiting).to.equal(0);
    expect(c.hasShared(share())).to.equal(false);
    c.stop();
  });

  it('drops a share that waited longer than a week, and its digest', async () => {
    const { fetch } = receiver('offline');
    const storage = new MemoryStorage();
    const { c, advance } = courier(storage, fetch);
    await c.share(ENDPOINT, share());
    advance(OUTBOX_MAX_AGE_MS + 1);
    await c.flush(true);
    expect(c.waiting).to.equal(0);
    expect(c.hasShared(share())).to.equal(false);
  });

  it('works without storage for as long as the page is open', async () => {
    const { fetch } = receiver('offline');
    const { c } = courier(blockedStorage as unknown as MemoryStorage, fetch);
    expect(await c.share(ENDPOINT, share())).to.deep.equal({ kind: 'queued', persistent: false });
    expect((await c.share(ENDPOINT, share())).kind).to.equal('already_shared');
  });

  it('posts only to http(s) endpoints', async () => {
    const { calls, fetch } = receiver(201);
    const { c } = courier(new MemoryStorage(), fetch);
    expect(await c.share('javascript:alert(1)', share())).to.deep.equal({ kind: 'bad_endpoint' });
    expect(await c.share('/api/scan-results', share())).to.deep.equal({ kind: 'bad_endpoint' });
    expect(calls).to.have.length(0);
  });

  it('classifies the receiver\'s answers', () => {
    expect(classifyShareResponse(201)).to.deep.equal({ kind: 'sent' });
    for (const s of [408, 425, 429, 500, 503]) expect(classifyShareResponse(s).kind, String(s)).to.equal('retry');
    for (const s of [400, 404, 413, 415, 422]) expect(classifyShareResponse(s)).to.deep.equal({ kind: 'rejected', httpStatus: s });
  });
});
