// End to end: the demo page served by the real receiver, driven in Debian's Chromium by label and
// keyboard, with the organiser export as the proof of what arrived. Needs a build (npm test builds first).
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countDeliveredPosts, cutNetwork, useServerAndBrowser, watchProblems } from './support.mjs';

const live = useServerAndBrowser();

const exported = () => live.server.exported();
const eraseAll = () => live.server.eraseAll();

async function openDemo(lang = 'nl') {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(live.server.base);
  if (lang === 'en') await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  const form = page.locator('otd-course-signup');
  await form.scrollIntoViewIfNeeded();
  return { context, page, form, problems };
}

const LABELS = {
  nl: {
    first: 'Voornaam', last: 'Achternaam', email: 'E-mailadres (werk)', org: 'Organisatie', domain: 'Jeugdhulp',
    municipality: 'Gemeente waar je werkt', skjNo: 'Nee', submit: 'Aanmelden', success: 'Je bent aangemeld',
    queued: 'Je aanmelding is bewaard',
  },
  en: {
    first: 'First name', last: 'Last name', email: 'Email address (work)', org: 'Organisation', domain: 'Youth care',
    municipality: 'Municipality where you work', skjNo: 'No', submit: 'Sign up', success: 'You are signed up',
    queued: 'Your signup is saved',
  },
};

/** Fills the form by its labels, typing with the keyboard, and sends it with Enter. */
async function fillAndSend(form, page, { lang = 'nl', email }) {
  const l = LABELS[lang];
  await form.getByLabel(l.first, { exact: true }).fill('Anna');
  await form.getByLabel(l.last, { exact: true }).fill('de Vries');
  await form.getByLabel(l.email, { exact: true }).pressSequentially(email);
  await form.getByLabel(l.org, { exact: true }).fill('Wijkteam Voorbeeld');
  await form.getByRole('radio', { name: l.domain, exact: true }).check();
  await form.getByLabel(l.municipality, { exact: true }).selectOption({ label: 'Enschede' });
  await form.getByRole('group', { name: /SKJ/ }).getByRole('radio', { name: l.skjNo, exact: true }).check();
  const session = form.getByRole('group', { name: /Trainingsdatum|Training date/ }).getByRole('radio').first();
  await session.check();
  await form.getByRole('button', { name: l.submit, exact: true }).focus();
  await page.keyboard.press('Enter');
}

describe('signup on the demo page, against the real receiver', () => {
  beforeEach(eraseAll);

  for (const lang of ['nl', 'en']) {
    it(`arrives once in the organiser export (${lang})`, async () => {
      const { context, page, form, problems } = await openDemo(lang);
      const email = `anna.${lang}@example.org`;
      await fillAndSend(form, page, { lang, email });
      await form.getByText(LABELS[lang].success).first().waitFor({ timeout: 10_000 });
      const rows = await exported();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].email, email);
      assert.equal(rows[0].lang, lang);
      assert.equal(rows[0].municipality, 'enschede');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const failure of ['network cut', 'server error 500']) {
    it(`is kept in the browser when the ${failure} and sent once when it is back`, async () => {
      const { context, page, form } = await openDemo();
      const posts = countDeliveredPosts(page);
      const network = await cutNetwork(page, '**/api/signups', (route) =>
        failure === 'network cut' ? route.abort('internetdisconnected') : route.fulfill({ status: 500, body: '{}' }),
      );
      const email = `queued.${failure.split(' ')[0]}@example.org`;
      await fillAndSend(form, page, { email });
      await form.getByText(LABELS.nl.queued).first().waitFor({ timeout: 15_000 });
      assert.equal((await exported()).length, 0);
      const outbox = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('otd-')));
      assert.ok(outbox.length > 0, 'the signup is in the outbox');

      await network.reloadWithNetworkBack();
      await page.locator('otd-course-signup').scrollIntoViewIfNeeded();
      await live.server.waitForRows(1);
      await form.locator('[part="notice"]').filter({ hasText: 'Je eerder bewaarde aanmelding is nu verstuurd.' }).waitFor();
      // A second reload must not send it again: the outbox is sent when the form connects, before
      // its sessions have loaded.
      assert.equal(await posts.atLeast(1), 1, 'sent once when the network is back');
      await page.reload();
      await form.locator('input[name="sessionId"]').first().waitFor();
      assert.equal(posts.n, 1, 'sent exactly once after the network came back');
      const rows = await exported();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].email, email);
      await context.close();
    });
  }
});
