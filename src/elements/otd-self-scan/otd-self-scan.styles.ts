import { css } from 'lit';

export const styles = css`
  :host {
    --_otd-frame-bg: var(--otd-self-scan-background-color, var(--_otd-bg));
    --_otd-frame-border: var(--otd-self-scan-border-color, var(--_otd-border));
  }
  [part='step-heading'] {
    font-size: 1.25em;
  }
  .result section > :is(h3, h4, h5, h6):first-child,
  .result section > :is(h3, h4, h5, h6) {
    font-size: 1.125em;
    margin-block-start: 1.25em;
  }
  .aspect-result > :is(h3, h4, h5, h6) {
    font-size: 1em;
  }
  p {
    margin-block: 0 0.75em;
    max-inline-size: 70ch;
  }
  form {
    display: block;
  }
  .progress {
    margin-block-end: 1em;
  }
  .step-of {
    margin-block-end: 0.25em;
    font-weight: 700;
  }
  progress {
    display: block;
    inline-size: 100%;
  }
  .question {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    background: var(--_otd-surface);
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    min-inline-size: 0;
  }
  .question.invalid {
    border-inline-start: 0.35em solid var(--_otd-error);
  }
  legend {
    font-weight: 700;
    padding: 0;
    float: inline-start;
    inline-size: 100%;
    margin-block-end: 0.5em;
  }
  legend + * {
    clear: both;
  }
  .field-error {
    color: var(--_otd-error);
    font-weight: 700;
    clear: both;
  }
  .options {
    display: grid;
    gap: 0.25em;
    clear: both;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: var(--_otd-target);
    padding-inline: 0.25em;
    cursor: pointer;
    border-radius: var(--_otd-radius);
  }
  .option:hover {
    background: var(--_otd-bg);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_otd-primary-bg);
  }
  .error-summary {
    margin-block-end: 1em;
    background: var(--_otd-bg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  button {
    font: inherit;
    min-block-size: var(--_otd-target);
    padding-block: 0.4em;
    padding-inline: 1.1em;
    border-radius: var(--_otd-radius);
    border: 2px solid var(--_otd-primary-bg);
    background: var(--_otd-bg);
    color: var(--_otd-primary-bg);
    cursor: pointer;
    font-weight: 700;
  }
  button.primary {
    background: var(--_otd-primary-bg);
    color: var(--_otd-primary-fg);
  }
  button:hover {
    text-decoration: underline;
  }
  .link-button {
    border: 0;
    background: none;
    color: var(--_otd-link);
    text-decoration: underline;
    padding-inline: 0.25em;
    font-weight: 400;
  }
  .storage {
    border-block-start: 1px solid var(--_otd-border);
    padding-block-start: 0.75em;
    margin-block-start: 1em;
    font-size: 0.9375em;
  }
  .keep {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-block-size: var(--_otd-target);
    cursor: pointer;
  }

  .focus ol {
    padding-inline-start: 1.5em;
  }
  .focus li {
    margin-block-end: 0.35em;
  }
  .chart {
    margin: 1em 0 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
  }
  figcaption {
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .key {
    display: inline-block;
    inline-size: 1.1em;
    block-size: 0.8em;
    border: 1px solid var(--_otd-text);
  }
  .key.peers {
    background: var(--otd-self-scan-chart-peers-color, var(--_otd-primary-bg));
  }
  .key.group {
    inline-size: 0;
    border: 0;
    border-inline-start: 3px dashed var(--_otd-text);
  }
  .key.you {
    inline-size: 0;
    block-size: 0;
    border: 0.45em solid transparent;
    border-block-start: 0.6em solid var(--otd-self-scan-chart-you-color, #b35900);
    border-block-end: 0;
  }
  .bars {
    max-inline-size: 42em;
  }
  .bars ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1em;
    margin-block-start: 0.5em;
  }
  .bar-label {
    font-weight: 700;
  }
  svg.bar {
    display: block;
    flex: 1 0 100%;
    inline-size: 100%;
    block-size: 2.75em;
    overflow: visible;
    font-family: inherit;
  }
  svg .track {
    fill: var(--_otd-bg);
    stroke: var(--_otd-text);
    stroke-width: 1;
  }
  svg .peers {
    fill: var(--otd-self-scan-chart-peers-color, var(--_otd-primary-bg));
  }
  svg .group {
    stroke: var(--_otd-text);
    stroke-width: 3;
    stroke-dasharray: 4 3;
  }
  svg .you {
    fill: var(--otd-self-scan-chart-you-color, #b35900);
    stroke: var(--_otd-text);
    stroke-width: 1;
  }
  svg .you-label {
    fill: var(--_otd-text);
    font-size: 0.875em;
    font-weight: 700;
  }
  .axis {
    max-inline-size: none;
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  .axis :last-child {
    text-align: end;
  }
  .chart.as-table ul.legend,
  .chart.as-table .bars {
    display: none;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table.data {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9375em;
  }
  table.data caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  table.data th,
  table.data td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_otd-border);
  }
  .aspect-results {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  .aspect-result {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    background: var(--_otd-surface);
    padding: 0.75em 1em;
  }
  .aspect-result .answers {
    margin: 0 0 0.5em;
    padding-inline-start: 1.1em;
  }
  @media (forced-colors: active) {
    svg .peers,
    .key.peers {
      fill: CanvasText;
      background: CanvasText;
    }
    svg .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    svg .you {
      fill: Highlight;
      stroke: CanvasText;
    }
    .key.you {
      border-block-start-color: Highlight;
    }
    svg .group {
      stroke: CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
  }
  @media print {
    .actions,
    .storage,
    .link-button,
    .progress {
      display: none !important;
    }
    .chart,
    .aspect-result {
      break-inside: avoid;
    }
    svg .peers,
    .key.peers,
    svg .you {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
