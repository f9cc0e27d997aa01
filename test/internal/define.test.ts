import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { OtdEscalationCard } from '../../src/elements/otd-escalation-card/otd-escalation-card.js';
import { defineElement } from '../../src/internal/define.js';

/** Replaces console.warn for the length of `run`, returning the calls it received. */
async function withWarnSpy(run: () => unknown): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

let counter = 0;
const freshTag = () => `otd-define-test-${Date.now()}-${++counter}`;

describe('defineElement', () => {
  it('registers the card through the bundle entry and the element entry together', async () => {
    expect(customElements.get('otd-escalation-card')).to.equal(OtdEscalationCard);
    const el = await fixture<OtdEscalationCard>(html`<otd-escalation-card></otd-escalation-card>`);
    expect(el).to.be.instanceOf(OtdEscalationCard);
    expect(el.shadowRoot!.querySelector('h2')).to.be.instanceOf(Element);
  });

  it('is harmless when the same definition is included again', async () => {
    const calls = await withWarnSpy(async () => {
      expect(() => defineElement('otd-escalation-card', OtdEscalationCard)).not.to.throw();
      await import('../../src/index.js');
      await import('../../src/define/otd-escalation-card.js');
    });
    expect(calls).to.have.length(0);
    expect(customElements.get('otd-escalation-card')).to.equal(OtdEscalationCard);
  });

  it('stays silent for another copy of the library (a class with the same otdTag)', async () => {
    const calls = await withWarnSpy(() => {
      class SecondCopy extends OtdEscalationCard {}
      expect(() => defineElement('otd-escalation-card', SecondCopy)).not.to.throw();
    });
    expect(calls).to.have.length(0);
    expect(customElements.get('otd-escalation-card')).to.equal(OtdEscalationCard);
  });

  it('defines a new tag', () => {
    const tag = freshTag();
    class Fresh extends HTMLElement {}
    defineElement(tag, Fresh);
    expect(customElements.get(tag)).to.equal(Fresh);
  });

  it('warns once and does not throw when a foreign class holds the tag', async () => {
    const tag = freshTag();
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define(tag, Theirs);
    const calls = await withWarnSpy(() => {
      expect(() => defineElement(tag, Ours)).not.to.throw();
    });
    expect(calls).to.have.length(1);
    expect(String(calls[0]![0])).to.include(`<${tag}>`);
    expect(customElements.get(tag)).to.equal(Theirs);
  });

  it('warns, never throws, when the registry refuses the definition', async () => {
    class Reused extends HTMLElement {}
    const first = freshTag();
    customElements.define(first, Reused);
    const calls = await withWarnSpy(() => {
      // The same constructor under a second name: customElements.define throws NotSupportedError.
      expect(() => defineElement(freshTag(), Reused)).not.to.throw();
      expect(() => defineElement('NotAValidName', class extends HTMLElement {})).not.to.throw();
    });
    expect(calls).to.have.length(2);
  });
});
