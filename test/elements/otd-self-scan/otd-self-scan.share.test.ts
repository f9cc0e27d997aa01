import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-self-scan.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import { ASPECT_IDS } from '../../../src/content/model.js';
import { monthOf } from '../../../src/content/scan-share-fields.js';
import { scanShareSchema } from '../../../src/content/schema/scan-share.js';
import { STORAGE_KEY, type StoredScan } from '../../../src/logic/scan-storage.js';
import { SHARE_OUTBOX_KEY } from '../../../src/logic/share-keys.js';
import type { ContentErrorDetail } from '../../../src/internal/events.js';
import { addPage, byLabel, byRole, contentError, nameOf, queryByRole, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';

const ENDPOINT = '/api/scan-results';

/** A finished scan in the tab: the page opens on its result. */
function storeFinishedScan(): void {
  const scan: StoredScan = {
    version: 1,
    step: ASPECT_IDS.length + 2,
    answers: {
      frequency: 'gt_monthly',
      general: 'eens',
      aspects: Object.fromEntries(
        ASPECT_IDS.map((id) => [
          id,
          id === 'juridisch'
            ? { competence: 'oneens', knowledgeSource: 'misschien', escalation: 'ja' }
            : { competence: 'eens', knowledgeSource: 'ja', escalation: 'nee' },
        ]),
      ),
    },
    aspects: [...ASPECT_IDS],
    savedAt: Date.now(),
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(scan));
}

interface Request {
  url: string;
  init: RequestInit;
}

type Answer = 'ok' | 'offline' | 'refuse';

/** Replaces fetch, recording every request the page makes; `answer` decides what the receiver does. */
function stubNetwork(initial: Answer = 'ok') {
  const real = window.fetch;
  const requests: Request[] = [];
  const net = { answer: initial, requests, restore: () => void (window.fetch = real) };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    requests.push({ url: new URL(String(input), location.href).href, init });
    if (net.answer === 'offline') throw new TypeError('Failed to fetch');
    const status = net.answer === 'ok' ? 201 : 422;
    return new Response(JSON.stringify(status === 201 ? { status: 'stored' } : { error: 'invalid' }), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return net;
}

let net: ReturnType<typeof stubNetwork> | undefined;

async function settle(el: OtdSelfScan): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

async function mount(attrs: Record<string, string>, answer: Answer = 'ok') {
  net ??= stubNetwork(answer);
  const page = addPage();
  const errors: ContentErrorDetail[] = [];
  page.addEventListener('otd-content-error', (e) => errors.push(e.detail));
  const el = document.createElement('otd-self-scan');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  page.append(el);
  await settle(el);
  await waitUntil(() => el.result, 'the stored result shows');
  await settle(el);
  return { el, root: el.shadowRoot!, page, errors };
}

const shareRegion = (root: ShadowRoot) => queryByRole(root, 'region', /^(Deel je antwoorden met de regio|Share your answers with the region)$/);
const sharesPosted = () => net!.requests.filter((r) => r.url.endsWith(ENDPOINT));

describe('<otd-self-scan> sharing with the region', () => {
  beforeEach(() => {
    watchConsole();
    sessionStorage.clear();
    localStorage.clear();
    storeFinishedScan();
  });
  afterEach(() => {
    net?.restore();
    net = undefined;
    removePages();
    sessionStorage.clear();
    localStorage.clear();
    expectQuietConsole();
  });

  it('without share-endpoint offers nothing and sends no request at all', async () => {
    const { root, el } = await mount({});
    expect(textOf(root)).to.include('Je resultaat');
    expect(shareRegion(root)).to.equal(null);
    expect(queryByRole(root, 'button', /anoniem/)).to.equal(null);
    expect(net!.requests).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('scan-results'))).to.deep.equal([]);
    expect(localStorage.getItem(SHARE_OUTBOX_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shares once, by keyboard: what is sent, what not, the municipality picked, no cookies or referrer; the same answers again are refused gently', async () => {
    const { root, el, page } = await mount({ 'share-endpoint': ENDPOINT });
    const region = shareRegion(root)!;
    expect(region).to.not.equal(null);
    const text = textOf(region);
    expect(text).to.include('alleen hoe vaak je met deze gezinnen werkt');
    expect(text).to.include('geen naam, e-mailadres, IP-adres');
    expect(text).to.include('niet meer terugtrekken');
    expect(net!.requests).to.deep.equal([]);
    await expect(el).to.be.accessible();

    const select = byLabel<HTMLSelectElement>(region, 'Gemeente waar je werkt (niet verplicht)');
    expect(select.value).to.equal('liever_niet');
    select.focus();
    await sendKeys({ press: 'ArrowDown' }); // the first municipality in the list
    await settle(el);
    const picked = select.value;
    expect(picked).to.not.equal('liever_niet');
    const button = byRole(region, 'button', 'Deel mijn antwoorden anoniem met de regio');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(root).includes('Gedeeld. Dank je wel'), 'shared');
    await settle(el);

    expect(sharesPosted()).to.have.length(1);
    const [request] = sharesPosted();
    const body = JSON.parse(String(request!.init.body)) as Record<string, unknown>;
    expect(Object.keys(body).sort()).to.deep.equal(['answers', 'frequency', 'month', 'municipality', 'survey']);
    expect(body).to.deep.include({ survey: '2022-02', month: monthOf(new Date()), frequency: 'gt_monthly', municipality: picked });
    expect(Object.keys(body['answers'] as object)).to.have.length(19);
    expect((body['answers'] as Record<string, string>)['juridisch.knowledge_source']).to.equal('misschien');
    expect(scanShareSchema.safeParse(body).success).to.equal(true);
    expect(request!.init.credentials).to.equal('omit');
    expect(request!.init.referrerPolicy).to.equal('no-referrer');
    expect(new Headers(request!.init.headers).get('Idempotency-Key')).to.match(/^[\w-]{16,}$/);
    // Settled: no second button to press; the status has focus.
    expect(queryByRole(region, 'button', /anoniem/)).to.equal(null);
    expect(root.activeElement?.id).to.equal('share-status');
    expect(localStorage.getItem(SHARE_OUTBOX_KEY) ?? '[]').to.not.include('juridisch');
    await expect(el).to.be.accessible();

    // The same finished scan on the next page: sharing it again is refused without a request.
    el.remove();
    const again = document.createElement('otd-self-scan');
    again.setAttribute('share-endpoint', ENDPOINT);
    page.append(again);
    await waitUntil(() => again.result, 'the result again');
    await settle(again);
    byRole(shareRegion(again.shadowRoot!)!, 'button', 'Deel mijn antwoorden anoniem met de regio').click();
    await waitUntil(() => textOf(again.shadowRoot).includes('al gedeeld'), 'refused gently');
    expect(sharesPosted()).to.have.length(1);
  });

  it('offline: keeps the share in the browser and sends it once when the network returns', async () => {
    const { root, el } = await mount({ 'share-endpoint': ENDPOINT }, 'offline');
    byRole(shareRegion(root)!, 'button', 'Deel mijn antwoorden anoniem met de regio').click();
    await waitUntil(() => textOf(root).includes('Er is nu geen verbinding'), 'queued');
    expect(sharesPosted()).to.have.length(1);
    expect(localStorage.getItem(SHARE_OUTBOX_KEY)).to.include('juridisch.competence');
    const key = new Headers(sharesPosted()[0]!.init.headers).get('Idempotency-Key');
    await expect(el).to.be.accessible();

    net!.answer = 'ok';
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => !(localStorage.getItem(SHARE_OUTBOX_KEY) ?? '').includes('juridisch'), 'delivered');
    await new Promise((r) => setTimeout(r, 100));
    expect(sharesPosted()).to.have.length(2);
    expect(new Headers(sharesPosted()[1]!.init.headers).get('Idempotency-Key')).to.equal(key);
  });

  it('refused by the receiver: says so, keeps nothing, and may be tried again; in English', async () => {
    const { root, el } = await mount({ 'share-endpoint': ENDPOINT, lang: 'en' }, 'refuse');
    const region = shareRegion(root)!;
    expect(nameOf(byRole(region, 'heading'))).to.equal('Share your answers with the region');
    expect(byLabel<HTMLSelectElement>(region, 'Municipality you work in (optional)').selectedOptions[0]!.textContent).to.equal('Rather not say');
    byRole(region, 'button', 'Share my answers anonymously with the region').click();
    await waitUntil(() => textOf(root).includes('could not accept'), 'refused');
    expect(localStorage.getItem(SHARE_OUTBOX_KEY) ?? '[]').to.not.include('juridisch');
    expect(byRole(region, 'button', 'Share my answers anonymously with the region')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an endpoint that is not http(s) is a readable error naming share-endpoint; nothing is offered or sent', async () => {
    const { root, errors } = await mount({ 'share-endpoint': 'javascript:alert(1)' });
    await waitUntil(() => contentError(root), 'the problem is shown');
    expect(textOf(contentError(root))).to.include('share-endpoint');
    expect(errors[0]!.issues.map((i) => i.path)).to.deep.equal(['share-endpoint']);
    expect(takeWarnings().some((w) => String(w[0]).includes('share-endpoint'))).to.equal(true);
    expect(shareRegion(root)).to.equal(null);
    expect(net!.requests).to.deep.equal([]);
  });
});
