import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region: what a widget tells screen reader users without moving their focus (a step,
 * a copied number, progress). The text is cleared first and set after the next render, so saying
 * the same thing twice is heard twice.
 */
export class LiveRegion implements ReactiveController {
  private text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Says `text`; resolves once it is in the region. */
  async announce(text: string): Promise<void> {
    this.text = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.text = text;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Empties the region, so the next announcement is heard even when it repeats the last one. */
  clear(): void {
    this.text = '';
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.text}</div>`;
  }
}
