import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseScanResult, type ScanResult } from '../logic/scan-result.js';

/** The element a follower lives on: it names the scan to follow by id, like `<label for>`. */
export interface ScanFollowerHost extends ReactiveControllerHost, HTMLElement {
  /** The id of the `otd-self-scan` to follow; without it, any self-scan on the page. */
  htmlFor?: string;
}

/**
 * Follows a self-scan on the page, for the widgets that order themselves by its result: the scan
 * named by the host's `for`, else any. It reads a result that exists before the host connects (a
 * scan finished, or restored, earlier), takes each `otd-scan-complete`, forgets on `otd-scan-reset`,
 * and checks what it receives (`parseScanResult`), so a malformed result is ignored, never rendered.
 */
export class ScanFollower implements ReactiveController {
  /** The followed scan's result, checked; undefined before a scan completes and after a reset. */
  result?: ScanResult;

  private readonly onComplete = (event: Event) => {
    if (!this.follows(event)) return;
    const result = parseScanResult((event as CustomEvent<unknown>).detail);
    if (result) this.set(result);
  };

  private readonly onReset = (event: Event) => {
    if (this.follows(event)) this.set(undefined);
  };

  constructor(private readonly host: ScanFollowerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('otd-scan-complete', this.onComplete);
    document.addEventListener('otd-scan-reset', this.onReset);
    this.readExisting();
  }

  hostDisconnected(): void {
    document.removeEventListener('otd-scan-complete', this.onComplete);
    document.removeEventListener('otd-scan-reset', this.onReset);
  }

  /** Takes the result of the scan as it stands now; call it when `for` changes. */
  readExisting(): void {
    const id = this.host.htmlFor;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const scan = id ? root.getElementById(id) : document.querySelector('otd-self-scan');
    this.set(parseScanResult((scan as { result?: unknown } | null)?.result));
  }

  /** With `for`, only events from (inside) that element count; without it, any self-scan's. */
  private follows(event: Event): boolean {
    const id = this.host.htmlFor;
    if (!id) return true;
    return event.composedPath().some((node) => node instanceof Element && node.id === id);
  }

  private set(result: ScanResult | undefined): void {
    if (result === this.result) return;
    this.result = result;
    this.host.requestUpdate();
  }
}
