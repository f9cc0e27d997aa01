import type { StorageLike } from './storage.js';

/** What every versioned record carries: its shape's version, and when it was saved (ms since the epoch). */
export interface Stamped {
  readonly version: 1;
  readonly savedAt: number;
}

/**
 * One record under one key, as JSON with a version and the time it was saved. Reading never throws
 * and never returns what it cannot vouch for: a copy that is expired, malformed, of another version
 * or unreadable is removed and read as nothing. Writing says whether it worked (storage full or
 * blocked: it did not).
 */
export class VersionedStore<T extends Stamped> {
  constructor(
    readonly key: string,
    /** True when the parsed value (version and age already checked) has the record's shape. */
    private readonly hasShape: (value: Partial<T>) => boolean,
  ) {}

  /** The record, when it is there, valid and at most `maxAgeMs` old at `now`. */
  read(storage: StorageLike | undefined, now: number, maxAgeMs = Number.POSITIVE_INFINITY): T | undefined {
    let raw: string | null | undefined;
    try {
      raw = storage?.getItem(this.key);
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (this.isValid(value, now, maxAgeMs)) return value;
    this.remove(storage);
    return undefined;
  }

  write(storage: StorageLike | undefined, record: T): boolean {
    if (!storage) return false;
    try {
      storage.setItem(this.key, JSON.stringify(record));
      return true;
    } catch {
      return false;
    }
  }

  remove(storage: StorageLike | undefined): void {
    try {
      storage?.removeItem(this.key);
    } catch {
      // blocked storage: nothing we can remove
    }
  }

  private isValid(value: unknown, now: number, maxAgeMs: number): value is T {
    if (value === null || typeof value !== 'object') return false;
    const v = value as Partial<T>;
    return v.version === 1 && typeof v.savedAt === 'number' && now - v.savedAt <= maxAgeMs && this.hasShape(v);
  }
}
