/** How long a widget keeps answers on the device when the person opts in. */
export const KEEP_DAYS = 30;

/** Safe access to a storage that may be missing or throw (blocked cookies, sandboxed frames). */
export function storageOf(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    return undefined;
  }
}
