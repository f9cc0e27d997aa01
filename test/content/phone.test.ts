import { expect } from '@open-wc/testing';
import { parseDutchPhone } from '../../src/content/phone.js';

describe('parseDutchPhone', () => {
  const accepted: readonly [input: string, tel: string, display: string][] = [
    ['0800-2000', '+318002000', '0800-2000'],
    ['0900-8020', '+319008020', '0900-8020'],
    ['0800 8115', '+318008115', '0800-8115'],
    ['053 481 1234', '+31534811234', '053 481 1234'],
    ['053 - 481 12 34', '+31534811234', '053 481 1234'],
    ['+31 53 481 1234', '+31534811234', '053 481 1234'],
    ['0031 6 12345678', '+31612345678', '06 1234 5678'],
    ['06-12345678', '+31612345678', '06 1234 5678'],
    ['+31 (0)53 4811234', '+31534811234', '053 481 1234'],
    ['0541 123 456', '+31541123456', '0541 123 456'],
    ['020-1234567', '+31201234567', '020 123 4567'],
    ['  053 481 1234  ', '+31534811234', '053 481 1234'],
    ['112', '112', '112'],
    ['14 053', '14053', '14 053'],
    ['140546', '140546', '14 0546'],
  ];
  for (const [input, tel, display] of accepted) {
    it(`reads ${JSON.stringify(input)} as tel ${tel}, shown ${display}`, () => {
      expect(parseDutchPhone(input)).to.deep.equal({ tel, display });
    });
  }

  it('reads "(053) 4811234" as tel +31534811234, shown 053 481 1234', () => {
    expect(parseDutchPhone('(053) 4811234')).to.deep.equal({ tel: '+31534811234', display: '053 481 1234' });
  });

  const refused: readonly string[] = [
    '',
    '   ',
    'abc',
    '12345',
    '+44 20 7946 0000',
    '0044 20 7946 0000',
    '0800-12',
    '0800-12345678',
    '053 481 12',
    '053 481 12345',
    'javascript:alert(1)',
    'tel:0800-2000',
    '00 31',
    '0031',
    '+31',
    '53 481 1234',
    '053+4811234',
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      expect(parseDutchPhone(input)).to.equal(null);
    });
  }

  it('gives every accepted number a tel: value without spaces or punctuation', () => {
    for (const [input] of accepted) {
      expect(parseDutchPhone(input)!.tel).to.match(/^\+?\d+$/, input);
    }
  });
});
