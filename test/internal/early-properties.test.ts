// What a framework does to an element before its code has loaded (React or Vue rendering first, the
// script tag later in the page, a lazy import): properties set on the plain element are applied once
// it is defined, and an object written as an attribute (result="[object Object]") is ignored with
// one warning. Nothing here imports a define entry up front: each test defines the elements itself.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { ContentErrorDetail } from '../../src/internal/events.js';
import { OtdElement } from '../../src/internal/otd-element.js';
import type { ScanResult } from '../../src/logic/scan-result.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../support/console.js';
import { addPage, contentError, removePages, textOf } from '../support/dom.js';
import { scanResult } from '../support/scan-result.js';

const RESULT: ScanResult = scanResult({
  aspects: { veiligheid: { knowledgeSource: 'nee' }, financieel: { competence: 'oneens' } },
  focus: ['veiligheid', 'financieel'],
});

/** What the recommender says above its material once a result orders it. */
const ORDERED = 'Op basis van je scan staan de onderwerpen waar je het meest kunt winnen bovenaan.';

const groupNames = (root: ShadowRoot) =>
  [...root.querySelectorAll('section[part="group"]')].map((g) => textOf(g.querySelector('h3, h4, h5, h6')));

/** Elements as a framework leaves them before the code has loaded: plain, on the page, with what it set. */
function undefinedElement<K extends keyof HTMLElementTagNameMap>(page: HTMLElement, tag: K): HTMLElement {
  expect(customElements.get(tag), `${tag} is not defined yet`).to.equal(undefined);
  const el = document.createElement(tag) as HTMLElement;
  page.append(el);
  return el;
}

/** Collects the otd-content-error events from the page. */
function contentErrors(page: HTMLElement): CustomEvent<ContentErrorDetail>[] {
  const events: CustomEvent<ContentErrorDetail>[] = [];
  page.addEventListener('otd-content-error', (e) => events.push(e));
  return events;
}

