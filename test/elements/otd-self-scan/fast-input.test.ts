import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/otd-self-scan.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';

// Scripts, autofill and quick hands can answer and press "Volgende" within one task, before the
// scan re-renders; the next step must still start with nothing chosen.
describe('<otd-self-scan> with input faster than rendering', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('does not carry an answer given in the same task as "Volgende" over to the next step', async () => {
    const el = await fixture<OtdSelfScan>(html`<otd-self-scan aspects="juridisch"></otd-self-scan>`);
    const root = el.shadowRoot!;
    const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
    const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    button('Start de scan').click();
    await waitUntil(() => radios().length > 0, 'the first step did not open');

    radios().find((r) => r.value === 'gt_weekly')!.click();
    radios().find((r) => r.name === 'general.competence' && r.value === 'sterk_mee_eens')!.click();
    button('Volgende').click();
    await waitUntil(() => radios().some((r) => r.name === 'juridisch.competence'), 'the next step did not open');

    expect(radios().filter((r) => r.checked).map((r) => r.id)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
