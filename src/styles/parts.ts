import { css } from 'lit';

/**
 * Pieces more than one widget draws the same way. A widget adds its own sizes and places on top.
 */

/** A small framed label beside a heading or an item ("verplicht", "voorbeeld"). */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    font-family: var(--_otd-font);
    font-size: 0.75em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    padding-inline: 0.35em;
    vertical-align: 0.15em;
  }
`;

/** A native `<progress>` in the theme's colours, and in system colours where the page forces colours. */
export const progressStyles = css`
  progress {
    appearance: none;
    block-size: 0.75em;
    border: 1px solid var(--_otd-border);
    border-radius: 0.375em;
    background: var(--_otd-surface);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_otd-surface);
  }
  progress::-webkit-progress-value {
    background: var(--_otd-primary-bg);
  }
  progress::-moz-progress-bar {
    background: var(--_otd-primary-bg);
  }
  @media (forced-colors: active) {
    /* Forced colours drop the bar's backgrounds; paint the done part in system colours ourselves. */
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
  }
`;

/** The list of problems after a failed submit, each a link to its field (GOV.UK, NL Design System). */
export const errorSummaryStyles = css`
  .error-summary {
    border: 0.25em solid var(--_otd-error);
    padding-block: 0.75em;
    padding-inline: 1em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_otd-error);
    font-weight: 700;
  }
`;

/** A text field or a select (`class="control"`): the theme's form-control border and radius, a touch-sized height. */
export const controlStyles = css`
  .control {
    font: inherit;
    color: var(--_otd-text);
    background: var(--_otd-bg);
    border: 2px solid var(--_otd-input-border);
    border-radius: var(--_otd-control-radius);
    min-block-size: var(--_otd-target);
    padding-block: 0.375em;
    padding-inline: 0.5em;
    inline-size: 100%;
  }
`;

/** A list of items side by side as tiles (`class="tiles"`), one column on a phone. */
export const tileListStyles = css`
  .tiles {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
`;
