import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ASPECT_IDS, MUNICIPALITY_IDS, type AspectId } from '../../src/content/schema/common.js';
import type { Contact } from '../../src/content/schema/contacts.js';
import {
  EMERGENCY_CONTACT_ID,
  NATIONAL_CONTACTS,
  VEILIG_THUIS_CONTACT_ID,
} from '../../src/content/default/contacts.js';
import type { YesNoMaybe } from '../../src/content/model.js';
import { escalationNeeds, type ScanResult } from '../../src/logic/scan-result.js';
import { listContacts, mergeContacts, orderAspects, type ListOptions } from '../../src/logic/escalation.js';
import { escalationAnswers, scanResult } from '../support/scan-result.js';

const PROTECTED = [VEILIG_THUIS_CONTACT_ID, EMERGENCY_CONTACT_ID];

function contact(id: string, aspects: AspectId[], municipalities?: Contact['municipalities']): Contact {
  return { id, name: id, reason: `Voor ${id}`, aspects, phone: '053 481 1234', ...(municipalities ? { municipalities } : {}) };
}

/** A scan's result with these escalation answers (nothing marked as needing attention). */
const scan = (escalation: Partial<Record<AspectId, YesNoMaybe>>): ScanResult =>
  scanResult({ aspects: escalationAnswers(escalation), peers: { insufficientPct: 10, groupInsufficientPct: 12, groupN: 40 } });

const ids = (contacts: readonly Contact[]) => contacts.map((c) => c.id);

describe('mergeContacts', () => {
  const national = [contact('veilig-thuis', ['veiligheid']), contact('alarmnummer-112', ['veiligheid']), contact('juridisch-loket', ['juridisch'])];

  const table: readonly [what: string, partner: Contact[] | undefined, expected: string[]][] = [
    ['no partner content', undefined, ['veilig-thuis', 'alarmnummer-112', 'juridisch-loket']],
    ['an empty list', [], ['veilig-thuis', 'alarmnummer-112', 'juridisch-loket']],
    ['a new contact, put first', [contact('wijkteam', ['ouderschap'])], ['wijkteam', 'veilig-thuis', 'alarmnummer-112', 'juridisch-loket']],
    ['a contact replacing a national id', [contact('juridisch-loket', ['juridisch'])], ['juridisch-loket', 'veilig-thuis', 'alarmnummer-112']],
    ['a contact with the id of Veilig Thuis', [contact('veilig-thuis', ['juridisch'])], ['veilig-thuis', 'alarmnummer-112', 'juridisch-loket']],
    ['a contact with the id of 112', [contact('alarmnummer-112', ['financieel'])], ['veilig-thuis', 'alarmnummer-112', 'juridisch-loket']],
  ];
  for (const [what, partner, expected] of table) {
    it(`merges ${what}`, () => {
      expect(ids(mergeContacts(national, partner, PROTECTED))).to.deep.equal(expected);
    });
  }

  it('uses the partner version of a replaced contact', () => {
    const mine = { ...contact('juridisch-loket', ['juridisch']), name: 'Juridisch Loket Twente' };
    const merged = mergeContacts(national, [mine], PROTECTED);
    expect(merged.filter((c) => c.id === 'juridisch-loket')).to.deep.equal([mine]);
  });

  it('never changes the protected contacts', () => {
    const fake = { ...contact('veilig-thuis', ['juridisch']), phone: '0900-1234' };
    const merged = mergeContacts(NATIONAL_CONTACTS, [fake], PROTECTED);
    expect(merged.find((c) => c.id === 'veilig-thuis')).to.equal(NATIONAL_CONTACTS.find((c) => c.id === 'veilig-thuis'));
    expect(merged.filter((c) => c.id === 'veilig-thuis')).to.have.length(1);
  });

  it('does not change its inputs', () => {
    const partner = [contact('juridisch-loket', ['juridisch'])];
    const before = ids(national);
    mergeContacts(national, partner, PROTECTED);
    expect(ids(national)).to.deep.equal(before);
    expect(ids(partner)).to.deep.equal(['juridisch-loket']);
  });
});

