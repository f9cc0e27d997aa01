import { css } from 'lit';

export const styles = css`
  :host {
    --_otd-frame-bg: var(--otd-escalation-card-background-color, var(--_otd-bg));
    --_otd-frame-border: var(--otd-escalation-card-border-color, var(--_otd-border));
  }
  [part='contact-name'] {
    font-size: 1.0625em;
    margin: 0 0 0.25em;
  }
  .aspect-name {
    font-weight: 400;
  }
  .intro {
    max-inline-size: 65ch;
  }
  .picker {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin-block-end: 1em;
    max-inline-size: 30em;
  }
  .picker label {
    font-weight: 700;
  }
  .filter {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    margin: 0 0 1em;
    padding: 0.5em 1em 0.5em;
    min-inline-size: 0;
  }
  .filter legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_otd-target);
    cursor: pointer;
  }
  .option input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_otd-primary-bg);
    flex: none;
  }
  .scan-note {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    padding-inline-start: 0.5em;
    font-weight: 700;
  }
  .contact article {
    block-size: 100%;
    background: var(--_otd-surface);
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    padding: 0.75em 1em;
  }
  .organisation {
    color: var(--_otd-text-subtle);
    margin-block-end: 0.25em;
  }
  .hours .label {
    font-weight: 700;
  }
  .badge {
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .badge.example {
    background: var(--_otd-bg);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    margin-block: 0.25em 0;
    font-size: 0.9375em;
  }
  .tags-label {
    color: var(--_otd-text-subtle);
  }
  .tags ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .tag {
    border: 1px solid var(--_otd-border);
    border-radius: 0.25em;
    padding-inline: 0.35em;
  }
  /* An aspect the scan put first: bold and framed in the primary colour (not by colour alone). */
  .tag.unsure {
    font-weight: 700;
    border: 2px solid var(--_otd-primary-bg);
  }
  .actions {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_otd-target);
    min-inline-size: var(--_otd-target);
    /* Never wider than its contact (large text on a narrow screen): the words wrap inside instead. */
    max-inline-size: 100%;
    box-sizing: border-box;
    overflow-wrap: anywhere;
    padding-inline: 0.75em;
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.2;
    color: var(--_otd-link);
    background: var(--_otd-bg);
    border: 2px solid currentColor;
    border-radius: var(--_otd-radius);
    text-decoration: none;
    cursor: pointer;
  }
  .action.primary {
    color: var(--_otd-primary-fg);
    background: var(--_otd-primary-bg);
    border-color: var(--_otd-primary-bg);
    font-weight: 700;
  }
  .action:hover {
    text-decoration: underline;
  }
  .closing {
    margin-block-start: 1.25em;
    padding: 0.75em 1em;
    border: 2px solid var(--_otd-error);
    border-radius: var(--_otd-radius);
  }
  .closing > :is(h2, h3, h4, h5, h6):first-child {
    font-size: 1.0625em;
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    .action,
    .action.primary {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
  }
  @media print {
    .picker,
    .filter,
    button.action,
    a.action[download] {
      display: none;
    }
  }
`;
