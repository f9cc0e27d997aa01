import { css } from 'lit';

/**
 * What every widget looks like around its own content: the framed box, the heading type, paragraph
 * rhythm, hints, and quiet focus on headings that receive focus by script. Each widget names its
 * frame's tokens in `:host` (`--_otd-frame-bg`, `--_otd-frame-border`) from its own public
 * `--otd-<widget>-background-color` and `--otd-<widget>-border-color`.
 */
export const widgetStyles = css`
  .card {
    background: var(--_otd-frame-bg, var(--_otd-bg));
    color: var(--_otd-text);
    border: 1px solid var(--_otd-frame-border, var(--_otd-border));
    border-radius: var(--_otd-radius);
    padding-block: 1.25em;
    padding-inline: clamp(0.75em, 4vw, 1.5em);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--_otd-heading-font);
    line-height: 1.25;
    margin-block: 0 0.5em;
  }
  [part='heading'] {
    font-size: 1.5em;
  }
  p {
    margin-block: 0 0.75em;
  }
  .hint {
    color: var(--_otd-text-subtle);
    font-size: 0.9375em;
  }
  /* A select cuts off an option's text that is wider than itself, but WebKit counts that text toward
     the page's width, so a narrow page would scroll sideways (1.4.10); containing its paint stops that. */
  select {
    contain: paint;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline-width: var(--_otd-focus-width);
    outline-style: var(--_otd-focus-style);
    outline-color: var(--_otd-focus-color);
    outline-offset: var(--_otd-focus-offset);
  }
  @media print {
    .card {
      border: 0;
      padding: 0;
    }
  }
`;
