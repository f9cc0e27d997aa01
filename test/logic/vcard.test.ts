import { expect } from '@open-wc/testing';
import { toVCard, vCardFileName } from '../../src/logic/vcard.js';

/** The logical lines of a vCard: unfolded (RFC 6350 §3.2) and split on CRLF. */
function unfold(card: string): string[] {
  return card.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

describe('toVCard', () => {
  it('writes a vCard 3.0 with every field, lines ending in CRLF', () => {
    const card = toVCard({
      name: 'Veilig Thuis',
      organisation: 'Advies- en meldpunt',
      tel: '+318002000',
      email: 'info@example.nl',
      url: 'https://www.example.nl/',
      note: 'Dag en nacht',
    });
    expect(card.endsWith('\r\n')).to.equal(true);
    expect(card.replace(/\r\n/g, '')).not.to.include('\n');
    expect(card.replace(/\r\n/g, '')).not.to.include('\r');
    expect(unfold(card)).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Veilig Thuis',
      'N:;Veilig Thuis;;;',
      'ORG:Advies- en meldpunt',
      'TEL;TYPE=WORK,VOICE:+318002000',
      'EMAIL;TYPE=INTERNET,WORK:info@example.nl',
      'URL:https://www.example.nl/',
      'NOTE:Dag en nacht',
      'END:VCARD',
    ]);
  });

  it('leaves out the fields that are not given', () => {
    expect(unfold(toVCard({ name: '112', tel: '112' }))).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:112',
      'N:;112;;;',
      'TEL;TYPE=WORK,VOICE:112',
      'END:VCARD',
    ]);
  });

  const escapes: readonly [value: string, escaped: string][] = [
    ['Geld, schulden', 'Geld\\, schulden'],
    ['Juridisch; gezag', 'Juridisch\\; gezag'],
    ['C:\\pad', 'C:\\\\pad'],
    ['regel 1\nregel 2', 'regel 1\\nregel 2'],
    ['a\\,b', 'a\\\\\\,b'],
    ['Bel: 09:00–18:00', 'Bel: 09:00–18:00'],
  ];
  for (const [value, escaped] of escapes) {
    it(`escapes ${JSON.stringify(value)} in text values`, () => {
      const lines = unfold(toVCard({ name: value, organisation: value, note: value }));
      expect(lines).to.include(`FN:${escaped}`);
      expect(lines).to.include(`N:;${escaped};;;`);
      expect(lines).to.include(`ORG:${escaped}`);
      expect(lines).to.include(`NOTE:${escaped}`);
    });
  }

  it('escapes CRLF and a lone CR as \\n too', () => {
    const lines = unfold(toVCard({ name: 'x', note: 'regel 1\r\nregel 2\rregel 3' }));
    expect(lines).to.include('NOTE:regel 1\\nregel 2\\nregel 3');
  });

  it('folds long lines to at most 75 characters, continuation lines starting with a space', () => {
    const note = 'Vragen over gezag, omgang, het ouderschapsplan en andere juridische gevolgen van een scheiding. '.repeat(3);
    const card = toVCard({ name: 'Het Juridisch Loket', note });
    const physical = card.split('\r\n').filter(Boolean);
    for (const line of physical) expect(line.length).to.be.at.most(75);
    const continuations = physical.filter((l) => l.startsWith(' '));
    expect(continuations.length).to.be.greaterThan(2);
    expect(unfold(card)).to.include(`NOTE:${note.replace(/,/g, '\\,')}`);
  });

  it('does not fold a line of exactly 74 characters', () => {
    const name = 'x'.repeat(74 - 'FN:'.length);
    const physical = toVCard({ name }).split('\r\n');
    expect(physical).to.include(`FN:${name}`);
  });

  it('never splits a character when folding', () => {
    const note = `${'a'.repeat(68)}😀 en verder`;
    const card = toVCard({ name: 'x', note });
    expect(() => encodeURIComponent(card)).not.to.throw();
    expect(unfold(card)).to.include(`NOTE:${note}`);
  });
});

describe('vCardFileName', () => {
  const table: readonly [id: string, file: string][] = [
    ['veilig-thuis', 'veilig-thuis.vcf'],
    ['nji.richtlijn_1', 'nji.richtlijn_1.vcf'],
    ['a/b\\c:d e', 'a-b-c-d-e.vcf'],
  ];
  for (const [id, file] of table) {
    it(`names ${JSON.stringify(id)} ${file}`, () => {
      expect(vCardFileName(id)).to.equal(file);
    });
  }
});
