import { css } from 'lit';

export const styles = css`
  :host {
    --_otd-frame-bg: var(--otd-resource-recommender-background-color, var(--_otd-bg));
    --_otd-frame-border: var(--otd-resource-recommender-border-color, var(--_otd-border));
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  [part='group-heading'],
  .progress > :first-child,
  .path > :first-child {
    font-size: 1.25em;
    margin-block-start: 1.25em;
  }
  [part='resource-title'] {
    font-size: 1.0625em;
    margin-block-end: 0.25em;
  }
  p {
    margin-block: 0 0.75em;
    max-inline-size: 70ch;
  }
  ul,
  ol {
    margin-block: 0 0.75em;
  }
  .badge {
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .scan-note,
  .why {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    padding-inline-start: 0.5em;
  }
  .scan-note {
    font-weight: 700;
  }
  .top {
    margin-block-end: 1em;
  }
  .resource .why {
    font-size: 0.9375em;
    margin-block: 0.25em 0.5em;
  }
  .progress,
  .filters {
    display: grid;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .modules {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .modules li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .modules span {
    min-inline-size: 12em;
  }
  .modules-title {
    font-weight: 700;
    margin: 0;
  }
  progress {
    inline-size: 8em;
  }
  fieldset {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    margin: 0;
    padding: 0.5em 1em 0.75em;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  fieldset .hint {
    margin-block-end: 0.25em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .option,
  .keep,
  .done {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_otd-target);
    cursor: pointer;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_otd-primary-bg);
    flex: none;
  }
  .count {
    font-weight: 700;
  }
  .part > :is(h3, h4, h5, h6):first-child {
    font-size: 1em;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_otd-text-subtle);
    margin-block: 1em 0.5em;
  }
  .resource article {
    block-size: 100%;
    display: flex;
    flex-direction: column;
    background: var(--_otd-surface);
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    padding: 0.75em 1em 0.25em;
  }
  .resource article > :is(p, ul) {
    font-size: 0.9375em;
  }
  .done {
    margin-block-start: auto;
    font-weight: 700;
  }
  .meta {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    color: var(--_otd-text-subtle);
  }
  .meta li:not(:last-child)::after {
    content: '·';
    margin-inline-start: 0.5em;
  }
  .meta .kind,
  .meta .skj {
    font-weight: 700;
    color: var(--_otd-text);
  }
  .note,
  .no-url {
    color: var(--_otd-text-subtle);
  }
  .none {
    font-style: italic;
  }
  .safety {
    border: 2px solid var(--_otd-error);
    border-radius: var(--_otd-radius);
    padding: 0.75em 1em 0;
    margin-block-end: 0.75em;
  }
  .more {
    margin-block: 1.25em;
    border-block-start: 1px solid var(--_otd-separator);
    padding-block-start: 0.5em;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 1.125em;
    min-block-size: var(--_otd-target);
    display: list-item;
    padding-block: 0.5em;
    color: var(--_otd-link);
  }
  .levels {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .level {
    border-inline-start: 0.25em solid var(--_otd-border);
    padding-inline-start: 0.75em;
  }
  .activities {
    padding-inline-start: 1.25em;
  }
  .activities p {
    margin-block: 0.25em;
  }
  .activities .here {
    background: var(--_otd-surface);
    border-radius: var(--_otd-radius);
    padding: 0.25em 0.5em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_otd-target);
    padding-inline: 1em;
    font: inherit;
    font-weight: 700;
    color: var(--_otd-primary-fg);
    background: var(--_otd-primary-bg);
    border: 2px solid var(--_otd-primary-bg);
    border-radius: var(--_otd-radius);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
    }
  }
  @media print {
    .filters,
    .count,
    .keep,
    .keep + .hint,
    .action {
      display: none;
    }
  }
`;
