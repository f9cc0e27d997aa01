import { css } from 'lit';

/** A chart's legend: a row of keys (a small swatch each, its colour set by the chart) with their names. */
export const chartLegendStyles = css`
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
`;
