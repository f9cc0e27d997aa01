// Preact 11: `import type {} from 'otd-widgets/types/preact';` once, in any file the compiler sees.
// Preact sets a prop as a property when the element has it (once defined), else as an attribute, and
// listens to `on` + an event's name: `onotd-scan-complete`.
import type { HTMLAttributes } from 'preact';
import type { OtdElements } from './elements.js';

/** A listener prop per event, `on` + the event's name: `onotd-scan-complete`. */
export type OtdEventProps<E> = { [K in keyof E & string as `on${K}`]?: (event: E[K]) => void };

/** Preact's props of an HTML element (`ref`, `key`, `class`, `style`, …) and the element's own. */
export type OtdPreactProps<T extends keyof OtdElements> = HTMLAttributes<OtdElements[T]['element']> &
  OtdElements[T]['attributes'] &
  OtdElements[T]['properties'] &
  OtdEventProps<OtdElements[T]['events']>;

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the entries are generated
    interface IntrinsicElements {
      /* entries: OtdPreactProps */
    }
  }
}
