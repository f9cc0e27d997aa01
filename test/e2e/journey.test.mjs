// The whole journey on the demo page, by keyboard only (Tab, the arrow keys, Space, Enter, typing):
// the self-scan → the recommender and the escalation card follow its result → the signup → the
// organiser export holds exactly that one row. Then the same with the network cut at the submit.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseRadio, countDeliveredPosts, cutNetwork, focused, tabTo, useServerAndBrowser, waitForFocus, watchProblems } from './support.mjs';

/** The answers, per step title. Juridisch and financieel need attention; only financieel lacks a contact. */
const ANSWERS = {
  'Over jouw werk': ['Meer dan eens per week', 'Eens'],
  // competence, knowledge source, escalation
  Juridisch: ['Sterk mee oneens', 'Nee', 'Ja'], // need 3 + 2 + 0
  Relationeel: ['Eens', 'Ja', 'Ja'],
  Ouderschap: ['Sterk mee eens', 'Ja', 'Ja'],
  Veiligheid: ['Eens', 'Ja', 'Ja'],
  Financieel: ['Oneens', 'Ja', 'Nee'], // need 2 + 0 + 2
  'Professionele afwegingen': ['Eens', 'Ja', 'Ja'],
};
const EXPECTED_FOCUS = ['juridisch', 'financieel'];
/** The card: the contacts for the aspect without a known contact (Geldfit for financieel) first, each contact once. */
const EXPECTED_CARD_FIRST = 'Geldfit';

const inScan = (f) => f.host === 'otd-self-scan';
const inSignup = (f) => f.host === 'otd-course-signup';

const live = useServerAndBrowser();

/** Completes the self-scan from the page's start with the keyboard alone. */
async function scanByKeyboard(page) {
  await tabTo(page, (f) => inScan(f) && f.tag === 'button' && f.text === 'Start de scan', { what: 'Start de scan' });
  await page.keyboard.press('Enter');
  const steps = Object.keys(ANSWERS);
  for (const [i, title] of steps.entries()) {
    // Each step moves focus to its heading, so Tab continues from there.
    await waitForFocus(page, (f) => inScan(f) && f.id === 'step-heading' && f.text === title, { what: `step "${title}"` });
    for (const answer of ANSWERS[title]) {
      const f = await tabTo(page, (x) => inScan(x) && x.type === 'radio', { max: 3, what: `a question of "${title}"` });
      assert.equal(f.checked, false, `a fresh question of "${title}" has no answer yet`);
      await chooseRadio(page, answer);
    }
    const last = i === steps.length - 1;
    const button = last ? 'Bekijk je resultaat' : 'Volgende';
    await tabTo(page, (f) => inScan(f) && f.tag === 'button' && f.text === button, { max: 4, what: button });
    await page.keyboard.press('Enter');
  }
  await waitForFocus(page, (f) => inScan(f) && f.id === 'step-heading' && f.text === 'Je resultaat', { what: 'the result' });
  return page.evaluate(() => document.querySelector('otd-self-scan').result);
}

/** The recommender's and the card's order, as they show it. */
function widgetOrder(page) {
  return page.evaluate(() => {
    const rec = document.querySelector('otd-resource-recommender').shadowRoot;
    const card = document.querySelector('otd-escalation-card').shadowRoot;
    return {
      // The topics the scan put first, with why (under "Meer materiaal", after the items shown first).
      recommenderFocus: [...rec.querySelectorAll('section.group')].filter((s) => s.querySelector('.why')).map((s) => s.dataset.topic),
      // The items shown first ("Begin hier"), each with why.
      recommenderTop: [...rec.querySelectorAll('[part="top"] article')].map((a) => Boolean(a.querySelector('.why'))),
      recommenderFirst: rec.querySelector('section.group')?.dataset.topic,
      // Each contact in the list, with its aspects and the ones marked for the scan.
      card: [...card.querySelectorAll('.contacts li.contact')]
        .filter((c) => !c.closest('aside'))
        .map((c) => ({
          name: c.querySelector('[part="contact-name"]').textContent.trim(),
          aspects: c.dataset.aspects.split(' '),
          unsure: [...c.querySelectorAll('.tag.unsure')].map((t) => t.dataset.aspect),
        })),
    };
  });
}