describe('listContacts', () => {
  const contacts = [
    contact('wijkteam-enschede', ['ouderschap', 'relationeel'], ['enschede']),
    contact('wijkteam-hengelo', ['ouderschap'], ['hengelo', 'borne']),
    contact('schuldhulp-almelo', ['financieel', 'juridisch'], ['almelo']),
    contact('kindertelefoon', ['ouderschap', 'relationeel']),
    contact('villa-pinedo', ['ouderschap']),
    contact('geldfit', ['financieel']),
  ];
  const list = (options: Partial<ListOptions> = {}, from: readonly Contact[] = contacts) =>
    listContacts(from, { aspects: ASPECT_IDS, ...options });
  const shownIds = (options: Partial<ListOptions> = {}, from: readonly Contact[] = contacts) => ids(list(options, from).shown.map((c) => c.contact));

  const table: readonly [what: string, options: Partial<ListOptions>, shown: string[], hiddenLocal: number][] = [
    ['all aspects, no municipality', {}, ['kindertelefoon', 'villa-pinedo', 'geldfit'], 3],
    ['all aspects in Enschede: its team first among those for relationeel', { municipality: 'enschede' }, ['wijkteam-enschede', 'kindertelefoon', 'villa-pinedo', 'geldfit'], 0],
    ['all aspects in Borne', { municipality: 'borne' }, ['kindertelefoon', 'wijkteam-hengelo', 'villa-pinedo', 'geldfit'], 0],
    ['all aspects in Almelo: the team for money and law under juridisch', { municipality: 'almelo' }, ['schuldhulp-almelo', 'kindertelefoon', 'villa-pinedo', 'geldfit'], 0],
    ['ouderschap only', { aspects: ['ouderschap'] }, ['kindertelefoon', 'villa-pinedo'], 2],
    ['ouderschap in Enschede', { aspects: ['ouderschap'], municipality: 'enschede' }, ['wijkteam-enschede', 'kindertelefoon', 'villa-pinedo'], 0],
    ['relationeel only', { aspects: ['relationeel'] }, ['kindertelefoon'], 1],
    ['financieel in Almelo', { aspects: ['financieel'], municipality: 'almelo' }, ['schuldhulp-almelo', 'geldfit'], 0],
    ['juridisch, nothing national', { aspects: ['juridisch'] }, [], 1],
    ['veiligheid, nothing at all', { aspects: ['veiligheid'] }, [], 0],
    ['with kindertelefoon left out', { exclude: ['kindertelefoon'] }, ['villa-pinedo', 'geldfit'], 3],
  ];
  for (const [what, options, shown, hiddenLocal] of table) {
    it(`${what}: ${shown.join(', ') || 'none'}, ${hiddenLocal} hidden`, () => {
      const result = list(options);
      expect(ids(result.shown.map((c) => c.contact))).to.deep.equal(shown);
      expect(result.hiddenLocal).to.equal(hiddenLocal);
    });
  }

  it('lists a contact for several aspects once, with every aspect it helps with as tags in the report order', () => {
    const { shown } = list({ municipality: 'almelo' });
    expect(shown.map((c) => [c.contact.id, c.aspects])).to.deep.equal([
      ['schuldhulp-almelo', ['juridisch', 'financieel']],
      ['kindertelefoon', ['relationeel', 'ouderschap']],
      ['villa-pinedo', ['ouderschap']],
      ['geldfit', ['financieel']],
    ]);
    // Also the aspects a filter leaves out: the tags say what else a contact is for.
    expect(list({ aspects: ['ouderschap'] }).shown[0]!.aspects).to.deep.equal(['relationeel', 'ouderschap']);
  });

  it('lists an id once even when the given list has it twice (the first one counts)', () => {
    const twice = [contact('geldfit', ['financieel']), { ...contact('geldfit', ['juridisch']), name: 'Tweede' }];
    expect(list({}, twice).shown.map((c) => [c.contact.name, c.aspects])).to.deep.equal([['geldfit', ['financieel']]]);
  });

  it("puts the contacts for the scan's escalation needs first, in the report order, and keeps the rest's order", () => {
    expect(shownIds({ result: scan({ financieel: 'nee' }) })).to.deep.equal(['geldfit', 'kindertelefoon', 'villa-pinedo']);
    // Ouderschap comes before financieel in the report; a local contact first within an aspect.
    expect(shownIds({ result: scan({ financieel: 'misschien', ouderschap: 'nee' }), municipality: 'almelo' })).to.deep.equal([
      'kindertelefoon',
      'villa-pinedo',
      'schuldhulp-almelo',
      'geldfit',
    ]);
    expect(shownIds({ result: scan({ financieel: 'misschien', relationeel: 'nee' }), municipality: 'enschede' })).to.deep.equal([
      'wijkteam-enschede',
      'kindertelefoon',
      'geldfit',
      'villa-pinedo',
    ]);
    // Every answer "ja": the order without a scan.
    expect(shownIds({ result: scan({}) })).to.deep.equal(shownIds());
  });

  it('lists the national contacts once each, Veilig Thuis and 112 left out for the closing', () => {
    const { shown, hiddenLocal } = listContacts(NATIONAL_CONTACTS, { aspects: ASPECT_IDS, exclude: PROTECTED });
    expect(shown.map((c) => [c.contact.id, c.aspects])).to.deep.equal([
      ['juridisch-loket', ['juridisch']],
      ['kindertelefoon', ['relationeel', 'ouderschap']],
      ['villa-pinedo', ['relationeel', 'ouderschap']],
      ['geldfit', ['financieel']],
      ['nji-richtlijn-scheiding', ['professioneel']],
    ]);
    expect(hiddenLocal).to.equal(0);
  });

  it('never lists an id twice, and lists only contacts for the chosen aspects and municipality (property)', () => {
    const aspectSet = fc.uniqueArray(fc.constantFrom(...ASPECT_IDS), { minLength: 1 });
    const arbitraryContact = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      aspects: aspectSet,
      municipalities: fc.option(fc.uniqueArray(fc.constantFrom(...MUNICIPALITY_IDS.slice(0, 3)), { minLength: 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryContact, { maxLength: 12 }),
        aspectSet,
        fc.option(fc.constantFrom(...MUNICIPALITY_IDS.slice(0, 3)), { nil: undefined }),
        (raw, aspects, municipality) => {
          const given = raw.map((r) => contact(r.id, r.aspects, r.municipalities));
          const chosen = ASPECT_IDS.filter((a) => aspects.includes(a));
          const { shown } = listContacts(given, { aspects: chosen, municipality });
          const shownIds = shown.map((c) => c.contact.id);
          expect(new Set(shownIds).size).to.equal(shownIds.length);
          for (const { contact: c, aspects: tags } of shown) {
            expect(c.aspects.some((a) => chosen.includes(a))).to.equal(true);
            expect(!c.municipalities || (municipality !== undefined && c.municipalities.includes(municipality))).to.equal(true);
            expect(tags).to.deep.equal(ASPECT_IDS.filter((a) => c.aspects.includes(a)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('orderAspects and escalationNeeds', () => {
  const table: readonly [what: string, result: ScanResult | undefined, order: AspectId[], unsure: AspectId[]][] = [
    ['without a result', undefined, [...ASPECT_IDS], []],
    ['when every answer is ja', scan({}), [...ASPECT_IDS], []],
    [
      'with nee and misschien on financieel and juridisch',
      scan({ financieel: 'nee', juridisch: 'misschien' }),
      ['juridisch', 'financieel', 'relationeel', 'ouderschap', 'veiligheid', 'professioneel'],
      ['juridisch', 'financieel'],
    ],
    [
      'with only the last aspect unsure',
      scan({ professioneel: 'nee' }),
      ['professioneel', 'juridisch', 'relationeel', 'ouderschap', 'veiligheid', 'financieel'],
      ['professioneel'],
    ],
    [
      'when every answer is nee',
      scan(Object.fromEntries(ASPECT_IDS.map((a) => [a, 'nee']))),
      [...ASPECT_IDS],
      [...ASPECT_IDS],
    ],
  ];
  for (const [what, result, order, unsure] of table) {
    it(`orders ${what}`, () => {
      expect(orderAspects(ASPECT_IDS, result)).to.deep.equal(order);
      expect([...escalationNeeds(result)].sort()).to.deep.equal([...unsure].sort());
    });
  }

  it('keeps the given order within each group and returns a new array', () => {
    const given: AspectId[] = ['veiligheid', 'juridisch', 'financieel'];
    const ordered = orderAspects(given, scan({ financieel: 'nee', veiligheid: 'misschien' }));
    expect(ordered).to.deep.equal(['veiligheid', 'financieel', 'juridisch']);
    expect(orderAspects(given)).not.to.equal(given);
  });
});
