// The self-scan in forced-colors (high contrast) mode: Playwright emulates it in Chromium. The
// result chart must use system colours and keep the bar distinct from its track, and the progress
// bar must still show how far the person is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, watchProblems } from './support.mjs';

const live = useServerAndBrowser();

const ASPECTS = ['juridisch', 'relationeel', 'ouderschap', 'veiligheid', 'financieel', 'professioneel'];
/** A finished scan of the demo page's six aspects: the intro, 7 question steps, then the result (8). */
const FINISHED = {
  version: 1,
  step: 8,
  aspects: ASPECTS,
  answers: {
    frequency: 'gt_weekly',
    general: 'oneens',
    aspects: Object.fromEntries(
      ASPECTS.map((id, i) => [
        id,
        { competence: i % 2 ? 'eens' : 'oneens', knowledgeSource: 'ja', escalation: i % 3 ? 'ja' : 'nee' },
      ]),
    ),
  },
};

/** The demo page in forced-colors mode, with the scan stored at `step` (default: its result). */
async function openForced(step = FINISHED.step) {
  const context = await live.browser.newContext({ forcedColors: 'active' });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.addInitScript((scan) => {
    sessionStorage.setItem('otd-self-scan', JSON.stringify({ ...scan, savedAt: Date.now() }));
  }, { ...FINISHED, step });
  await page.goto(`${live.server.base}/`);
  return { context, page, problems };
}

describe('the self-scan result in forced-colors mode', () => {
  it('draws the chart in system colours: strong and mild answers, your answer and marker distinct from the track', async () => {
    const { context, page, problems } = await openForced();
    const chart = page.locator('otd-self-scan svg.dbar').first();
    await chart.waitFor();
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('otd-self-scan').shadowRoot;
      const style = (s) => getComputedStyle(root.querySelector(s));
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        strong: style('svg .seg.sterk_mee_oneens').fill,
        mild: style('svg .seg.oneens').fill,
        mildOutline: style('svg .seg.oneens:not(.mine)').stroke,
        track: style('svg .track').fill,
        mine: style('svg .seg.mine').stroke,
        you: style('svg .you').fill,
      };
    });
    assert.equal(drawn.forced, true);
    assert.notEqual(drawn.strong, drawn.track, 'a strong answer stands out from the track');
    assert.notEqual(drawn.mildOutline, drawn.track, "a mild answer's outline stands out from the track");
    assert.notEqual(drawn.strong, drawn.mild, 'strong and mild answers differ');
    assert.notEqual(drawn.mine, drawn.mildOutline, 'your answer is outlined in another colour');
    assert.notEqual(drawn.you, drawn.track);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

/** The colour of the pixel at (x, y) of a PNG, read in the page's own canvas. */
async function pixel(page, png, x, y) {
  return page.evaluate(
    async ({ src, x, y }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)].join(',');
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, x, y },
  );
}

describe('the self-scan progress bar in forced-colors mode', () => {
  it('fills the done part in a system colour that differs from the rest', async () => {
    // Halfway: step 4 of 7.
    const { context, page, problems } = await openForced(4);
    const bar = page.locator('otd-self-scan progress');
    await bar.waitFor();
    assert.equal(await bar.evaluate((el) => el.value / el.max), 4 / 7);
    const png = await bar.screenshot({ animations: 'disabled' });
    const box = await bar.boundingBox();
    const scale = (await page.evaluate(() => devicePixelRatio)) || 1;
    const y = Math.round((box.height / 2) * scale);
    const done = await pixel(page, png, Math.round(box.width * 0.25 * scale), y);
    const todo = await pixel(page, png, Math.round(box.width * 0.85 * scale), y);
    assert.notEqual(done, todo, `the done part (${done}) looks like the rest (${todo})`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('every widget in forced-colors mode', () => {
  it('keeps a border on every button and field, and a Highlight focus ring on everything Tab reaches', async () => {
    // The scan at its result, so its buttons are on the page too.
    const { context, page, problems } = await openForced();
    await page.locator('otd-self-scan svg.dbar').first().waitFor();
    await page.locator('otd-course-signup').getByRole('radio').first().waitFor();

    const TAGS = ['otd-self-scan', 'otd-resource-recommender', 'otd-escalation-card', 'otd-course-signup'];
    const borderless = await page.evaluate((tags) => {
      const visible = (el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden');
      const found = [];
      let controls = 0;
      for (const tag of tags) {
        const root = document.querySelector(tag).shadowRoot;
        const selector = 'button:not(.link-button), a.button, select, textarea, input:not([type=radio]):not([type=checkbox]):not([type=hidden])';
        for (const el of root.querySelectorAll(selector)) {
          if (!visible(el)) continue;
          controls++;
          const s = getComputedStyle(el);
          const sides = ['top', 'right', 'bottom', 'left'];
          const drawn = sides.every((side) => s[`border-${side}-style`] !== 'none' && parseFloat(s[`border-${side}-width`]) >= 1);
          if (!drawn) found.push(`${tag} ${el.localName} "${(el.textContent || el.name).trim().slice(0, 40)}"`);
        }
      }
      return { controls, found };
    }, TAGS);
    assert.ok(borderless.controls > 15, `only ${borderless.controls} controls found`);
    assert.deepEqual(borderless.found, []);

    const highlight = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    const rings = new Map();
    await page.locator('body').focus();
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate((tags) => {
        let el = document.activeElement;
        let host = null;
        while (el?.shadowRoot?.activeElement) {
          host = el.localName;
          el = el.shadowRoot.activeElement;
        }
        if (!el || el === document.body) return { end: true };
        if (!tags.includes(host)) return { outside: true };
        const s = getComputedStyle(el);
        const label = `${host} ${el.localName}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.name || '').trim().slice(0, 30)}"`;
        return { label, style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
      }, TAGS);
      if (ring.end) break;
      if (ring.outside || rings.has(ring.label)) continue;
      rings.set(ring.label, ring);
    }
    assert.ok(rings.size > 30, `Tab reached only ${rings.size} controls in the widgets`);
    const weak = [...rings.values()].filter((r) => r.style === 'none' || r.width < 2 || r.color !== highlight);
    assert.deepEqual(weak, [], 'a focused control without a Highlight ring of at least 2px');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
