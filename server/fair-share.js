/**
 * The fair-share guard: at most N seats per client address per session within a sliding hour, so
 * one visitor (or one script within the rate limit) cannot book out a session. Counted in memory
 * only, like the rate limiter: no address is written to disk, and the counts start again when the
 * receiver restarts.
 */

/** Seats one client address may take per session within `SEAT_WINDOW_MS`, unless configured. */
export const DEFAULT_SEATS_PER_CLIENT = 3;

/** The window the seats are counted in. */
export const SEAT_WINDOW_MS = 60 * 60 * 1000;

export class SeatLedger {
  /**
   * @param {number} limit  seats per client address per session per window; 0 turns the guard off
   * @param {number} [windowMs]
   */
  constructor(limit, windowMs = SEAT_WINDOW_MS) {
    if (!Number.isInteger(limit) || limit < 0) {
      throw new TypeError(`seatsPerClient must be a whole number (0 turns the guard off), not ${limit}`);
    }
    this.limit = limit;
    this.windowMs = windowMs;
    /** @type {Map<string, number[]>} client address and session → times a seat was taken, oldest first */
    this.taken = new Map();
    this.lastSweep = 0;
  }

  /**
   * @param {string} client
   * @param {string} sessionId
   */
  static key(client, sessionId) {
    return `${sessionId}\n${client}`;
  }

  /**
   * The times still inside the window for this key (and forgets the older ones).
   * @param {string} key
   * @param {number} now  ms
   */
  recent(key, now) {
    const times = this.taken.get(key);
    if (!times) return [];
    const from = now - this.windowMs;
    while (times.length && times[0] <= from) times.shift();
    if (!times.length) this.taken.delete(key);
    return times;
  }

  /**
   * Whether the client may take one more seat in the session now; when not, how many seconds until
   * the oldest of its seats leaves the window.
   * @param {string} client
   * @param {string} sessionId
   * @param {number} now  ms
   * @returns {{ ok: true } | { ok: false, retryAfterSeconds: number }}
   */
  check(client, sessionId, now) {
    if (this.limit === 0) return { ok: true };
    const times = this.recent(SeatLedger.key(client, sessionId), now);
    if (times.length < this.limit) return { ok: true };
    const oldest = times[times.length - this.limit];
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
  }

  /**
   * Counts a seat the client took.
   * @param {string} client
   * @param {string} sessionId
   * @param {number} now  ms
   */
  record(client, sessionId, now) {
    if (this.limit === 0) return;
    const key = SeatLedger.key(client, sessionId);
    const times = this.recent(key, now);
    times.push(now);
    this.taken.set(key, times);
    // Now and then, forget every key whose seats have all left the window, so memory stays small.
    if (now - this.lastSweep > this.windowMs) {
      this.lastSweep = now;
      for (const k of [...this.taken.keys()]) this.recent(k, now);
    }
  }
}