/** Fills in the signup with the keyboard alone and sends it with Enter on the button. */
async function signUpByKeyboard(page, email) {
  const field = async (name) =>
    tabTo(page, (f) => inSignup(f) && f.name === name && !f.disabled, { what: `the field ${name}` });
  await field('firstName');
  await page.keyboard.type('Anna');
  await field('lastName');
  await page.keyboard.type('de Vries');
  await field('email');
  await page.keyboard.type(email);
  await field('organisation');
  await page.keyboard.type('Wijkteam Voorbeeld');
  await field('domain');
  await chooseRadio(page, 'Jeugdhulp');
  await field('municipality');
  // A closed select takes the arrow keys; walk down to Enschede.
  for (let i = 0; i < 20 && (await focused(page)).value !== 'enschede'; i++) await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).value, 'enschede');
  await field('skjPoints');
  await chooseRadio(page, 'Nee');
  const session = await field('sessionId');
  assert.equal(session.checked, false);
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true, 'a training date is chosen');
  await tabTo(page, (f) => inSignup(f) && f.tag === 'button' && f.type === 'submit', { what: 'Aanmelden' });
  await page.keyboard.press('Enter');
}

/** The outbox the signup keeps in localStorage (a JSON list of entries). */
function outbox(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('otd-signup-outbox') ?? '[]'));
}

