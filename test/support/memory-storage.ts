// Storage doubles for the logic that keeps things in sessionStorage / localStorage: a Map-backed
// one, one that is full and one that is blocked altogether.

import type { StorageLike } from '../../src/logic/storage.js';

/** A Map-backed storage that records which keys were removed. */
export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  readonly removed: string[] = [];
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.removed.push(key);
    this.map.delete(key);
  }
}

/** Storage that is full (setItem throws) but can be read and cleared. */
export class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** Storage that is blocked altogether (cookies off, sandboxed frame): every call throws. */
export const blockedStorage: StorageLike = {
  getItem() {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
};
