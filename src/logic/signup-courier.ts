import { OUTBOX_STORAGE_KEY } from './outbox-key.js';
import type { Outbox, OutboxEntry } from './outbox.js';
import type { SendOutcome } from './signup-transport.js';

/** What became of a waiting signup: the receiver's answer, or too old to send without asking. */
export type Delivery = SendOutcome | { readonly kind: 'expired' };

/** A form on the page that the courier reports to. */
export interface CourierSubscriber {
  /** The key of the form's own signup while it is being sent or waits to be; else undefined. */
  ownKey(): string | undefined;
  /** A delivery for the form's own signup, or for a signup saved on an earlier page. */
  receive(entry: OutboxEntry, outcome: Delivery): void;
  /** The outbox changed (here or in another tab): what waits may be different now. */
  changed(): void;
}

/** The Web Locks API, or a stand-in for tests. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface CourierEnvironment {
  readonly outbox: Outbox;
  /** Posts one signup with its Idempotency-Key; never throws (`sendSignup` in the browser). */
  readonly send: (entry: OutboxEntry) => Promise<SendOutcome>;
  /** Where `online` and `storage` events arrive: the window. */
  readonly events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** One attempt per key across the browser's tabs, where the Web Locks API exists. */
  readonly locks?: LockManagerLike;
  readonly now?: () => number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  /** The storage key the outbox lives under, to notice another tab's changes. */
  readonly storageKey?: string;
}

/** The longest wait a timer can take (setTimeout's limit, about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The page's sender: one per page, shared by every signup form on it. It sends what waits in the
 * outbox while a form is on the page: when a form appears (a new page load), on `online`, when
 * another tab changes the outbox, and on the outbox's backoff schedule; one request per key at a
 * time (across tabs, with the Web Locks API). Each answer goes to the form whose signup it is, or,
 * for a signup saved on an earlier page, to the first form.
 */
