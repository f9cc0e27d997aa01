import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-survey-trend.js';
import type { OtdSurveyTrend } from '../../../src/elements/otd-survey-trend/otd-survey-trend.js';
import type { ContentErrorDetail } from '../../../src/internal/events.js';
import { legalShares as shares, summaryOf, type CraftedShare as Share } from '../../support/survey-summary.js';
import { addPage, allByRole, byLabel, byRole, contentError, nameOf, normalizeSpace, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';

const SRC = '/api/scan-results/summary';

/** Replaces fetch for one test with a receiver of these shares; records the URLs asked. */
function stubReceiver(all: Share[] | 'down') {
  const real = window.fetch;
  const urls: URL[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = new URL(String(input), location.href);
    if (!url.pathname.startsWith(SRC)) return real(input);
    urls.push(url);
    if (all === 'down') return new Response('{"error":"internal_error"}', { status: 500, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(summaryOf(all, url)), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { urls, restore: () => void (window.fetch = real) };
}

let restore: (() => void) | undefined;

async function mount(attrs: Record<string, string>, all: Share[] | 'down' = []) {
  const receiver = stubReceiver(all);
  restore = receiver.restore;
  const page = addPage();
  const errors: CustomEvent<ContentErrorDetail>[] = [];
  page.addEventListener('otd-content-error', (e) => errors.push(e));
  const el = document.createElement('otd-survey-trend') as OtdSurveyTrend;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  page.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, urls: receiver.urls, errors };
}

/** Waits until the widget no longer says it is loading. */
async function loaded(el: OtdSurveyTrend) {
  await waitUntil(() => !textOf(el.shadowRoot).includes('Cijfers laden') && !textOf(el.shadowRoot).includes('Loading figures'), 'the figures load');
  await el.updateComplete;
}

/** The rows of an aspect's table as text: [question, 2022, period]. */
const rowsOf = (root: ShadowRoot, caption: string) =>
  [...byRole(root, 'table', caption).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => normalizeSpace(c.textContent)));

describe('<otd-survey-trend>', () => {
  beforeEach(() => watchConsole());
  afterEach(() => {
    restore?.();
    restore = undefined;
    removePages();
    expectQuietConsole();
  });

  it('shows the 2022 figures beside the shared ones per aspect and question, with n per column and withheld cells', async () => {
    const { el, root, urls } = await mount({ src: SRC, since: '2026-01' }, [...shares(12, 'gt_weekly'), ...shares(3, 'gt_monthly')]);
    await loaded(el);
    expect(urls.map((u) => u.search)).to.deep.equal(['?since=2026-01']);
    expect(nameOf(byRole(root, 'heading', 'Hoe staat Twente ervoor?'))).to.equal('Hoe staat Twente ervoor?');
    expect(allByRole(root, 'table').map(nameOf)).to.deep.equal([
      'Algemeen',
      'Juridisch',
      'Relationeel',
      'Ouderschap',
      'Veiligheid',
      'Financieel',
      'Professionele afwegingen',
    ]);
    const head = [...byRole(root, 'table', 'Juridisch').querySelectorAll('thead th')].map((th) => normalizeSpace(th.textContent));
    expect(head).to.deep.equal(['Vraag', 'Peiling februari 2022', 'Gedeeld sinds januari 2026']);
    expect(rowsOf(root, 'Juridisch')).to.deep.equal([
      ['Vindt eigen kennis en vaardigheden (zeer) onvoldoende', '64,5% (n = 203)', '100,0% (n = 15)'],
      ['Weet waar kennis te halen', '41,8% (n = 201)', '0,0% (n = 15)'],
      ['Weet naar wie op te schalen', '53,0% (n = 202)', '100,0% (n = 15)'],
    ]);
    // Nobody shared the other aspects: too few answers, 2022 still there.
    expect(rowsOf(root, 'Financieel')[0]).to.deep.equal(['Vindt eigen kennis en vaardigheden (zeer) onvoldoende', '81,8% (n = 203)', 'te weinig antwoorden']);
    expect(textOf(byRole(root, 'figure', 'Juridisch'))).to.include('64,5%');
    expect(normalizeSpace(root.querySelector('[part="status"]')!.textContent)).to.equal('15 gedeelde scans · Heel Twente · Gedeeld sinds januari 2026');
    expect(textOf(root)).to.include('geen aselecte steekproef');
    await expect(el).to.be.accessible();
  });

  it('filters by frequency group and municipality from the keyboard, and withholds a municipality with too few shares', async () => {
    const all = [...shares(12, 'gt_weekly', 'enschede'), ...shares(9, 'gt_monthly', 'losser'), ...shares(10, 'gt_monthly')];
    const { el, root, urls } = await mount({ src: SRC }, all);
    await loaded(el);
    const group = byLabel<HTMLSelectElement>(root, 'Hoe vaak te maken met scheidingen');
    group.focus();
    await sendKeys({ press: 'ArrowDown' }); // Meer dan eens per week
    await el.updateComplete;
    expect(group.value).to.equal('gt_weekly');
    expect(rowsOf(root, 'Juridisch')[0]).to.deep.equal(['Vindt eigen kennis en vaardigheden (zeer) onvoldoende', '57,6% (n = 118)', '100,0% (n = 12)']);
    // gt_monthly has 19 answers overall but 9 of them alone would be Losser's… the shown column is the group's.
    const municipality = byLabel<HTMLSelectElement>(root, 'Gemeente');
    municipality.focus();
    for (let i = 0; i < 9; i++) await sendKeys({ press: 'ArrowDown' }); // Losser
    await waitUntil(() => urls.at(-1)!.searchParams.get('municipality') === 'losser', 'asked for Losser');
    await loaded(el);
    expect(municipality.value).to.equal('losser');
    expect(normalizeSpace(root.querySelector('[part="status"]')!.textContent)).to.match(/^Voor Losser zijn minder dan 10 scans gedeeld/);
    expect(rowsOf(root, 'Juridisch')[0]).to.deep.equal(['Vindt eigen kennis en vaardigheden (zeer) onvoldoende', '57,6% (n = 118)', 'te weinig antwoorden']);
    await expect(el).to.be.accessible();
  });

  it('offers a CSV of exactly what is shown, as a download link', async () => {
    const { el, root } = await mount({ src: SRC, municipality: 'Enschede' }, [...shares(12, 'gt_weekly', 'enschede'), ...shares(10, 'gt_weekly')]);
    await loaded(el);
    const link = byRole<HTMLAnchorElement>(root, 'link', 'Download deze cijfers (CSV)');
    expect(link.href).to.match(/^blob:/);
    expect(link.download).to.equal('otd-peiling-enschede-alle.csv');
    const csv = await (await fetch(link.href)).text();
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).to.have.length(20);
    expect(lines[0]).to.equal(
      '"Onderwerp","Vraag","Gemeente","Hoe vaak te maken met scheidingen","Peiling februari 2022 Percentage","Peiling februari 2022 n","Alle gedeelde scans Percentage","Alle gedeelde scans n","Opmerking"'.replace(
        /Alle gedeelde scans/g,
        'Gedeelde scans',
      ),
    );
    expect(lines[2]).to.equal('"Juridisch","Vindt eigen kennis en vaardigheden (zeer) onvoldoende","Enschede","Alle professionals","64.5","203","100","12",""');
    expect(lines[5]).to.equal('"Relationeel","Vindt eigen kennis en vaardigheden (zeer) onvoldoende","Enschede","Alle professionals","28.1","203","","","te weinig antwoorden"');
    await expect(el).to.be.accessible();
  });

  it('says which attribute is wrong, in the widget and the console, and fetches nothing', async () => {
    const { el, root, urls, errors } = await mount({ src: 'javascript:alert(1)', since: 'march', municipality: 'Amsterdam' });
    await el.contentComplete;
    await waitUntil(() => contentError(root), 'the problem is shown');
    const problem = textOf(contentError(root));
    expect(problem).to.include('src');
    expect(problem).to.include('since');
    expect(problem).to.include('municipality');
    expect(errors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(['src', 'since', 'municipality']);
    expect(takeWarnings().map((w) => String(w[0]))).to.satisfy((w: string[]) => w.some((line) => line.includes('<otd-survey-trend>') && line.includes('src')));
    expect(urls).to.deep.equal([]);
    // The 2022 figures stay.
    expect(rowsOf(root, 'Juridisch')[0]![1]).to.equal('64,5% (n = 203)');
    await expect(el).to.be.accessible();
  });

  it('shows the 2022 figures at once while the summary loads, and says nothing was shared yet', async () => {
    let answer: (() => void) | undefined;
    const real = window.fetch;
    const waiting = new Promise<void>((resolve) => (answer = resolve));
    window.fetch = async (input: RequestInfo | URL) => {
      await waiting;
      return new Response(JSON.stringify(summaryOf([], new URL(String(input), location.href))), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    try {
      const page = addPage();
      const el = document.createElement('otd-survey-trend') as OtdSurveyTrend;
      el.setAttribute('src', SRC);
      page.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(normalizeSpace(root.querySelector('[part="status"]')!.textContent)).to.equal('Cijfers laden…');
      expect(rowsOf(root, 'Juridisch')[0]![1]).to.equal('64,5% (n = 203)');
      expect(root.querySelector('[part="download"]')).to.equal(null);
      await expect(el).to.be.accessible();
      answer!();
      await loaded(el);
      expect(normalizeSpace(root.querySelector('[part="status"]')!.textContent)).to.equal('0 gedeelde scans · Heel Twente · Gedeelde scans');
      expect(rowsOf(root, 'Juridisch')[0]).to.deep.equal(['Vindt eigen kennis en vaardigheden (zeer) onvoldoende', '64,5% (n = 203)', 'te weinig antwoorden']);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = real;
    }
  });

  it('speaks English, says when the receiver fails and tries again', async () => {
    const { el, root, urls } = await mount({ src: SRC, lang: 'en' }, 'down');
    await waitUntil(() => textOf(root).includes('could not be loaded'), 'the failure is said');
    expect(rowsOf(root, 'Legal')[0]).to.deep.equal(['Rates own knowledge and skills (very) insufficient', '64.5% (n = 203)', 'no data']);
    const retry = byRole(root, 'button', 'Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => urls.length === 2, 'asked again');
    await expect(el).to.be.accessible();
  });
});
