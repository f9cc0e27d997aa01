/**
 * Sends anonymous shares of a scan to the receiver, the way signups are sent: first kept in an
 * outbox in the browser's storage under a random Idempotency-Key, then posted; when the network or
 * the receiver fails, kept and posted again later (on `online`, on the outbox's backoff schedule, on
 * the next page with a scan), with the same key, so the receiver stores it once. After delivery
 * the outbox forgets the answers; what stays is a salted digest (`shareDigest`), so the same answers
 * are not shared twice from this browser.
 */
import { isSafeUrl, WEB_PROTOCOLS } from '../content/safe-url.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { createOutbox, type Outbox, type OutboxEntry } from './outbox.js';
import { shareDigest, type ScanShare } from './scan-share.js';
import { SHARE_OUTBOX_KEY } from './share-keys.js';
import { DAY_MS, type StorageLike } from './storage.js';
import { VersionedStore, type Stamped } from './versioned-store.js';

/** Where shares wait to be sent (localStorage). */
export { SHARE_OUTBOX_KEY };
/** Where this browser keeps its salt and the digests of what it shared (localStorage). */
export const SHARED_SCANS_KEY = 'otd-shared-scans';
/** How long the digests are kept: a year after the last share. */
export const SHARED_SCANS_MAX_AGE_MS = 365 * DAY_MS;
/** The most digests kept; the oldest go first. */
export const SHARED_SCANS_MAX = 50;
/** How long one POST may take before it counts as failed. */
export const SHARE_TIMEOUT_MS = 10_000;

/** What became of a share the person asked to send. */
export type ShareOutcome =
  /** The receiver has it (201; a retry of the same key gets the same answer). */
  | { readonly kind: 'sent' }
  /** No answer now (offline, a timeout, 429, 5xx): kept in the browser and sent once, later. */
  | { readonly kind: 'queued'; readonly persistent: boolean }
  /** These answers were shared from this browser before (or wait to be sent): nothing was sent. */
  | { readonly kind: 'already_shared' }
  /** The receiver refused it (400, 404, 413, 415, 422): sending it again will not help. */
  | { readonly kind: 'rejected'; readonly httpStatus: number }
  /** The endpoint is not an http(s) URL. */
  | { readonly kind: 'bad_endpoint' };

/** What one attempt to post a share came to. */
export type Attempt = { readonly kind: 'sent' } | { readonly kind: 'retry' } | { readonly kind: 'rejected'; readonly httpStatus: number };

/** Reads the receiver's answer to a share. */
export function classifyShareResponse(status: number): Attempt {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 408 || status === 425 || status === 429 || status >= 500) return { kind: 'retry' };
  return { kind: 'rejected', httpStatus: status };
}

type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status'>>;

/** Posts one waiting share with its key; never throws. */
export async function postShare(fetchFn: FetchLike, entry: Pick<OutboxEntry, 'key' | 'endpoint' | 'body'>, timeoutMs = SHARE_TIMEOUT_MS): Promise<Attempt> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  try {
    const response = await fetchFn(entry.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.key },
      body: JSON.stringify(entry.body),
      // Nothing that could tie the share to the person: no cookies, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller?.signal,
    });
    return classifyShareResponse(response.status);
  } catch {
    return { kind: 'retry' };
  } finally {
    clearTimeout(timer);
  }
}

interface SharedScans extends Stamped {
  /** This browser's random salt for the digests. */
  readonly salt: string;
  /** Digests of what was shared (or waits to be), newest last. */
  readonly digests: readonly string[];
}

const sharedStore = new VersionedStore<SharedScans>(
  SHARED_SCANS_KEY,
  (v) => typeof v.salt === 'string' && /^[0-9a-f]{32}$/.test(v.salt) && Array.isArray(v.digests) && v.digests.every((d) => typeof d === 'string' && /^[0-9a-f]{64}$/.test(d)),
);

