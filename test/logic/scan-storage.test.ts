// Where the self-scan keeps answers: the tab always, the device only with the person's opt-in, for
// at most 30 days; and "Wis mijn antwoorden" leaves nothing behind.
import { expect } from '@open-wc/testing';
import { STORAGE_KEY, clearScan, loadScan, saveScan, type StoredScan } from '../../src/logic/scan-storage.js';
import { storageOf } from '../../src/logic/storage.js';
import type { StorageLike } from '../../src/logic/storage.js';
import { blockedStorage, FullStorage, MemoryStorage } from '../support/memory-storage.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2024, 4, 17, 12);

function stored(overrides: Partial<StoredScan> = {}): StoredScan {
  return {
    version: 1,
    step: 3,
    answers: { frequency: 'gt_weekly', general: 'eens', aspects: { juridisch: { competence: 'oneens', knowledgeSource: 'ja' } } },
    aspects: ['juridisch', 'financieel'],
    savedAt: NOW,
    ...overrides,
  };
}

const put = (storage: MemoryStorage, value: unknown) => storage.map.set(STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
const get = (storage: MemoryStorage) => {
  const raw = storage.map.get(STORAGE_KEY);
  return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
};

describe('saveScan', () => {
  it('keeps the answers in the tab only, without the opt-in', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    expect(saveScan(session, local, stored(), false)).to.equal(true);
    expect(get(session)).to.deep.equal(stored());
    expect(local.map.size).to.equal(0);
  });

  it('keeps them on the device too, with the opt-in', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    expect(saveScan(session, local, stored(), true)).to.equal(true);
    expect(get(session)).to.deep.equal(stored());
    expect(get(local)).to.deep.equal(stored());
  });

  it('removes the device copy when the opt-in is turned off', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    saveScan(session, local, stored({ step: 2 }), true);
    expect(saveScan(session, local, stored({ step: 4 }), false)).to.equal(true);
    expect(local.getItem(STORAGE_KEY)).to.equal(null);
    expect(local.removed).to.deep.equal([STORAGE_KEY]);
    expect(get(session)).to.deep.equal(stored({ step: 4 }));
  });

  it('overwrites the previous save', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    saveScan(session, local, stored({ step: 1 }), true);
    saveScan(session, local, stored({ step: 5 }), true);
    expect(get(session)).to.deep.equal(stored({ step: 5 }));
    expect(get(local)).to.deep.equal(stored({ step: 5 }));
  });

  it('leaves other keys alone', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    local.setItem('partner-key', 'x');
    saveScan(session, local, stored(), false);
    expect(local.getItem('partner-key')).to.equal('x');
  });

  const failing: readonly [what: string, session: () => StorageLike, local: () => StorageLike, keep: boolean][] = [
    ['a full tab storage', () => new FullStorage(), () => new MemoryStorage(), false],
    ['a full device storage, with the opt-in', () => new MemoryStorage(), () => new FullStorage(), true],
    ['blocked storage', () => blockedStorage, () => blockedStorage, true],
    ['blocked storage, without the opt-in', () => blockedStorage, () => blockedStorage, false],
  ];
  for (const [what, session, local, keep] of failing) {
    it(`returns false, without throwing, on ${what}`, () => {
      let result: boolean | undefined;
      expect(() => (result = saveScan(session(), local(), stored(), keep))).not.to.throw();
      expect(result).to.equal(false);
    });
  }

  it('returns true and does nothing when there is no storage at all', () => {
    expect(saveScan(undefined, undefined, stored(), true)).to.equal(true);
  });
});

