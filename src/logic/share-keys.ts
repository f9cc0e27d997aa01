/**
 * Where shared scans wait in the browser, apart from the courier, so a scan can tell whether
 * anything waits (and only then load the courier) without loading it.
 */
export const SHARE_OUTBOX_KEY = 'otd-share-outbox';
