// The page's sender of waiting signups, with its storage, locks, clock, timers and network passed in:
// two tabs are two couriers on one storage; another tab's change is a `storage` event.
import { expect } from '@open-wc/testing';
import { createOutbox, OUTBOX_STORAGE_KEY, type OutboxEntry } from '../../src/logic/outbox.js';
import { Courier, type CourierSubscriber, type Delivery, type LockManagerLike } from '../../src/logic/signup-courier.js';
import type { SendOutcome } from '../../src/logic/signup-transport.js';
import { MemoryStorage } from '../support/memory-storage.js';

const ENDPOINT = 'https://opleiding.example.org/api/signups';
const BODY = { firstName: 'Anna', lastName: 'de Vries', sessionId: 'hengelo-2025-10-07' };
const CONFIRMED: SendOutcome = { kind: 'success', httpStatus: 201, id: 's-1', status: 'confirmed' };
const WAITING: SendOutcome = { kind: 'success', httpStatus: 201, id: 's-2', status: 'waiting_list' };
const OFFLINE: SendOutcome = { kind: 'retry', reason: 'network' };

/** A clock the test moves, and the timers the courier sets on it. */
class FakeClock {
  time = 1_000_000;
  readonly timers: { at: number; ms: number; callback: () => void; handle: number }[] = [];
  private next = 1;
  readonly now = () => this.time;
  readonly setTimer = (callback: () => void, ms: number) => {
    const handle = this.next++;
    this.timers.push({ at: this.time + ms, ms, callback, handle });
    return handle;
  };
  readonly clearTimer = (handle: unknown) => {
    const i = this.timers.findIndex((t) => t.handle === handle);
    if (i >= 0) this.timers.splice(i, 1);
  };
  /** The waits of the timers that are set, in ms. */
  get waits(): number[] {
    return this.timers.map((t) => t.ms);
  }
  /** Moves to the earliest timer and runs it. */
  async fire(): Promise<void> {
    const timer = this.timers.sort((a, b) => a.at - b.at).shift();
    if (!timer) throw new Error('No timer is set');
    this.time = timer.at;
    timer.callback();
    await settle();
  }
}

/** The Web Locks API as one browser has it: one holder per name at a time, across its tabs. */
class FakeLocks implements LockManagerLike {
  readonly requested: string[] = [];
  private readonly held = new Map<string, Promise<unknown>>();
  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    this.requested.push(name);
    const before = this.held.get(name) ?? Promise.resolve();
    const run = before.then(callback, callback);
    this.held.set(name, run.catch(() => undefined));
    return run;
  }
}

/** A network the test answers by hand: each request waits until the test replies. */
class FakeNetwork {
  readonly requests: { entry: OutboxEntry; reply: (outcome: SendOutcome) => void }[] = [];
  readonly send = (entry: OutboxEntry): Promise<SendOutcome> =>
    new Promise((resolve) => this.requests.push({ entry, reply: resolve }));
  /** Answers the oldest open request. */
  async reply(outcome: SendOutcome): Promise<void> {
    const open = this.requests.find((r) => !(r as { done?: boolean }).done) as ({ done?: boolean } & FakeNetwork['requests'][number]) | undefined;
    if (!open) throw new Error('No request is open');
    open.done = true;
    open.reply(outcome);
    await settle();
  }
}

/** Lets every queued promise and microtask run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

/** A form as the courier sees it, recording what it is told. */
class FakeForm implements CourierSubscriber {
  own?: string;
  readonly received: { key: string; outcome: Delivery }[] = [];
  changes = 0;
  ownKey(): string | undefined {
    return this.own;
  }
  receive(entry: OutboxEntry, outcome: Delivery): void {
    this.received.push({ key: entry.key, outcome });
  }
  changed(): void {
    this.changes++;
  }
}

interface Tab {
  readonly courier: Courier;
  readonly events: EventTarget;
  readonly network: FakeNetwork;
}

/** One tab: a courier on the shared storage, clock and locks, with its own network and window events. */
function tab(storage: MemoryStorage, clock: FakeClock, locks?: FakeLocks, random = () => 0): Tab {
  const events = new EventTarget();
  const network = new FakeNetwork();
  const courier = new Courier({
    outbox: createOutbox(storage, { now: clock.now, random }),
    send: network.send,
    events,
    locks,
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
  });
  return { courier, events, network };
}

/** What another tab's write looks like to this one. */
function storageEvent(key: string | null = OUTBOX_STORAGE_KEY): Event {
  return Object.assign(new Event('storage'), { key });
}