describe('before the element is defined', () => {
  beforeEach(watchConsole);
  afterEach(() => {
    removePages();
    expectQuietConsole();
  });

  it('a result and a heading level set as properties apply once the recommender is defined; an object written as an attribute is ignored with one warning', async () => {
    const page = addPage();
    const errors = contentErrors(page);
    const el = undefinedElement(page, 'otd-resource-recommender') as HTMLElement & Record<string, unknown>;
    el.result = RESULT;
    el.headingLevel = 3;
    // React 19 and Vue write a property the element does not have (yet) as an attribute.
    const written = undefinedElement(page, 'otd-resource-recommender');
    written.setAttribute('result', '[object Object]');
    expect(el.shadowRoot, 'nothing rendered before the code loads').to.equal(null);

    const { OtdResourceRecommender } = await import('../../src/define/otd-resource-recommender.js');
    const recommender = el as unknown as InstanceType<typeof OtdResourceRecommender>;
    const unordered = written as unknown as InstanceType<typeof OtdResourceRecommender>;
    expect(recommender).to.be.instanceOf(OtdResourceRecommender);
    await recommender.updateComplete;
    await unordered.updateComplete;

    // The properties, applied.
    expect(recommender.result).to.equal(RESULT);
    expect(Object.hasOwn(recommender, 'result'), 'no own property hides the class property').to.equal(false);
    expect(recommender.headingLevel).to.equal(3);
    const root = recommender.shadowRoot!;
    expect(root.querySelector('h3')!.id).to.equal('heading');
    expect(textOf(root)).to.include(ORDERED);
    expect(groupNames(root).slice(0, 2).map((name) => name.split(' ')[0])).to.deep.equal(['Veiligheid', 'Financieel']);

    // The attribute, ignored: one warning, no error state, the material in its usual order.
    const warnings = takeWarnings().map((args) => args.map(String).join(' '));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<otd-resource-recommender>: the attribute result="[object Object]" is ignored, result is a property: load otd-widgets before the first render.');
    expect(unordered.result).to.equal(undefined);
    const plain = unordered.shadowRoot!;
    expect(contentError(plain), 'no error state').to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(textOf(plain)).not.to.include(ORDERED);
    expect(textOf(plain)).not.to.include('[object Object]');

    // Moved on the page (connected again), it does not warn again.
    page.append(unordered);
    await unordered.updateComplete;
    expect(takeWarnings()).to.deep.equal([]);

    // A property set later (React and Vue do, once the element is defined) orders it.
    unordered.result = RESULT;
    await unordered.updateComplete;
    expect(textOf(plain)).to.include(ORDERED);
  });

  it('the card takes its municipality and language set as properties, and a scan named by for', async () => {
    const page = addPage();
    const el = undefinedElement(page, 'otd-escalation-card') as HTMLElement & Record<string, unknown>;
    el.municipality = 'Enschede';
    el.lang = 'en';
    el.htmlFor = 'no-such-scan';

    await import('../../src/define/otd-escalation-card.js');
    const card = el as unknown as HTMLElementTagNameMap['otd-escalation-card'];
    await card.updateComplete;
    expect(card.municipality).to.equal('Enschede');
    expect(card.htmlFor).to.equal('no-such-scan');
    const root = card.shadowRoot!;
    expect(root.querySelector('select'), 'no municipality picker: the municipality is set').to.equal(null);
    expect(root.querySelector('.card')!.getAttribute('lang')).to.equal('en');
    expect(textOf(root)).to.include('Enschede');
  });

  it('an element created with the attribute after the definition warns once too', async () => {
    await import('../../src/define/otd-resource-recommender.js');
    const page = addPage();
    const errors = contentErrors(page);
    page.innerHTML = '<otd-resource-recommender result="[object Object]"></otd-resource-recommender>';
    const recommender = page.firstElementChild as HTMLElementTagNameMap['otd-resource-recommender'];
    await recommender.updateComplete;
    expect(takeWarnings()).to.have.length(1);
    expect(contentError(recommender.shadowRoot!)).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it("a read-only property set early (the self-scan's result) does not hide the class's: one warning, the value dropped", async () => {
    const page = addPage();
    const el = undefinedElement(page, 'otd-self-scan') as HTMLElement & Record<string, unknown>;
    el.result = RESULT;
    const { OtdSelfScan } = await import('../../src/define/otd-self-scan.js');
    const scan = el as unknown as InstanceType<typeof OtdSelfScan>;
    expect(scan).to.be.instanceOf(OtdSelfScan);
    await scan.updateComplete;
    expect(scan.result, 'the scan has no result until the person finishes it').to.equal(undefined);
    expect(Object.hasOwn(scan, 'result')).to.equal(false);
    const warnings = takeWarnings().map((args) => args.map(String).join(' '));
    expect(warnings).to.deep.equal([
      '[otd-widgets] <otd-self-scan>: result is read-only, the early value is ignored.',
    ]);
  });

  it('any accessor of a widget class keeps a value set before the definition, set through its setter once connected', async () => {
    const tag = `otd-early-test-${Date.now()}`;
    const page = addPage();
    const el = document.createElement(tag) as HTMLElement & { label?: string };
    el.label = 'early';
    page.append(el);

    const seen: string[] = [];
    class EarlyTest extends OtdElement {
      static override readonly otdTag = tag;
      private labelValue = 'default';
      get label(): string {
        return this.labelValue;
      }
      set label(value: string) {
        seen.push(value);
        this.labelValue = value;
        this.requestUpdate();
      }
      protected renderTitle() {
        return this.label;
      }
      protected renderBody() {
        return html`<p>${this.label}</p>`;
      }
    }
    customElements.define(tag, EarlyTest);
    const upgraded = el as unknown as EarlyTest;
    await upgraded.updateComplete;
    expect(upgraded.label).to.equal('early');
    expect(seen).to.deep.equal(['early']);
    expect(textOf(upgraded.shadowRoot!.querySelector('p'))).to.equal('early');
  });
});
