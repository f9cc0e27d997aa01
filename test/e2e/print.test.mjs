// "Print of bewaar als PDF" on the demo page: the plan prints as one document. In print, the page
// shows the scan's result, the recommended material and the contacts, each in its place, and
// nothing else of the page (its header, texts and the signup form); after printing, the page is as
// it was. Chromium prints for real here (page.pdf) and the print media type is emulated to look.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, watchProblems } from './support.mjs';

const live = useServerAndBrowser();

/** Completes the scan by pointer with the first answer of every question. */
async function finishScan(page) {
  const scan = page.locator('otd-self-scan');
  await scan.getByRole('button', { name: 'Start de scan' }).click();
  for (let step = 1; step <= 7; step++) {
    await scan.getByText(`Stap ${step} van 7`, { exact: true }).waitFor();
    await scan.evaluate((host) => {
      for (const group of host.shadowRoot.querySelectorAll('fieldset')) group.querySelector('input[type="radio"]').click();
    });
    await scan.getByRole('button', { name: step === 7 ? 'Bekijk je resultaat' : 'Volgende' }).click();
  }
  await scan.getByRole('heading', { name: 'Je resultaat' }).waitFor();
}

/** What shows in the current media: per part of the page, whether it takes any space. */
const shown = (page) =>
  page.evaluate(() => {
    const visible = (el) => Boolean(el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none');
    return {
      header: visible(document.querySelector('.site-header')),
      h1: visible(document.querySelector('h1')),
      scan: visible(document.querySelector('otd-self-scan')),
      recommender: visible(document.querySelector('otd-resource-recommender')),
      card: visible(document.querySelector('otd-escalation-card')),
      signup: visible(document.querySelector('otd-course-signup')),
      scanButtons: visible(document.querySelector('otd-self-scan').shadowRoot.querySelector('.next')),
    };
  });

describe('printing the plan from the self-scan', () => {
  it('prints the result, the material and the contacts as one document, and leaves the page as it was', async () => {
    const context = await live.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    try {
      await page.goto(live.server.base, { waitUntil: 'networkidle' });
      await finishScan(page);
      // The browser's print dialog cannot be driven: count the call, and print with page.pdf below.
      await page.evaluate(() => {
        globalThis.__printed = 0;
        globalThis.print = () => globalThis.__printed++;
      });
      await page.locator('otd-self-scan').getByRole('button', { name: 'Print of bewaar als PDF' }).click();
      assert.equal(await page.evaluate(() => globalThis.__printed), 1);

      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await shown(page), {
        header: false,
        h1: false,
        scan: true,
        recommender: true,
        card: true,
        signup: false,
        scanButtons: false,
      });
      // Chromium prints (beforeprint, afterprint): a PDF with the plan on its pages.
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000, `a PDF was made (${pdf.length} bytes)`);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 2 && pages <= 12, `the plan fills a few pages: ${pages}`);

      // After printing (afterprint), the print view is gone: printing from the browser menu prints the page.
      assert.deepEqual(await page.evaluate(() => document.querySelectorAll('[data-otd-printing]').length), 0);
      const after = await shown(page);
      assert.equal(after.header, true);
      assert.equal(after.signup, true);
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
