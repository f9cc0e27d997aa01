import { expect } from '@open-wc/testing';
import { resolveLang, toLang } from '../../src/internal/lang.js';

describe('toLang', () => {
  const table: readonly [tag: string | null | undefined, lang: 'nl' | 'en' | undefined][] = [
    [undefined, undefined],
    [null, undefined],
    ['', undefined],
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['en-us', 'en'],
    [' en ', 'en'],
    ['fy', 'nl'],
    ['de', 'nl'],
    ['eng', 'nl'],
  ];
  for (const [tag, lang] of table) {
    it(`maps ${JSON.stringify(tag)} to ${JSON.stringify(lang)}`, () => {
      expect(toLang(tag)).to.equal(lang);
    });
  }
});

describe('resolveLang', () => {
  // Plain DOM rather than open-wc fixture(), which waits for an animation frame that a background test page never gets.
  const made: Element[] = [];
  const place = async <T extends Element = HTMLElement>(markup: string): Promise<T> => {
    const template = document.createElement('template');
    template.innerHTML = markup.trim();
    const el = template.content.firstElementChild!;
    document.body.append(el);
    made.push(el);
    return el as T;
  };
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('uses the own value first', async () => {
    const el = await place(`<div lang="nl"><span></span></div>`);
    expect(resolveLang(el.querySelector('span')!, 'en-GB')).to.equal('en');
    expect(resolveLang(el, 'nl')).to.equal('nl');
  });

  it("uses the element's own lang attribute", async () => {
    const el = await place(`<span lang="en"></span>`);
    expect(resolveLang(el)).to.equal('en');
  });

  it('uses the closest [lang] ancestor', async () => {
    const el = await place(`<div lang="nl"><section lang="en"><p><span></span></p></section></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('en');
    expect(resolveLang(el.querySelector('section')!.parentElement!)).to.equal('nl');
  });

  it('defaults to Dutch', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await place(`<div><span></span></div>`);
      expect(resolveLang(el.querySelector('span')!)).to.equal('nl');
      expect(resolveLang(document.createElement('span'))).to.equal('nl');
    } finally {
      if (html0 !== null) document.documentElement.setAttribute('lang', html0);
    }
  });

  it('crosses shadow roots to the host and its ancestors', async () => {
    const el = await place(`<div lang="en"><div class="host"></div></div>`);
    const host = el.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><span></span></div>';
    const inner = root.querySelector('span')!;
    expect(resolveLang(inner)).to.equal('en');
    host.setAttribute('lang', 'nl');
    expect(resolveLang(inner)).to.equal('nl');
    root.querySelector('div')!.setAttribute('lang', 'en');
    expect(resolveLang(inner)).to.equal('en');
  });
});