function randomSalt(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ShareCourierEnvironment {
  /** localStorage in the browser; null when there is none (shares then wait in memory only). */
  readonly storage: StorageLike | null;
  readonly fetch?: FetchLike;
  /** Where `online` events arrive: the window. */
  readonly events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  readonly now?: () => number;
  /** A number in [0, 1), for the outbox's jitter. */
  readonly random?: () => number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  readonly timeoutMs?: number;
  /** A fresh salt (tests); 16 random bytes in hex by default. */
  readonly salt?: () => string;
}

/** The longest wait a timer can take (setTimeout's limit). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One per page: `share()` when the person chooses to share, `start()` when a scan with a
 * `share-endpoint` is on the page (sends what waits from earlier pages), `stop()` when it leaves.
 */
export class ShareCourier {
  readonly outbox: Outbox;
  private readonly env: ShareCourierEnvironment;
  private readonly inFlight = new Map<string, Promise<Attempt | undefined>>();
  /** Digests kept for this page when storage cannot keep them. */
  private memory?: SharedScans;
  private timer?: unknown;
  private started = false;
  private readonly onOnline = () => void this.flush(true);

  constructor(env: ShareCourierEnvironment) {
    this.env = env;
    this.outbox = createOutbox(env.storage, { storageKey: SHARE_OUTBOX_KEY, now: env.now, random: env.random });
  }

  private get now(): number {
    return (this.env.now ?? Date.now)();
  }

  private readShared(): SharedScans {
    const stored = sharedStore.read(this.env.storage ?? undefined, this.now, SHARED_SCANS_MAX_AGE_MS);
    return stored ?? this.memory ?? { version: 1, savedAt: this.now, salt: (this.env.salt ?? randomSalt)(), digests: [] };
  }

  private writeShared(record: SharedScans): void {
    const kept = { ...record, savedAt: this.now, digests: record.digests.slice(-SHARED_SCANS_MAX) };
    this.memory = sharedStore.write(this.env.storage ?? undefined, kept) ? undefined : kept;
  }

  private digestOf(share: ScanShare, record = this.readShared()): string {
    return shareDigest(share, record.salt);
  }

  /** True when these answers were shared from this browser before, or wait to be sent. */
  hasShared(share: ScanShare): boolean {
    const record = this.readShared();
    return record.digests.includes(this.digestOf(share, record));
  }

  /** How many shares wait to be sent. */
  get waiting(): number {
    return this.outbox.list().length;
  }

  /**
   * Shares a scan: refused gently when these answers were shared from this browser before; else kept
   * in the outbox (so a closed page loses nothing), posted, and settled by the answer.
   */
  async share(endpoint: string, share: ScanShare): Promise<ShareOutcome> {
    if (!isSafeUrl(endpoint, WEB_PROTOCOLS)) return { kind: 'bad_endpoint' };
    const record = this.readShared();
    const digest = this.digestOf(share, record);
    if (record.digests.includes(digest)) return { kind: 'already_shared' };
    this.writeShared({ ...record, digests: [...record.digests, digest] });
    const key = newIdempotencyKey();
    const kept = this.outbox.add({ key, endpoint, body: share as unknown as Readonly<Record<string, unknown>> });
    const attempt = await this.deliver(key);
    if (!attempt || attempt.kind === 'retry') return { kind: 'queued', persistent: kept === 'stored' };
    if (attempt.kind === 'sent') return { kind: 'sent' };
    return attempt;
  }

  /** Sends one waiting share now; undefined when it no longer waits (sent meanwhile). */
  private deliver(key: string): Promise<Attempt | undefined> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const attempt = (async () => {
      const entry = this.outbox.get(key);
      if (!entry) return undefined;
      const result = await postShare(this.env.fetch ?? ((url, init) => fetch(url, init)), entry, this.env.timeoutMs);
      if (result.kind === 'retry') {
        this.outbox.recordFailure(key);
      } else {
        // Delivered or refused for good: the answers leave the browser's storage. A refused share
        // was not stored, so its digest goes too: the person may share these answers again.
        this.outbox.remove(key);
        if (result.kind === 'rejected') this.forget(entry.body as unknown as ScanShare);
      }
      return result;
    })().finally(() => {
      this.inFlight.delete(key);
      this.schedule();
    });
    this.inFlight.set(key, attempt);
    return attempt;
  }

  private forget(share: ScanShare): void {
    const record = this.readShared();
    const digest = this.digestOf(share, record);
    if (record.digests.includes(digest)) this.writeShared({ ...record, digests: record.digests.filter((d) => d !== digest) });
  }

  /** Sends what is due (or, when `force`, everything waiting); shares too old to send are dropped. */
  async flush(force = false): Promise<void> {
    for (const entry of this.outbox.takeExpired()) this.forget(entry.body as unknown as ScanShare);
    const entries = force ? this.outbox.list() : this.outbox.due();
    for (const entry of entries) await this.deliver(entry.key);
    this.schedule();
  }

  /** A scan that shares is on the page: send what waits, and listen for the network to return. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.env.events?.addEventListener('online', this.onOnline);
    void this.flush(true);
  }

  /** The last scan left the page: stop listening and stop the timer. */
  stop(): void {
    this.started = false;
    this.env.events?.removeEventListener('online', this.onOnline);
    this.stopTimer();
  }

  private schedule(): void {
    this.stopTimer();
    const next = this.outbox.nextAttemptAt();
    if (next === undefined || !this.started) return;
    const wait = Math.min(Math.max(0, next - this.now), MAX_TIMER_MS);
    this.timer = (this.env.setTimer ?? setTimeout)(() => {
      this.timer = undefined;
      void this.flush(false);
    }, wait);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) (this.env.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = undefined;
  }
}