describe('loadScan', () => {
  it('finds nothing in empty storage', () => {
    expect(loadScan(new MemoryStorage(), new MemoryStorage(), NOW)).to.equal(undefined);
    expect(loadScan(undefined, undefined, NOW)).to.equal(undefined);
  });

  it('resumes the tab’s copy, however old (it lives only as long as the tab)', () => {
    const session = new MemoryStorage();
    put(session, stored({ savedAt: NOW - 365 * DAY }));
    expect(loadScan(session, new MemoryStorage(), NOW)).to.deep.equal({ scan: stored({ savedAt: NOW - 365 * DAY }), keptOnDevice: false });
  });

  it('prefers the tab’s copy over the device’s, and says the device keeps one', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    put(session, stored({ step: 5 }));
    put(local, stored({ step: 2, savedAt: NOW - DAY }));
    expect(loadScan(session, local, NOW)).to.deep.equal({ scan: stored({ step: 5 }), keptOnDevice: true });
  });

  const ages: readonly [what: string, ageMs: number, resumed: boolean][] = [
    ['saved just now', 0, true],
    ['a day old', DAY, true],
    ['exactly 30 days old', 30 * DAY, true],
    ['30 days and a millisecond old', 30 * DAY + 1, false],
    ['31 days old', 31 * DAY, false],
    ['a year old', 365 * DAY, false],
  ];
  for (const [what, ageMs, resumed] of ages) {
    it(`${resumed ? 'falls back to' : 'drops and removes'} the device copy ${what}`, () => {
      const local = new MemoryStorage();
      put(local, stored({ savedAt: NOW - ageMs }));
      const result = loadScan(new MemoryStorage(), local, NOW);
      if (resumed) {
        expect(result).to.deep.equal({ scan: stored({ savedAt: NOW - ageMs }), keptOnDevice: true });
        expect(local.map.has(STORAGE_KEY)).to.equal(true);
      } else {
        expect(result).to.equal(undefined);
        expect(local.map.has(STORAGE_KEY)).to.equal(false);
      }
    });
  }


  it('does not report an expired device copy as kept, and removes it, when the tab has one', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    put(session, stored());
    put(local, stored({ savedAt: NOW - 31 * DAY }));
    expect(loadScan(session, local, NOW)).to.deep.equal({ scan: stored(), keptOnDevice: false });
    expect(local.map.has(STORAGE_KEY)).to.equal(false);
  });

  // Copies that are valid JSON but not a scan this version can resume.
  const badShapes: readonly [what: string, value: unknown][] = [
    ['another version', { ...stored(), version: 2 }],
    ['no version', { ...stored(), version: undefined }],
    ['no savedAt', { ...stored(), savedAt: undefined }],
    ['savedAt as text', { ...stored(), savedAt: String(NOW) }],
    ['no step', { ...stored(), step: undefined }],
    ['a step as text', { ...stored(), step: '3' }],
    ['no answers', { ...stored(), answers: undefined }],
    ['answers as text', { ...stored(), answers: 'juridisch' }],
  ];
  for (const [what, value] of badShapes) {
    for (const where of ['session', 'local'] as const) {
      it(`drops and removes a ${where} copy with ${what}`, () => {
        const storages = { session: new MemoryStorage(), local: new MemoryStorage() };
        put(storages[where], value);
        expect(loadScan(storages.session, storages.local, NOW)).to.equal(undefined);
        expect(storages[where].map.has(STORAGE_KEY)).to.equal(false);
      });
    }
  }

  it('falls back to a good device copy when the tab’s copy is of another version', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    put(session, { ...stored({ step: 5 }), version: 2 });
    put(local, stored({ step: 2 }));
    expect(loadScan(session, local, NOW)).to.deep.equal({ scan: stored({ step: 2 }), keptOnDevice: true });
    expect(session.map.has(STORAGE_KEY)).to.equal(false);
  });

  // Copies that are not even the JSON of an object. They are dropped (loadScan returns undefined)
  // but, unlike the bad shapes above, not removed; see the skipped test below.
  const unreadable: readonly [what: string, raw: string][] = [
    ['text that is not JSON', '{"version":1,'],
    ['JSON null', 'null'],
  ];
  for (const [what, raw] of unreadable) {
    it(`drops, without throwing, a copy that is ${what}`, () => {
      const session = new MemoryStorage();
      const local = new MemoryStorage();
      put(session, raw);
      put(local, raw);
      expect(loadScan(session, local, NOW)).to.equal(undefined);
    });

    it(`removes a copy that is ${what}`, () => {
      const session = new MemoryStorage();
      const local = new MemoryStorage();
      put(session, raw);
      put(local, raw);
      loadScan(session, local, NOW);
      expect(session.map.has(STORAGE_KEY)).to.equal(false);
      expect(local.map.has(STORAGE_KEY)).to.equal(false);
    });
  }

  const badButAccepted: readonly [what: string, value: unknown][] = [
    ['answers null', { ...stored(), answers: null }],
    ['no aspects', { ...stored(), aspects: undefined }],
  ];
  for (const [what, value] of badButAccepted) {
    it(`drops and removes a copy with ${what}`, () => {
      const session = new MemoryStorage();
      put(session, value);
      expect(loadScan(session, new MemoryStorage(), NOW)).to.equal(undefined);
      expect(session.map.has(STORAGE_KEY)).to.equal(false);
    });
  }

  it('returns undefined, without throwing, when storage is blocked', () => {
    expect(loadScan(blockedStorage, blockedStorage, NOW)).to.equal(undefined);
  });

  it('falls back to the device copy when the tab storage is blocked', () => {
    const local = new MemoryStorage();
    put(local, stored());
    expect(loadScan(blockedStorage, local, NOW)).to.deep.equal({ scan: stored(), keptOnDevice: true });
  });

  it('round-trips what saveScan wrote', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    saveScan(session, local, stored({ step: 4 }), true);
    expect(loadScan(new MemoryStorage(), local, NOW + DAY)).to.deep.equal({ scan: stored({ step: 4 }), keptOnDevice: true });
    expect(loadScan(session, local, NOW + DAY)).to.deep.equal({ scan: stored({ step: 4 }), keptOnDevice: true });
  });
});

