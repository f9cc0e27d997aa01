import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { setViewport } from '../support/browser.js';
import { DEFAULT_VIEWPORT, selectText } from '../support/wcag.js';

// A select cuts off the text of a chosen option that is wider than itself (a long name, large text).
// WebKit counts that text toward the page's width all the same, so a narrow page scrolls sideways
// (1.4.10) unless the widget's styles keep it inside the select.
describe('a select whose text is wider than itself', () => {
  beforeEach(async () => {
    await setViewport({ width: 320, height: 640 });
    // The reader's text at 200%: the chosen option's text is then wider than a select on a 320 CSS px page.
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport(DEFAULT_VIEWPORT);
  });

  it('<otd-escalation-card>: its municipality picker does not make a 320 CSS px page scroll sideways', async () => {
    const el = await fixture<HTMLElement>(html`<otd-escalation-card></otd-escalation-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'no select');
    const { text, room } = selectText(el.shadowRoot!.querySelector('select')!);
    expect(text, "the chosen option's text is wider than the select's room").to.be.greaterThan(room);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
  });
});
