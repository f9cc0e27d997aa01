import { DAY_MS, KEEP_DAYS, type StorageLike } from './storage.js';
import { VersionedStore } from './versioned-store.js';

/**
 * Where the recommender keeps what the person marked "Gedaan". By default nowhere but in memory;
 * only when the person asks for it on the device (localStorage), for at most KEEP_DAYS days.
 */
export const DONE_STORAGE_KEY = 'otd-resource-done';

export interface StoredDone {
  readonly version: 1;
  /** Resource ids marked done. */
  readonly done: readonly string[];
  /** When it was saved (ms since epoch). */
  readonly savedAt: number;
}

const store = new VersionedStore<StoredDone>(
  DONE_STORAGE_KEY,
  (v) => Array.isArray(v.done) && v.done.every((id) => typeof id === 'string'),
);

/** Removes every trace from the device. */
export function clearDone(local: StorageLike | undefined): void {
  store.remove(local);
}

/** Reads what was kept on the device; an expired, malformed or unreadable copy is removed, never returned. */
export function loadDone(local: StorageLike | undefined, now = Date.now()): string[] | undefined {
  const stored = store.read(local, now, KEEP_DAYS * DAY_MS);
  return stored && [...new Set(stored.done)];
}

/** Keeps the done ids on the device (only call it with the person's opt-in). False when storage is full or blocked. */
export function saveDone(local: StorageLike | undefined, done: Iterable<string>, now = Date.now()): boolean {
  return store.write(local, { version: 1, done: [...new Set(done)].sort(), savedAt: now });
}
