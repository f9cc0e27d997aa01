import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { OPEN_SESSION } from '../support/signup.js';
import { contrastRatio, backgroundBehind, parseColor } from '../support/wcag.js';

// Published NL Design System themes on the page, each with the NL Design System's own button, text box
// and paragraph beside the widgets. These are rendered, not restated: the HTML/CSS components of
// @utrecht/button-css, @utrecht/textbox-css and @utrecht/paragraph-css, which read the `utrecht-*`
// tokens all four themes declare. The test reads their computed styles and the computed styles inside
// the widgets' shadow roots, and compares the font of text and buttons, the primary button's colours
// and corners, the text field's border colour and corners, and the focus ring.
//
// Where the widgets deliberately differ from a theme, the expectation says so:
// - the focus ring is at least 2px wide (Rotterdam's theme says 1px);
// - a theme that declares no focus offset gets the widgets' 2px (the component's ring then sits at
//   the browser's 0);
// - the widgets keep their own 2px field border; only its colour and corners are the theme's.
//
// Where there is no component to compare with, the test uses the tokens' documented meaning:
// - the voorbeeld theme declares its focus ring only as `basis-focus-outline-*`, which utrecht-button
//   does not read: a ring drawn from those tokens is the reference;
// - the surface behind items is `--utrecht-surface-background-color` where a theme has one (Utrecht);
// - every border that carries meaning (the widget's box, a group of filters, an item) keeps 3:1 against
//   the colours on both its sides (WCAG 1.4.11), which a theme's separator colour may not (Utrecht's
//   has 1.28:1 on white).

interface Theme {
  readonly className: string;
  /** The stylesheets, as each package says to load it. */
  readonly css: readonly string[];
}

const PACKAGES = '/node_modules';
const THEMES: Readonly<Record<string, Theme>> = {
  voorbeeld: {
    className: 'voorbeeld-theme',
    css: [`${PACKAGES}/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css`],
  },
  utrecht: { className: 'utrecht-theme', css: [`${PACKAGES}/@utrecht/design-tokens/dist/index.css`] },
  denhaag: {
    className: 'denhaag-theme',
    css: [`${PACKAGES}/@gemeente-denhaag/design-tokens-components/dist/theme/index.css`],
  },
  rotterdam: {
    className: 'rotterdam-theme',
    css: [`${PACKAGES}/@nl-design-system-unstable/rotterdam-design-tokens/dist/index.css`],
  },
};

/** The NL Design System's own components, as a page of the municipality shows them. */
const COMPONENTS = [
  `${PACKAGES}/@utrecht/button-css/dist/index.css`,
  `${PACKAGES}/@utrecht/textbox-css/dist/index.css`,
  `${PACKAGES}/@utrecht/paragraph-css/dist/index.css`,
];

const SESSIONS_SRC = '/api/theme-test-sessions';
const realFetch = window.fetch;

function loadStylesheet(href: string): Promise<HTMLLinkElement> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve(link);
    link.onerror = () => reject(new Error(`${href} did not load`));
    document.head.append(link);
  });
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The families in a computed font-family, without the quoting (which browsers serialise differently). */
const families = (fontFamily: string) =>
  fontFamily.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));

const px = (value: string) => parseFloat(value);

/** The 3:1 a border that carries meaning needs, against the colour inside it and the one outside it. */
function borderContrast(el: Element): { inside: number; outside: number; colour: string } {
  const style = getComputedStyle(el);
  const colour = parseColor(style.borderTopColor)!;
  const own = parseColor(style.backgroundColor);
  const outside = backgroundBehind(el);
  const inside = own && own[3] >= 1 ? own : outside;
  return { inside: contrastRatio(colour, inside), outside: contrastRatio(colour, outside), colour: style.borderTopColor };
}

/**
 * The voorbeeld theme declares its focus ring only as `basis-focus-outline-*` tokens, which the
 * utrecht-button does not read (the NL Design System's newer components draw the ring from them):
 * a ring drawn from those tokens, as they are documented.
 */
function basisFocusRing(page: HTMLElement): CSSStyleDeclaration {
  const probe = document.createElement('span');
  probe.style.outlineColor = 'var(--basis-focus-outline-color)';
  probe.style.outlineStyle = 'var(--basis-focus-outline-style)';
  probe.style.outlineWidth = 'var(--basis-focus-outline-width)';
  probe.style.outlineOffset = 'var(--basis-focus-outline-offset)';
  page.append(probe);
  return getComputedStyle(probe);
}