describe('Courier', () => {
  let storage: MemoryStorage;
  let clock: FakeClock;

  beforeEach(() => {
    storage = new MemoryStorage();
    clock = new FakeClock();
  });

  it('sends what an earlier page left, when a form arrives, and gives the answer to that form', async () => {
    createOutbox(storage, { now: clock.now }).add({ key: 'k-earlier', endpoint: ENDPOINT, body: BODY });
    const { courier, network } = tab(storage, clock);
    const form = new FakeForm();
    courier.subscribe(form, form);
    await settle();
    expect(network.requests.map((r) => r.entry.key)).to.deep.equal(['k-earlier']);
    await network.reply(CONFIRMED);
    expect(form.received).to.deep.equal([{ key: 'k-earlier', outcome: CONFIRMED }]);
    expect(courier.outbox.list()).to.deep.equal([]);
    expect(storage.getItem(OUTBOX_STORAGE_KEY)).to.equal(null);
  });

  it('keeps a form\'s own signup in storage before the request leaves, and clears it on the answer', async () => {
    const { courier, network } = tab(storage, clock);
    const form = new FakeForm();
    courier.subscribe(form, form);
    await settle();
    const sending = courier.send({ key: 'k-own', endpoint: ENDPOINT, body: BODY });
    await settle();
    expect(JSON.parse(storage.getItem(OUTBOX_STORAGE_KEY)!)).to.have.length(1);
    await network.reply(CONFIRMED);
    expect(await sending).to.deep.equal(CONFIRMED);
    expect(storage.getItem(OUTBOX_STORAGE_KEY)).to.equal(null);
  });

  describe('the backoff schedule', () => {
    it('tries again after 2.5, 5, 10, 20 … seconds (no jitter), up to 5 minutes, and stops when it is sent', async () => {
      const { courier, network } = tab(storage, clock, undefined, () => 0);
      const form = new FakeForm();
      courier.subscribe(form, form);
      await settle();
      form.own = 'k-own';
      const sending = courier.send({ key: 'k-own', endpoint: ENDPOINT, body: BODY });
      await settle();
      await network.reply(OFFLINE);
      expect(await sending).to.deep.equal(OFFLINE);
      const waits: number[] = [clock.waits[0]!];
      for (let attempt = 2; attempt <= 10; attempt++) {
        await clock.fire();
        expect(network.requests, `attempt ${attempt}`).to.have.length(attempt);
        await network.reply(OFFLINE);
        waits.push(clock.waits[0]!);
      }
      expect(waits).to.deep.equal([2_500, 5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
      // Every retry goes to the form whose signup it is, with the same key.
      expect(form.received.map((r) => r.key)).to.deep.equal(Array(9).fill('k-own'));
      await clock.fire();
      await network.reply(CONFIRMED);
      expect(clock.timers).to.deep.equal([]);
      expect(form.received.at(-1)).to.deep.equal({ key: 'k-own', outcome: CONFIRMED });
    });

    it('sends everything waiting at once on `online`, without waiting for the timer', async () => {
      const { courier, network, events } = tab(storage, clock);
      const form = new FakeForm();
      courier.subscribe(form, form);
      await settle();
      void courier.send({ key: 'k-own', endpoint: ENDPOINT, body: BODY });
      await settle();
      await network.reply(OFFLINE);
      expect(clock.waits).to.deep.equal([2_500]);
      events.dispatchEvent(new Event('online'));
      await settle();
      expect(network.requests).to.have.length(2);
      await network.reply(CONFIRMED);
      expect(clock.timers).to.deep.equal([]);
    });

    it('stops its timer and listeners when the last form leaves', async () => {
      const { courier, network, events } = tab(storage, clock);
      const form = new FakeForm();
      courier.subscribe(form, form);
      await settle();
      void courier.send({ key: 'k-own', endpoint: ENDPOINT, body: BODY });
      await settle();
      await network.reply(OFFLINE);
      expect(clock.timers).to.have.length(1);
      courier.unsubscribe(form);
      expect(clock.timers).to.deep.equal([]);
      events.dispatchEvent(new Event('online'));
      await settle();
      expect(network.requests).to.have.length(1);
    });
  });

  describe('two forms on one page', () => {
    it('gives each form the answer for its own signup, and a signup of an earlier page to the first form', async () => {
      createOutbox(storage, { now: clock.now }).add({ key: 'k-earlier', endpoint: ENDPOINT, body: BODY });
      const { courier, network, events } = tab(storage, clock);
      const first = new FakeForm();
      const second = new FakeForm();
      courier.subscribe(first, first);
      courier.subscribe(second, second);
      await settle();
      // One flush for both arrivals: the earlier signup is sent once.
      expect(network.requests.map((r) => r.entry.key)).to.deep.equal(['k-earlier']);
      await network.reply(OFFLINE);
      second.own = 'k-second';
      void courier.send({ key: 'k-second', endpoint: ENDPOINT, body: { ...BODY, firstName: 'Bram' } });
      await settle();
      await network.reply(OFFLINE);
      events.dispatchEvent(new Event('online'));
      await settle();
      expect(network.requests.slice(2).map((r) => r.entry.key)).to.deep.equal(['k-earlier']);
      await network.reply(CONFIRMED);
      expect(network.requests.slice(3).map((r) => r.entry.key)).to.deep.equal(['k-second']);
      await network.reply(WAITING);
      expect(first.received.map((r) => [r.key, r.outcome.kind])).to.deep.equal([
        ['k-earlier', 'retry'],
        ['k-earlier', 'success'],
      ]);
      expect(second.received).to.deep.equal([{ key: 'k-second', outcome: WAITING }]);
      expect(first.changes).to.be.above(0);
      expect(second.changes).to.be.above(0);
    });
  });

  describe('across tabs', () => {
    it('one attempt per key across tabs: the lock lets only one tab send it', async () => {
      createOutbox(storage, { now: clock.now }).add({ key: 'k-earlier', endpoint: ENDPOINT, body: BODY });
      const locks = new FakeLocks();
      const a = tab(storage, clock, locks);
      const b = tab(storage, clock, locks);
      const formA = new FakeForm();
      const formB = new FakeForm();
      a.courier.subscribe(formA, formA);
      b.courier.subscribe(formB, formB);
      await settle();
      expect(locks.requested).to.deep.equal(['otd-signup-k-earlier', 'otd-signup-k-earlier']);
      expect(a.network.requests.length + b.network.requests.length).to.equal(1);
      const sender = a.network.requests.length ? a : b;
      await sender.network.reply(CONFIRMED);
      expect(a.network.requests.length + b.network.requests.length).to.equal(1);
      expect([...formA.received, ...formB.received]).to.deep.equal([{ key: 'k-earlier', outcome: CONFIRMED }]);
    });

    it('a form whose signup another tab sent learns the real answer on the storage event (a waiting-list place, not "confirmed")', async () => {
      const locks = new FakeLocks();
      const a = tab(storage, clock, locks);
      const b = tab(storage, clock, locks);
      const formA = new FakeForm();
      const formB = new FakeForm();
      a.courier.subscribe(formA, formA);
      b.courier.subscribe(formB, formB);
      await settle();
      // Tab A sends its own signup, and it fails: it waits in the outbox.
      formA.own = 'k-a';
      void a.courier.send({ key: 'k-a', endpoint: ENDPOINT, body: BODY });
      await settle();
      await a.network.reply(OFFLINE);
      // Tab B comes back online first and sends it: the receiver puts it on the waiting list.
      b.events.dispatchEvent(new Event('online'));
      await settle();
      await b.network.reply(WAITING);
      expect(storage.getItem(OUTBOX_STORAGE_KEY)).to.equal(null);
      // Tab A hears of the change and asks the receiver again with the same key and body.
      a.events.dispatchEvent(storageEvent());
      await settle();
      expect(a.network.requests.map((r) => r.entry.key)).to.deep.equal(['k-a', 'k-a']);
      expect(a.network.requests[1]!.entry.body).to.deep.equal(BODY);
      await a.network.reply(WAITING);
      expect(formA.received.at(-1)).to.deep.equal({ key: 'k-a', outcome: WAITING });
    });

    it('a form that sends while another tab already sent the same signup reports the receiver\'s answer, not "confirmed"', async () => {
      const locks = new FakeLocks();
      const a = tab(storage, clock, locks);
      const b = tab(storage, clock, locks);
      const formA = new FakeForm();
      const formB = new FakeForm();
      a.courier.subscribe(formA, formA);
      b.courier.subscribe(formB, formB);
      await settle();
      // A keeps its signup and asks for the lock; B took the lock first (its flush) and sends it.
      formA.own = 'k-a';
      createOutbox(storage, { now: clock.now }).add({ key: 'k-a', endpoint: ENDPOINT, body: BODY });
      const flushB = b.courier.flush(true);
      const sendingA = a.courier.send({ key: 'k-a', endpoint: ENDPOINT, body: BODY });
      await settle();
      await b.network.reply(WAITING);
      await flushB;
      // A finds it gone and asks the receiver with the same key: the receiver answers as the first time.
      await settle();
      await a.network.reply(WAITING);
      expect(await sendingA).to.deep.equal(WAITING);
    });

    it('ignores storage events for other keys', async () => {
      const a = tab(storage, clock);
      const formA = new FakeForm();
      a.courier.subscribe(formA, formA);
      await settle();
      const before = formA.changes;
      a.events.dispatchEvent(storageEvent('otd-self-scan'));
      await settle();
      expect(formA.changes).to.equal(before);
      a.events.dispatchEvent(storageEvent(null));
      await settle();
      expect(formA.changes).to.be.above(before);
    });
  });

  it('hands a signup older than seven days to the form as expired, without sending it', async () => {
    createOutbox(storage, { now: clock.now }).add({ key: 'k-old', endpoint: ENDPOINT, body: BODY });
    clock.time += 7 * 24 * 60 * 60 * 1000 + 1;
    const { courier, network } = tab(storage, clock);
    const form = new FakeForm();
    courier.subscribe(form, form);
    await settle();
    expect(network.requests).to.deep.equal([]);
    expect(form.received).to.deep.equal([{ key: 'k-old', outcome: { kind: 'expired' } }]);
  });
});