describe('the journey on the demo page, by keyboard only', () => {
  beforeEach(() => live.server.eraseAll());

  for (const network of ['up', 'cut at the submit']) {
    it(`scan → recommender → card → signup → one row in the export (network ${network})`, async () => {
      const context = await live.browser.newContext();
      const page = await context.newPage();
      const problems = watchProblems(page);
      const posts = countDeliveredPosts(page);
      try {
        await page.goto(live.server.base);
        // The signup's sessions are there before anyone tabs through the page.
        await page.locator('otd-course-signup input[name="sessionId"]').first().waitFor();

        const result = await scanByKeyboard(page);
        assert.deepEqual(result.focus, EXPECTED_FOCUS);
        assert.deepEqual(
          result.aspects.filter((a) => a.needsAttention).map((a) => a.id).sort(),
          [...EXPECTED_FOCUS].sort(),
        );
        assert.equal(result.aspects.find((a) => a.id === 'financieel').escalation, 'nee');

        // The result's own route to the study material: focus lands on the recommender.
        await tabTo(page, (f) => inScan(f) && f.text === 'Bekijk studiemateriaal dat bij je resultaat past', {
          max: 60,
          what: 'the link to the study material',
        });
        await page.keyboard.press('Enter');
        await waitForFocus(page, (f) => f.host === 'otd-resource-recommender' && f.id === 'heading', {
          what: 'the recommender',
        });
        // The recommender: the scan's focus aspects first, in the scan's order, the rest folded away.
        await page.waitForFunction(
          (first) =>
            document.querySelector('otd-resource-recommender').shadowRoot.querySelector('section.group')?.dataset.topic ===
            first,
          result.focus[0],
        );
        const order = await widgetOrder(page);
        assert.equal(order.recommenderFirst, result.focus[0]);
        assert.deepEqual(order.recommenderFocus, EXPECTED_FOCUS);
        assert.ok(order.recommenderTop.length >= 2 && order.recommenderTop.length <= 5, 'a few items first');
        assert.ok(order.recommenderTop.every(Boolean), 'each item shown first says why');
        await page.locator('otd-resource-recommender details.more').waitFor({ state: 'attached' });

        // Back to the result, and its route to the contacts: focus lands on the card.
        await tabTo(page, (f) => inScan(f) && f.text === 'Bekijk naar wie je kunt opschalen', {
          back: true,
          max: 10,
          what: 'the link to the contacts',
        });
        await page.keyboard.press('Enter');
        await waitForFocus(page, (f) => f.host === 'otd-escalation-card' && f.id === 'heading', { what: 'the card' });
        // The card: first the contacts for the aspects where the person does not know whom to call,
        // their tag marked; each contact once.
        const unsure = result.aspects.filter((a) => a.escalation !== 'ja').map((a) => a.id);
        assert.deepEqual(unsure, ['financieel']);
        const card = (await widgetOrder(page)).card;
        assert.equal(card[0].name, EXPECTED_CARD_FIRST);
        const forNeed = card.map((c) => c.aspects.includes('financieel'));
        assert.deepEqual(forNeed, [...forNeed].sort((a, b) => Number(b) - Number(a)), 'the contacts for financieel come first');
        assert.deepEqual(
          card.map((c) => c.unsure),
          card.map((c) => (c.aspects.includes('financieel') ? ['financieel'] : [])),
        );
        assert.equal(new Set(card.map((c) => c.name)).size, card.length, 'no contact twice');

        // From the card on, Tab leads into the signup.
        const email = `journey.${network === 'up' ? 'up' : 'cut'}@example.org`;
        if (network === 'up') {
          await signUpByKeyboard(page, email);
          await waitForFocus(page, (f) => inSignup(f) && f.text === 'Je bent aangemeld', { what: 'the confirmation' });
        } else {
          const cut = await cutNetwork(page, '**/api/signups', (route) => route.abort('internetdisconnected'));
          await signUpByKeyboard(page, email);
          await waitForFocus(page, (f) => inSignup(f) && f.text === 'Je aanmelding is bewaard', { what: 'queued' });
          assert.equal((await live.server.exported()).length, 0, 'nothing arrived while the network was cut');
          assert.equal((await outbox(page)).length, 1, 'the signup waits in the outbox');

          // Network back, then the person comes back to the page.
          await cut.reloadWithNetworkBack();
          await page
            .locator('otd-course-signup [part="notice"]')
            .filter({ hasText: 'Je eerder bewaarde aanmelding is nu verstuurd.' })
            .waitFor();
          await live.server.waitForRows(1);
          assert.deepEqual(await outbox(page), [], 'the outbox is empty once the receiver has it');
          assert.equal(await posts.atLeast(1), 1, 'sent once after the network came back');

          // Another visit sends nothing again: the courier runs when the form connects, before the sessions load.
          await page.reload();
          await page.locator('otd-course-signup input[name="sessionId"]').first().waitFor();
          assert.equal(posts.n, 1, 'nothing sent again on the next visit');
        }

        const rows = await live.server.waitForRows(1);
        assert.equal(rows[0].email, email);
        assert.equal(rows[0].municipality, 'enschede');
        assert.equal(rows[0].lang, 'nl');
        assert.equal(await posts.atLeast(1), 1, 'one post reached the receiver');
        // The aborted attempts show up as console errors (failed fetches); nothing else may.
        const unexpected = problems.filter(
          (p) => network === 'up' || !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(p),
        );
        assert.deepEqual(unexpected, []);
      } finally {
        await context.close();
      }
    });
  }

  it(
    "the recommender's route to the signup takes keyboard focus into the form",
    async () => {
      const context = await live.browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(live.server.base);
        await page.locator('otd-course-signup input[name="sessionId"]').first().waitFor();
        await tabTo(
          page,
          (f) => f.host === 'otd-resource-recommender' && f.text === 'Naar de aanmelding voor de training',
          { max: 200, what: 'the route to the signup' },
        );
        await page.keyboard.press('Enter');
        await waitForFocus(page, inSignup, { timeoutMs: 3_000, what: 'focus in the signup' });
        const next = await tabTo(page, inSignup, { max: 1, what: 'the first field' });
        assert.equal(next.name, 'firstName');
      } finally {
        await context.close();
      }
    },
  );
});
