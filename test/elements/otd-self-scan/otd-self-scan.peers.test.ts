import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/otd-self-scan.js';
import type { OtdSelfScan } from '../../../src/elements/otd-self-scan/otd-self-scan.js';
import { ASPECT_IDS } from '../../../src/content/model.js';
import { DEFAULT_SURVEY } from '../../../src/content/default/survey.js';
import { SHARE_QUESTIONS } from '../../../src/content/scan-share-fields.js';
import { choosePeers } from '../../../src/logic/scan-peers.js';
import { peerFigures } from '../../../src/logic/scan.js';
import { STORAGE_KEY, type StoredScan } from '../../../src/logic/scan-storage.js';
import type { ContentErrorDetail } from '../../../src/internal/events.js';
import type { ScanResult } from '../../../src/logic/scan-result.js';
import { summaryOf, type CraftedShare } from '../../support/survey-summary.js';
import { addPage, contentError, removePages, textOf } from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';

/** The summary from a month on; each test asks another month, as the page keeps a summary it had. */
const src = (month: string) => `/api/scan-results/summary?since=${month}`;

/** A finished scan of someone working with these families more than once a month. */
function storeFinishedScan(): void {
  const scan: StoredScan = {
    version: 1,
    step: ASPECT_IDS.length + 2,
    answers: {
      frequency: 'gt_monthly',
      general: 'eens',
      aspects: Object.fromEntries(ASPECT_IDS.map((id) => [id, { competence: 'oneens', knowledgeSource: 'ja', escalation: 'nee' }])),
    },
    aspects: [...ASPECT_IDS],
    savedAt: Date.now(),
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(scan));
}

/** `n` complete shares of the group "more than once a month", half of them rating everything (very) insufficient. */
const shares = (n: number): CraftedShare[] =>
  Array.from({ length: n }, (_, i) => ({
    frequency: 'gt_monthly',
    answers: Object.fromEntries(SHARE_QUESTIONS.map((q) => [q.id, q.answers[i % 2 === 0 ? 0 : q.answers.length - 1]!])),
  }));

function stubReceiver(all: CraftedShare[] | 'down') {
  const real = window.fetch;
  const urls: string[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = new URL(String(input), location.href);
    urls.push(url.pathname + url.search);
    if (all === 'down') return new Response('{}', { status: 503 });
    return new Response(JSON.stringify(summaryOf(all, url)), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { urls, restore: () => void (window.fetch = real) };
}

let restore: (() => void) | undefined;

async function mount(attrs: Record<string, string>, all: CraftedShare[] | 'down' = []) {
  const receiver = stubReceiver(all);
  restore = receiver.restore;
  const page = addPage();
  const completes: ScanResult[] = [];
  const errors: ContentErrorDetail[] = [];
  page.addEventListener('otd-scan-complete', (e) => completes.push(e.detail));
  page.addEventListener('otd-content-error', (e) => errors.push(e.detail));
  const el = document.createElement('otd-self-scan') as OtdSelfScan;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  page.append(el);
  await waitUntil(() => el.result, 'the stored result shows');
  await el.updateComplete;
  return { el, root: el.shadowRoot!, urls: receiver.urls, completes, errors };
}

describe('<otd-self-scan peers-src>', () => {
  beforeEach(() => {
    watchConsole();
    sessionStorage.clear();
    storeFinishedScan();
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
    removePages();
    sessionStorage.clear();
    expectQuietConsole();
  });

  it('compares with the shared scans when every column shown has at least 30 answers, saying which period and n', async () => {
    const all = shares(40);
    const { el, root, urls, completes } = await mount({ 'peers-src': src('2026-01') }, all);
    expect(urls).to.deep.equal(['/api/scan-results/summary?since=2026-01']);
    const text = textOf(root);
    expect(text).to.include("naast die van 40 collega's die hun scan sinds januari 2026 anoniem met de regio deelden");
    expect(text).to.include('Je vergelijkt met de 40 scans die sinds januari 2026 gedeeld zijn, niet met de peiling van 2022');
    expect(text).to.include('Alle 40');
    expect(text).to.not.include('Alle 203');
    // The figures are the shared scans', computed as for 2022.
    const expected = choosePeers(DEFAULT_SURVEY, summaryOf(all, new URL(src('2026-01'), location.href)), 'gt_monthly', ASPECT_IDS);
    expect(expected.kind).to.equal('shared');
    const juridisch = completes.at(-1)!.aspects.find((a) => a.id === 'juridisch')!;
    expect(juridisch.peers).to.deep.equal(expected.kind === 'shared' && peerFigures(expected.survey, 'juridisch', 'gt_monthly'));
    expect(juridisch.peers.insufficientPct).to.equal(50);
    await expect(el).to.be.accessible();
  });

  it('keeps 2022 and says why when a column has fewer than 30 answers', async () => {
    const { el, root, completes } = await mount({ 'peers-src': src('2026-02') }, shares(29));
    const text = textOf(root);
    expect(text).to.include(
      'Je vergelijkt met de peiling van 2022: de scans die sinds februari 2026 gedeeld zijn, hebben nog niet in elke kolom 30 antwoorden (de kleinste: 29).',
    );
    expect(text).to.include('Alle 203');
    const juridisch = completes.at(-1)!.aspects.find((a) => a.id === 'juridisch')!;
    expect(juridisch.peers).to.deep.equal(peerFigures(DEFAULT_SURVEY, 'juridisch', 'gt_monthly'));
    await expect(el).to.be.accessible();
  });

  it('keeps 2022 when the figures cannot be loaded, in English', async () => {
    const { el, root } = await mount({ 'peers-src': src('2026-03'), lang: 'en' }, 'down');
    expect(textOf(root)).to.include('You compare with the 2022 survey: the recent figures could not be loaded.');
    expect(textOf(root)).to.include('All 203');
    await expect(el).to.be.accessible();
  });

  it('without peers-src compares with 2022, says nothing about it and asks for nothing', async () => {
    const { root, urls } = await mount({}, shares(40));
    expect(urls).to.deep.equal([]);
    expect(textOf(root)).to.not.include('Je vergelijkt');
    expect(textOf(root)).to.include('Alle 203');
  });

  it('a peers-src that is not http(s) is a readable error; the result compares with 2022', async () => {
    const { root, urls, errors } = await mount({ 'peers-src': 'javascript:alert(1)' }, shares(40));
    await waitUntil(() => contentError(root), 'the problem is shown');
    expect(textOf(contentError(root))).to.include('peers-src');
    expect(errors[0]!.issues.map((i) => i.path)).to.deep.equal(['peers-src']);
    expect(takeWarnings().some((w) => String(w[0]).includes('peers-src'))).to.equal(true);
    expect(urls).to.deep.equal([]);
    expect(textOf(root)).to.include('Alle 203');
  });
});
