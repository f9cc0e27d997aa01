// The views a widget loads on intent (the self-scan's steps and result, the signup's rules and
// sending code) with their requests aborted: the widget says it could not load that part, the person
// stays where they were with everything answered or typed, and trying again works once the network
// is back. Played on the snippet pages a web editor makes, by keyboard and label.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chooseRadio, launchBrowser, prepareRoot, startServer, tabTo, waitForFocus, watchProblems } from './support.mjs';

const page = (body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Lazy views</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/cdn/otd-widgets.css">
<script type="module" src="/cdn/otd-widgets.js"></script></head><body><main>${body}</main></body></html>`;

const PAGES = {
  'scan.html': page('<otd-self-scan aspects="juridisch financieel"></otd-self-scan>'),
  'signup.html': page(
    '<otd-course-signup endpoint="/api/signups" sessions-src="/api/sessions" privacy-url="/privacy.html"></otd-course-signup>',
  ),
};

const ANSWERS = {
  'Over jouw werk': ['Meer dan eens per week', 'Eens'],
  Juridisch: ['Sterk mee oneens', 'Nee', 'Ja'],
  Financieel: ['Oneens', 'Ja', 'Nee'],
};

const FAILED_SCAN = 'Dit deel van de scan kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.';
const FAILED_SIGNUP = 'Het formulier kon niet worden gecontroleerd. Controleer je internetverbinding en probeer het opnieuw.';

let rootDir;
let server;
let browser;

before(async () => {
  rootDir = await prepareRoot({
    pages(demo) {
      for (const [name, html] of Object.entries(PAGES)) writeFileSync(path.join(demo, name), html);
    },
  });
  server = await startServer({ rootDir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (rootDir) rmSync(rootDir, { recursive: true, force: true });
});

/** Aborts every request for the chunks whose names start with `prefix` until `restore()`; counts them. */
async function cut(tab, prefix) {
  const pattern = new RegExp(`/cdn/chunks/${prefix.replaceAll('.', '\\.')}-[\\w-]+\\.js$`);
  const cutOff = { aborted: 0 };
  const handler = (route) => {
    cutOff.aborted++;
    return route.abort('internetdisconnected');
  };
  await tab.route(pattern, handler);
  cutOff.restore = () => tab.unroute(pattern, handler);
  return cutOff;
}

const inScan = (f) => f.host === 'otd-self-scan';

async function open(name) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = watchProblems(tab);
  await tab.goto(`${server.base}/${name}`, { waitUntil: 'networkidle' });
  return { context, tab, problems };
}

/** The console errors the aborted requests themselves cause; anything else is a problem. */
const unexpected = (problems) => problems.filter((p) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(p));

describe('a part that cannot load: said, nothing lost, and a retry works', () => {
  it("the self-scan's questions: the introduction stays with a message, and Start again opens the first step", async () => {
    const { context, tab, problems } = await open('scan.html');
    try {
      const steps = await cut(tab, 'otd-self-scan.steps');
      await tabTo(tab, (f) => inScan(f) && f.tag === 'button' && f.text === 'Start de scan', { what: 'Start de scan' });
      await tab.keyboard.press('Enter');
      const scan = tab.locator('otd-self-scan');
      const alert = scan.getByRole('alert');
      await alert.filter({ hasText: FAILED_SCAN }).waitFor();
      await waitForFocus(tab, (f) => inScan(f) && f.id === 'view-failed', { what: 'the message' });
      assert.ok(steps.aborted > 0, 'the steps were requested and aborted');
      await scan.getByRole('button', { name: 'Start de scan' }).waitFor();

      await steps.restore();
      await scan.getByRole('button', { name: 'Start de scan' }).focus();
      await tab.keyboard.press('Enter');
      await waitForFocus(tab, (f) => inScan(f) && f.id === 'step-heading' && f.text === 'Over jouw werk', { what: 'step 1' });
      assert.equal(await alert.filter({ hasText: FAILED_SCAN }).count(), 0, 'the message is gone');
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });

  it('the result: the last step stays answered with a message, and asking again shows the result', async () => {
    const { context, tab, problems } = await open('scan.html');
    try {
      const result = await cut(tab, 'otd-self-scan.result');
      await tabTo(tab, (f) => inScan(f) && f.tag === 'button' && f.text === 'Start de scan', { what: 'Start de scan' });
      await tab.keyboard.press('Enter');
      const titles = Object.keys(ANSWERS);
      for (const [i, title] of titles.entries()) {
        await waitForFocus(tab, (f) => inScan(f) && f.id === 'step-heading' && f.text === title, { what: title });
        for (const answer of ANSWERS[title]) {
          await tabTo(tab, (x) => inScan(x) && x.type === 'radio', { max: 3, what: `a question of ${title}` });
          await chooseRadio(tab, answer);
        }
        const button = i === titles.length - 1 ? 'Bekijk je resultaat' : 'Volgende';
        await tabTo(tab, (f) => inScan(f) && f.tag === 'button' && f.text === button, { max: 4, what: button });
        await tab.keyboard.press('Enter');
      }
      const scan = tab.locator('otd-self-scan');
      await scan.getByRole('alert').filter({ hasText: FAILED_SCAN }).waitFor();
      assert.ok(result.aborted > 0, 'the result was requested and aborted');
      // Still on the last step, with its three answers.
      await scan.getByRole('heading', { name: 'Financieel' }).waitFor();
      const checked = await scan.getByRole('radio', { checked: true }).evaluateAll((rs) => rs.map((r) => r.labels[0]?.textContent.trim()));
      assert.deepEqual(checked, ANSWERS.Financieel);

      await result.restore();
      await scan.getByRole('button', { name: 'Bekijk je resultaat' }).focus();
      await tab.keyboard.press('Enter');
      await waitForFocus(tab, (f) => inScan(f) && f.id === 'step-heading' && f.text === 'Je resultaat', { what: 'the result' });
      const answered = await tab.evaluate(() => document.querySelector('otd-self-scan').result);
      assert.deepEqual(answered.focus, ['juridisch', 'financieel'], 'every answer before the failure counted');
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });

  it("the signup's check and sending code: the form says so, keeps every field, and sends on the next try", async () => {
    const { context, tab, problems } = await open('signup.html');
    try {
      const sending = await cut(tab, 'otd-course-signup.sending');
      const form = tab.locator('otd-course-signup');
      await form.getByLabel('Voornaam', { exact: true }).fill('Anna');
      await form.getByLabel('Achternaam', { exact: true }).fill('de Vries');
      await form.getByLabel('E-mailadres (werk)', { exact: true }).pressSequentially('anna.lazy@example.org');
      await form.getByLabel('Organisatie', { exact: true }).fill('Wijkteam Voorbeeld');
      await form.getByRole('radio', { name: 'Jeugdhulp', exact: true }).check();
      await form.getByLabel('Gemeente waar je werkt', { exact: true }).selectOption({ label: 'Enschede' });
      await form.getByRole('group', { name: /SKJ/ }).getByRole('radio', { name: 'Nee', exact: true }).check();
      await form.getByRole('group', { name: /Trainingsdatum/ }).getByRole('radio').first().check();
      await form.getByRole('button', { name: 'Aanmelden', exact: true }).focus();
      await tab.keyboard.press('Enter');
      await form.getByText(FAILED_SIGNUP).waitFor();
      assert.ok(sending.aborted > 0, 'the sending code was requested and aborted');
      assert.equal(await form.getByLabel('Voornaam', { exact: true }).inputValue(), 'Anna');
      assert.equal(await form.getByLabel('E-mailadres (werk)', { exact: true }).inputValue(), 'anna.lazy@example.org');
      assert.equal(await form.getByLabel('Organisatie', { exact: true }).inputValue(), 'Wijkteam Voorbeeld');
      assert.ok(await form.getByRole('radio', { name: 'Jeugdhulp', exact: true }).isChecked());
      assert.equal((await server.exported()).length, 0, 'nothing was sent');

      await sending.restore();
      await form.getByRole('button', { name: 'Aanmelden', exact: true }).focus();
      await tab.keyboard.press('Enter');
      await form.getByText('Je bent aangemeld').first().waitFor({ timeout: 10_000 });
      const rows = await server.exported();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].email, 'anna.lazy@example.org');
      assert.equal(rows[0].organisation, 'Wijkteam Voorbeeld');
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });
});
