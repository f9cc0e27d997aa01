import type { ScanAnswers } from './scan.js';

/**
 * Where the self-scan keeps answers. In-progress answers stay in the tab (sessionStorage), which is
 * functional storage for a service the person is using. Keeping them across visits (localStorage)
 * happens only when the person asks for it, and expires.
 */
export const STORAGE_KEY = 'otd-self-scan';
export const KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface StoredScan {
  readonly version: 1;
  /** The step the person was on; the result step when finished. */
  readonly step: number;
  readonly answers: ScanAnswers;
  /** The aspects the scan covered, so a stored scan is not resumed by a scan with other aspects. */
  readonly aspects: readonly string[];
  /** When it was saved (ms since epoch). */
  readonly savedAt: number;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read(storage: StorageLike | undefined, now: number, maxAgeMs: number): StoredScan | undefined {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<StoredScan>;
    const fresh = typeof value.savedAt === 'number' && now - value.savedAt <= maxAgeMs;
    if (value.version !== 1 || !fresh || typeof value.step !== 'number' || typeof value.answers !== 'object') {
      storage?.removeItem(STORAGE_KEY);
      return undefined;
    }
    return value as StoredScan;
  } catch {
    return undefined;
  }
}

/** Reads a saved scan: the tab's copy first, then the device's (opt-in) copy while it has not expired. */
export function loadScan(
  session: StorageLike | undefined,
  local: StorageLike | undefined,
  now = Date.now(),
): { scan: StoredScan; keptOnDevice: boolean } | undefined {
  const inTab = read(session, now, Number.POSITIVE_INFINITY);
  const onDevice = read(local, now, KEEP_DAYS * DAY_MS);
  if (inTab) return { scan: inTab, keptOnDevice: Boolean(onDevice) };
  if (onDevice) return { scan: onDevice, keptOnDevice: true };
  return undefined;
}

/** Saves in the tab always, and on the device only with the person's opt-in (else removes it there). */
export function saveScan(
  session: StorageLike | undefined,
  local: StorageLike | undefined,
  scan: StoredScan,
  keepOnDevice: boolean,
): boolean {
  const text = JSON.stringify(scan);
  try {
    session?.setItem(STORAGE_KEY, text);
    if (keepOnDevice) local?.setItem(STORAGE_KEY, text);
    else local?.removeItem(STORAGE_KEY);
    return true;
  } catch {
    // Storage full or blocked (private mode): the scan still works, only without resuming.
    return false;
  }
}

/** Removes every trace of the scan from both storages. */
export function clearScan(session: StorageLike | undefined, local: StorageLike | undefined): void {
  for (const s of [session, local]) {
    try {
      s?.removeItem(STORAGE_KEY);
    } catch {
      // nothing stored, nothing to remove
    }
  }
}

/** Safe access to a storage that may be missing or throw (blocked cookies, sandboxed frames). */
export function storageOf(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    return undefined;
  }
}
