import { expect } from '@open-wc/testing';
import { ASPECT_IDS, type AspectId } from '../../src/content/schema/common.js';
import type { Contact } from '../../src/content/schema/contacts.js';
import {
  EMERGENCY_CONTACT_ID,
  NATIONAL_CONTACTS,
  VEILIG_THUIS_CONTACT_ID,
} from '../../src/content/default/contacts.js';
import type { YesNoMaybe } from '../../src/content/model.js';
import { escalationNeeds, type ScanResult } from '../../src/logic/scan-result.js';
import { contactsFor, mergeContacts, orderAspects } from '../../src/logic/escalation.js';
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

describe('contactsFor', () => {
  const contacts = [
    contact('wijkteam-enschede', ['ouderschap', 'relationeel'], ['enschede']),
    contact('wijkteam-hengelo', ['ouderschap'], ['hengelo', 'borne']),
    contact('schuldhulp-almelo', ['financieel'], ['almelo']),
    contact('kindertelefoon', ['ouderschap', 'relationeel']),
    contact('villa-pinedo', ['ouderschap']),
    contact('geldfit', ['financieel']),
  ];

  const table: readonly [aspect: AspectId, municipality: Parameters<typeof contactsFor>[2], shown: string[], hiddenLocal: number][] = [
    ['ouderschap', undefined, ['kindertelefoon', 'villa-pinedo'], 2],
    ['ouderschap', 'enschede', ['wijkteam-enschede', 'kindertelefoon', 'villa-pinedo'], 0],
    ['ouderschap', 'borne', ['wijkteam-hengelo', 'kindertelefoon', 'villa-pinedo'], 0],
    ['ouderschap', 'almelo', ['kindertelefoon', 'villa-pinedo'], 0],
    ['relationeel', undefined, ['kindertelefoon'], 1],
    ['relationeel', 'enschede', ['wijkteam-enschede', 'kindertelefoon'], 0],
    ['financieel', undefined, ['geldfit'], 1],
    ['financieel', 'almelo', ['schuldhulp-almelo', 'geldfit'], 0],
    ['juridisch', undefined, [], 0],
    ['juridisch', 'enschede', [], 0],
  ];
  for (const [aspect, municipality, shown, hiddenLocal] of table) {
    it(`${aspect} in ${municipality ?? '(no municipality)'}: ${shown.join(', ') || 'none'}, ${hiddenLocal} hidden`, () => {
      const result = contactsFor(contacts, aspect, municipality);
      expect(ids(result.shown)).to.deep.equal(shown);
      expect(result.hiddenLocal).to.equal(hiddenLocal);
    });
  }

  it('shows the national defaults per aspect', () => {
    const per = Object.fromEntries(ASPECT_IDS.map((a) => [a, ids(contactsFor(NATIONAL_CONTACTS, a).shown)]));
    expect(per).to.deep.equal({
      juridisch: ['juridisch-loket'],
      relationeel: ['kindertelefoon', 'villa-pinedo'],
      ouderschap: ['kindertelefoon', 'villa-pinedo'],
      veiligheid: ['veilig-thuis', 'alarmnummer-112'],
      financieel: ['geldfit'],
      professioneel: ['nji-richtlijn-scheiding'],
    });
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
