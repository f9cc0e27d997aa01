/**
 * A module a widget loads on intent: prefetched when the person is about to need it (focus, a
 * pointer on the way, the step before), awaited when they do. One load per page; after a failure
 * the next call tries again, so a retry button works once the network is back.
 */
export class LazyModule<T> {
  private loading?: Promise<T>;
  /** The module, once loaded. */
  value?: T;

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    this.loading ??= this.load().then(
      (module) => (this.value = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Starts loading, if it has not; a failure here is quiet (the next `get` reports it). */
  prefetch(): void {
    this.get().catch(() => undefined);
  }
}