export class Courier {
  readonly outbox: Outbox;
  private readonly env: CourierEnvironment;
  private readonly subscribers = new Map<object, CourierSubscriber>();
  private readonly inFlight = new Map<string, Promise<SendOutcome | undefined>>();
  /** The entries as this page last saw them, so one sent by another tab can still be asked about. */
  private readonly lastSeen = new Map<string, OutboxEntry>();
  private timer?: unknown;
  private readonly onOnline = () => void this.flush(true);
  private readonly onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key === null || key === (this.env.storageKey ?? OUTBOX_STORAGE_KEY)) void this.noticeOtherTab();
  };

  constructor(env: CourierEnvironment) {
    this.env = env;
    this.outbox = env.outbox;
  }

  private get now(): number {
    return (this.env.now ?? Date.now)();
  }

  /** A form arrives: it hears about deliveries from now on, and whatever waits is sent. */
  subscribe(owner: object, subscriber: CourierSubscriber): void {
    if (!this.subscribers.size) {
      this.env.events?.addEventListener('online', this.onOnline);
      this.env.events?.addEventListener('storage', this.onStorage);
    }
    this.subscribers.set(owner, subscriber);
    queueMicrotask(() => void this.flush(true));
  }

  /** A form leaves; with the last one, the courier stops listening and stops its timer. */
  unsubscribe(owner: object): void {
    this.subscribers.delete(owner);
    if (this.subscribers.size) return;
    this.env.events?.removeEventListener('online', this.onOnline);
    this.env.events?.removeEventListener('storage', this.onStorage);
    this.stopTimer();
  }

  /**
   * Sends one waiting signup now and settles the outbox by the answer: gone after any answer that
   * says what happened, kept with a later attempt time otherwise. Undefined when it is no longer
   * waiting (another tab sent it).
   */
  deliver(key: string): Promise<SendOutcome | undefined> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const attempt = this.exclusively(key, async () => {
      const entry = this.outbox.get(key);
      if (!entry) return undefined;
      const outcome = await this.env.send(entry);
      if (outcome.kind === 'retry') this.outbox.recordFailure(key);
      else this.settled(key);
      return outcome;
    }).finally(() => {
      this.inFlight.delete(key);
      this.schedule();
      this.changed();
    });
    this.inFlight.set(key, attempt);
    return attempt;
  }

  /**
   * Keeps a form's signup in the outbox first (so nothing is lost if the page closes), then sends
   * it. When another tab sent it meanwhile, the receiver is asked again with the same key and body:
   * it answers as it did the first time (confirmed or waiting list), so the form tells the truth.
   */
  async send(entry: Pick<OutboxEntry, 'key' | 'endpoint' | 'body'>): Promise<SendOutcome> {
    this.outbox.add(entry);
    this.lastSeen.set(entry.key, { ...entry, createdAt: this.now, attempts: 0, nextAttemptAt: this.now });
    return (await this.deliver(entry.key)) ?? this.ask(entry);
  }

  /** Sends what is due (or, when `force`, everything waiting) and reports each answer to a form. */
  async flush(force: boolean): Promise<void> {
    if (!this.subscribers.size) return;
    for (const entry of this.outbox.takeExpired()) {
      this.lastSeen.delete(entry.key);
      this.route(entry, { kind: 'expired' });
    }
    const entries = force ? this.outbox.list() : this.outbox.due();
    for (const entry of entries) {
      if (this.inFlight.has(entry.key)) continue;
      const outcome = await this.deliver(entry.key);
      if (outcome) this.route(entry, outcome);
    }
    this.schedule();
    this.changed();
  }

  /**
   * Another tab changed the outbox. A form whose signup waited here and is gone now was sent by that
   * tab: ask the receiver for its answer (the same key and body), so the form shows what happened.
   */
  private async noticeOtherTab(): Promise<void> {
    this.changed();
    for (const subscriber of [...this.subscribers.values()]) {
      const key = subscriber.ownKey();
      if (!key || this.inFlight.has(key) || this.outbox.get(key)) continue;
      const entry = this.lastSeen.get(key);
      if (!entry) continue;
      subscriber.receive(entry, await this.ask(entry));
    }
    this.schedule();
  }

  /** Asks the receiver about a signup that no longer waits here; keeps it again if there is no answer. */
  private async ask(entry: Pick<OutboxEntry, 'key' | 'endpoint' | 'body'>): Promise<SendOutcome> {
    const outcome = await this.exclusively(entry.key, () =>
      this.env.send({ ...entry, createdAt: this.now, attempts: 0, nextAttemptAt: this.now }),
    );
    if (outcome.kind === 'retry') {
      this.outbox.add(entry);
      this.outbox.recordFailure(entry.key);
      this.schedule();
    } else this.settled(entry.key);
    this.changed();
    return outcome;
  }

  /** The receiver answered for good: the signup leaves the outbox and this page's memory. */
  private settled(key: string): void {
    this.outbox.remove(key);
    this.lastSeen.delete(key);
  }

  private route(entry: OutboxEntry, outcome: Delivery): void {
    const subscribers = [...this.subscribers.values()];
    (subscribers.find((s) => s.ownKey() === entry.key) ?? subscribers[0])?.receive(entry, outcome);
  }

  private changed(): void {
    for (const entry of this.outbox.list()) this.lastSeen.set(entry.key, entry);
    for (const s of this.subscribers.values()) s.changed();
  }

  private schedule(): void {
    this.stopTimer();
    const next = this.outbox.nextAttemptAt();
    if (next === undefined || !this.subscribers.size) return;
    const wait = Math.min(Math.max(0, next - this.now), MAX_TIMER_MS);
    this.timer = (this.env.setTimer ?? setTimeout)(() => {
      this.timer = undefined;
      void this.flush(false);
    }, wait);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) (this.env.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = undefined;
  }

  private exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.env.locks ? this.env.locks.request(`otd-signup-${key}`, work) : work();
  }
}
