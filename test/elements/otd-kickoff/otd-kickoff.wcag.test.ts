// WCAG 2.1 AA and the 2.2 additions for <otd-kickoff>, in every state a reader meets: axe passes, Tab
// visits every control once with a visible focus ring, nothing needs sideways scrolling at 320 px, and
// nothing but the reader's own choice changes anything.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/otd-kickoff.js';
import type { OtdKickoff } from '../../../src/elements/otd-kickoff/otd-kickoff.js';
import { allByRole, byRole, contentError, removePages } from '../../support/dom.js';
import { expectQuietConsole, takeWarnings, watchConsole } from '../../support/console.js';
import {
  atViewport,
  expectNoSuspectHandlers,
  expectReflow,
  expectTabThrough,
  inEachState,
  placeOnPage,
  type Mounted,
  type States,
} from '../../support/wcag.js';

const PLATFORM = 'https://platform.example/zelfscan';

const STATES = ['hook', 'answered', 'own film', 'film before the click', 'film after the click', 'error'] as const;
type State = (typeof STATES)[number];

async function mountIn(state: State): Promise<Mounted<OtdKickoff>> {
  const attrs: Record<string, string> = state === 'error' ? {} : { href: PLATFORM, finding: 'juridisch.competence' };
  if (state === 'own film') Object.assign(attrs, { 'video-src': '/test/fixtures/kickoff/film.mp4', 'video-captions': '/test/fixtures/kickoff/film.vtt' });
  if (state.startsWith('film ')) attrs['video-embed'] = 'https://video.invalid/embed/kickoff';
  const m = placeOnPage('otd-kickoff', attrs);
  m.el.innerHTML = '<a href="https://platform.example/">Doe de zelfscan</a>';
  await m.el.updateComplete;
  if (state === 'answered') {
    allByRole<HTMLInputElement>(m.root, 'radio')[1]!.click();
  }
  if (state === 'film after the click') {
    byRole(m.root, 'button', /Bekijk het filmpje/).click();
  }
  if (state === 'error') {
    expect(contentError(m.root)).to.not.equal(null);
    takeWarnings();
  }
  return m;
}

const KICKOFF: States<State, Mounted<OtdKickoff>> = { states: STATES, mountIn };

/** axe on the widget; a third party's player (a frame axe cannot enter) is left out of its run. */
async function expectAxeClean(el: OtdKickoff, state: State): Promise<void> {
  if (state !== 'film after the click') {
    await expect(el).to.be.accessible();
    return;
  }
  const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
  const result = await axe.run(el, { iframes: false, resultTypes: ['violations'] });
  expect(result.violations.map((v) => v.id), state).to.deep.equal([]);
}

describe('<otd-kickoff> WCAG', function () {
  this.timeout(30000);

  beforeEach(() => watchConsole());
  afterEach(() => {
    removePages();
    expectQuietConsole();
  });

  it('axe finds nothing in any state: the hook, answered, the films before and after the click, the error', async () => {
    await inEachState(KICKOFF, (m, state) => expectAxeClean(m.el, state));
  });

  it('1.4.10 reflow: at 320 CSS px no state needs sideways scrolling', async () => {
    await atViewport(320, 640, () => inEachState(KICKOFF, (m) => expectReflow(m.el)));
  });

  for (const state of ['hook', 'answered', 'film before the click'] as const) {
    it(`2.1.1, 2.4.3, 2.4.7, 1.4.11 focus (${state}): Tab visits every control once in order, each with a 3:1 focus ring, and leaves both ways`, async () => {
      await expectTabThrough(await mountIn(state), { moreThan: 2 });
    });
  }

  it('3.2.2 on input: choosing an answer with the keyboard changes the link, and nothing else: focus stays, the page stays', async () => {
    const m = await mountIn('hook');
    const url = location.href;
    allByRole<HTMLInputElement>(m.root, 'radio')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(m.root.activeElement).to.equal(allByRole(m.root, 'radio')[1]);
    expect(location.href).to.equal(url);
  });

  it('2.1.4, 2.5.x, 1.4.13: no key, pointer-down, hover or drag handlers, and no tooltips', async () => {
    await expectNoSuspectHandlers(KICKOFF);
  });
});
