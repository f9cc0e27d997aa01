import type { ScanAnswers } from './scan.js';
import { DAY_MS, KEEP_DAYS, type StorageLike } from './storage.js';
import { VersionedStore } from './versioned-store.js';

/**
 * Where the self-scan keeps answers. In-progress answers stay in the tab (sessionStorage), which is
 * functional storage for a service the person is using. Keeping them across visits (localStorage)
 * happens only when the person asks for it, and expires.
 */
export const STORAGE_KEY = 'otd-self-scan';

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

const store = new VersionedStore<StoredScan>(
  STORAGE_KEY,
  (v) =>
    typeof v.step === 'number' &&
    v.answers !== null &&
    typeof v.answers === 'object' &&
    typeof v.answers.aspects === 'object' &&
    v.answers.aspects !== null &&
    Array.isArray(v.aspects),
);

/** Reads a saved scan: the tab's copy first, then the device's (opt-in) copy while it has not expired. */
export function loadScan(
  session: StorageLike | undefined,
  local: StorageLike | undefined,
  now = Date.now(),
): { scan: StoredScan; keptOnDevice: boolean } | undefined {
  const inTab = store.read(session, now);
  const onDevice = store.read(local, now, KEEP_DAYS * DAY_MS);
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
  // The tab's copy first: when it cannot be written, storage is full or blocked and the scan works
  // without resuming. The device's copy only with the person's opt-in; without it, none is left there.
  // A storage that is not there at all (no Web Storage) is no failure: there is nothing to keep.
  if (session && !store.write(session, scan)) return false;
  if (!keepOnDevice) {
    store.remove(local);
    return true;
  }
  return !local || store.write(local, scan);
}

/** Removes every trace of the scan from both storages. */
export function clearScan(session: StorageLike | undefined, local: StorageLike | undefined): void {
  store.remove(session);
  store.remove(local);
}
