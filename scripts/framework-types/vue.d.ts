// Vue 3: `import type {} from 'otd-widgets/types/vue';` once, in any file vue-tsc sees; and
// `compilerOptions.isCustomElement`, so that Vue leaves the tags to the browser (docs/frameworks.md).
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { OtdElements } from './elements.js';

type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
type Attributes<T extends keyof OtdElements> = OtdElements[T]['attributes'];

/**
 * Vue checks a template's attributes camel-cased (`heading-level` as `headingLevel`), and a static
 * one (`heading-level="3"`) as text: a number attribute also takes a string.
 */
type VueAttributes<A> = {
  [K in keyof A & string as CamelCase<K>]?: A[K] | (number extends A[K] ? string : never);
};

/** `@otd-scan-complete` in a template is the prop `onOtdScanComplete`. */
type VueEventProps<E> = {
  [K in keyof E & string as `on${Capitalize<CamelCase<K>>}`]?: (event: E[K]) => void;
};

/**
 * A template's view of the element: Vue's attributes of an HTML element (`id`, `class`, `style`, …),
 * the element's own attributes, its properties (`:result`, or `:result.prop`) and its events.
 */
export type OtdVueElement<T extends keyof OtdElements> = DefineComponent<
  HTMLAttributes &
    VueAttributes<Attributes<T>> &
    Omit<OtdElements[T]['properties'], CamelCase<keyof Attributes<T> & string>> &
    VueEventProps<OtdElements[T]['events']>
>;

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the entries are generated
  interface GlobalComponents {
    /* entries: OtdVueElement */
  }
}
