import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/otd-self-scan.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import { STORAGE_KEY } from '../../../src/logic/scan-storage.js';

/** A finished scan in the tab's storage, so the element opens on its result. */
function storeFinishedScan(): void {
  const aspects = ['juridisch', 'financieel'] as const;
  sessionStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 1,
      step: 4,
      aspects,
      savedAt: Date.now(),
      answers: {
        frequency: 'gt_weekly',
        general: 'oneens',
        aspects: {
          juridisch: { competence: 'oneens', knowledgeSource: 'nee', escalation: 'misschien' },
          financieel: { competence: 'eens', knowledgeSource: 'ja', escalation: 'ja' },
        },
      },
    }),
  );
}

// Print media can only be emulated in Chromium: neither Firefox's automation protocol (WebDriver BiDi,
// through Puppeteer) nor WebKit's (WebDriver) has a way to switch the media type, so emulateMedia()
// throws there and this one test runs in Chromium only.
const canEmulatePrint = navigator.userAgent.includes('Chrome/');

// The result prints alone and legibly (forced colours are tested end to end, in test/e2e/forced-colors.test.mjs).
(canEmulatePrint ? describe : describe.skip)('<otd-self-scan> result in print', () => {
  let el: OtdSelfScan;
  beforeEach(async () => {
    storeFinishedScan();
    el = await fixture<OtdSelfScan>(html`<otd-self-scan aspects="juridisch financieel"></otd-self-scan>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'), 'no chart');
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    sessionStorage.clear();
  });

  it('prints the result without buttons or storage controls, and with the chart', async () => {
    await emulateMedia({ media: 'print' });
    const root = el.shadowRoot!;
    for (const selector of ['.actions', '.storage']) {
      const node = root.querySelector(selector)!;
      expect(getComputedStyle(node).display, selector).to.equal('none');
    }
    expect(getComputedStyle(root.querySelector('svg')!).display).to.equal('block');
    expect(getComputedStyle(root.querySelector('.card')!).borderTopStyle).to.equal('none');
  });
});
