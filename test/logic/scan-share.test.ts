import { expect } from '@open-wc/testing';
import { parseScanShare } from '../../src/content/schema/scan-share.js';
import { monthOf, SHARE_QUESTION_IDS } from '../../src/content/scan-share-fields.js';
import { canonicalJson, shareDigest, shareOf } from '../../src/logic/scan-share.js';
import { sha256Hex } from '../../src/logic/sha256.js';
import { scanResult } from '../support/scan-result.js';

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    // Two blocks of padding, and UTF-8.
    expect(sha256Hex('a'.repeat(64))).to.equal('ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb');
    expect(sha256Hex('\u00e9')).to.equal('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});

describe('shareOf', () => {
  it('builds the share the receiver takes: the group, every answer by question id, the month; nothing else', () => {
    const result = scanResult({ aspects: { financieel: { competence: 'sterk_mee_oneens', knowledgeSource: 'nee', escalation: 'misschien' } } });
    const share = shareOf(result, { month: '2026-03', municipality: 'hof-van-twente' });
    expect(Object.keys(share).sort()).to.deep.equal(['answers', 'frequency', 'month', 'municipality', 'survey']);
    expect(share.survey).to.equal('2022-02');
    expect(share.frequency).to.equal('gt_monthly');
    expect(Object.keys(share.answers)).to.deep.equal([...SHARE_QUESTION_IDS]);
    expect(share.answers['general.competence']).to.equal('eens');
    expect(share.answers['financieel.competence']).to.equal('sterk_mee_oneens');
    expect(share.answers['financieel.knowledge_source']).to.equal('nee');
    expect(share.answers['financieel.escalation']).to.equal('misschien');
    const parsed = parseScanShare(JSON.parse(JSON.stringify(share)));
    expect(parsed.ok).to.equal(true);
    // Nothing of the result beyond the answers: no language, no peers, no focus.
    expect(JSON.stringify(share)).not.to.match(/lang|peers|focus|reasons|version|"nl"/);
  });

  it('leaves the municipality out when the person was not asked, and keeps "liever niet"', () => {
    const result = scanResult();
    expect('municipality' in shareOf(result, { month: '2026-03' })).to.equal(false);
    expect(shareOf(result, { month: '2026-03', municipality: 'liever_niet' }).municipality).to.equal('liever_niet');
  });

  it('shares only the aspects a scan asked', () => {
    const result = { ...scanResult(), aspects: scanResult().aspects.filter((a) => a.id === 'juridisch') };
    const share = shareOf(result, { month: '2026-03' });
    expect(Object.keys(share.answers)).to.deep.equal(['general.competence', 'juridisch.competence', 'juridisch.knowledge_source', 'juridisch.escalation']);
    expect(parseScanShare(share).ok).to.equal(true);
  });

  it('monthOf gives the local month as yyyy-mm', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 59))).to.equal('2026-01');
    expect(monthOf(new Date(2026, 11, 1))).to.equal('2026-12');
  });
});

describe('shareDigest', () => {
  const share = shareOf(scanResult(), { month: '2026-03', municipality: 'almelo' });

  it('is the same for the same answers whatever the month or municipality, and differs by salt and answers', () => {
    const salt = '0123456789abcdef0123456789abcdef';
    const d = shareDigest(share, salt);
    expect(d).to.match(/^[0-9a-f]{64}$/);
    expect(shareDigest({ ...share, month: '2026-04', municipality: 'losser' } as typeof share, salt)).to.equal(d);
    expect(shareDigest({ ...share, answers: { ...share.answers } }, salt)).to.equal(d);
    expect(shareDigest(share, 'ffffffffffffffffffffffffffffffff')).not.to.equal(d);
    expect(shareDigest({ ...share, answers: { ...share.answers, 'juridisch.escalation': 'nee' } }, salt)).not.to.equal(d);
    expect(shareDigest({ ...share, frequency: 'lt_quarterly' }, salt)).not.to.equal(d);
    // The answers themselves are not in it.
    expect(d).not.to.include('eens');
  });

  it('canonicalJson sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null }, x: undefined })).to.equal('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
