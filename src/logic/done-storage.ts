import { KEEP_DAYS } from './storage.js';

/**
 * Where the recommender keeps what the person marked "Gedaan". By default nowhere but in memory;
 * only when the person asks for it on the device (localStorage), for at most KEEP_DAYS days.
 */
export const DONE_STORAGE_KEY = 'otd-resource-done';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface StoredDone {
  readonly version: 1;
  /** Resource ids marked done. */
  readonly done: readonly string[];
  /** When it was saved (ms since epoch). */
  readonly savedAt: number;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isStoredDone(value: unknown, now: number): value is StoredDone {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<StoredDone>;
  return (
    v.version === 1 &&
    typeof v.savedAt === 'number' &&
    now - v.savedAt <= KEEP_DAYS * DAY_MS &&
    Array.isArray(v.done) &&
    v.done.every((id) => typeof id === 'string')
  );
}

/** Removes every trace from the device. */
export function clearDone(local: StorageLike | undefined): void {
  try {
    local?.removeItem(DONE_STORAGE_KEY);
  } catch {
    // blocked storage: nothing we can remove
  }
}

/** Reads what was kept on the device; an expired, malformed or unreadable copy is removed, never returned. */
export function loadDone(local: StorageLike | undefined, now = Date.now()): string[] | undefined {
  let raw: string | null | undefined;
  try {
    raw = local?.getItem(DONE_STORAGE_KEY);
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
  if (isStoredDone(value, now)) return [...new Set(value.done)];
  clearDone(local);
  return undefined;
}

/** Keeps the done ids on the device (only call it with the person's opt-in). False when storage is full or blocked. */
export function saveDone(local: StorageLike | undefined, done: Iterable<string>, now = Date.now()): boolean {
  if (!local) return false;
  const stored: StoredDone = { version: 1, done: [...new Set(done)].sort(), savedAt: now };
  try {
    local.setItem(DONE_STORAGE_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
