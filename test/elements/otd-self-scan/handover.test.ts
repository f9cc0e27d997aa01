// The hand-over from a kick-off: the platform page's fragment carries one answer, and the scan starts
// with it filled in, says so, and offers to change it. Without a fragment, or with a malformed one, the
// scan is as it always was.
import { expect } from '@open-wc/testing';
import '../../../src/define/otd-self-scan.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import { STORAGE_KEY } from '../../../src/logic/scan-storage.js';
import { addPage, allByRole, byRole, queryByRole, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, watchConsole } from '../../support/console.js';

const START = location.href.split('#')[0]!;

function clearStorage(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(STORAGE_KEY);
}

/** A scan on a page whose address has `hash`. */
async function mount(hash: string, attrs: Record<string, string> = {}): Promise<{ el: OtdSelfScan; root: ShadowRoot }> {
  history.replaceState(null, '', `${START}${hash}`);
  const el = document.createElement('otd-self-scan');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  addPage().append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

const notice = (root: ShadowRoot) => root.querySelector('[part="handover"]');

describe('<otd-self-scan> hand-over from a kick-off', function () {
  this.timeout(15000);
  beforeEach(() => {
    clearStorage();
    watchConsole();
  });
  afterEach(() => {
    removePages();
    clearStorage();
    history.replaceState(null, '', START);
    expectQuietConsole();
  });

  it('starts with the answer filled in, says so, and the button goes to the question to change it', async () => {
    const { el, root } = await mount('#otd-scan=1;juridisch.competence=oneens');
    expect(textOf(notice(root))).to.equal(
      'Je antwoord van de vorige pagina staat al ingevuld: „Oneens" op de vraag over je eigen kennis (juridisch). Wijzig dit antwoord',
    );
    byRole(root, 'button', 'Wijzig dit antwoord').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(textOf(root.getElementById('step-heading'))).to.equal('Juridisch');
    const checked = allByRole<HTMLInputElement>(root, 'radio').filter((r) => r.checked);
    expect(checked.map((r) => r.value)).to.deep.equal(['oneens']);
  });

  it('the general question lands on "about you", answered', async () => {
    const { el, root } = await mount('#otd-scan=1;general.competence=eens');
    expect(textOf(notice(root))).to.include('„Eens" op de vraag over je kennis en vaardigheden bij scheidingen');
    byRole(root, 'button', 'Start de scan').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const checked = allByRole<HTMLInputElement>(root, 'radio').filter((r) => r.checked);
    expect(checked.map((r) => r.value)).to.deep.equal(['eens']);
  });

  for (const hash of ['', '#top', '#otd-scan=1;juridisch.competence=ja', '#otd-scan=2;juridisch.competence=oneens', '#otd-scan=1;onbekend.competence=eens', '#otd-scan=1;juridisch.competence=oneens;x=y']) {
    it(`without a valid fragment (${hash || 'none'}) the scan is as it always was`, async () => {
      const { root } = await mount(hash);
      expect(notice(root)).to.equal(null);
      expect(queryByRole(root, 'button', 'Wijzig dit antwoord')).to.equal(null);
    });
  }

  it('a scan that does not ask the question (another aspect) ignores it', async () => {
    const { root } = await mount('#otd-scan=1;financieel.escalation=nee', { aspects: 'juridisch' });
    expect(notice(root)).to.equal(null);
  });

  it('says so in English too', async () => {
    const { root } = await mount('#otd-scan=1;financieel.escalation=nee', { lang: 'en' });
    expect(textOf(notice(root))).to.equal(
      'Your answer from the previous page is already filled in: "No" to the question about whom you escalate to (financial). Change this answer',
    );
  });
});
