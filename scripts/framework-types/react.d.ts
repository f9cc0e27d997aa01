// React 19: `import type {} from 'otd-widgets/types/react';` once, in any file the compiler sees.
// React sets a prop as a property when the element has it (once defined), else as an attribute, and
// listens to `on` + an event's name: `onotd-scan-complete`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OtdElements } from './elements.js';

/** A listener prop per event, `on` + the event's name: `onotd-scan-complete`. */
export type OtdEventProps<E> = { [K in keyof E & string as `on${K}`]?: (event: E[K]) => void };

/** React's props of an HTML element (`ref`, `key`, `className`, `style`, …) and the element's own. */
export type OtdReactProps<T extends keyof OtdElements> = DetailedHTMLProps<
  HTMLAttributes<OtdElements[T]['element']>,
  OtdElements[T]['element']
> &
  OtdElements[T]['attributes'] &
  OtdElements[T]['properties'] &
  OtdEventProps<OtdElements[T]['events']>;

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the entries are generated
    interface IntrinsicElements {
      /* entries: OtdReactProps */
    }
  }
}
