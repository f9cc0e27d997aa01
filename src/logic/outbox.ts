import { isSafeUrl, WEB_PROTOCOLS } from '../content/safe-url.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { OUTBOX_STORAGE_KEY } from './outbox-key.js';
import type { StorageLike } from './storage.js';


/** One signup waiting to be sent: the body exactly as it will be posted, under its Idempotency-Key. */
export interface OutboxEntry {
  /** The Idempotency-Key, one per signup draft; every retry sends the same one. */
  readonly key: string;
  /** The absolute http(s) URL to post to. */
  readonly endpoint: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** When the person pressed the button (ms since the epoch). */
  readonly createdAt: number;
  /** Failed attempts so far. */
  readonly attempts: number;
  /** The earliest time of the next automatic attempt (ms since the epoch). */
  readonly nextAttemptAt: number;
}

export { newIdempotencyKey, OUTBOX_STORAGE_KEY };
/** A signup older than this is no longer sent automatically: the person is asked to check it and send it again. */
export const OUTBOX_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** The first retry comes after 2.5–5 s, and the wait doubles from there ... */
export const RETRY_BASE_MS = 5_000;
/** ... up to 5–10 minutes. */
export const RETRY_MAX_MS = 10 * 60 * 1000;
/** More than this many waiting signups on one device means something is wrong; the oldest go. */
export const OUTBOX_MAX_ENTRIES = 20;

export interface OutboxOptions {
  readonly storageKey?: string;
  readonly maxAgeMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly now?: () => number;
  /** A number in [0, 1), for the jitter. */
  readonly random?: () => number;
}

/**
 * The wait before attempt `failures + 1`: exponential backoff with "equal jitter", so it is never
 * zero and retries from many devices spread out. `random` is in [0, 1).
 */
export function backoffDelay(
  failures: number,
  random: number,
  baseMs: number = RETRY_BASE_MS,
  maxMs: number = RETRY_MAX_MS,
): number {
  const n = Math.max(1, Math.trunc(failures) || 1);
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}

export interface Outbox {
  /** Every waiting signup that is not too old, oldest first. */
  list(): OutboxEntry[];
  get(key: string): OutboxEntry | undefined;
  /**
   * Keeps a signup until it has been sent (the same key replaces an earlier entry).
   * `stored` when it is in storage, so it survives a reload; `memory` when storage failed and it
   * lives only as long as the page.
   */
  add(entry: { key: string; endpoint: string; body: Readonly<Record<string, unknown>> }): 'stored' | 'memory';
  remove(key: string): void;
  /** Counts a failed attempt and sets the time of the next one; the entry, or undefined if it is gone. */
  recordFailure(key: string): OutboxEntry | undefined;
  /** The entries whose next attempt time has come. */
  due(): OutboxEntry[];
  /** The earliest next attempt time, or undefined when nothing waits. */
  nextAttemptAt(): number | undefined;
  /** Removes and returns the entries older than the maximum age. */
  takeExpired(): OutboxEntry[];
  /** False while storage fails: entries then last only as long as the page. */
  readonly persistent: boolean;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e['key'] === 'string' &&
    e['key'].length > 0 &&
    e['key'].length <= 200 &&
    typeof e['endpoint'] === 'string' &&
    isSafeUrl(e['endpoint'], WEB_PROTOCOLS) &&
    typeof e['body'] === 'object' &&
    e['body'] !== null &&
    !Array.isArray(e['body']) &&
    Number.isFinite(e['createdAt']) &&
    Number.isFinite(e['attempts']) &&
    Number.isFinite(e['nextAttemptAt'])
  );
}

/**
 * The signup outbox: signups the person asked to send that have not been answered yet, kept in
 * `storage` (localStorage in the browser) so they survive a reload and are sent, with the same
 * Idempotency-Key, from any page the form is on. Storage that is missing, full or throwing never
 * breaks it: the entries then live in memory for as long as the page is open (or until storage
 * works again).
 */
export function createOutbox(storage: StorageLike | null, options: OutboxOptions = {}): Outbox {
  const storageKey = options.storageKey ?? OUTBOX_STORAGE_KEY;
  const maxAge = options.maxAgeMs ?? OUTBOX_MAX_AGE_MS;
  const base = options.baseDelayMs ?? RETRY_BASE_MS;
  const max = options.maxDelayMs ?? RETRY_MAX_MS;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  /** Set while storage fails: the page's own copy, used instead of storage until a write works again. */
  let memory: OutboxEntry[] | null = storage ? null : [];

  function readAll(): OutboxEntry[] {
    if (memory) return memory;
    let text: string | null;
    try {
      text = storage!.getItem(storageKey);
    } catch {
      memory = [];
      return memory;
    }
    if (!text) return [];
    try {
      const data: unknown = JSON.parse(text);
      return Array.isArray(data) ? data.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  /** Writes to storage when it works (again); otherwise the page keeps its own copy. */
  function writeAll(entries: OutboxEntry[]): void {
    const kept = entries.slice(-OUTBOX_MAX_ENTRIES);
    if (!storage) {
      memory = kept;
      return;
    }
    try {
      if (kept.length) storage.setItem(storageKey, JSON.stringify(kept));
      else storage.removeItem(storageKey);
      memory = null;
    } catch {
      memory = kept;
    }
  }

  const fresh = (e: OutboxEntry) => now() - e.createdAt <= maxAge;

  return {
    list: () => readAll().filter(fresh),
    get: (key) => readAll().find((e) => e.key === key && fresh(e)),
    add({ key, endpoint, body }) {
      const t = now();
      const entries = readAll().filter((e) => e.key !== key);
      entries.push({ key, endpoint, body, createdAt: t, attempts: 0, nextAttemptAt: t });
      writeAll(entries);
      return memory ? 'memory' : 'stored';
    },
    remove(key) {
      const entries = readAll();
      if (entries.some((e) => e.key === key)) writeAll(entries.filter((e) => e.key !== key));
    },
    recordFailure(key) {
      let updated: OutboxEntry | undefined;
      const entries = readAll().map((e) => {
        if (e.key !== key) return e;
        const attempts = e.attempts + 1;
        updated = { ...e, attempts, nextAttemptAt: now() + backoffDelay(attempts, random(), base, max) };
        return updated;
      });
      if (updated) writeAll(entries);
      return updated;
    },
    due() {
      const t = now();
      return readAll().filter((e) => fresh(e) && e.nextAttemptAt <= t);
    },
    nextAttemptAt() {
      const times = readAll().filter(fresh).map((e) => e.nextAttemptAt);
      return times.length ? Math.min(...times) : undefined;
    },
    takeExpired() {
      const entries = readAll();
      const expired = entries.filter((e) => !fresh(e));
      if (expired.length) writeAll(entries.filter(fresh));
      return expired;
    },
    get persistent() {
      return memory === null;
    },
  };
}
