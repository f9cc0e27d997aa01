// The example files in docs/examples/ that docs/content.md points partners to: they must be valid
// for the schemas the widgets and the receiver use, plainly fictional, show every notation the
// guide describes, and work in the widgets as a partner would use them (content-src).
import { expect } from '@open-wc/testing';
import '../../src/define/otd-escalation-card.js';
import '../../src/define/otd-resource-recommender.js';
import { ASPECT_IDS } from '../../src/content/model.js';
import { parsePartnerContent } from '../../src/content/parse.js';
import type { PartnerContent } from '../../src/content/schema/partner-content.js';
import { sessionConfigListSchema } from '../../src/content/schema/sessions.js';
import { parseDutchPhone } from '../../src/content/phone.js';
import { allByRole, byRole, contentError, contentSettled, namesOf, removePages, addPage, textOf } from '../support/dom.js';
import { expectQuietConsole, watchConsole } from '../support/console.js';

const CONTENT = '/docs/examples/sociale-kaart.json';
const SESSIONS = '/docs/examples/sessions.json';

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  expect(response.ok, url).to.equal(true);
  return response.json();
}

/** Every string in a value, with the key it sits under. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

async function exampleContent(): Promise<PartnerContent> {
  const result = parsePartnerContent(await json(CONTENT));
  if (!result.ok) expect.fail(`the example content is not valid: ${JSON.stringify(result.issues)}`);
  return result.content;
}

describe('docs/examples', () => {
  beforeEach(watchConsole);
  afterEach(() => {
    removePages();
    expectQuietConsole();
  });

  describe('sociale-kaart.json', () => {
    it('is valid partner content, and refused once a field is broken (the check bites)', async () => {
      const content = await exampleContent();
      expect(content.contacts).to.have.length.greaterThan(3);
      expect(content.resources).to.have.length.greaterThan(2);

      const broken = structuredClone(await json(CONTENT)) as { contacts: Record<string, unknown>[] };
      broken.contacts[1]!['website'] = 'javascript:alert(1)';
      delete broken.contacts[2]!['reason'];
      const result = parsePartnerContent(broken);
      expect(result.ok).to.equal(false);
      expect(result.ok ? [] : result.issues.map((i) => i.path)).to.deep.equal(['contacts[1].website', 'contacts[2].reason']);
    });

    it('covers every aspect, both origins, and every notation the guide names', async () => {
      const content = await exampleContent();
      const contacts = content.contacts ?? [];
      const resources = content.resources ?? [];
      expect([...new Set(contacts.flatMap((c) => c.aspects))].sort()).to.deep.equal([...ASPECT_IDS].sort());
      expect(new Set(resources.map((r) => r.origin))).to.deep.equal(new Set(['self_study', 'regional_offer']));
      // Text as one Dutch string and as { nl, en }; national (no municipalities) and local contacts.
      expect(contacts.some((c) => typeof c.name === 'string')).to.equal(true);
      expect(contacts.some((c) => typeof c.name === 'object' && c.name.en)).to.equal(true);
      expect(contacts.some((c) => !c.municipalities)).to.equal(true);
      expect(contacts.some((c) => c.municipalities && c.municipalities.length > 1)).to.equal(true);
      for (const field of ['phone', 'email', 'website', 'hours', 'organisation'] as const) {
        expect(contacts.some((c) => c[field] !== undefined), `a contact with ${field}`).to.equal(true);
      }
      for (const field of ['durationMinutes', 'durationText', 'url', 'skjAccredited', 'freelyShareable', 'note', 'description'] as const) {
        expect(resources.some((r) => r[field] !== undefined), `a resource with ${field}`).to.equal(true);
      }
    });

    it('is plainly fictional: example contacts, example.org addresses, "fictief" in every name', async () => {
      const content = await exampleContent();
      for (const c of content.contacts ?? []) {
        expect(c.example, `${c.id} is marked as an example`).to.equal(true);
        expect(JSON.stringify(c.name), c.id).to.match(/fictief/);
      }
      for (const r of content.resources ?? []) expect(JSON.stringify(r.title), r.id).to.match(/fictief/);
      for (const [key, value] of strings(content)) {
        if (key === 'email') expect(value, key).to.match(/@example\.org$/);
        if (key === 'website' || key === 'url') expect(new URL(value).hostname, key).to.equal('example.org');
        if (key === 'phone') expect(parseDutchPhone(value)?.display, value).to.match(/^0\d+ 000 \d{4}$/);
      }
    });

    it('shows in the escalation card from content-src, local contacts for the chosen municipality, marked "Voorbeeld"', async () => {
      const page = addPage();
      const errors: Event[] = [];
      page.addEventListener('otd-content-error', (e) => errors.push(e));
      page.innerHTML = `<otd-escalation-card content-src="${CONTENT}" municipality="Borne"></otd-escalation-card>`;
      const card = page.querySelector('otd-escalation-card')!;
      await contentSettled(card);
      const root = card.shadowRoot!;
      expect(contentError(root)).to.equal(null);
      expect(errors).to.have.length(0);
      // Each contact once, with the aspects it helps with as tags.
      const team = byRole(root, 'article', /^Wijkteam Voorbeeld \(fictief\) Voorbeeld/);
      expect(textOf(team.querySelector('[part="tags"]'))).to.include('Ouderschap');
      expect(textOf(team.querySelector('.badge'))).to.equal('Voorbeeld');
      expect(byRole(team, 'link', 'Bel 074 000 0001').getAttribute('href')).to.equal('tel:+31740000001');
      // The Hengelo-only desk is not shown for Borne; the national consultation team is.
      expect(allByRole(root, 'article', /^Scheidingsloket Voorbeeld/)).to.have.length(0);
      const consultation = byRole(root, 'article', /^Consultatieteam complexe scheidingen Voorbeeld \(fictief\)/);
      expect(textOf(consultation.querySelector('[part="tags"]'))).to.include('Professionele afwegingen');
      await expect(card).to.be.accessible();
    });

    it('shows in the resource recommender from content-src, the local offer under its topics', async () => {
      const page = addPage();
      page.innerHTML = `<otd-resource-recommender content-src="${CONTENT}"></otd-resource-recommender>`;
      const recommender = page.querySelector('otd-resource-recommender')!;
      await contentSettled(recommender);
      const root = recommender.shadowRoot!;
      expect(contentError(root)).to.equal(null);
      const titles = namesOf(root, 'article');
      expect(titles).to.include('Voorbeeld: training Ouderschap na scheiding (fictief)');
      expect(titles).to.include('Voorbeeld: Geld en scheiden in tien vragen (fictief)');
      await expect(recommender).to.be.accessible();
    });
  });

  describe('sessions.json', () => {
    it('is a valid sessions file for the receiver, and refused once a session is broken (the check bites)', async () => {
      const data = (await json(SESSIONS)) as Record<string, unknown>[];
      const result = sessionConfigListSchema.safeParse(data);
      expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
      expect(data.some((s) => typeof s['place'] === 'string')).to.equal(true);
      expect(data.some((s) => typeof s['place'] === 'object')).to.equal(true);

      const broken = structuredClone(data);
      broken[0]!['endTime'] = '08:00';
      broken[2]!['id'] = broken[1]!['id'];
      const refused = sessionConfigListSchema.safeParse(broken);
      expect(refused.success).to.equal(false);
      expect(refused.error?.issues.map((i) => i.path.join('.'))).to.deep.equal(['0.endTime', '2.id']);
    });
  });
});
