import { css } from 'lit';
import { chartLegendStyles } from '../../styles/chart-legend.js';

export const styles = css`
  ${chartLegendStyles}
  :host {
    --_otd-frame-bg: var(--otd-survey-trend-background-color, var(--_otd-bg));
    --_otd-frame-border: var(--otd-survey-trend-border-color, var(--_otd-border));
    --_otd-baseline: var(--otd-survey-trend-baseline-color, #6b7280);
  }
  .intro,
  .note {
    max-inline-size: 65ch;
  }
  .note {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    padding-inline-start: 0.5em;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.75em 1.5em;
    margin-block-end: 1em;
    max-inline-size: 40em;
  }
  .filter {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  label {
    font-weight: 700;
  }
  .status {
    margin-block-end: 0.75em;
  }
  .status p {
    margin-block-end: 0;
  }
  .status .button {
    margin-block-start: 0.5em;
  }
  .status.withheld {
    border-inline-start: 0.25em solid var(--_otd-error);
    padding-inline-start: 0.5em;
    max-inline-size: 65ch;
  }
  .button {
    font: inherit;
    min-block-size: var(--_otd-target);
    padding-block: 0.375em;
    padding-inline: 1em;
    color: var(--_otd-primary-fg);
    background: var(--_otd-primary-bg);
    border: 2px solid var(--_otd-primary-bg);
    border-radius: var(--_otd-radius);
    cursor: pointer;
  }
  /* Thinner, like its bars: the series differ by more than colour (1.4.1). */
  .key.baseline {
    block-size: 0.4em;
    background: var(--_otd-baseline);
  }
  .key.period {
    background: var(--_otd-primary-bg);
  }
  .topics {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24em), 1fr));
  }
  .aspect {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    background: var(--_otd-surface);
    padding: 0.75em 1em;
    min-inline-size: 0;
  }
  .aspect h3,
  .aspect h4,
  .aspect h5,
  .aspect h6 {
    font-size: 1.125em;
  }
  .chart {
    margin: 0 0 0.75em;
  }
  .bar-row {
    margin-block-end: 0.5em;
  }
  .bar-label {
    margin: 0 0 0.125em;
    font-size: 0.9375em;
  }
  .bar-line {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  svg.bar {
    flex: 1 1 auto;
    min-inline-size: 0;
    block-size: 1.1em;
    overflow: visible;
  }
  .bar-value {
    flex: 0 0 auto;
    min-inline-size: 4.5em;
    font-size: 0.875em;
    text-align: end;
  }
  svg .track {
    fill: var(--_otd-bg);
    stroke: var(--_otd-border);
    stroke-width: 1;
  }
  svg .baseline {
    fill: var(--_otd-baseline);
  }
  svg .period {
    fill: var(--_otd-primary-bg);
  }
  svg .missing {
    fill: none;
    stroke: var(--_otd-text-subtle);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9375em;
    background: var(--_otd-bg);
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_otd-border);
  }
  th[scope='row'] {
    font-weight: 400;
  }
  td.withheld {
    color: var(--_otd-text-subtle);
    font-style: italic;
  }
  .download {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_otd-target);
    margin-block-start: 0.5em;
  }
  @media (forced-colors: active) {
    svg .baseline,
    .key.baseline {
      fill: GrayText;
      background: GrayText;
    }
    svg .period,
    .key.period {
      fill: CanvasText;
      background: CanvasText;
    }
    svg .track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    .filters,
    .button,
    .download {
      display: none !important;
    }
    .aspect {
      break-inside: avoid;
    }
    svg .baseline,
    svg .period,
    .key {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
