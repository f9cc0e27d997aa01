import { Catalogue } from '../catalogue.js';
import type { BilingualText } from '../model.js';

/**
 * The English of the bundled survey, resources and learning path (generated into texts.en.ts).
 * Like the widgets' own English messages, it loads when a widget first speaks English, so a Dutch
 * page never downloads it; a widget that shows this content lists it among its catalogues.
 */
export const defaultContentCatalogue = new Catalogue<readonly string[]>([], () =>
  import('./texts.en.js').then((m) => m.EN_TEXTS),
);

/**
 * A bundled text: its Dutch, and its English by number from the catalogue above. Until the
 * English has loaded (or when it cannot load), `en` gives the Dutch, as `localize` does for
 * a partner's text without English.
 */
export function t(nl: string, index: number): BilingualText {
  return {
    nl,
    get en() {
      return defaultContentCatalogue.get('en')?.[index] ?? nl;
    },
  };
}