describe('clearScan', () => {
  it('leaves nothing of the scan in either storage', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    saveScan(session, local, stored(), true);
    clearScan(session, local);
    expect(session.map.size).to.equal(0);
    expect(local.map.size).to.equal(0);
    expect(loadScan(session, local, NOW)).to.equal(undefined);
  });

  it('leaves other keys alone', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    session.setItem('partner-key', 'a');
    local.setItem('partner-key', 'b');
    saveScan(session, local, stored(), true);
    clearScan(session, local);
    expect([...session.map.entries()]).to.deep.equal([['partner-key', 'a']]);
    expect([...local.map.entries()]).to.deep.equal([['partner-key', 'b']]);
  });

  it('clears the device even when the tab storage is blocked, and never throws', () => {
    const local = new MemoryStorage();
    put(local, stored());
    expect(() => clearScan(blockedStorage, local)).not.to.throw();
    expect(local.map.size).to.equal(0);
    expect(() => clearScan(blockedStorage, blockedStorage)).not.to.throw();
    expect(() => clearScan(undefined, undefined)).not.to.throw();
  });

  it('leaves nothing in the browser’s real storages', () => {
    const session = storageOf('sessionStorage');
    const local = storageOf('localStorage');
    try {
      expect(saveScan(session, local, stored(), true)).to.equal(true);
      expect(sessionStorage.getItem(STORAGE_KEY)).to.not.equal(null);
      expect(localStorage.getItem(STORAGE_KEY)).to.not.equal(null);
      clearScan(session, local);
      expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    } finally {
      sessionStorage.removeItem(STORAGE_KEY);
      localStorage.removeItem(STORAGE_KEY);
    }
  });
});

describe('storageOf', () => {
  it('returns the browser’s storages', () => {
    expect(storageOf('sessionStorage')).to.equal(window.sessionStorage);
    expect(storageOf('localStorage')).to.equal(window.localStorage);
  });

  for (const kind of ['sessionStorage', 'localStorage'] as const) {
    it(`returns undefined when reading ${kind} throws`, () => {
      const own = Object.getOwnPropertyDescriptor(globalThis, kind);
      Object.defineProperty(globalThis, kind, {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      try {
        expect(() => globalThis[kind]).to.throw();
        expect(storageOf(kind)).to.equal(undefined);
      } finally {
        if (own) Object.defineProperty(globalThis, kind, own);
        else delete (globalThis as Partial<Record<typeof kind, Storage>>)[kind];
      }
      expect(storageOf(kind)).to.equal(globalThis[kind]);
      expect(storageOf(kind)).to.not.equal(undefined);
    });
  }
});
