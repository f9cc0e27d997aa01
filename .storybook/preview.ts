/// <reference types="vite/client" />
import { html, nothing } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Real NL Design System themes from npm, each scoped to its class (.storybook/themes.json), loaded
// the way each package says: the NL Design System's example theme with every layer (`basis-*`,
// `nl-*`, `utrecht-*`), and three municipalities' themes that declare `utrecht-*` tokens only.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/design-tokens/dist/index.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
// Its index.css without font.css: the package names the fonts' files but does not ship them.
import '@nl-design-system-unstable/rotterdam-design-tokens/dist/index.css';
import themes from './themes.json';

// custom-elements.json is generated (`npm run analyze`, run by prestorybook / prebuild-storybook) and
// not committed. A glob import keeps type-checking and a first start working before it exists.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(publicOnly(manifest));

interface Member {
  privacy?: string;
  static?: boolean;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[] }[] }[];
}

/** The docs tables list what a page author can use: no private or protected members, no statics. */
function publicOnly(m: Manifest): Manifest {
  return {
    ...m,
    modules: m.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((member) => (member.privacy ?? 'public') === 'public' && !member.static),
      })),
    })),
  };
}

const preview: Preview = {
  tags: ['autodocs'],
  // The widgets take the page's language when they have no `lang` of their own. Storybook's own
  // iframe says `lang="en"`, so each story sits in a "page" whose language the toolbar picks: Dutch first.
  initialGlobals: { locale: 'nl', theme: 'default' },
  globalTypes: {
    locale: {
      description: 'Language of the page around the widget',
      toolbar: {
        title: 'Page language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    // A municipality's theme is a class on an ancestor of the widget (on a real page: <html> or <body>).
    theme: {
      description: 'NL Design System theme of the page around the widget',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themes.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  decorators: [
    (story, { globals }) => {
      const theme = themes.find((t) => t.value === globals['theme'])?.className;
      return html`<div class=${theme || nothing} lang=${globals['locale'] === 'en' ? 'en' : 'nl'}>${story()}</div>`;
    },
  ],
  parameters: {
    // Every story is checked with axe; a violation fails the story in the test panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