describe('published themes: the widgets against the theme’s own NL Design System components', () => {
  const links: HTMLLinkElement[] = [];

  before(async () => {
    for (const href of [...COMPONENTS, ...Object.values(THEMES).flatMap((t) => t.css)]) links.push(await loadStylesheet(href));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      if (url.pathname === SESSIONS_SRC) {
        return new Response(JSON.stringify([OPEN_SESSION]), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }
      return realFetch(input, init);
    };
  });

  after(() => {
    window.fetch = realFetch;
    for (const link of links) link.remove();
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const [name, theme] of Object.entries(THEMES)) {
    it(`${name}: font, primary button, field, corners and focus ring are the theme’s`, async function () {
      // Two widgets and a Tab on a loaded machine.
      this.timeout(20_000);
      const page = await fixture<HTMLElement>(html`
        <div class=${theme.className}>
          <p class="utrecht-paragraph">Tekst van de pagina</p>
          <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--focus-visible">
            Knop van de pagina
          </button>
          <input class="utrecht-textbox utrecht-textbox--html-input" aria-label="Veld van de pagina" />
          <otd-course-signup endpoint="/api/signups" sessions-src=${SESSIONS_SRC} privacy-url="/privacy"></otd-course-signup>
          <otd-resource-recommender></otd-resource-recommender>
        </div>
      `);
      const signup = page.querySelector<Widget>('otd-course-signup')!;
      const recommender = page.querySelector<Widget>('otd-resource-recommender')!;
      await Promise.all([signup.updateComplete, recommender.updateComplete]);
      await waitUntil(() => signup.shadowRoot!.querySelector('input.control'), 'the signup form did not render its fields', {
        timeout: 5000,
      });
      await waitUntil(() => recommender.shadowRoot!.querySelector('.resource article'), 'the recommender rendered no items', {
        timeout: 5000,
      });

      const themeText = getComputedStyle(page.querySelector('.utrecht-paragraph')!);
      const themeButton = getComputedStyle(page.querySelector('.utrecht-button')!);
      const themeInput = page.querySelector<HTMLInputElement>('.utrecht-textbox')!;
      const themeField = getComputedStyle(themeInput);
      const tokens = getComputedStyle(page);
      const token = (property: string) => tokens.getPropertyValue(property).trim();

      const root = signup.shadowRoot!;
      const button = getComputedStyle(root.querySelector('button.primary')!);
      const field = getComputedStyle(root.querySelector('input.control')!);

      // The theme really is on the page (its stylesheet loaded, its class matched).
      expect(token('--utrecht-button-primary-action-background-color'), 'the theme declares a primary button').to.not.equal('');

      // Font: the widget's text and its buttons.
      expect(families(getComputedStyle(signup).fontFamily), 'text font').to.deep.equal(families(themeText.fontFamily));
      expect(families(button.fontFamily), 'button font').to.deep.equal(families(themeButton.fontFamily));

      // Primary button: colours and corners.
      expect(button.backgroundColor, 'primary button background').to.equal(themeButton.backgroundColor);
      expect(button.color, 'primary button text').to.equal(themeButton.color);
      expect(button.borderTopLeftRadius, 'button corners').to.equal(themeButton.borderTopLeftRadius);

      // Text field: border colour and corners (the widgets keep their own 2px border width).
      expect(field.borderTopColor, 'field border colour').to.equal(themeField.borderTopColor);
      expect(field.borderTopLeftRadius, 'field corners').to.equal(themeField.borderTopLeftRadius);

      // Focus ring, on whatever a keyboard user reaches first in the form.
      themeInput.focus();
      await sendKeys({ press: 'Tab' });
      const focused = root.activeElement as HTMLElement | null;
      expect(focused, 'Tab did not move into the signup form').to.not.equal(null);
      expect(focused!.matches(':focus-visible'), 'the control reached by Tab shows its focus').to.equal(true);
      const ring = getComputedStyle(focused!);
      const reference = token('--utrecht-focus-outline-color') ? themeButton : basisFocusRing(page);
      expect(ring.outlineColor, 'focus ring colour').to.equal(reference.outlineColor);
      expect(ring.outlineStyle, 'focus ring style').to.equal(reference.outlineStyle);
      expect(px(ring.outlineWidth), 'focus ring width: the theme’s, at least 2px').to.equal(Math.max(2, px(reference.outlineWidth)));
      const offset = token('--utrecht-focus-outline-offset') || token('--basis-focus-outline-offset');
      expect(ring.outlineOffset, 'focus ring offset').to.equal(offset ? reference.outlineOffset : '2px');

      // Surface: where the theme names one, items sit on it.
      const resources = recommender.shadowRoot!;
      const item = resources.querySelector('.resource article')!;
      if (token('--utrecht-surface-background-color') && !token('--basis-color-default-bg-subtle')) {
        const probe = document.createElement('span');
        probe.style.backgroundColor = 'var(--utrecht-surface-background-color)';
        page.append(probe);
        expect(getComputedStyle(item).backgroundColor, 'surface').to.equal(getComputedStyle(probe).backgroundColor);
        probe.remove();
      }

      // Borders that carry meaning keep 3:1 on both sides.
      const bordered = {
        'the signup’s box': root.querySelector('.card')!,
        'the recommender’s box': resources.querySelector('.card')!,
        'a group of filters': resources.querySelector('fieldset')!,
        'an item': item,
      };
      for (const [what, el] of Object.entries(bordered)) {
        const { inside, outside, colour } = borderContrast(el);
        expect(Math.min(inside, outside), `${what}: border ${colour} against its sides`).to.be.at.least(3);
      }
    });
  }
});
