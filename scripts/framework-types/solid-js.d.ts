// Solid 1.9: `import type {} from 'otd-widgets/types/solid-js';` once, in any file the compiler sees.
// Solid sets every prop of a custom element as a property, its name camel-cased (`heading-level`
// sets `headingLevel`). So an attribute is a plain prop only where that names its property: `for`
// is `htmlFor` (or `attr:for`). `attr:`, `prop:` and `on:` (the events) work for every one.
import type { JSX } from 'solid-js';
import type { OtdElements } from './elements.js';

type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
type Prefixed<P extends string, M> = { [K in keyof M & string as `${P}${K}`]?: M[K] };
type Element<T extends keyof OtdElements> = OtdElements[T]['element'];
type Attributes<T extends keyof OtdElements> = OtdElements[T]['attributes'];

/** The attributes whose camel-cased name is one of the element's properties, typed as that property. */
type Plain<T extends keyof OtdElements> = {
  [K in keyof Attributes<T> & string as CamelCase<K> extends keyof Element<T> ? K : never]: Element<T>[CamelCase<K> &
    keyof Element<T>];
};
type Writable<T extends keyof OtdElements> = Plain<T> & OtdElements[T]['properties'];

/** Solid's props of an HTML element (`ref`, `class`, `style`, …) and the element's own. */
export type OtdSolidProps<T extends keyof OtdElements> = JSX.HTMLAttributes<Element<T>> &
  Partial<Writable<T>> &
  Prefixed<'prop:', Writable<T>> &
  Prefixed<'attr:', Attributes<T>> & {
    [K in keyof OtdElements[T]['events'] & string as `on:${K}`]?: (event: OtdElements[T]['events'][K]) => void;
  };

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the entries are generated
    interface IntrinsicElements {
      /* entries: OtdSolidProps */
    }
  }
}
