/** The part of the Web Storage API the widgets use; `localStorage` fits, and so does a test double. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How long a widget keeps something on the device when the person opts in. */
export const KEEP_DAYS = 30;

/** A day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Safe access to a storage that may be missing or throw (blocked cookies, sandboxed frames). */
export function storageOf(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    return undefined;
  }
}
