import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

const tags = ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card', 'otd-course-signup'] as const;

/** The smallest font size of any text in the element's shadow root. */
function smallestText(el: Element): number {
  const sizes = [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()))
    .filter((node) => node.getClientRects().length > 0)
    .map((node) => parseFloat(getComputedStyle(node).fontSize));
  return Math.min(...sizes);
}

describe('host font size', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
  });

  for (const tag of tags) {
    it(`<${tag}> keeps its text legible when the page sets html { font-size: 62.5% }`, async () => {
      document.documentElement.style.fontSize = '62.5%';
      const el = await fixture(html`<div>${document.createElement(tag)}</div>`);
      const widget = el.firstElementChild!;
      await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(parseFloat(getComputedStyle(widget).fontSize)).to.equal(16);
      // Secondary text is set a little smaller (0.75em at the least), never below 12px.
      expect(smallestText(widget)).to.be.at.least(12);
    });
  }

  it('follows a reader who sets a larger default font size', async () => {
    document.documentElement.style.fontSize = '125%';
    const el = await fixture(html`<otd-escalation-card></otd-escalation-card>`);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(20);
  });
});
