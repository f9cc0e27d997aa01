// "Gedaan" stays in memory unless the person asks to keep it on the device, for at most 30 days;
// bad, old or blocked storage never breaks the recommender.
import { expect } from '@open-wc/testing';
import { clearDone, DONE_STORAGE_KEY, loadDone, saveDone } from '../../src/logic/done-storage.js';
import { blockedStorage, FullStorage, MemoryStorage } from '../support/memory-storage.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2024, 4, 17, 12);

describe('saveDone / loadDone', () => {
  it('round-trips the done ids, once each, sorted', () => {
    const local = new MemoryStorage();
    expect(saveDone(local, ['ss-9.6-1', 'ss-9.2-1', 'ss-9.2-1'], NOW)).to.equal(true);
    expect(JSON.parse(local.map.get(DONE_STORAGE_KEY)!)).to.deep.equal({
      version: 1,
      done: ['ss-9.2-1', 'ss-9.6-1'],
      savedAt: NOW,
    });
    expect(loadDone(local, NOW + DAY)).to.deep.equal(['ss-9.2-1', 'ss-9.6-1']);
  });

  it('keeps an empty list (the opt-in without anything done yet)', () => {
    const local = new MemoryStorage();
    saveDone(local, [], NOW);
    expect(loadDone(local, NOW)).to.deep.equal([]);
  });

  it('returns nothing when nothing was kept', () => {
    expect(loadDone(new MemoryStorage(), NOW)).to.equal(undefined);
    expect(loadDone(undefined, NOW)).to.equal(undefined);
  });

  const bad: readonly [name: string, raw: string, age?: number][] = [
    ['not JSON', '{'],
    ['null', 'null'],
    ['a number', '42'],
    ['another version', JSON.stringify({ version: 2, done: [], savedAt: NOW })],
    ['no savedAt', JSON.stringify({ version: 1, done: [] })],
    ['done not a list', JSON.stringify({ version: 1, done: 'ss-9.2-1', savedAt: NOW })],
    ['an id that is not text', JSON.stringify({ version: 1, done: [1], savedAt: NOW })],
    ['older than the keep period', JSON.stringify({ version: 1, done: ['ss-9.2-1'], savedAt: NOW }), 30 * DAY + 1],
    ['31 days old', JSON.stringify({ version: 1, done: ['ss-9.2-1'], savedAt: NOW }), 31 * DAY],
  ];
  for (const [name, raw, age = 0] of bad) {
    it(`removes and ignores a stored copy that is ${name}`, () => {
      const local = new MemoryStorage();
      local.map.set(DONE_STORAGE_KEY, raw);
      expect(loadDone(local, NOW + age)).to.equal(undefined);
      expect(local.map.has(DONE_STORAGE_KEY)).to.equal(false);
    });
  }

  it('keeps a copy on the last day of the keep period', () => {
    const local = new MemoryStorage();
    saveDone(local, ['ss-9.2-1'], NOW);
    expect(loadDone(local, NOW + 30 * DAY)).to.deep.equal(['ss-9.2-1']);
  });

  it('survives full and blocked storage', () => {
    expect(saveDone(new FullStorage(), ['x'], NOW)).to.equal(false);
    expect(saveDone(blockedStorage, ['x'], NOW)).to.equal(false);
    expect(saveDone(undefined, ['x'], NOW)).to.equal(false);
    expect(loadDone(blockedStorage, NOW)).to.equal(undefined);
    expect(() => clearDone(blockedStorage)).not.to.throw();
  });
});

describe('clearDone', () => {
  it('removes every trace', () => {
    const local = new MemoryStorage();
    saveDone(local, ['ss-9.2-1'], NOW);
    clearDone(local);
    expect(local.map.size).to.equal(0);
    expect(() => clearDone(undefined)).not.to.throw();
  });
});
