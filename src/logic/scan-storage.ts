import type { ScanAnswers } from './scan.js';
import { KEEP_DAYS } from './storage.js';

export { KEEP_DAYS };

/**
 * Where the self-scan keeps answers. In-progress answers stay in the tab (sessionStorage), which is
 * functional storage for a service the person is using. Keeping them across visits (localStorage)
 * happens only when the person asks for it, and expires.
 */
export const STORAGE_KEY = 'otd-self-scan';
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

function isStoredScan(value: unknown, now: number, maxAgeMs: number): value is StoredScan {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<StoredScan>;
  return (
    v.version === 1 &&
    typeof v.savedAt === 'number' &&
    now - v.savedAt <= maxAgeMs &&
    typeof v.step === 'number' &&
    v.answers !== null &&
    typeof v.answers === 'object' &&
    typeof v.answers.aspects === 'object' &&
    v.answers.aspects !== null &&
    Array.isArray(v.aspects)
  );
}

function remove(storage: StorageLike | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // blocked storage: nothing we can remove
  }
}

/** Reads one copy; an expired, malformed or unreadable copy is removed, never returned. */
function read(storage: StorageLike | undefined, now: number, maxAgeMs: number): StoredScan | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(STORAGE_KEY);
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
  if (isStoredScan(value, now, maxAgeMs)) return value;
  remove(storage);
  return undefined;
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
  remove(session);
  remove(local);
}
