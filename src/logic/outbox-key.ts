import type { StorageLike } from './storage.js';

/** Where the signup outbox lives in the page's storage (localStorage). */
export const OUTBOX_STORAGE_KEY = 'otd-signup-outbox';

/**
 * True when a signup saved on an earlier page may wait in the outbox: something is stored under its
 * key. A form checks this on first paint to decide whether the sending code must load now.
 */
export function mayHaveWaitingSignups(storage: StorageLike | undefined): boolean {
  try {
    return Boolean(storage?.getItem(OUTBOX_STORAGE_KEY));
  } catch {
    return false;
  }
}
