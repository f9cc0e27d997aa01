import type { Lang } from './model.js';

/**
 * A message catalogue whose Dutch text is bundled and whose English text is loaded when a widget
 * first speaks English, so Dutch pages never download it. If English cannot be loaded (offline),
 * the widget falls back to Dutch rather than showing nothing.
 */
export class Catalogue<M> {
  private en?: M;
  private loading?: Promise<void>;
  private failed = false;

  constructor(
    readonly nl: M,
    private readonly loadEn: () => Promise<M>,
  ) {}

  /** A catalogue of `nl`, with its English from a module that exports it as `en` (`./x.messages.en.js`). */
  static of<M>(nl: M, loadModule: () => Promise<{ readonly en: M }>): Catalogue<M> {
    return new Catalogue(nl, () => loadModule().then((m) => m.en));
  }

  /** The messages for `lang` when they are available now. */
  get(lang: Lang): M | undefined {
    if (lang === 'nl' || this.failed) return this.nl;
    return this.en;
  }

  /** Loads the messages for `lang`; resolves when `get(lang)` returns them (or the Dutch fallback). */
  load(lang: Lang): Promise<void> {
    if (this.get(lang)) return Promise.resolve();
    this.loading ??= this.loadEn().then(
      (en) => {
        this.en = en;
      },
      (error: unknown) => {
        this.failed = true;
        console.warn('[otd-widgets] English texts could not be loaded; showing Dutch.', error);
      },
    );
    return this.loading;
  }
}
